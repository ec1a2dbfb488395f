"""The contract between file readers, the import service and the UI.

A reader turns the bytes of one file into records plus problems; it never touches the
store. Problems name the file and the line so the owner can find them.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ParamSpec, TypeVar

from prospectdesk.domain.records import ContactRecord

# Limits that keep a hostile or absurd file from exhausting memory or time.
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_LINE_BYTES = 16 * 1024 * 1024
MAX_PHOTO_BYTES = 8 * 1024 * 1024
MAX_CSV_COLUMNS = 1000


class NotAContactFileError(ValueError):
    """The file is not a contact file at all (or is too damaged to be read as one)."""


class FileTooLargeError(ValueError):
    """The file is beyond the limits above; the message says which."""


@dataclass(frozen=True)
class ImportProblem:
    file: str
    line: int  # 1-based physical line where the record (or the bad value) starts; 0 if none
    message: str  # English, specific: "BDAY '2012-02-31' is not a date; birthday skipped"
    fatal_for_record: bool = False  # True: the record was rejected; False: a value was skipped

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass(slots=True)  # 100,000 at a time: see ContactRecord
class ParsedRecord:
    record: ContactRecord
    line: int  # where the record starts in the file
    extra: dict[str, str] = field(default_factory=dict)  # unmapped fields, for notes


@dataclass
class ParseResult:
    file: str
    format: str  # "vcard", "csv:google", "csv:outlook", "csv:thunderbird", "csv:linkedin", ...
    records: list[ParsedRecord] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)

    @property
    def rejected(self) -> list[ImportProblem]:
        """One problem (file and line) per record that was read but not kept, so that
        records read = ``len(records) + len(rejected)``; the other problems are warnings
        about a value or a line of a record that was kept."""
        return [problem for problem in self.problems if problem.fatal_for_record]


_P = ParamSpec("_P")
_R = TypeVar("_R")
_gc_lock = threading.Lock()
_gc_pauses = 0  # how many calls have the collector paused right now (threads may overlap)


def without_cyclic_gc(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``function`` with Python's cyclic garbage collector paused.

    Reading or importing 100,000 contacts makes millions of small objects that live on
    (records, entries, rows) and form no reference cycles, yet every full collection walks
    all of them again: at 100k that was 64% of a CSV file's parse time, for nothing
    collected. Reference counting still frees everything as usual; the collector runs
    again when the last such call returns, on any thread."""

    @functools.wraps(function)
    def paused(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        global _gc_pauses
        with _gc_lock:
            # Off and not by us: its owner decides when it comes back; leave it alone.
            owned_elsewhere = _gc_pauses == 0 and not gc.isenabled()
            if not owned_elsewhere:
                _gc_pauses += 1
                gc.disable()
        if owned_elsewhere:
            return function(*args, **kwargs)
        try:
            return function(*args, **kwargs)
        finally:
            with _gc_lock:
                _gc_pauses -= 1
                if _gc_pauses == 0:
                    gc.enable()

    return paused
