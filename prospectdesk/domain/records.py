"""Plain data handed between the store, the domain and the UI (never live model rows)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, datetime

# What the board shows: in board_records, which the first screen loads alone (issue 21).
from prospectdesk.domain.board_records import CardInfo as CardInfo
from prospectdesk.domain.board_records import StageInfo as StageInfo

# Days in each month of a common year (calendar.mdays).
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@dataclass(frozen=True)
class Birthday:
    """A birthday whose year may be unknown: many people give only day and month."""

    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} does not exist")
        # A year-less 29 February is a real birthday; check against a leap year then.
        check_year = self.year if self.year is not None else 2000
        if self.year is not None and not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is out of range")
        # calendar.monthrange's day count without its weekday (a date made to find it):
        # an import reads thousands of distinct birthdays.
        last = _MONTH_DAYS[self.month] + (self.month == 2 and calendar.isleap(check_year))
        if not 1 <= self.day <= last:
            raise ValueError(f"day {self.day} does not exist in month {self.month}")

    _PATTERN = re.compile(r"^(?:(\d{4})|--)-?(\d{2})-?(\d{2})$")

    @classmethod
    def parse(cls, text: str) -> Birthday:
        """Parse ``YYYY-MM-DD``, ``YYYYMMDD``, ``--MM-DD`` or ``--MMDD``; raise ValueError."""
        match = cls._PATTERN.match(text.strip())
        if not match:
            raise ValueError(f"{text!r} is not a date (use YYYY-MM-DD or --MM-DD)")
        year = int(match.group(1)) if match.group(1) else None
        return cls(month=int(match.group(2)), day=int(match.group(3)), year=year)

    def to_text(self) -> str:
        """ISO form, ``--MM-DD`` when the year is unknown (as vCard 4 writes it)."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def as_date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.year is not None else None

    def occurrence_in(self, year: int) -> date:
        """The day it is celebrated in ``year``: 29 February falls on 28 February in a
        non-leap year."""
        if self.month == 2 and self.day == 29 and not calendar.isleap(year):
            return date(year, 2, 28)
        return date(year, self.month, self.day)

    def next_occurrence(self, on_or_after: date) -> date:
        this_year = self.occurrence_in(on_or_after.year)
        if this_year >= on_or_after:
            return this_year
        return self.occurrence_in(on_or_after.year + 1)


# The records an import makes 100,000 at a time (and their entries) keep their fields in
# slots, not a dict each: a ~10% smaller heap for a big file's records, fewer fresh
# pages to fault in (the CSV reader ~9% quicker at 100k rows).
@dataclass(slots=True)
class EmailEntry:
    value: str
    label: str = ""


@dataclass(slots=True)
class PhoneEntry:
    value: str
    label: str = ""
    normalized: str = ""


@dataclass(slots=True)
class AddressEntry:
    label: str = ""
    street: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""

    def is_empty(self) -> bool:
        return not any((self.street, self.city, self.region, self.postal_code, self.country))


@dataclass(slots=True)
class ContactRecord:
    """Everything editable about one person: what the detail view edits, what an importer
    produces and what an exporter writes."""

    given_name: str = ""
    family_name: str = ""
    display_name_override: str | None = None
    organization: str = ""
    job_title: str = ""
    emails: list[EmailEntry] = field(default_factory=list)
    phones: list[PhoneEntry] = field(default_factory=list)
    addresses: list[AddressEntry] = field(default_factory=list)
    birthday: Birthday | None = None
    photo: bytes | None = None
    source: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    expected_value_cents: int | None = None
    uid: str | None = None
    # Read-only when loaded from the store; ignored on save.
    id: int | None = None
    stage_id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    do_not_contact_at: datetime | None = None  # they asked not to be contacted, since then

    @property
    def display_name(self) -> str:
        return derive_display_name(
            self.display_name_override,
            self.given_name,
            self.family_name,
            self.organization,
            self.emails[0].value if self.emails else "",
        )


def derive_display_name(
    override: str | None, given: str, family: str, organization: str = "", email: str = ""
) -> str:
    """The name shown on the card: the override, else given + family, else the
    organization, else the first e-mail (empty when there is nothing at all)."""
    if override and override.strip():
        return override.strip()
    # Written out (no generator): asked several times per record of an import.
    given = given.strip() if given else ""
    family = family.strip() if family else ""
    full = given + " " + family if given and family else given or family
    return full or organization.strip() or email.strip()


@dataclass(frozen=True)
class ColumnCount:
    """A column's number of cards while searching: exact, or a lower bound (``at_least``,
    shown as "200+") while the exact figure is still being counted."""

    value: int
    at_least: bool = False


@dataclass(frozen=True)
class StageChangeInfo:
    changed_at: datetime  # aware, local zone
    from_stage: str | None
    to_stage: str | None
    note: str = ""  # why a lead moved on unqualified (the qualification gate)


@dataclass
class ConcernInfo:
    id: int
    text: str
    addressed: bool


@dataclass
class InteractionInfo:
    id: int
    occurred_at: datetime  # aware, local zone
    kind: str
    summary: str
    concerns: list[ConcernInfo] = field(default_factory=list)


@dataclass
class FollowUpInfo:
    id: int
    contact_id: int
    due_at: datetime  # aware, local zone
    what: str
    done_at: datetime | None


INTERACTION_KINDS = ("call", "meeting", "email", "online_form", "in_person", "other")


@dataclass
class Changes:
    """What one service call changed, so each view reloads only what it shows.

    ``stages``: board columns whose contents or order changed; ``contacts``: contacts whose
    details changed; ``moved``: contacts that only changed place (a drag), with the stage
    they are in now: their cards and stage history change, nothing else about them;
    ``stage_list``: stages were added, removed, renamed or reordered; ``settings``: the
    owner's settings changed (reminder times, the language); ``everything``: reload all
    (an import, a restore)."""

    stages: set[int] = field(default_factory=set)
    contacts: set[int] = field(default_factory=set)
    stage_list: bool = False
    settings: bool = False
    everything: bool = False
    created: list[int] = field(default_factory=list)
    moved: dict[int, int] = field(default_factory=dict)

    def merge(self, other: Changes) -> Changes:
        self.stages |= other.stages
        self.contacts |= other.contacts
        self.moved.update(other.moved)
        self.stage_list |= other.stage_list
        self.settings |= other.settings
        self.everything |= other.everything
        self.created.extend(other.created)
        return self
