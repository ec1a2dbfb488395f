"""Run every benchmark and print the table: ``python -m benchmarks.run [--sizes ...] [--quick]``.

Each figure sits beside a baseline measured in the same run (absolute times on a shared
machine mean little; ratios travel better).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

from benchmarks import store_bench
from benchmarks.generate import DATA_ROOT, SIZES, dataset
from benchmarks.harness import Table


def machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor()
    try:
        from PySide6 import QtCore
        from PySide6 import __version__ as pyside_version

        qt = f"PySide6 {pyside_version}, Qt {QtCore.qVersion()}"
    except ImportError:
        qt = "PySide6 not installed"
    import sqlite3

    return (
        f"{os.cpu_count()} CPUs ({cpu or 'unknown CPU'}), {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}, {qt}, "
        f"SQLite {sqlite3.sqlite_version}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--sizes",
        default="1k,10k,100k,1m",
        help="comma-separated data sizes (1k, 10k, 100k, 1m); default: all",
    )
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument(
        "--only",
        default="store,startup,ui,import",
        help="comma-separated groups to run: store, startup, ui, import",
    )
    args = parser.parse_args(argv)
    sizes = [size.strip().lower() for size in args.sizes.split(",") if size.strip()]
    for size in sizes:
        if size not in SIZES:
            parser.error(f"unknown size {size!r}")
    groups = {group.strip() for group in args.only.split(",")}
    times = 10 if args.quick else 50
    scratch = DATA_ROOT / "scratch"
    scratch.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    print(f"machine: {machine()}")
    print(
        f"command: python -m benchmarks.run {' '.join(argv if argv is not None else sys.argv[1:])}"
    )
    started = time.perf_counter()
    table = Table()
    for size in sizes:
        data = dataset(size)
        if "store" in groups:
            store_bench.run(data, table, times=times, scratch=scratch)
    print()
    print(table.render())
    print(f"\n(total {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
