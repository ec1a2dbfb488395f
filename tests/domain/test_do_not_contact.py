""" "No, and do not keep me on your list" is honoured: the refusal is a mark on the person
that survives stage moves, keeps them out of reminders and Today, and is undoable."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from prospectdesk.domain.agenda import agenda_at, birthdays_between
from prospectdesk.domain.records import Birthday, ContactRecord
from prospectdesk.domain.sales import CloseOutcome, PresentationInput
from prospectdesk.domain.settings import REMIND_QUIET
from tests.conftest import AMSTERDAM


def _person(ws, name: str, role: str = "prospect", birthday: Birthday | None = None) -> int:
    stage = ws.pipeline.stage_by_role(role)
    contact_id, _ = ws.contacts.create(
        ContactRecord(given_name=name, birthday=birthday), stage_id=stage.id
    )
    return contact_id


def _refuse(ws, clock, contact_id: int):
    return ws.sales.presentations.record_presentation(
        contact_id,
        PresentationInput(
            presented_at=clock.now(),
            offered="Starter",
            call_to_action="Bestellen",
            outcome=CloseOutcome.NO,
            stays_on_list=False,
        ),
    )


def _role(ws, contact_id: int) -> str | None:
    stage_id = ws.pipeline.stage_of(contact_id)
    return next(s.role for s in ws.pipeline.stages() if s.id == stage_id)


def test_a_refusal_is_marked_and_never_lands_in_kept_on_the_list(workspace, clock):
    sales = workspace.sales.presentations
    dina = _person(workspace, "Dina", role="presentation")
    result = _refuse(workspace, clock, dina)
    assert _role(workspace, dina) != "not_now"
    assert _role(workspace, dina) == "presentation"  # the card stays where it was
    assert result.to_stage_id == workspace.pipeline.stage_by_role("presentation").id
    assert sales.do_not_contact(dina) == clock.now()
    assert workspace.contacts.get(dina).do_not_contact_at == clock.now()
    card = workspace.pipeline.cards([dina])[dina]
    assert card.do_not_contact and not card.stale


def test_a_no_with_consent_still_goes_to_not_now_unmarked(workspace, clock):
    sales = workspace.sales.presentations
    cem = _person(workspace, "Cem")
    sales.record_presentation(
        cem,
        PresentationInput(
            presented_at=clock.now(),
            offered="x",
            call_to_action="y",
            outcome=CloseOutcome.NO,
            stays_on_list=True,
        ),
    )
    assert _role(workspace, cem) == "not_now"
    assert sales.do_not_contact(cem) is None


def test_undo_of_the_refusing_close_takes_the_mark_off(workspace, clock):
    dina = _person(workspace, "Dina")
    _refuse(workspace, clock, dina)
    workspace.undo.undo()
    assert workspace.sales.presentations.do_not_contact(dina) is None
    assert workspace.sales.presentations.presentations(dina) == []


def test_the_mark_survives_stage_moves(workspace, clock):
    dina = _person(workspace, "Dina")
    _refuse(workspace, clock, dina)
    workspace.pipeline.move_contacts(
        [dina], to_stage_id=workspace.pipeline.stage_by_role("lead").id
    )
    assert workspace.sales.presentations.do_not_contact(dina) == clock.now()
    assert workspace.pipeline.cards([dina])[dina].do_not_contact


def test_set_and_clear_by_hand_is_undoable_and_keeps_the_first_date(workspace, clock):
    sales = workspace.sales.presentations
    anna, bram = _person(workspace, "Anna"), _person(workspace, "Bram")
    first = clock.now()
    changes = sales.set_do_not_contact([anna], True)
    assert changes.contacts == {anna}
    assert changes.stages == {workspace.pipeline.stage_of(anna)}
    clock.advance(timedelta(days=3))
    sales.set_do_not_contact([anna, bram], True)
    assert sales.do_not_contact(anna) == first  # when they first asked
    assert sales.do_not_contact(bram) == clock.now()
    assert sales.marked([anna, bram, anna]) == {anna, bram}
    workspace.undo.undo()
    assert (sales.do_not_contact(anna), sales.do_not_contact(bram)) == (first, None)
    sales.set_do_not_contact([anna], False)
    assert sales.do_not_contact(anna) is None
    workspace.undo.undo()
    assert sales.do_not_contact(anna) == first


def test_marked_people_leave_today_and_the_reminders(workspace, clock):
    now = clock.now()
    workspace.settings.set(REMIND_QUIET, True)
    kept = _person(workspace, "Kept", role="lead", birthday=Birthday(11, 24))
    gone = _person(workspace, "Gone", role="lead", birthday=Birthday(11, 24))
    quiet = _person(workspace, "Quiet", role="prospect")
    for contact_id in (kept, gone):
        workspace.activity.add_followup(contact_id, due_at=now - timedelta(hours=1), what="bel")
    workspace.activity.add_followup(gone, due_at=now + timedelta(days=2), what="later")
    clock.advance(timedelta(days=30))  # the prospect has gone quiet
    now = clock.now()
    today = workspace.sales.today
    assert quiet in [i.contact_id for i in agenda_at(workspace, now).quiet]
    assert today.unqualified_lead_count() == 2

    workspace.sales.presentations.set_do_not_contact([gone, quiet], True)

    agenda = agenda_at(workspace, now)
    assert {i.contact_id for i in agenda.followups} == {kept}
    assert agenda.quiet == []
    assert [lead.contact_id for lead in today.unqualified_leads()] == [kept]
    assert today.unqualified_lead_count() == 1
    assert today.unqualified_lead_count(now - timedelta(hours=1)) == 1
    service = workspace.reminders
    assert {r.contact_id for r in service.active(now)} == {kept}
    # Their birthdays are not brought up either.
    day = date(2027, 11, 24)
    assert [row.contact_id for row in birthdays_between(day, day)] == [kept]
    on_the_day = datetime(2027, 11, 24, 12, tzinfo=AMSTERDAM)
    assert {r.contact_id for r in service.active(on_the_day) if r.kind == "birthday"} == {kept}

    # Cleared by hand: everything comes back, nothing was thrown away.
    workspace.sales.presentations.set_do_not_contact([gone], False)
    assert {i.contact_id for i in agenda_at(workspace, now).followups} == {kept, gone}


def test_a_marked_follow_up_is_not_what_the_next_check_waits_for(workspace, clock):
    gone = _person(workspace, "Gone")
    due = clock.now() + timedelta(hours=2)
    workspace.activity.add_followup(gone, due_at=due)
    service = workspace.reminders
    assert service.next_due(clock.now()) == due
    workspace.sales.presentations.set_do_not_contact([gone], True)
    assert service.next_due(clock.now()) != due


def test_a_marked_birthday_is_not_what_the_next_check_waits_for(workspace, clock):
    gone = _person(workspace, "Gone", birthday=Birthday(12, 1))
    service = workspace.reminders
    assert service.next_due(clock.now()).date() == date(2026, 11, 28)  # 3 days ahead
    workspace.sales.presentations.set_do_not_contact([gone], True)
    assert service.next_due(clock.now()) is None


def test_the_mark_is_carried_in_the_json_and_csv_exports_and_kept_off_the_calendar(
    workspace, clock
):
    import csv
    import io
    import json

    from prospectdesk.domain.io.export import export_contacts

    kept = _person(workspace, "Kept", birthday=Birthday(5, 1))
    gone = _person(workspace, "Gone", birthday=Birthday(6, 2))
    workspace.activity.add_followup(gone, due_at=clock.now() + timedelta(days=1), what="bel")
    workspace.sales.presentations.set_do_not_contact([gone], True)

    rows = {row["id"]: row for row in json.loads(export_contacts(workspace, "json"))}
    assert rows[gone]["do_not_contact"] == "2026-11-23T09:00:00+00:00"
    assert rows[kept]["do_not_contact"] is None

    text = export_contacts(workspace, "csv").decode("utf-8-sig")  # Excel needs the BOM
    by_name = {r["First Name"]: r for r in csv.DictReader(io.StringIO(text, newline=""))}
    assert by_name["Gone"]["Do Not Contact"] == "2026-11-23"
    assert by_name["Kept"]["Do Not Contact"] == ""

    calendar = export_contacts(workspace, "ics").decode("utf-8")
    assert "Kept" in calendar and "Gone" not in calendar
