"""What an import would do (the plan the preview shows and the owner decides on) and what
it did (the outcome): the types shared by matching, merging and writing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from prospectdesk.domain.io.base import ImportProblem
from prospectdesk.domain.records import Changes, ContactRecord

DEFAULT_SOURCE = "Import"


class ImportCancelledError(RuntimeError):
    """The owner pressed Cancel; nothing was written."""


class Decision(StrEnum):
    MERGE = "merge"  # fill the stored contact's gaps, add new e-mails/phones/addresses/tags
    KEEP_BOTH = "keep_both"  # add the incoming record as a contact of its own
    SKIP = "skip"  # leave it out


@dataclass(frozen=True)
class DuplicateMatch:
    """Why an incoming record is taken for a contact we already have."""

    reason: str  # English, for the summary: "same e-mail jan@example.nl"
    contact_id: int | None = None  # a stored contact
    planned_index: int | None = None  # an earlier record of this same import
    update: bool = False  # a newer version of the same contact: its changed values win
    # Not certain (the same name, or the same e-mail or phone under another person's
    # name): maybe someone else. Planned as KEEP_BOTH; the owner may choose Merge.
    possible: bool = False


@dataclass
class PlannedItem:
    index: int
    file: str
    line: int
    record: ContactRecord
    match: DuplicateMatch | None = None
    decision: Decision = Decision.KEEP_BOTH

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
        return [problem for problem in self.problems if problem.fatal_for_record]

    def decide_all(self, decision: Decision) -> None:
        for item in self.duplicates:
            item.decision = decision


@dataclass
class ImportOutcome:
    batch_id: int | None
    created: list[int] = field(default_factory=list)
    merged: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    skipped: int = 0
    changes: Changes = field(default_factory=Changes)
    # Which list each contact is in, for constant-time checks on big imports.
    _state: dict[int, str] = field(default_factory=dict, repr=False, compare=False)

    def note(self, contact_id: int, state: str) -> None:
        """Record ``contact_id`` as "created", "merged" or "unchanged"; a contact is
        counted once, and a later real merge turns "unchanged" into "merged"."""
        previous = self._state.get(contact_id)
        if previous == state or previous == "created" or previous == "merged":
            return
        if previous == "unchanged":
            self.unchanged.remove(contact_id)
        self._state[contact_id] = state
        getattr(self, state).append(contact_id)


ProgressCallback = Callable[[int, int], None]
