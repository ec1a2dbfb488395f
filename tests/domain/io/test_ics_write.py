"""iCalendar export: birthdays as yearly all-day events, open follow-ups with an alarm."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
from dateutil.rrule import rrulestr  # icalendar depends on python-dateutil

from prospectdesk.domain.io.ics_write import write_calendar
from prospectdesk.domain.records import Birthday, ContactRecord, FollowUpInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def export(contacts, followups=()) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(write_calendar(contacts, followups, now=NOW))


def events(calendar: icalendar.Calendar) -> list[icalendar.Event]:
    return list(calendar.walk("VEVENT"))


def test_birthday_is_a_yearly_all_day_event() -> None:
    contact = ContactRecord(
        given_name="Aram", family_name="Petrosyan", birthday=Birthday(5, 17, 1975), id=7
    )
    [event] = events(export([contact]))
    assert event.decoded("dtstart") == date(1975, 5, 17)
    assert event.decoded("dtend") == date(1975, 5, 18)
    assert event["rrule"]["FREQ"] == ["YEARLY"]
    assert "BYMONTHDAY" not in event["rrule"]
    assert str(event["summary"]) == "Birthday: Aram Petrosyan"
    assert event.decoded("dtstamp") == NOW


def test_yearless_birthday_starts_in_a_leap_year() -> None:
    contact = ContactRecord(given_name="Mila", birthday=Birthday(12, 5), id=8)
    [event] = events(export([contact]))
    assert event.decoded("dtstart") == date(2000, 12, 5)


def test_29_february_shows_every_year() -> None:
    contact = ContactRecord(given_name="Leap", birthday=Birthday(2, 29), id=9)
    [event] = events(export([contact]))
    assert event.decoded("dtstart") == date(2000, 2, 29)
    rule = event["rrule"]
    assert rule["FREQ"] == ["YEARLY"]
    assert rule["BYMONTH"] == [2]
    assert rule["BYMONTHDAY"] == [-1]
    # The rule expands to the 28th in 2027 and the 29th in 2028.
    expanded = rrulestr(rule.to_ical().decode(), dtstart=datetime(2000, 2, 29))
    days = [d.date() for d in expanded.between(datetime(2026, 1, 1), datetime(2029, 1, 1))]
    assert days == [date(2026, 2, 28), date(2027, 2, 28), date(2028, 2, 29)]


def test_contacts_without_birthday_are_left_out() -> None:
    assert events(export([ContactRecord(given_name="Geen")])) == []


def test_open_followup_has_a_display_alarm() -> None:
    due = datetime(2026, 11, 24, 10, 0, tzinfo=AMSTERDAM)
    open_one = FollowUpInfo(id=3, contact_id=7, due_at=due, what="Bel terug", done_at=None)
    done = FollowUpInfo(id=4, contact_id=7, due_at=due, what="Al gedaan", done_at=due)
    [event] = events(export([], [(open_one, "Aram Petrosyan"), (done, "Aram Petrosyan")]))
    assert event.decoded("dtstart") == due.astimezone(UTC)
    assert str(event["summary"]) == "Bel terug (Aram Petrosyan)"
    [alarm] = event.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY"
    assert alarm.decoded("trigger") == timedelta(0)
    assert "Bel terug" in str(alarm["description"])


def test_uids_are_stable_across_exports() -> None:
    contact = ContactRecord(given_name="Aram", birthday=Birthday(5, 17), id=7)
    followup = FollowUpInfo(3, 7, datetime(2026, 11, 24, 10, tzinfo=AMSTERDAM), "Bel", None)
    first = [str(e["uid"]) for e in events(export([contact], [(followup, "Aram")]))]
    contact.given_name = "Aram Jr."
    later = icalendar.Calendar.from_ical(
        write_calendar([contact], [(followup, "Aram")], now=NOW + timedelta(days=3))
    )
    assert [str(e["uid"]) for e in events(later)] == first
    assert len(set(first)) == 2


def test_titles_can_be_translated() -> None:
    contact = ContactRecord(given_name="Ani", birthday=Birthday(1, 2), id=1)
    data = write_calendar([contact], [], birthday_title="Verjaardag van {name}", now=NOW)
    [event] = events(icalendar.Calendar.from_ical(data))
    assert str(event["summary"]) == "Verjaardag van Ani"


def test_birthday_in_year_9999_does_not_overflow() -> None:
    contact = ContactRecord(given_name="Typo", birthday=Birthday(12, 31, 9999), id=2)
    [event] = events(export([contact]))
    assert event.decoded("dtstart") == date(2000, 12, 31)
