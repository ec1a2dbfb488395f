"""Run every benchmark and print the table: ``python -m benchmarks.run [--sizes ...] [--quick]``.

Each figure sits beside a baseline measured in the same run (absolute times on a shared
machine mean little; ratios travel better).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import import_bench, startup_bench, store_bench
from benchmarks.generate import DATA_ROOT, SIZES, dataset
from benchmarks.harness import Row, Table


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


UI_TARGETS = {
    "search": ("search as you type: keystroke to filtered board painted (p95)", "< 50 ms", 0.050),
    "drag": (
        "drag a card to another stage: drop to committed and repainted (p95)",
        "< 16 ms",
        0.016,
    ),
    "open_contact": (
        "open a contact with 200 interactions: click to detail shown (p95)",
        "< 50 ms",
        0.050,
    ),
}


def ui_rows(size: str, table: Table, *, times: int, diagnosis: bool = False) -> None:
    """The widget benchmarks run in a child process (one QApplication per data set).
    ``diagnosis``: search and drag again without the sales header totals."""
    command = [sys.executable, "-m", "benchmarks.ui_bench", size, "--times", str(times)]
    if diagnosis:
        command += ["--without-header-totals", "--only", "search,drag"]
    output = subprocess.run(
        command, capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent
    )
    results = {}
    for line in output.stdout.splitlines():
        if line.startswith("{"):
            item = json.loads(line)
            results[item["name"]] = item
    if not results:
        print(output.stdout, output.stderr, file=sys.stderr)
        raise RuntimeError("the widget benchmarks reported nothing")
    baseline = startup_bench.bare_frame_ms()
    for name, (what, target, limit) in UI_TARGETS.items():
        if name not in results:
            continue
        item = results[name]
        if diagnosis:
            what += " [diagnosis: without the header value totals]"
        table.add(
            Row(
                what,
                size,
                item["p95"] * 1000,
                "ms",
                "bare QMainWindow repaint",
                baseline,
                target,
                item["p95"] < limit,
                f"p50 {item['p50'] * 1000:.1f} ms, n={item['n']}",
            )
        )
    if "scroll" not in results:
        return
    scroll = results["scroll"]
    table.add(
        Row(
            "scroll a column: frame time during a fling (worst frame)",
            size,
            scroll["max"] * 1000,
            "ms",
            "bare QMainWindow repaint",
            baseline,
            "no frame over 16 ms",
            scroll["over_16ms"] == 0,
            f"p95 {scroll['p95'] * 1000:.1f} ms, {scroll['n']} frames of"
            f" {120} px, {scroll['rows_loaded']:,} of {scroll['column_total']:,} cards"
            " loaded by fetchMore on the way",
        )
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
    parser.add_argument(
        "--import-size", default="100k", help="data set whose CSV and vCard are imported"
    )
    parser.add_argument(
        "--cli-sizes",
        default="20k,100k",
        help="data sets imported on the command line, process start to committed (issue 21)",
    )
    parser.add_argument(
        "--skip-whole-import",
        action="store_true",
        help="measure parsing and the bulk write only (the full import takes minutes)",
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
    datasets = {size: dataset(size) for size in sizes}
    if "store" in groups:
        for size in sizes:
            store_bench.run(datasets[size], table, times=times, scratch=scratch)
    gui_sizes = [size for size in sizes if SIZES[size] <= SIZES["100k"]]
    if "startup" in groups and gui_sizes:
        startup_bench.run(
            [datasets[size] for size in gui_sizes], table, times=5 if args.quick else 15
        )
    if "ui" in groups:
        for size in gui_sizes:
            if SIZES[size] >= SIZES["10k"]:
                ui_rows(size, table, times=times)
    if "import" in groups:
        label = args.import_size.lower()
        import_bench.run(
            dataset(label),
            table,
            scratch=scratch,
            whole_import=not args.skip_whole_import,
            cli=[] if args.skip_whole_import else [dataset(s) for s in args.cli_sizes.split(",")],
        )
    print()
    print(table.render())
    print(f"\n(total {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
