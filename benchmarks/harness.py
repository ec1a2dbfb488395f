"""Timing helpers and the result table: every figure beside a baseline of the same run.

Times come from ``time.perf_counter`` (CLOCK_MONOTONIC on Linux, so a child process's
reading can be compared with its parent's).
"""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


def percentile(samples: list[float], fraction: float) -> float:
    """Nearest-rank percentile (no interpolation: a p95 is a time that really happened)."""
    if not samples:
        return math.nan
    ordered = sorted(samples)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def repeat(action: Callable[[], object], times: int, *, warmup: int = 1) -> list[float]:
    """Seconds per call of ``action``; garbage collection held off while timing."""
    for _ in range(warmup):
        action()
    samples = []
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(times):
            started = time.perf_counter()
            action()
            samples.append(time.perf_counter() - started)
    finally:
        if gc_was_enabled:
            gc.enable()
    return samples


def median(samples: list[float]) -> float:
    return statistics.median(samples) if samples else math.nan


@dataclass
class Row:
    """One line of the table. ``value`` and ``baseline`` are in ``unit``; the ratio is
    value / baseline (how many times the baseline it costs)."""

    what: str
    size: str
    value: float
    unit: str
    baseline_name: str = ""
    baseline: float = math.nan
    target: str = ""
    met: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float:
        if not self.baseline or math.isnan(self.baseline):
            return math.nan
        return self.value / self.baseline


@dataclass
class Table:
    rows: list[Row] = field(default_factory=list)

    def add(self, row: Row) -> Row:
        self.rows.append(row)
        print("  " + _line(row), flush=True)
        return row

    def render(self) -> str:
        header = (
            "| what | size | value | baseline (same run) | ratio | target | met |\n"
            "|---|---|---|---|---|---|---|"
        )
        return "\n".join([header, *(_markdown(row) for row in self.rows)])


def _format(value: float, unit: str) -> str:
    if math.isnan(value):
        return "n/a"
    if unit == "ms":
        return f"{value:.2f} ms" if value < 10 else f"{value:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "cards/s":
        return f"{value:,.0f} cards/s"
    return f"{value:g} {unit}"


def _met(row: Row) -> str:
    return {True: "yes", False: "**no**", None: ""}[row.met]


def _ratio(row: Row) -> str:
    return "" if math.isnan(row.ratio) else f"{row.ratio:.2f}x"


def _line(row: Row) -> str:
    baseline = (
        f" | {row.baseline_name} {_format(row.baseline, row.unit)} ({_ratio(row)})"
        if row.baseline_name
        else ""
    )
    target = f" | target {row.target}: {_met(row) or '-'}" if row.target else ""
    note = f" | {row.note}" if row.note else ""
    return f"{row.size:>5} {row.what}: {_format(row.value, row.unit)}{baseline}{target}{note}"


def _markdown(row: Row) -> str:
    baseline = (
        f"{row.baseline_name}: {_format(row.baseline, row.unit)}" if row.baseline_name else ""
    )
    what = row.what + (f" ({row.note})" if row.note else "")
    return (
        f"| {what} | {row.size} | {_format(row.value, row.unit)} | {baseline} | {_ratio(row)} "
        f"| {row.target} | {_met(row)} |"
    )
