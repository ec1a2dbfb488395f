"""Views whose contents cost queries (Today, Funnel, Sources): refilled at once while
visible, only marked stale while hidden, and refilled on show only when stale or when the
day has turned. Switching tabs back and forth then costs nothing."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QShowEvent

from prospectdesk.domain.records import Changes


class RefreshOnShow:
    """Mixin for a QWidget with ``controller`` and ``refresh()``; ``refresh`` calls
    ``mark_fresh()``. Put it before QWidget in the bases."""

    _fresh_for: date | None = None  # the day the contents were filled for; None: stale

    def mark_fresh(self) -> None:
        self._fresh_for = self.controller.workspace.clock.now().date()

    def _on_controller_changes_applied(self, changes: Changes) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._fresh_for = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._fresh_for != self.controller.workspace.clock.now().date():
            self.refresh()
        super().showEvent(event)
