"""Why "no": the reason kept with a "no" close, counted by reason and by lead source, in a
period; the reasons offered are the defaults plus the owner's own."""

from __future__ import annotations

from datetime import timedelta

from prospectdesk.domain.defaults import untranslated
from prospectdesk.domain.losses import LossRow, by_reason, losses, reasons_offered
from prospectdesk.domain.records import ContactRecord
from prospectdesk.domain.sales import CloseOutcome, PresentationInput
from prospectdesk.store.models import Presentation


def add_prospect(ws, name: str, source: str) -> int:
    prospect = ws.pipeline.stage_by_role("prospect")
    record = ContactRecord(given_name=name, source=source)
    contact_id, _ = ws.contacts.create(record, stage_id=prospect.id)
    return contact_id


def close(ws, clock, contact_id: int, outcome: CloseOutcome, reason: str = "", **extra) -> None:
    if outcome is CloseOutcome.NO:
        extra.setdefault("stays_on_list", True)
    data = PresentationInput(
        presented_at=clock.now(),
        offered="Starter pakket",
        call_to_action="Vandaag bestellen",
        outcome=outcome,
        no_reason=reason,
        **extra,
    )
    ws.sales.presentations.record_presentation(contact_id, data)


def test_losses_are_counted_by_source_and_reason(workspace, clock):
    bought = [add_prospect(workspace, f"Lijst {i}", "Bought list") for i in range(3)]
    met = add_prospect(workspace, "Anna", "Met in person")
    for contact_id in bought[:2]:
        close(workspace, clock, contact_id, CloseOutcome.NO, "Price")
    close(workspace, clock, bought[2], CloseOutcome.NO, " Timing ")
    close(workspace, clock, met, CloseOutcome.NO, "Price")
    start = clock.now() - timedelta(days=1)

    rows = losses(start, clock.now() + timedelta(minutes=1))

    assert rows == [
        LossRow("Bought list", "Price", 2),
        LossRow("Bought list", "Timing", 1),
        LossRow("Met in person", "Price", 1),
    ]
    assert by_reason(rows) == [("Price", 3), ("Timing", 1)]


def test_only_no_closes_in_the_period_count(workspace, clock):
    old = add_prospect(workspace, "Oud", "Referral")
    close(workspace, clock, old, CloseOutcome.NO, "Price")
    clock.advance(timedelta(days=40))
    sold = add_prospect(workspace, "Koper", "Referral")
    close(
        workspace,
        clock,
        sold,
        CloseOutcome.SALE,
        "Price",  # ignored: only a "no" keeps a reason
        sale_what="Pakket",
        sale_amount_cents=5000,
    )
    later = add_prospect(workspace, "Later", "Referral")
    close(workspace, clock, later, CloseOutcome.NO)  # no reason given (an older caller)
    end = clock.now() + timedelta(minutes=1)

    assert losses(clock.now() - timedelta(days=30), end) == [LossRow("Referral", "", 1)]
    assert sorted(losses(None, end), key=lambda r: r.reason) == [
        LossRow("Referral", "", 1),
        LossRow("Referral", "Price", 1),
    ]
    assert Presentation.get(Presentation.contact == sold).no_reason is None


def test_the_reasons_offered_are_the_defaults_then_the_owners_own(workspace, clock):
    assert reasons_offered(workspace.settings, untranslated)[:2] == ["Price", "Timing"]
    contact_id = add_prospect(workspace, "Ani", "Referral")
    close(workspace, clock, contact_id, CloseOutcome.NO, "Կնոջ հետ կխոսի")  # "asks his wife"

    offered = reasons_offered(workspace.settings, untranslated)

    assert offered[-1] == "Կնոջ հետ կխոսի"
    assert len(offered) == len(set(offered))


def test_the_owner_edits_the_list_and_what_they_take_out_stays_out(workspace, clock):
    from prospectdesk.domain.losses import reason_list, set_reason_list

    settings = workspace.settings
    given = add_prospect(workspace, "Ani", "Referral")
    close(workspace, clock, given, CloseOutcome.NO, "Timing")
    typed = add_prospect(workspace, "Bob", "Referral")
    close(workspace, clock, typed, CloseOutcome.NO, "Asks his wife")

    set_reason_list(settings, [" Too expensive ", "", "No need", "No need"], untranslated)

    assert reason_list(settings, untranslated) == ["Too expensive", "No need"]
    # "Price" and "Timing" were taken out ("Timing" was given once: still not offered);
    # the owner's own "Asks his wife" was offered and taken out too.
    assert reasons_offered(settings, untranslated) == ["Too expensive", "No need"]
    later = add_prospect(workspace, "Cem", "Referral")
    close(workspace, clock, later, CloseOutcome.NO, "Moved abroad")
    assert reasons_offered(settings, untranslated)[-1] == "Moved abroad"
    # The closes keep what they were given.
    assert {row.reason for row in losses(None, clock.now() + timedelta(minutes=1))} == {
        "Timing",
        "Asks his wife",
        "Moved abroad",
    }
