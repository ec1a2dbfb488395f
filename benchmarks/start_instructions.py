"""A real start that ends at the first screen's paint, for counting its instructions:

    valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        python -m benchmarks.start_instructions board|calls DATA_DIR
    valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        python -m benchmarks.bare_qt --end-at-paint

Each prints "Collected : N" (the instructions) on its way out; the ratio of the two is
the start's cost against a bare PySide6 window, exact from run to run where wall-clock
times on a busy host are not. The start goes through ``prospectdesk``'s own entry
(``cli.main``). ``--separate-threads=yes`` gives the main thread's count apart from
fontconfig's start (``ui/qt_app.start_fontconfig``), which runs beside it. Run ``python -m compileall prospectdesk`` first (a start
that compiles its modules counts the compiler). "board": a start that reopens on the
board (closed there earlier today); "calls": the day's first start.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

# Only the app's entry here: Qt and the window load inside cli.main, as in a real start.
from prospectdesk import cli

if TYPE_CHECKING:
    from prospectdesk.ui.main_window import MainWindow


def _end_at_paint(window: MainWindow) -> None:
    """End the process once the first screen's page has painted (no teardown counted)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class EndAtPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, lambda: os._exit(0))
            return False

    window.central_tabs.currentWidget().installEventFilter(EndAtPaint(window))


def main(argv: list[str]) -> int:
    tab, data_dir = argv[0], argv[1]
    # The tab to reopen on, written by a child process: valgrind follows no children, so
    # the writing (the timed benchmark's parent does it too) is not counted.
    # (os.spawnv rather than subprocess, which a start does not import.)
    written = os.spawnv(
        os.P_WAIT,
        sys.executable,
        [
            sys.executable,
            "-c",
            "import sys; from benchmarks.first_paint import prepare; prepare(*sys.argv[1:])",
            data_dir,
            "board" if tab == "board" else "home",
        ],
    )
    if written != 0:
        raise SystemExit(f"could not write the ui-state of {data_dir}")
    cli.main(["--data-dir", data_dir, "gui"], on_window=_end_at_paint)
    return 1  # no first screen was shown


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
