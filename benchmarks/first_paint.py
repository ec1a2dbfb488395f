"""Start the real app and time its first paint from outside the process:

    python -m benchmarks.first_paint [--prepared] home|board|board-switch [prospectdesk options]

"home" reports the first paint of the tab the app opens on at the day's first start (the
call list); "board" that of the board, for a start that reopens on it (the window was
closed on the board earlier the same day: ``ui_state.start_tab``). Each is the first
screen's (``ui/first_screen.py``) when it shows one, else the app window's (the board
selected once the app is up). "board-switch": the day's first start (Calls), the board
selected once the app is up and its first paint reported (the memory of a working day). Prints ``prospectdesk-painted <monotonic seconds> <peak KiB>``
and quits (the marker ``bare_qt.py`` prints too).

``--prepared``: the data dir's ui-state already says which tab the window opens on
(:func:`prepare`, called by the timing parent before it starts the clock): writing it
here, two ``fdatasync`` calls, took 12-20 ms of the time measured, which a real start
does not spend."""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

from benchmarks.bare_qt import peak_rss_kib
from prospectdesk.cli import build_parser
from prospectdesk.ui import launch

if TYPE_CHECKING:  # the app's modules load after the first screen, as in a real start
    from prospectdesk.ui.app import ProspectDeskApp


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


def reopen_on(data_dir: str | None, tab: str | None) -> None:
    """Set the tab the window opens on: ``tab`` as if it was closed there today, else
    the day's first start (every run quits the app, which notes its tab)."""
    if data_dir is None:
        return
    state = QSettings(str(Path(data_dir) / "ui-state.ini"), QSettings.Format.IniFormat)
    if tab is None:
        state.remove("main/tab")
        state.remove("main/tab_day")
    else:
        state.setValue("main/tab", tab)
        state.setValue("main/tab_day", date.today().isoformat())
    state.sync()


def prepare(data_dir: str | None, watched: str) -> None:
    """The ui-state for a start that paints ``watched`` (see the module's docstring)."""
    reopen_on(data_dir, "board" if watched == "board" else None)


def main(argv: list[str]) -> int:
    prepared = argv[:1] == ["--prepared"]
    watched, arguments = argv[int(prepared)], argv[int(prepared) + 1 :]
    # The global options (--data-dir, --lang) go before the command.
    args = build_parser("gui").parse_args([*arguments, "gui"])
    board = watched in ("board", "board-switch")
    if not prepared:
        prepare(args.data_dir, watched)
    first: list[FirstPaintReporter] = []

    def on_window(window: QMainWindow) -> None:
        if watched != "board-switch":
            first.append(FirstPaintReporter(window, board=board, first_screen=True))

    def on_opened(app: ProspectDeskApp) -> None:
        if first and first[0].painted_at is not None:
            QTimer.singleShot(0, first[0].report)  # once the app's event loop runs
        else:
            FirstPaintReporter(app.window, board=board)

    return launch.run(args, on_opened=on_opened, on_window=on_window)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
