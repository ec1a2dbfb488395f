"""The agenda: what the Today view, the reminders and ``prospectdesk today`` see."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from prospectdesk.domain.agenda import agenda_at, birthdays_between, next_birthday_on_or_after
from prospectdesk.domain.records import Birthday, ContactRecord
from prospectdesk.domain.settings import BIRTHDAY_LEAD_DAYS
from tests.conftest import AMSTERDAM


def _person(workspace, name: str, birthday: Birthday | None = None, role: str = "lead") -> int:
    stage = workspace.pipeline.stage_by_role(role)
    contact_id, _ = workspace.contacts.create(
        ContactRecord(given_name=name, birthday=birthday), stage_id=stage.id
    )
    return contact_id


def test_followups_due_today_and_overdue_but_not_tomorrow_or_done(workspace, clock):
    anna = _person(workspace, "Anna")
    now = clock.now()
    overdue, _ = workspace.activity.add_followup(anna, due_at=now - timedelta(days=2), what="call")
    later_today, _ = workspace.activity.add_followup(anna, due_at=now.replace(hour=23, minute=59))
    workspace.activity.add_followup(anna, due_at=now.replace(hour=0) + timedelta(days=1))
    done, _ = workspace.activity.add_followup(anna, due_at=now - timedelta(hours=1))
    workspace.activity.complete_followup(done)

    agenda = agenda_at(workspace, now)

    assert [(i.followup_id, i.overdue) for i in agenda.followups] == [
        (overdue, True),
        (later_today, False),
    ]
    first = agenda.followups[0]
    assert first.kind == "followup" and first.display_name == "Anna" and first.detail == "call"
    assert first.due == now - timedelta(days=2)
    assert first.due.tzinfo is not None


def test_followups_of_deleted_contacts_are_left_out(workspace, clock):
    gone = _person(workspace, "Gone")
    workspace.activity.add_followup(gone, due_at=clock.now())
    workspace.contacts.delete([gone])
    assert agenda_at(workspace, clock.now()).followups == []


def test_birthdays_within_lead_time_and_on_the_day(workspace, clock):
    # Today is Monday 23 November 2026; the lead time is 3 days by default.
    today = _person(workspace, "Today", Birthday(11, 23))
    in_three = _person(workspace, "Three", Birthday(11, 26, 1980))
    _person(workspace, "Four", Birthday(11, 27))
    _person(workspace, "Yesterday", Birthday(11, 22))

    agenda = agenda_at(workspace, clock.now())

    assert [(i.contact_id, i.due) for i in agenda.birthdays] == [
        (today, date(2026, 11, 23)),
        (in_three, date(2026, 11, 26)),
    ]
    assert agenda.birthdays[1].detail == "1980-11-26"
    assert agenda.birthdays[0].detail == "--11-23"


def test_birthday_lead_time_is_a_setting(workspace, clock):
    four = _person(workspace, "Four", Birthday(11, 27))
    workspace.settings.set(BIRTHDAY_LEAD_DAYS, 4)
    assert [i.contact_id for i in agenda_at(workspace, clock.now()).birthdays] == [four]
    workspace.settings.set(BIRTHDAY_LEAD_DAYS, 0)
    assert agenda_at(workspace, clock.now()).birthdays == []


def test_birthday_window_at_midnight_rollover(workspace):
    _person(workspace, "Thursday", Birthday(11, 26))
    before = datetime(2026, 11, 22, 23, 59, tzinfo=AMSTERDAM)
    after = datetime(2026, 11, 23, 0, 1, tzinfo=AMSTERDAM)
    assert agenda_at(workspace, before).birthdays == []
    assert len(agenda_at(workspace, after).birthdays) == 1


def test_birthday_window_across_new_year(workspace):
    new_year = _person(workspace, "Jan", Birthday(1, 1, 1990))
    agenda = agenda_at(workspace, datetime(2026, 12, 30, 12, 0, tzinfo=AMSTERDAM))
    assert [(i.contact_id, i.due) for i in agenda.birthdays] == [(new_year, date(2027, 1, 1))]


def test_29_february_is_celebrated_on_28_february_in_a_common_year(workspace):
    leap = _person(workspace, "Leap", Birthday(2, 29, 2000))
    yearless = _person(workspace, "Leap too", Birthday(2, 29))
    common = agenda_at(workspace, datetime(2027, 2, 28, 8, 0, tzinfo=AMSTERDAM))
    assert {(i.contact_id, i.due) for i in common.birthdays} == {
        (leap, date(2027, 2, 28)),
        (yearless, date(2027, 2, 28)),
    }
    # In a leap year the 28th is not their day, the 29th is.
    assert agenda_at(workspace, datetime(2028, 2, 28, 8, 0, tzinfo=AMSTERDAM)).birthdays[0].due == (
        date(2028, 2, 29)
    )
    assert birthdays_between(date(2027, 3, 1), date(2027, 3, 5)) == []


def test_next_birthday_wraps_to_next_year(workspace):
    _person(workspace, "Jan", Birthday(1, 5))
    _person(workspace, "Leap", Birthday(2, 29))
    assert next_birthday_on_or_after(date(2026, 11, 23)) == date(2027, 1, 5)
    assert next_birthday_on_or_after(date(2027, 1, 6)) == date(2027, 2, 28)
    assert next_birthday_on_or_after(date(2028, 1, 6)) == date(2028, 2, 29)


def test_quiet_people_by_their_stage_days_and_last_conversation(workspace, clock):
    workspace.pipeline.set_stale_days(workspace.pipeline.stage_by_role("prospect").id, 10)
    quiet = _person(workspace, "Quiet", role="prospect")
    talked = _person(workspace, "Talked", role="presentation")  # 7 days
    _person(workspace, "Just a lead", role="lead")  # listed among the leads instead
    long_ago = clock.now() - timedelta(days=30)
    workspace.activity.log_interaction(quiet, summary="hi", occurred_at=long_ago)
    workspace.activity.log_interaction(talked, summary="hi", occurred_at=long_ago)
    workspace.activity.log_interaction(talked, summary="again", occurred_at=clock.now())
    # Everybody entered their stage today, so "never spoken to" is not quiet yet.
    fresh = _person(workspace, "Fresh", role="prospect")

    agenda = agenda_at(workspace, clock.now())

    assert [i.contact_id for i in agenda.quiet] == [quiet]
    item = agenda.quiet[0]
    assert item.due == long_ago.date() + timedelta(days=10)
    assert item.overdue and item.detail == long_ago.date().isoformat()
    assert {i.contact_id for i in agenda_at(workspace, clock.now() + timedelta(days=8)).quiet} == {
        quiet,
        talked,
    }
    later = agenda_at(workspace, clock.now() + timedelta(days=11))
    assert {i.contact_id for i in later.quiet} == {quiet, fresh, talked}


def test_a_limit_cuts_each_list_in_order_but_counts_everybody(workspace, clock):
    """Today shows the first few of thousands overdue; its headers still count them all."""
    now = clock.now()
    people = [_person(workspace, f"Klant {i}", role="prospect") for i in range(7)]
    for offset, contact_id in enumerate(people):
        workspace.activity.add_followup(contact_id, due_at=now - timedelta(days=10 - offset))
    later = now + timedelta(days=15)  # the prospect stage's 14 days are over

    full = agenda_at(workspace, later)
    cut = agenda_at(workspace, later, limit=3)

    assert [i.followup_id for i in cut.followups] == [i.followup_id for i in full.followups][:3]
    assert [i.contact_id for i in cut.quiet] == [i.contact_id for i in full.quiet][:3]
    assert cut.counts == full.counts == {"followups": 7, "birthdays": 0, "quiet": 7}
    # Under the limit nothing is cut and no count query is needed.
    assert agenda_at(workspace, later, limit=50).counts == full.counts


def test_quiet_prospects_of_two_stages_interleave_quietest_first_by_the_index(workspace, clock):
    """Issue 21: each stage's quiet prospects are read in the order of the contact_quiet
    index (a page, not a sort of every prospect) and merged across stages."""
    from prospectdesk.store.db import database

    now = clock.now()  # stage days: prospect 14, presentation 7
    expected = []
    for days, role in (
        (40, "presentation"),
        (30, "prospect"),
        (20, "presentation"),
        (15, "prospect"),
    ):
        contact_id = _person(workspace, f"{role} {days}", role=role)
        workspace.activity.log_interaction(
            contact_id, summary="hi", occurred_at=now - timedelta(days=days)
        )
        expected.append(contact_id)
    dnc = _person(workspace, "Asked not to", role="prospect")
    workspace.activity.log_interaction(dnc, summary="hi", occurred_at=now - timedelta(days=50))
    workspace.sales.presentations.set_do_not_contact([dnc], True)

    cut = agenda_at(workspace, now, limit=3)

    assert [i.contact_id for i in cut.quiet] == expected[:3]
    assert cut.counts["quiet"] == 4
    plan = " ".join(
        str(row[-1])
        for row in database.execute_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM contact WHERE stage_id = 2 AND deleted_at IS NULL"
            " AND do_not_contact_at IS NULL AND COALESCE(last_interaction_at, stage_entered_at)"
            " < ? ORDER BY COALESCE(last_interaction_at, stage_entered_at), id LIMIT 3",
            ["2026-01-01"],
        )
    )
    assert "contact_quiet" in plan and "TEMP B-TREE" not in plan
