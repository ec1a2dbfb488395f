"""An iCalendar file of birthdays and open follow-ups, for any calendar program.

Titles are in the owner's language: the caller passes a translate function (Qt's in the
app, the saved language's catalog on the command line); the strings are marked with
``QT_TRANSLATE_NOOP`` so that lupdate collects them while this module stays free of Qt.
Birthdays carry the same alarms as the app's own birthday reminders (the morning of the
day, and the lead days before it), so a phone reminds as the app would.

Built with the ``icalendar`` library (escaping, folding and RRULE syntax are its job).
UIDs are derived from the contact and follow-up, so importing a newer export into the same
calendar updates the events instead of adding copies.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import icalendar

from prospectdesk.domain.defaults import QT_TRANSLATE_NOOP, Translate, untranslated
from prospectdesk.domain.io.vcard_write import contact_uid
from prospectdesk.domain.records import Birthday, ContactRecord, FollowUpInfo

PRODID = "-//ProspectDesk//ProspectDesk//EN"
UID_DOMAIN = "prospectdesk"
FOLLOWUP_DURATION = timedelta(minutes=30)
# A leap year, so a year-less 29 February can start the series; recent enough that every
# calendar program is happy with it.
YEARLESS_START_YEAR = 2000

CONTEXT = "CalendarExport"
CALENDAR_NAME = QT_TRANSLATE_NOOP("CalendarExport", "ProspectDesk: birthdays and follow-ups")
# {name} is the contact's name, {what} the follow-up's text (no words to translate).
BIRTHDAY_TITLE = QT_TRANSLATE_NOOP("CalendarExport", "Birthday: {name}")
FOLLOWUP_TITLE = "{what} ({name})"


@dataclass(frozen=True)
class BirthdayAlarms:
    """When the app reminds of a birthday: at ``morning_hour`` on the day and, when
    ``lead_days`` is not 0, that many days before (the reminder settings)."""

    morning_hour: int = 9
    lead_days: int = 3


def write_calendar(
    contacts: Iterable[ContactRecord],
    followups: Iterable[tuple[FollowUpInfo, str]],
    *,
    translate: Translate = untranslated,
    birthday_title: str | None = None,
    followup_title: str | None = None,
    alarms: BirthdayAlarms | None = None,
    now: datetime,
) -> bytes:
    """Birthdays of ``contacts`` as yearly all-day events with ``alarms`` (the defaults
    when None) and each open follow-up (paired with the contact's display name) as an
    event with a reminder at its due time.

    Titles and the calendar's name go through ``translate(context, text)``; the titles
    are templates with ``{name}`` (and ``{what}``), which ``birthday_title`` and
    ``followup_title`` replace when given. ``now`` (the workspace clock's) is the DTSTAMP."""
    stamp = now.astimezone(UTC)
    birthday_title = birthday_title or translate(CONTEXT, BIRTHDAY_TITLE)
    followup_title = followup_title or FOLLOWUP_TITLE
    alarms = alarms or BirthdayAlarms()
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    name = translate(CONTEXT, CALENDAR_NAME)
    calendar.add("name", name)  # RFC 7986
    calendar.add("x-wr-calname", name)  # what Google, Apple and Outlook show
    for contact in contacts:
        if contact.birthday is not None:
            calendar.add_component(_birthday_event(contact, birthday_title, alarms, stamp))
    for info, name in followups:
        if info.done_at is None:
            calendar.add_component(_followup_event(info, name, followup_title, stamp))
    ical: bytes = calendar.to_ical()  # icalendar leaves to_ical() unannotated
    return ical


def birthday_start(birthday: Birthday) -> date:
    """The first day of the yearly series: the birth date itself when the year is known
    (a year after 9998 is a typo, and its series could not end: start without it)."""
    year = birthday.year if birthday.year is not None and birthday.year < 9999 else None
    return date(year or YEARLESS_START_YEAR, birthday.month, birthday.day)


def _birthday_event(
    contact: ContactRecord, title: str, alarms: BirthdayAlarms, stamp: datetime
) -> icalendar.Event:
    birthday = contact.birthday
    assert birthday is not None
    start = birthday_start(birthday)
    event = icalendar.Event()
    event.add("uid", f"birthday-{contact_uid(contact)}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("summary", title.format(name=contact.display_name))
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(days=1))
    if birthday.month == 2 and birthday.day == 29:
        # FREQ=YEARLY on 29 February skips the three years without one (RFC 5545 drops
        # invalid dates). The last day of February is the 29th in leap years and the 28th
        # otherwise, the day the app itself celebrates it (Birthday.occurrence_in).
        event.add("rrule", {"freq": "yearly", "bymonth": 2, "bymonthday": -1})
    else:
        event.add("rrule", {"freq": "yearly"})
    event.add("transp", "TRANSPARENT")
    event.add("categories", ["Birthday"])
    summary = title.format(name=contact.display_name)
    # Relative to the start of the all-day event (midnight): the morning hour of the day,
    # and of the day ``lead_days`` before it.
    morning = timedelta(hours=alarms.morning_hour)
    leads = [morning - timedelta(days=alarms.lead_days)] if alarms.lead_days else []
    for trigger in [*leads, morning]:
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", trigger)
        event.add_component(alarm)
    return event


def _followup_event(info: FollowUpInfo, name: str, title: str, stamp: datetime) -> icalendar.Event:
    due = info.due_at if info.due_at.tzinfo is not None else info.due_at.replace(tzinfo=UTC)
    due = due.astimezone(UTC)
    summary = title.format(what=info.what, name=name)
    event = icalendar.Event()
    event.add("uid", f"followup-{info.id}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    event.add("description", info.what)
    event.add("dtstart", due)
    event.add("dtend", due + FOLLOWUP_DURATION)
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", timedelta(0))
    event.add_component(alarm)
    return event
