"""Presentations and closes: each outcome's stage, sales, repeat buyers, consent, value, stale."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from prospectdesk.domain.records import ContactRecord
from prospectdesk.domain.sales import (
    CloseOutcome,
    IncompletePresentationError,
    PresentationInput,
)
from tests.conftest import AMSTERDAM


def add_prospect(ws, name: str) -> int:
    prospect = ws.pipeline.stage_by_role("prospect")
    contact_id, _ = ws.contacts.create(ContactRecord(given_name=name), stage_id=prospect.id)
    return contact_id


def role_of(ws, contact_id: int) -> str | None:
    stage_id = ws.pipeline.stage_of(contact_id)
    return next(s.role for s in ws.pipeline.stages() if s.id == stage_id)


def presentation(clock, outcome: CloseOutcome, **extra) -> PresentationInput:
    return PresentationInput(
        presented_at=clock.now(),
        offered="Starter pakket",
        call_to_action="Vandaag bestellen",
        outcome=outcome,
        **extra,
    )


def test_sale_moves_to_customer_and_records_the_sale(workspace, clock):
    s = workspace.sales.presentations
    a = add_prospect(workspace, "Anna")
    result = s.record_presentation(
        a,
        presentation(clock, CloseOutcome.SALE, sale_what="Starter pakket", sale_amount_cents=12950),
    )
    assert role_of(workspace, a) == "customer"
    assert result.to_stage_id == workspace.pipeline.stage_by_role("customer").id
    history = s.purchases(a)
    assert (history.count, history.total_cents) == (1, 12950)
    assert history.sales[0].what == "Starter pakket"
    assert history.sales[0].sold_at == clock.now()
    assert s.presentations(a)[0].outcome is CloseOutcome.SALE
    assert workspace.pipeline.stage_history(a)[-1].to_stage == "Customer"


def test_later_sale_to_a_customer_makes_a_repeat_buyer(workspace, clock):
    s = workspace.sales.presentations
    a = add_prospect(workspace, "Anna")
    s.record_presentation(
        a, presentation(clock, CloseOutcome.SALE, sale_what="Starter", sale_amount_cents=10000)
    )
    clock.advance(timedelta(days=40))
    s.record_sale(a, what="Navulling", amount_cents=2500)
    assert role_of(workspace, a) == "repeat_buyer"
    history = s.purchases(a)
    assert [x.what for x in history.sales] == ["Navulling", "Starter"]
    assert history.total_cents == 12500
    # A third sale keeps them a repeat buyer (no extra stage change).
    moves = len(workspace.pipeline.stage_history(a))
    s.record_presentation(
        a, presentation(clock, CloseOutcome.SALE, sale_what="Luxe", sale_amount_cents=30000)
    )
    assert role_of(workspace, a) == "repeat_buyer"
    assert len(workspace.pipeline.stage_history(a)) == moves


def test_not_ready_needs_a_date_creates_a_followup_and_moves_to_follow_up_later(workspace, clock):
    s = workspace.sales.presentations
    b = add_prospect(workspace, "Bram")
    with pytest.raises(IncompletePresentationError) as missing:
        s.record_presentation(b, presentation(clock, CloseOutcome.NOT_READY))
    assert missing.value.missing == ("follow_up_at",)
    assert s.presentations(b) == []  # nothing half-recorded
    due = datetime(2026, 12, 7, 9, 0, tzinfo=AMSTERDAM)
    result = s.record_presentation(
        b, presentation(clock, CloseOutcome.NOT_READY, follow_up_at=due, follow_up_what="Bellen")
    )
    assert role_of(workspace, b) == "follow_up"
    followups = workspace.activity.followups(b)
    assert [(f.id, f.due_at, f.what) for f in followups] == [(result.followup_id, due, "Bellen")]
    assert s.purchases(b).count == 0


def test_no_with_consent_records_it_and_when_to_contact_again(workspace, clock):
    s = workspace.sales.presentations
    c = add_prospect(workspace, "Cem")
    with pytest.raises(IncompletePresentationError):
        s.record_presentation(c, presentation(clock, CloseOutcome.NO))
    again = datetime(2027, 5, 1, 9, 0, tzinfo=AMSTERDAM)
    s.record_presentation(
        c, presentation(clock, CloseOutcome.NO, stays_on_list=True, follow_up_at=again)
    )
    assert role_of(workspace, c) == "not_now"
    consent = s.consent(c)
    assert consent.agreed and consent.recorded_at == clock.now()
    assert [f.due_at for f in workspace.activity.followups(c)] == [again]


def test_no_without_consent_schedules_nothing(workspace, clock):
    s = workspace.sales.presentations
    d = add_prospect(workspace, "Dina")
    assert s.consent(d) is None
    s.record_presentation(
        d,
        presentation(
            clock,
            CloseOutcome.NO,
            stays_on_list=False,
            follow_up_at=datetime(2027, 5, 1, 9, tzinfo=AMSTERDAM),
        ),
    )
    # Not "Not now (kept on the list)": they stay put, marked do-not-contact.
    assert role_of(workspace, d) == "prospect"
    assert s.do_not_contact(d) == clock.now()
    assert s.consent(d).agreed is False
    assert workspace.activity.followups(d) == []


def test_close_finds_stages_by_role_whatever_their_names(workspace, clock):
    customer = workspace.pipeline.stage_by_role("customer")
    workspace.pipeline.rename_stage(customer.id, "Klant")
    a = add_prospect(workspace, "Anna")
    workspace.sales.presentations.record_presentation(
        a, presentation(clock, CloseOutcome.SALE, sale_what="x", sale_amount_cents=1)
    )
    assert workspace.pipeline.stage_of(a) == customer.id


def test_sale_needs_what_and_an_amount(workspace, clock):
    a = add_prospect(workspace, "Anna")
    with pytest.raises(IncompletePresentationError) as missing:
        workspace.sales.presentations.record_presentation(
            a, presentation(clock, CloseOutcome.SALE, sale_amount_cents=-5)
        )
    assert set(missing.value.missing) == {"sale_what", "sale_amount"}
    with pytest.raises(IncompletePresentationError):
        workspace.sales.presentations.record_sale(a, what="Niets", amount_cents=0)
    assert role_of(workspace, a) == "prospect"
    assert workspace.sales.presentations.purchases(a).count == 0


def test_expected_value_and_column_totals(workspace):
    s = workspace.sales.presentations
    prospect = workspace.pipeline.stage_by_role("prospect")
    lead = workspace.pipeline.stage_by_role("lead")
    a, b, c = (add_prospect(workspace, n) for n in "ABC")
    s.set_expected_value(a, 50000)
    changes = s.set_expected_value(b, 25050)
    assert changes.stages == {prospect.id}
    workspace.contacts.delete([c])
    s.set_expected_value(c, 99999)  # deleted: not counted
    totals = s.value_totals()
    assert totals[prospect.id] == 75050 and totals[lead.id] == 0
    assert workspace.pipeline.cards([a])[a].expected_value_cents == 50000
    with pytest.raises(ValueError):
        s.set_expected_value(a, -1)


def test_card_goes_stale_and_logging_a_conversation_resets_it(workspace, clock):
    a = add_prospect(workspace, "Anna")  # prospect stage: 14 days
    clock.advance(timedelta(days=14))
    assert not workspace.pipeline.cards([a])[a].stale
    clock.advance(timedelta(hours=1))
    assert workspace.pipeline.cards([a])[a].stale
    workspace.contacts.update(a, ContactRecord(given_name="Anna", notes="edited"))
    assert workspace.pipeline.cards([a])[a].stale  # an edit is not a conversation
    workspace.activity.log_interaction(a, summary="Gebeld", kind="call")
    assert not workspace.pipeline.cards([a])[a].stale
    not_now = workspace.pipeline.stage_by_role("not_now")  # no stale days
    workspace.pipeline.move_contacts([a], to_stage_id=not_now.id)
    clock.advance(timedelta(days=400))
    assert not workspace.pipeline.cards([a])[a].stale


@pytest.mark.parametrize(
    ("outcome", "extra"),
    [
        (CloseOutcome.SALE, {"sale_what": "Starter pakket", "sale_amount_cents": 12950}),
        (CloseOutcome.NO, {"stays_on_list": True}),
    ],
)
def test_undo_takes_back_a_recorded_close(workspace, clock, outcome, extra):
    """A close entered on the wrong person (or by a slip) is one Undo away, like a drag."""
    s = workspace.sales.presentations
    a = add_prospect(workspace, "Anna")
    b = add_prospect(workspace, "Bram")  # Anna sits above Bram in the column
    prospect = workspace.pipeline.stage_by_role("prospect").id
    before = workspace.pipeline.column_page(prospect)[0]
    s.record_presentation(a, presentation(clock, outcome, **extra))
    assert role_of(workspace, a) != "prospect"

    changes = workspace.undo.undo()

    assert role_of(workspace, a) == "prospect"
    assert workspace.pipeline.column_page(prospect)[0] == before  # the same place, above Bram
    assert s.presentations(a) == []
    assert s.purchases(a).count == 0
    assert s.consent(a) is None
    assert a in changes.contacts and prospect in changes.stages
    assert role_of(workspace, b) == "prospect"


def test_undo_takes_back_a_follow_up_close_with_its_follow_up(workspace, clock):
    s = workspace.sales.presentations
    a = add_prospect(workspace, "Anna")
    result = s.record_presentation(
        a,
        presentation(
            clock,
            CloseOutcome.NOT_READY,
            follow_up_at=clock.now() + timedelta(days=7),
            follow_up_what="Terugbellen",
        ),
    )
    assert result.followup_id is not None
    workspace.undo.undo()
    assert workspace.activity.followups(a) == []
    assert role_of(workspace, a) == "prospect"


def test_undo_takes_back_a_reorder(workspace, clock):
    s = workspace.sales.presentations
    a = add_prospect(workspace, "Anna")
    s.record_presentation(
        a,
        presentation(clock, CloseOutcome.SALE, sale_what="Starter", sale_amount_cents=1000),
    )
    s.record_sale(a, what="Navulling", amount_cents=2500)
    assert role_of(workspace, a) == "repeat_buyer"
    workspace.undo.undo()
    assert role_of(workspace, a) == "customer"
    assert [sale.what for sale in s.purchases(a).sales] == ["Starter"]
