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

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

# Nothing of Qt or of the app's window here: the start goes through ``prospectdesk``'s
# own entry (cli.main), which loads them as a real start does (with the garbage collector
# off). The reporter is in benchmarks/paint_watch.py, loaded once the window exists.
from prospectdesk import cli

if TYPE_CHECKING:
    from prospectdesk.ui.app import ProspectDeskApp
    from prospectdesk.ui.main_window import MainWindow


def reopen_on(data_dir: str | None, tab: str | None) -> None:
    """Set the tab the window opens on: ``tab`` as if it was closed there today, else
    the day's first start (every run quits the app, which notes its tab)."""
    if data_dir is None:
        return
    from PySide6.QtCore import QSettings

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
    board = watched in ("board", "board-switch")
    if not prepared:
        # The global options (--data-dir, --lang) go before the command.
        only_dir = argparse.ArgumentParser(add_help=False)
        only_dir.add_argument("--data-dir")
        prepare(only_dir.parse_known_args(arguments)[0].data_dir, watched)
    first: list = []  # the first screen's reporter, once its window exists

    def on_window(window: MainWindow) -> None:
        from benchmarks.paint_watch import FirstPaintReporter

        if watched != "board-switch":
            first.append(FirstPaintReporter(window, board=board, first_screen=True))

    def on_opened(app: ProspectDeskApp) -> None:
        from PySide6.QtCore import QTimer

        from benchmarks.paint_watch import FirstPaintReporter

        if first and first[0].painted_at is not None:
            QTimer.singleShot(0, first[0].report)  # once the app's event loop runs
        else:
            FirstPaintReporter(app.window, board=board)

    return cli.main([*arguments, "gui"], on_opened=on_opened, on_window=on_window)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
