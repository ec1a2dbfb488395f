"""The hub every window talks through: run a domain call, broadcast what it changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from prospectdesk.domain.records import Changes
from prospectdesk.domain.workspace import Workspace


class AppController(QObject):
    """Signals:
    changes_applied(Changes): after any domain call changed the store; views reload what
        they show.
    contact_open_requested(int): someone (Today, the tray, a search) wants a contact shown.
    """

    changes_applied = Signal(object)
    contact_open_requested = Signal(int)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace

    def run(self, operation: Callable[[], Changes | tuple]) -> Changes:
        """Run one domain call (one transaction) and tell every view what changed."""
        result = operation()
        changes = result[-1] if isinstance(result, tuple) else result
        if isinstance(changes, Changes):
            self.changes_applied.emit(changes)
            return changes
        return Changes()

    def broadcast(self, changes: Changes) -> None:
        self.changes_applied.emit(changes)

    def undo(self) -> Changes:
        changes = self.workspace.undo.undo()
        self.changes_applied.emit(changes)
        return changes
