"""The reminder service with a fake clock: sleep, restarts, DST, leap days and snoozes."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from prospectdesk.clock import FakeClock
from prospectdesk.domain.records import Birthday, ContactRecord
from prospectdesk.domain.reminders import (
    SNOOZE_HOUR,
    SNOOZE_NEXT_WEEK,
    SNOOZE_TOMORROW,
    ReminderService,
)
from prospectdesk.domain.settings import (
    BIRTHDAY_LEAD_DAYS,
    MORNING_HOUR,
    REMIND_QUIET,
)
from prospectdesk.domain.workspace import open_workspace
from tests.conftest import AMSTERDAM

UTC = ZoneInfo("UTC")


def _person(workspace, name: str, birthday: Birthday | None = None, role: str = "lead") -> int:
    stage = workspace.pipeline.stage_by_role(role)
    contact_id, _ = workspace.contacts.create(
        ContactRecord(given_name=name, birthday=birthday), stage_id=stage.id
    )
    return contact_id


def _keys(reminders) -> list[str]:
    return [r.key for r in reminders]


@pytest.fixture
def service(workspace) -> ReminderService:
    return workspace.reminders


def test_follow_up_due_exactly_now_is_shown_once(workspace, clock, service):
    anna = _person(workspace, "Anna")
    followup_id, _ = workspace.activity.add_followup(anna, due_at=clock.now(), what="call back")

    batch = service.collect()

    assert _keys(batch.due) == [f"followup:{followup_id}"] and batch.missed == []
    reminder = batch.due[0]
    assert (reminder.contact_id, reminder.display_name, reminder.detail) == (
        anna,
        "Anna",
        "call back",
    )
    assert not service.collect()
    # Still listed (for the tray menu) until done or snoozed, but marked as shown.
    assert [r.shown for r in service.active()] == [True]


def test_just_before_nothing_is_due_and_the_timer_aims_at_it(workspace, clock, service):
    anna = _person(workspace, "Anna")
    due = clock.now() + timedelta(minutes=2)
    workspace.activity.add_followup(anna, due_at=due)
    clock.advance(timedelta(minutes=2) - timedelta(seconds=1))

    assert not service.pending()
    assert service.next_due() == due

    clock.advance(timedelta(seconds=1))
    assert len(service.collect().due) == 1
    assert service.next_due() != due


def test_missed_across_a_restart_are_grouped_and_not_repeated(data_dir):
    clock = FakeClock(datetime(2026, 11, 23, 10, 0, tzinfo=AMSTERDAM))
    ws = open_workspace(data_dir, clock=clock)
    anna = _person(ws, "Anna")
    bob = _person(ws, "Bob")
    first, _ = ws.activity.add_followup(anna, due_at=clock.now() + timedelta(hours=2))
    second, _ = ws.activity.add_followup(bob, due_at=clock.now() + timedelta(hours=3))
    assert not ws.reminders.collect()
    ws.close()

    # The app was closed; it starts again in the evening.
    clock.advance(timedelta(hours=9))
    ws = open_workspace(data_dir, clock=clock)
    batch = ws.reminders.collect()
    assert batch.due == []
    assert _keys(batch.missed) == [f"followup:{first}", f"followup:{second}"]
    ws.close()

    ws = open_workspace(data_dir, clock=clock)
    assert not ws.reminders.collect()
    assert len(ws.reminders.active()) == 2
    ws.close()


def test_laptop_asleep_for_three_days(workspace, clock, service):
    cake = _person(workspace, "Cake", Birthday(11, 25))
    anna = _person(workspace, "Anna")
    followup_id, _ = workspace.activity.add_followup(
        anna, due_at=datetime(2026, 11, 24, 14, 0, tzinfo=AMSTERDAM)
    )
    # The card reminder (three days ahead) fell due yesterday morning.
    first = service.collect()
    assert _keys(first.missed) == [f"birthday:{cake}:2026:lead"]
    assert service.next_due() == datetime(2026, 11, 24, 14, 0, tzinfo=AMSTERDAM)

    clock.advance(timedelta(days=3))  # the lid was closed; nothing fired
    woke = service.collect()

    assert woke.due == []
    assert _keys(woke.missed) == [f"followup:{followup_id}", f"birthday:{cake}:2026:day"]
    assert woke.missed[1].occasion == date(2026, 11, 25)
    assert not service.collect()
    # Next year's card reminder is the next thing.
    assert service.next_due() == datetime(2027, 11, 22, 9, 0, tzinfo=AMSTERDAM)


def test_old_birthdays_are_not_dug_up_but_last_week_s_are(workspace, clock, service):
    recent = _person(workspace, "Recent", Birthday(11, 17))
    _person(workspace, "Old", Birthday(11, 10))
    assert [(r.contact_id, r.lead) for r in service.collect().missed] == [(recent, False)]


@pytest.mark.parametrize(
    ("birthday", "fires_at", "utc_hour"),
    [
        # Sunday 29 March 2026: clocks go forward at 02:00 (CET -> CEST).
        ((3, 29), datetime(2026, 3, 29, 9, 0, tzinfo=AMSTERDAM), 7),
        # Sunday 25 October 2026: clocks go back at 03:00 (CEST -> CET).
        ((10, 25), datetime(2026, 10, 25, 9, 0, tzinfo=AMSTERDAM), 8),
    ],
)
def test_dst_change_keeps_the_morning_hour_local(
    workspace, clock, service, birthday, fires_at, utc_hour
):
    workspace.settings.set(BIRTHDAY_LEAD_DAYS, 0)
    person = _person(workspace, "Zomer", Birthday(*birthday))
    anna = _person(workspace, "Anna")
    # A follow-up made the day before for "tomorrow at nine" is the same instant.
    followup_id, _ = workspace.activity.add_followup(anna, due_at=fires_at)
    clock.set(fires_at - timedelta(hours=23))
    assert not service.collect()

    moment = service.next_due()
    assert moment == fires_at
    assert moment.astimezone(UTC).hour == utc_hour

    clock.set(moment)
    assert sorted(_keys(service.collect().due)) == sorted(
        [f"birthday:{person}:2026:day", f"followup:{followup_id}"]
    )


def test_midnight_rollover(workspace, service, clock):
    workspace.settings.set(BIRTHDAY_LEAD_DAYS, 0)
    clock.set(datetime(2026, 11, 23, 23, 59, 30, tzinfo=AMSTERDAM))
    person = _person(workspace, "Tuesday", Birthday(11, 24))
    anna = _person(workspace, "Anna")
    midnight = datetime(2026, 11, 24, 0, 0, tzinfo=AMSTERDAM)
    followup_id, _ = workspace.activity.add_followup(anna, due_at=midnight)

    assert not service.collect()
    assert service.next_due() == midnight
    clock.set(midnight)
    assert _keys(service.collect().due) == [f"followup:{followup_id}"]
    # After midnight, today's morning is ahead: the birthday fires at nine, not at midnight.
    assert service.next_due() == datetime(2026, 11, 24, 9, 0, tzinfo=AMSTERDAM)
    clock.set(datetime(2026, 11, 24, 9, 0, tzinfo=AMSTERDAM))
    assert _keys(service.collect().due) == [f"birthday:{person}:2026:day"]


def test_29_february_in_a_common_year_is_reminded_on_28_february(workspace, service, clock):
    leap = _person(workspace, "Leap", Birthday(2, 29, 1996))
    clock.set(datetime(2027, 2, 20, 10, 0, tzinfo=AMSTERDAM))
    assert not service.collect()

    lead_moment = service.next_due()
    assert lead_moment == datetime(2027, 2, 25, 9, 0, tzinfo=AMSTERDAM)
    clock.set(lead_moment)
    [ahead] = service.collect().due
    assert (ahead.key, ahead.occasion, ahead.lead) == (
        f"birthday:{leap}:2027:lead",
        date(2027, 2, 28),
        True,
    )
    assert service.next_due() == datetime(2027, 2, 28, 9, 0, tzinfo=AMSTERDAM)

    clock.set(datetime(2028, 2, 27, 10, 0, tzinfo=AMSTERDAM))
    service.collect()
    assert service.next_due() == datetime(2028, 2, 29, 9, 0, tzinfo=AMSTERDAM)


def test_year_less_birthday_across_new_year(workspace, service, clock):
    person = _person(workspace, "Nieuwjaar", Birthday(1, 2))
    clock.set(datetime(2026, 12, 30, 8, 0, tzinfo=AMSTERDAM))
    assert not service.collect()
    assert service.next_due() == datetime(2026, 12, 30, 9, 0, tzinfo=AMSTERDAM)
    clock.set(datetime(2026, 12, 30, 9, 0, tzinfo=AMSTERDAM))
    [ahead] = service.collect().due
    assert ahead.key == f"birthday:{person}:2027:lead"
    assert ahead.occasion == date(2027, 1, 2) and ahead.detail == "--01-02"


def test_morning_hour_is_a_setting(workspace, service, clock):
    workspace.settings.set(MORNING_HOUR, 7)
    workspace.settings.set(BIRTHDAY_LEAD_DAYS, 0)
    _person(workspace, "Early", Birthday(11, 24))
    assert service.next_due() == datetime(2026, 11, 24, 7, 0, tzinfo=AMSTERDAM)


def test_snooze_and_done_survive_a_restart(data_dir):
    clock = FakeClock(datetime(2026, 11, 23, 10, 0, tzinfo=AMSTERDAM))
    ws = open_workspace(data_dir, clock=clock)
    anna = _person(ws, "Anna")
    bob = _person(ws, "Bob")
    first, _ = ws.activity.add_followup(anna, due_at=clock.now())
    second, _ = ws.activity.add_followup(bob, due_at=clock.now())
    service = ws.reminders
    snoozed, finished = service.collect().due
    service.snooze(snoozed, SNOOZE_HOUR)
    service.done(finished)
    assert service.active() == []
    ws.close()

    clock.advance(timedelta(minutes=30))
    ws = open_workspace(data_dir, clock=clock)
    service = ws.reminders
    assert not service.collect()
    assert service.next_due() == datetime(2026, 11, 23, 11, 0, tzinfo=AMSTERDAM)
    assert ws.activity.followups(bob)[0].done_at is not None  # Done completes the follow-up
    ws.close()

    clock.advance(timedelta(minutes=30))
    ws = open_workspace(data_dir, clock=clock)
    service = ws.reminders
    batch = service.collect()
    assert _keys(batch.due) == [f"followup:{first}"]
    assert batch.due[0].due_at == clock.now()
    ws.close()

    ws = open_workspace(data_dir, clock=clock)
    assert not ws.reminders.collect()
    ws.close()


def test_snooze_choices(service, clock):
    now = clock.now()  # Monday 23 November 2026, 10:00
    assert service.snooze_until(SNOOZE_HOUR) == now + timedelta(hours=1)
    assert service.snooze_until(SNOOZE_TOMORROW) == datetime(2026, 11, 24, 9, 0, tzinfo=AMSTERDAM)
    assert service.snooze_until(SNOOZE_NEXT_WEEK) == datetime(2026, 11, 30, 9, 0, tzinfo=AMSTERDAM)
    with pytest.raises(ValueError):
        service.snooze_until("someday")


def test_a_rescheduled_follow_up_reminds_again(workspace, clock, service):
    anna = _person(workspace, "Anna")
    followup_id, _ = workspace.activity.add_followup(anna, due_at=clock.now())
    assert len(service.collect().due) == 1
    workspace.activity.reschedule_followup(followup_id, clock.now() + timedelta(days=1))
    assert service.next_due() == clock.now() + timedelta(days=1)
    clock.advance(timedelta(days=1))
    assert _keys(service.collect().due) == [f"followup:{followup_id}"]


def test_deleted_and_completed_are_not_reminded(workspace, clock, service):
    gone = _person(workspace, "Gone", Birthday(11, 23))
    workspace.activity.add_followup(gone, due_at=clock.now())
    anna = _person(workspace, "Anna")
    done, _ = workspace.activity.add_followup(anna, due_at=clock.now())
    workspace.activity.complete_followup(done)
    workspace.contacts.delete([gone])
    assert not service.collect()


def test_quiet_prospect_reminders_are_optional(workspace, clock, service):
    workspace.pipeline.set_stale_days(workspace.pipeline.stage_by_role("prospect").id, 10)
    quiet = _person(workspace, "Quiet", role="prospect")
    workspace.activity.log_interaction(
        quiet, summary="hello", occurred_at=clock.now() - timedelta(days=12)
    )
    assert not service.collect()

    workspace.settings.set(REMIND_QUIET, True)
    [reminder] = service.collect().missed
    assert reminder.key == f"quiet:{quiet}:2026-11-21"
    assert not service.collect()
    # Talking to them again starts a new quiet period with its own reminder.
    workspace.activity.log_interaction(quiet, summary="again")
    assert service.next_due() == datetime(2026, 12, 3, 9, 0, tzinfo=AMSTERDAM)
    clock.set(datetime(2026, 12, 3, 9, 0, tzinfo=AMSTERDAM))
    assert _keys(service.collect().due) == [f"quiet:{quiet}:2026-12-03"]


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset (POSIX)")
def test_dst_with_the_system_clock_s_fixed_offset_zone(workspace, service, clock, monkeypatch):
    """SystemClock hands out fixed-offset zones (CET = +01:00 on 28 March); the morning of
    29 March must still be 09:00 CEST, resolved in the machine's own zone."""
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    try:
        workspace.settings.set(BIRTHDAY_LEAD_DAYS, 0)
        _person(workspace, "Zomer", Birthday(3, 29))
        clock.set(datetime(2026, 3, 28, 12, 0, tzinfo=AMSTERDAM))
        clock.zone = timezone(timedelta(hours=1))
        moment = service.next_due()
        assert moment.astimezone(UTC) == datetime(2026, 3, 29, 7, 0, tzinfo=UTC)
    finally:
        monkeypatch.undo()
        time.tzset()
