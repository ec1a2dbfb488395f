"""What an import would do (the plan the preview shows and the owner decides on) and what
it did (the outcome): the types shared by matching, merging and writing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from prospectdesk.domain.io.base import ImportProblem
from prospectdesk.domain.io.import_merge import Conflict
from prospectdesk.domain.records import Changes, ContactRecord

DEFAULT_SOURCE = "Import"


class ImportCancelledError(RuntimeError):
    """The owner pressed Cancel; nothing was written."""


class Decision(StrEnum):
    MERGE = "merge"  # fill the stored contact's gaps, add new e-mails/phones/addresses/tags
    KEEP_BOTH = "keep_both"  # add the incoming record as a contact of its own
    SKIP = "skip"  # leave it out


# Slots, not frozen (a frozen class sets each field through object.__setattr__): a
# bought list of 100,000 makes 80,000 of these; nothing changes one after planning.
@dataclass(slots=True)
class DuplicateMatch:
    """Why an incoming record is taken for a contact we already have."""

    reason: str  # English, for the summary: "same e-mail jan@example.nl"
    contact_id: int | None = None  # a stored contact
    planned_index: int | None = None  # an earlier record of this same import
    update: bool = False  # a newer version of the same contact: its changed values win
    # Not certain (the same name, or the same e-mail or phone under another person's
    # name): maybe someone else. Planned as KEEP_BOTH; the owner may choose Merge.
    possible: bool = False


@dataclass(slots=True)  # one per record read: 100,000 at a time
class PlannedItem:
    index: int
    file: str
    line: int
    record: ContactRecord
    match: DuplicateMatch | None = None
    decision: Decision = Decision.KEEP_BOTH
    # What merging would replace (a birthday, a name, a phone's label): the preview shows
    # them; the stored values are kept (the others go into the notes) unless the owner
    # sets take_incoming.
    conflicts: list[Conflict] = field(default_factory=list)
    take_incoming: bool = False

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    @property
    def is_duplicate(self) -> bool:
        return self.match is not None


@dataclass
class ImportPlan:
    files: list[str]
    formats: dict[str, str]  # file -> format ("csv:google", "vcard", ...)
    items: list[PlannedItem]
    problems: list[ImportProblem]
    source: str = DEFAULT_SOURCE
    stage_id: int | None = None
    unreadable: list[str] = field(default_factory=list)  # files refused as a whole

    @property
    def new_items(self) -> list[PlannedItem]:
        return [item for item in self.items if item.match is None]

    @property
    def duplicates(self) -> list[PlannedItem]:
        return [item for item in self.items if item.match is not None]

    @property
    def possible_duplicates(self) -> list[PlannedItem]:
        """Duplicates that are not certain (see :attr:`DuplicateMatch.possible`)."""
        return [item for item in self.items if item.match is not None and item.match.possible]

    @property
    def rejected(self) -> list[ImportProblem]:
        """Every problem that kept a record (or a whole file, at line 0) out."""
        return [problem for problem in self.problems if problem.fatal_for_record]

    @property
    def rejected_records(self) -> list[ImportProblem]:
        """The records read but rejected (a file refused as a whole holds none): the one
        place the rejected count comes from, fed by the readers' problems."""
        unreadable = set(self.unreadable)
        return [p for p in self.rejected if not (p.line == 0 and p.file in unreadable)]

    @property
    def read_count(self) -> int:
        """Records read: planned ones plus rejected ones."""
        return len(self.items) + len(self.rejected_records)

    def decide_all(self, decision: Decision) -> None:
        for item in self.duplicates:
            item.decision = decision


@dataclass
class ImportOutcome:
    """What an import did, per contact (created, merged, unchanged: each contact once) and
    per record read. The record counts add up: every planned record is exactly one of
    new, kept apart, merged, unchanged or skipped (see :meth:`ImportPlan.counts`)."""

    batch_id: int | None
    created: list[int] = field(default_factory=list)
    merged: list[int] = field(default_factory=list)
    skipped: int = 0
    changes: Changes = field(default_factory=Changes)
    new_records: int = 0  # became a contact of their own
    kept_apart_records: int = 0  # duplicates (possible ones, by default) added as contacts
    merged_records: int = 0  # folded into a stored contact, or one read earlier
    unchanged_records: int = 0  # a stored contact had all they hold already
    rejected_records: int = 0  # read but not imported (see ImportPlan.rejected_records)
    # Which list each contact is in, for constant-time checks on big imports.
    _state: dict[int, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def unchanged(self) -> list[int]:
        """Contacts a duplicate matched that needed no change."""
        return [cid for cid, state in self._state.items() if state == "unchanged"]

    def note(self, contact_id: int, state: str) -> None:
        """Record ``contact_id`` as "created", "merged" or "unchanged"; a contact is
        counted once, and a later real merge turns "unchanged" into "merged"."""
        previous = self._state.get(contact_id)
        if previous == state or previous == "created" or previous == "merged":
            return
        self._state[contact_id] = state
        if state != "unchanged":
            getattr(self, state).append(contact_id)


ProgressCallback = Callable[[int, int], None]
