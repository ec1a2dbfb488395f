"""A real start that ends at the first screen's paint, for counting its instructions:

    valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        python -m benchmarks.start_instructions board|calls DATA_DIR
    valgrind --tool=callgrind --callgrind-out-file=/dev/null python -m benchmarks.bare_qt

Each prints "Collected : N" (the instructions) on its way out; the ratio of the two is
the start's cost against a bare PySide6 window, exact from run to run where wall-clock
times on a busy host are not. Run ``python -m compileall prospectdesk`` first (a start
that compiles its modules counts the compiler). "board": a start that reopens on the
board (closed there earlier today); "calls": the day's first start.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from benchmarks.first_paint import reopen_on
from prospectdesk.cli import build_parser
from prospectdesk.ui import launch


class _EndAtPaint(QObject):
    """Ends the process once the first screen's page has painted (no teardown counted)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: os._exit(0))
        return False


def main(argv: list[str]) -> int:
    tab, data_dir = argv[0], argv[1]
    reopen_on(data_dir, "board" if tab == "board" else None)
    args = build_parser("gui").parse_args(["--data-dir", data_dir, "gui"])

    def on_window(window: QMainWindow) -> None:
        ender = _EndAtPaint(window)
        window.central_tabs.currentWidget().installEventFilter(ender)

    launch.run(args, on_window=on_window)
    return 1  # no first screen was shown


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
