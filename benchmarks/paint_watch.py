"""The reporter of ``first_paint.py``: Qt, loaded once the window being timed exists."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

from benchmarks.bare_qt import peak_rss_kib


class FirstPaintReporter(QObject):
    """Once the watched view has painted: note the monotonic time, print it and quit
    (benchmarks). The first screen is painted before the app's event loop runs: its time
    is printed once the app is up (quitting earlier would leave the start half done)."""

    def __init__(self, window: QMainWindow, *, board: bool, first_screen: bool = False) -> None:
        super().__init__(window)
        self._done = False
        self._window = window
        self._board = board
        self._first_screen = first_screen
        self.painted_at: float | None = None
        if board and not first_screen:
            window.central_tabs.setCurrentWidget(window.board)
        if first_screen:
            # The first screen's list only, as the app's own wait does: a filter on the
            # application would wrap every object of every event in Python (and create
            # the Python enums of its class), which a start does not pay.
            self._target: QObject | None = window.central_tabs.currentWidget()
            self._target.installEventFilter(self)
        else:
            # On the application: the board may rebuild its columns before it first paints.
            self._target = None
            QCoreApplication.instance().installEventFilter(self)

    def _watched(self, widget: QObject) -> bool:
        if self._target is not None:
            return widget is self._target
        if self._board:
            return any(widget is column.view.viewport() for column in self._window.board.columns)
        home = self._window.central_tabs.currentWidget()
        return isinstance(widget, QWidget) and (widget is home or home.isAncestorOf(widget))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint and self._watched(watched):
            self._done = True
            (self._target or QCoreApplication.instance()).removeEventFilter(self)
            # Zero timeout: runs after this repaint pass (every child) has finished.
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        # time.perf_counter is CLOCK_MONOTONIC on Linux: comparable with the parent's.
        self.painted_at = time.perf_counter()
        if not self._first_screen:
            self.report()

    def report(self) -> None:
        print(f"prospectdesk-painted {self.painted_at:.6f} {peak_rss_kib()}", flush=True)
        QCoreApplication.exit(0)
