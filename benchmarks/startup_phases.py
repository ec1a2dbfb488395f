"""Where a start's time goes, phase by phase, in one process (a diagnosis, not a target):

    python -m benchmarks.startup_phases 100k [--times 5]

Prints, per run: importing PySide6's widgets, the first screen's modules, creating the
QApplication, the first screen (read and painted), importing the rest of the app,
building it into the first screen's window, then showing and painting the board.
Python's own start (before the first line runs) is not in it; `python -c pass` shows it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def one_run(data_dir: str) -> None:
    started = time.perf_counter()
    from PySide6.QtWidgets import QApplication  # noqa: F401 - timed

    pyside = time.perf_counter()
    from prospectdesk.ui.first_screen import show_first_screen
    from prospectdesk.ui.qt_app import ensure_qapplication

    light = time.perf_counter()
    qt_app = ensure_qapplication()
    qapplication = time.perf_counter()
    shown = show_first_screen(Path(data_dir), None)
    first = time.perf_counter()
    import prospectdesk.ui.app as app_module

    modules = time.perf_counter()
    if shown is not None:
        shown.translations.remove()
    app = app_module.ProspectDeskApp(Path(data_dir), window=shown.window if shown else None)
    built = time.perf_counter()
    app.window.central_tabs.setCurrentWidget(app.window.board)
    app.show()
    for _ in range(3):
        qt_app.processEvents()
    painted = time.perf_counter()
    app.close()
    phases = {
        "PySide6 import": pyside - started,
        "first-screen modules": light - pyside,
        "QApplication": qapplication - light,
        "first screen read + painted": first - qapplication,
        "app modules": modules - first,
        "build (attach)": built - modules,
        "board shown + painted": painted - built,
    }
    print(
        ", ".join(f"{name} {seconds * 1000:.0f} ms" for name, seconds in phases.items())
        + f", total {(painted - started) * 1000:.0f} ms",
        flush=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("label", help="data set: 1k, 10k, 100k")
    parser.add_argument("--times", type=int, default=5)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        one_run(args.child)
        return 0
    from benchmarks.generate import dataset
    from benchmarks.startup_bench import _compile_bytecode, _env

    _compile_bytecode()
    data = dataset(args.label)
    env = _env()  # the start-up bench's: offscreen, this checkout, bytecode kept
    for _ in range(args.times):  # a fresh process each: imports are what is measured
        subprocess.run(
            [
                sys.executable,
                "-m",
                "benchmarks.startup_phases",
                args.label,
                "--child",
                str(data.data_dir),
            ],
            env=env,
            cwd=ROOT,
            check=True,
            stderr=subprocess.DEVNULL,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
