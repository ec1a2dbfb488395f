"""An in-session undo stack: each entry knows how to put things back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from prospectdesk.domain.records import Changes


@dataclass
class UndoEntry:
    label: str  # untranslated English; the UI shows its own words via ``kind``
    kind: str  # "delete", "move", "merge", "import", "edit", "tag"
    revert: Callable[[], Changes]


class UndoStack:
    def __init__(self, limit: int = 100) -> None:
        self._entries: list[UndoEntry] = []
        self._limit = limit

    def push(self, entry: UndoEntry) -> None:
        self._entries.append(entry)
        del self._entries[: -self._limit]

    def can_undo(self) -> bool:
        return bool(self._entries)

    def peek(self) -> UndoEntry | None:
        return self._entries[-1] if self._entries else None

    def undo(self) -> Changes:
        if not self._entries:
            return Changes()
        return self._entries.pop().revert()

    def clear(self) -> None:
        self._entries.clear()
