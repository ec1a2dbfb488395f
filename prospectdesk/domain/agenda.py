"""What needs attention at a given moment: the Today view, the reminder service and the
``today`` command all read this one function, so they can never disagree.

Everything is read through indexes (``follow_up.due_at``, the partial index on the contact's
birthday month/day, the contact's stage), so an agenda of 100,000 contacts costs a handful
of queries, none of which scans every contact.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from peewee import BaseQuery, ModelSelect, Node, Tuple, fn

from prospectdesk.clock import from_utc_naive, local_moment, utc_naive
from prospectdesk.domain.quiet import QuietRow, count_gone_quiet, gone_quiet
from prospectdesk.domain.records import Birthday
from prospectdesk.domain.settings import BIRTHDAY_LEAD_DAYS
from prospectdesk.store.db import database
from prospectdesk.store.models import Contact, FollowUp

if TYPE_CHECKING:
    from prospectdesk.domain.workspace import Workspace

# Who may be contacted: live, and not marked "do not contact" (they asked not to be; their
# follow-ups and birthdays stay stored, and come back if the owner clears the mark).
CONTACTABLE = Contact.deleted_at.is_null() & Contact.do_not_contact_at.is_null()


@dataclass(frozen=True)
class AgendaItem:
    """One line of the agenda.

    ``due`` is an aware local datetime for a follow-up, a date for a birthday (the day it is
    celebrated this time) and for a quiet prospect (the day it went quiet). ``detail`` is
    data, not a sentence: the follow-up's "what", the birthday as ISO text (``--MM-DD``
    when the year is unknown) or the ISO date of the last interaction (empty if none); the
    UI turns it into translated words."""

    kind: str  # "followup" | "birthday" | "quiet"
    contact_id: int
    display_name: str
    due: datetime | date
    overdue: bool
    detail: str
    followup_id: int | None = None


@dataclass
class Agenda:
    """The lists may be cut at the limit asked for; ``counts`` always has the full numbers
    ("followups", "birthdays", "quiet")."""

    followups: list[AgendaItem]
    birthdays: list[AgendaItem]
    quiet: list[AgendaItem]
    counts: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for key in ("followups", "birthdays", "quiet"):
            self.counts.setdefault(key, len(getattr(self, key)))

    def is_empty(self) -> bool:
        return not (self.followups or self.birthdays or self.quiet)


def agenda_at(workspace: Workspace, at: datetime, *, limit: int | None = None) -> Agenda:
    """Follow-ups due today or overdue, birthdays from today to the lead time ahead, and
    people gone quiet by their stage's days (:mod:`prospectdesk.domain.quiet`; leads are
    listed apart, among the leads to qualify), as seen at ``at`` (aware).

    ``limit`` caps each list (the first ones in order) while the counts stay exact: a bought
    list can leave thousands overdue, and reading them all would cost every start-up."""
    if at.tzinfo is None:
        raise ValueError("agenda_at needs an aware datetime")
    settings = workspace.settings
    lead_days = max(0, int(settings.get(BIRTHDAY_LEAD_DAYS)))
    today = at.date()
    end_of_today = local_moment(today + timedelta(days=1), 0, at.tzinfo)
    followups = [
        AgendaItem(
            kind="followup",
            contact_id=row.contact_id,
            display_name=row.display_name,
            due=row.due_at,
            overdue=row.due_at < at,
            detail=row.what,
            followup_id=row.followup_id,
        )
        for row in open_followups_until(end_of_today, limit=limit)
    ]
    found = _birthday_rows(today, today + timedelta(days=lead_days))
    birthdays = [
        AgendaItem(
            kind="birthday",
            contact_id=contact_id,
            display_name=name,
            due=occurrence,
            overdue=False,
            detail=birthday.to_text(),
        )
        for occurrence, _key, contact_id, name, birthday in found[:limit]
    ]
    quiet = [
        AgendaItem(
            kind="quiet",
            contact_id=row.contact_id,
            display_name=row.display_name,
            due=row.quiet_since,
            overdue=row.quiet_since < today,
            detail=row.last_interaction.isoformat() if row.last_interaction else "",
        )
        for row in quiet_prospects(at, limit=limit)
    ]
    counts = {"birthdays": len(found)}
    if limit is not None:
        if len(followups) == limit:
            counts["followups"] = count_open_followups_until(end_of_today)
        if len(quiet) == limit:
            counts["quiet"] = count_gone_quiet(at, leads=False)
    return Agenda(followups=followups, birthdays=birthdays, quiet=quiet, counts=counts)


# -- shared queries (the reminder service uses them too) -------------------------------------


@dataclass(frozen=True)
class OpenFollowUp:
    followup_id: int
    contact_id: int
    display_name: str
    due_at: datetime  # aware, in the zone asked for
    what: str


@dataclass(frozen=True)
class BirthdayRow:
    contact_id: int
    display_name: str
    birthday: Birthday
    occurrence: date  # the day it is celebrated within the window asked for


def _open_followups_query(
    end: datetime, start: datetime | None, *columns: Node
) -> ModelSelect[FollowUp]:
    query = (
        FollowUp.select(*columns)
        .join(Contact)
        .where(
            FollowUp.due_at < utc_naive(end),
            FollowUp.done_at.is_null(),
            CONTACTABLE,
        )
    )
    if start is not None:
        query = query.where(FollowUp.due_at >= utc_naive(start))
    return query


def open_followups_until(
    end: datetime, *, start: datetime | None = None, limit: int | None = None
) -> list[OpenFollowUp]:
    """Follow-ups not done, of contactable people, due before ``end`` (and at or after ``start``),
    oldest first (the first ``limit``). Read by the ``follow_up.due_at`` index."""
    zone = end.tzinfo
    query = _open_followups_query(
        end,
        start,
        FollowUp.id,
        FollowUp.contact,
        Contact.display_name,
        FollowUp.due_at,
        FollowUp.what,
    ).order_by(FollowUp.due_at, FollowUp.id)
    if limit is not None:
        query = query.limit(limit)
    return [
        OpenFollowUp(fid, cid, name, from_utc_naive(as_datetime(due), zone), what)
        for fid, cid, name, due, what in _raw_rows(query)
    ]


def count_open_followups_until(end: datetime, *, start: datetime | None = None) -> int:
    """How many :func:`open_followups_until` would list, without building them."""
    return _open_followups_query(end, start, fn.COUNT(FollowUp.id)).scalar() or 0


def birthdays_between(first: date, last: date) -> list[BirthdayRow]:
    """Birthdays celebrated from ``first`` to ``last`` (inclusive, at most a year apart),
    by day then name. 29 February counts on 28 February in a non-leap year."""
    return [
        BirthdayRow(contact_id, name, birthday, occurrence)
        for occurrence, _key, contact_id, name, birthday in _birthday_rows(first, last)
    ]


def _birthday_rows(first: date, last: date) -> list[tuple[date, str, int, str, Birthday]]:
    """:func:`birthdays_between` as sorted tuples (occurrence, sort name, id, name,
    birthday): Today builds rows only for the first page of hundreds."""
    if last < first:
        return []
    if (last - first).days >= 365:
        raise ValueError("a birthday window is at most a year")
    celebrated_on: dict[tuple[int, int], date] = {}
    day = first
    while day <= last:
        celebrated_on[(day.month, day.day)] = day
        if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
            celebrated_on[(2, 29)] = day
        day += timedelta(days=1)
    days_by_month: dict[int, list[int]] = {}
    for month, day_of_month in celebrated_on:
        days_by_month.setdefault(month, []).append(day_of_month)
    rows: list[tuple[date, str, int, str, Birthday]] = []
    # One query per month: "month = ? AND day IN (...)" is a search of the partial birthday
    # index; an OR over several months makes SQLite scan instead.
    for month, days in sorted(days_by_month.items()):
        query = Contact.select(
            Contact.id,
            Contact.display_name,
            Contact.birthday_year,
            Contact.birthday_month,
            Contact.birthday_day,
        ).where(
            CONTACTABLE,
            Contact.birthday_month == month,
            Contact.birthday_day.in_(sorted(days)),
        )
        for contact_id, name, year, month_of_row, day_of_month in _raw_rows(query):
            try:
                birthday = Birthday(month_of_row, day_of_month, year)
            except ValueError:
                continue  # a damaged row must not hide everybody else's birthday
            occurrence = celebrated_on[(month_of_row, day_of_month)]
            rows.append((occurrence, name.casefold(), contact_id, name, birthday))
    rows.sort(key=lambda row: row[:3])
    return rows


def next_birthday_on_or_after(start: date) -> date | None:
    """The first day on or after ``start`` on which somebody celebrates (one indexed query
    each side of the new year)."""
    for year, month, day in ((start.year, start.month, start.day), (start.year + 1, 1, 1)):
        row = (
            Contact.select(Contact.birthday_month, Contact.birthday_day)
            .where(
                CONTACTABLE,
                Contact.birthday_month.is_null(False),
                # A row value comparison: one range search of the birthday index.
                Tuple(Contact.birthday_month, Contact.birthday_day) >= Tuple(month, day),
            )
            .order_by(Contact.birthday_month, Contact.birthday_day)
            .limit(1)
            .tuples()
            .first()
        )
        if row is not None:
            try:
                return Birthday(row[0], row[1]).occurrence_in(year)
            except ValueError:
                return None
    return None


def quiet_prospects(at: datetime, *, limit: int | None = None) -> list[QuietRow]:
    """People gone quiet, leads left out (Today and the reminders list those apart),
    quietest first (the first ``limit``)."""
    return gone_quiet(at, leads=False, limit=limit)


# -- time helpers -----------------------------------------------------------------------------


def _raw_rows(query: BaseQuery) -> list[tuple[Any, ...]]:
    """The rows of a peewee query as sqlite3 returns them: the reminder check and Today read
    thousands of rows at 100,000 contacts, and peewee's per-row conversion cost ~20 us each
    (65 ms for 3,000 overdue follow-ups). Dates come back as text: see :func:`as_datetime`."""
    return database.execute_sql(*query.sql()).fetchall()


def as_datetime(value: datetime | str) -> datetime:
    """peewee returns DATETIME columns as datetime, but aggregates give text."""
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))
