"""Views whose contents cost queries (Today, Funnel, Sources): refilled at once while
visible, only marked stale while hidden, and refilled on show only when stale or when the
day has turned. Switching tabs back and forth then costs nothing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QShowEvent

from prospectdesk.domain.records import Changes
from prospectdesk.ui.colors import is_dark


class RefreshOnShow:
    """Mixin for a QWidget with ``controller`` and ``refresh()``; ``refresh`` calls
    ``mark_fresh()``. Put it before QWidget in the bases."""

    _fresh_for: date | None = None  # the day the contents were filled for; None: stale
    _dark: bool | None = None  # the palette's darkness the contents were coloured for

    def mark_fresh(self) -> None:
        self._fresh_for = self.controller.workspace.clock.now().date()
        self._dark = is_dark(self.palette())

    def _on_controller_changes_applied(self, changes: Changes) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._fresh_for = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._fresh_for != self.controller.workspace.clock.now().date():
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Light to dark or back (the system's colour scheme): the meaning colours set on
        the rows were chosen for the old background, so the contents are filled again."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            if self._dark is not None and is_dark(self.palette()) != self._dark:
                # After the children have their new palette too (they hear of it after us).
                QTimer.singleShot(0, self, lambda: self._on_controller_changes_applied(Changes()))
        super().changeEvent(event)
