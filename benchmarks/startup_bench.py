"""Start to first painted board, in fresh processes, beside a bare PySide6 window.

Also the resident set: the child's peak RSS (its VmHWM) with the board painted.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.generate import DataSet
from benchmarks.harness import Row, Table, median

MARKER = "prospectdesk-painted"
ROOT = Path(__file__).resolve().parent.parent


def _launch(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds from spawn to first paint, peak RSS in MB) of one child process."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT
    )
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    out = process.stdout.read().decode() if process.stdout else ""
    err = process.stderr.read().decode() if process.stderr else ""
    painted = None
    peak_kib = 0
    for line in out.splitlines():
        if line.startswith(MARKER):
            fields = line.split()
            painted = float(fields[1])
            peak_kib = int(fields[2]) if len(fields) > 2 else 0
    if painted is None:
        raise RuntimeError(f"{command} did not report a paint:\n{out}\n{err}")
    # The child's own VmHWM: wait4's ru_maxrss would include what it inherited at fork.
    return painted - started, (peak_kib or usage.ru_maxrss) / 1024


def _compile_bytecode() -> None:
    """Write the .pyc files an installed app has (pip compiles on install), so that a
    source checkout run with PYTHONDONTWRITEBYTECODE does not time the compiler."""
    import compileall

    for package in ("prospectdesk", "benchmarks"):
        compileall.compile_dir(ROOT / package, quiet=1)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT)
    return env


def bare_frame_ms() -> float:
    """Median frame of a plain QListView in a bare window (see bare_qt.py)."""
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.bare_qt", "--frame"],
        capture_output=True,
        text=True,
        env=_env(),
        cwd=ROOT,
    ).stdout
    for line in out.splitlines():
        if line.startswith("frame-ms"):
            return float(line.split()[1])
    raise RuntimeError(f"bare frame baseline failed: {out}")


def bare_window(times: int) -> tuple[list[float], list[float]]:
    samples = [_launch([sys.executable, "-m", "benchmarks.bare_qt"], _env()) for _ in range(times)]
    return [s for s, _ in samples], [m for _, m in samples]


def app_board(
    data: DataSet, times: int, *, paint: str = "board"
) -> tuple[list[float], list[float]]:
    """``paint``: "board" times the board's first paint; "home" the tab the app opens on
    (Today, filled when first shown)."""
    # The app opens on its Today tab; "board" selects the board so its paint is timed.
    command = [sys.executable, "-m", "benchmarks.first_paint", paint]
    command += ["--data-dir", str(data.data_dir)]
    samples = [_launch(command, _env()) for _ in range(times)]
    return [s for s, _ in samples], [m for _, m in samples]


def run(datasets: list[DataSet], table: Table, *, times: int) -> None:
    """Interleave bare window and app runs per size so that machine load hits both."""
    _compile_bytecode()
    bare_s, bare_mb = bare_window(times)
    bare = median(bare_s)
    results = {}
    home = {}
    for data in datasets:
        app_s, app_mb = app_board(data, times)
        results[data.label] = (median(app_s), max(app_mb))
        home_s, _ = app_board(data, times, paint="home")
        home[data.label] = median(home_s)
    smallest = results[datasets[0].label][0]
    for data in datasets:
        seconds, rss = results[data.label]
        vs_small = seconds / smallest
        table.add(
            Row(
                "start to first painted board (median of fresh processes)",
                data.label,
                seconds * 1000,
                "ms",
                "bare PySide6 QMainWindow",
                bare * 1000,
                f"<= 2x bare window, <= 1.3x the app at {datasets[0].label}",
                seconds <= 2 * bare and vs_small <= 1.3,
                f"{vs_small:.2f}x the app at {datasets[0].label}",
            )
        )
        home_vs_small = home[data.label] / home[datasets[0].label]
        table.add(
            Row(
                "start to first painted Today, the home tab (median of fresh processes)",
                data.label,
                home[data.label] * 1000,
                "ms",
                "bare PySide6 QMainWindow",
                bare * 1000,
                "",
                None,
                f"{home_vs_small:.2f}x the app at {datasets[0].label}; what the owner sees"
                " first, not a target of its own",
            )
        )
        table.add(
            Row(
                "memory: peak RSS with the board painted",
                data.label,
                rss,
                "MB",
                "bare PySide6 QMainWindow",
                max(bare_mb),
                "< 300 MB",
                rss < 300,
            )
        )
