"""Start the real app and time its first paint from outside the process:

    python -m benchmarks.first_paint board|home [prospectdesk options]

"board" selects the board tab and reports its first paint; "home" reports the first paint
of the tab the app opens on. Prints ``prospectdesk-painted <monotonic seconds> <peak KiB>``
and quits (the marker ``bare_qt.py`` prints too)."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from benchmarks.bare_qt import peak_rss_kib
from prospectdesk.cli import build_parser
from prospectdesk.ui import launch
from prospectdesk.ui.main_window import MainWindow


class FirstPaintReporter(QObject):
    """Once the watched view has painted: print the monotonic time and quit (benchmarks)."""

    def __init__(self, window: MainWindow, *, board: bool) -> None:
        super().__init__(window)
        self._done = False
        self._window = window
        self._board = board
        if board:
            window.central_tabs.setCurrentWidget(window.board)
        # On the application: the board may rebuild its columns before it first paints.
        QCoreApplication.instance().installEventFilter(self)

    def _watched(self, widget: QObject) -> bool:
        if self._board:
            return any(widget is column.view.viewport() for column in self._window.board.columns)
        home = self._window.central_tabs.currentWidget()
        return isinstance(widget, QWidget) and (widget is home or home.isAncestorOf(widget))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint and self._watched(watched):
            self._done = True
            QCoreApplication.instance().removeEventFilter(self)
            # Zero timeout: runs after this repaint pass (every child) has finished.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        # time.perf_counter is CLOCK_MONOTONIC on Linux: comparable with the parent's.
        print(f"prospectdesk-painted {time.perf_counter():.6f} {peak_rss_kib()}", flush=True)
        QCoreApplication.exit(0)


def main(argv: list[str]) -> int:
    watched, arguments = argv[0], argv[1:]
    # The global options (--data-dir, --lang) go before the command.
    args = build_parser("gui").parse_args([*arguments, "gui"])
    return launch.run(
        args, on_opened=lambda app: FirstPaintReporter(app.window, board=watched == "board")
    )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
