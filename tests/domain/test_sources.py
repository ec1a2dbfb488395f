"""Lead sources: the editable list and what each source brought in."""

from __future__ import annotations

import pytest

from prospectdesk.domain.records import ContactRecord
from prospectdesk.domain.sales import CloseOutcome, PresentationInput


def add(ws, name: str, source: str) -> int:
    contact_id, _ = ws.contacts.create(ContactRecord(given_name=name, source=source))
    return contact_id


def sell(ws, clock, contact_id: int) -> None:
    ws.sales.presentations.record_presentation(
        contact_id,
        PresentationInput(
            clock.now(), "x", "y", CloseOutcome.SALE, sale_what="x", sale_amount_cents=100
        ),
    )


def test_report_counts_leads_prospects_customers_and_repeat_buyers(workspace, clock):
    stages = {s.role: s.id for s in workspace.pipeline.stages()}
    referral = [add(workspace, f"R{i}", "Referral") for i in range(4)]
    bought = [add(workspace, f"B{i}", "Bought list") for i in range(3)]
    loose = add(workspace, "Nobody", "")
    move = workspace.pipeline.move_contacts
    move(referral[:3], to_stage_id=stages["prospect"])
    sell(workspace, clock, referral[0])
    sell(workspace, clock, referral[0])  # repeat buyer
    sell(workspace, clock, referral[1])
    move([referral[1]], to_stage_id=stages["not_now"])  # once a customer, still counted
    move([bought[0]], to_stage_id=stages["not_now"])  # disqualified: never a prospect
    move([loose], to_stage_id=stages["prospect"])
    rows = {row.name: row for row in workspace.sales.sources.report()}
    r = rows["Referral"]
    assert (r.leads, r.prospects, r.customers, r.repeat_buyers) == (4, 3, 2, 1)
    b = rows["Bought list"]
    assert (b.leads, b.prospects, b.customers, b.repeat_buyers) == (3, 0, 0, 0)
    assert rows["Phone book"].leads == 0
    none = rows[""]
    assert none.source_id is None and (none.leads, none.prospects) == (1, 1)


def test_sources_list_is_editable(workspace):
    sources = workspace.sales.sources
    a = add(workspace, "A", "Phone book")
    phone_book = next(s for s in sources.sources() if s.name == "Phone book")
    sources.rename_source(phone_book.id, "Telefoonboek")
    assert workspace.contacts.get(a).source == "Telefoonboek"
    with pytest.raises(ValueError):
        sources.rename_source(phone_book.id, "Referral")
    new_id, _ = sources.add_source("Beurs in Utrecht")
    assert sources.sources()[-1].id == new_id
    assert sources.add_source("Beurs in Utrecht")[0] == new_id
    sources.reorder_sources([new_id] + [s.id for s in sources.sources() if s.id != new_id])
    assert sources.sources()[0].name == "Beurs in Utrecht"
    changes = sources.remove_source(phone_book.id)
    assert changes.contacts == {a}
    assert workspace.contacts.get(a).source == ""
    assert workspace.contacts.exists(a)
