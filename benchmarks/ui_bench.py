"""Interaction benchmarks through the real widgets (offscreen), one data set per process.

Run by ``benchmarks.run`` as ``python -m benchmarks.ui_bench LABEL --times N``; prints
one JSON object per measurement. Every timing runs the event loop until Qt has painted
what changed (no new paint for two passes), so it includes the painting the owner waits
for, as Qt itself schedules it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import time
from datetime import UTC

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.generate import DATA_ROOT, NOW, dataset  # noqa: E402
from benchmarks.harness import percentile  # noqa: E402
from benchmarks.store_bench import SEARCH_WORDS  # noqa: E402
from prospectdesk.clock import FakeClock  # noqa: E402
from prospectdesk.ui.app import ProspectDeskApp, ensure_qapplication  # noqa: E402
from prospectdesk.ui.launch import freeze_startup_objects  # noqa: E402

# PySide6 6.12.0 on Python 3.11 drops a reference to None (and True/False) on every call
# of a void Qt method (QWidget.update, QLabel.setText, beginResetModel, ...), so a long
# session dies with "none_dealloc: deallocating None". 6.11 does not; on Python 3.12+
# None is immortal. Extra references keep this process alive long enough to measure;
# they change no timing. See BENCHMARKS.md.
_REFCOUNT_BALLAST = [None] * 2_000_000 + [True] * 1_000_000 + [False] * 1_000_000

SCROLL_STEP_PX = 120  # a fast fling: about two cards per frame
SCROLL_FRAMES = 1500


def emit(name: str, **values) -> None:
    print(json.dumps({"name": name, **values}), flush=True)


class PaintCounter(QObject):
    """Counts paint events on the widgets the measurements wait for."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


_counter = PaintCounter()


def watch_paints(app: ProspectDeskApp) -> None:
    widgets = [column.view.viewport() for column in app.window.board.columns]
    widgets += [column.header for column in app.window.board.columns]
    widgets += [app.window.detail.activity.interactions.viewport(), app.window.detail.title]
    for widget in widgets:
        widget.installEventFilter(_counter)


def settle(app: ProspectDeskApp) -> None:
    """Run the event loop until the screen is up to date: Qt lays out item views on a
    zero timer and paints on the next pass, so wait for two passes without a new paint."""
    quiet = 0
    for _ in range(20):
        before = _counter.paints
        QApplication.processEvents()
        quiet = quiet + 1 if _counter.paints == before else 0
        if quiet >= 2:
            return


def wait_for_background_start(app: ProspectDeskApp, timeout_s: float = 120.0) -> float:
    """Wait until the start-up health check and the day's backup (both off the GUI
    thread, see ui/startup_relay.py) are done: they share the machine's two
    cores with the GUI for the first seconds after the day's first start, and the
    figures here are about the running app. Returns how long that took."""
    started = time.perf_counter()
    done: list[bool] = []
    app.startup.finished.connect(lambda: done.append(True))
    if app.startup.is_finished:
        return 0.0
    while not done and time.perf_counter() - started < timeout_s:
        QApplication.processEvents()
        time.sleep(0.005)
    return time.perf_counter() - started


def type_key(widget, char: str) -> None:
    """A key press and release carrying ``char`` (QTest.keyClicks only knows ASCII)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def filtered(app: ProspectDeskApp, text: str) -> None:
    """Run the event loop until the board has applied ``text``: it filters on the next
    pass after the keystroke (coalescing keystrokes that queue up), and a pass without a
    paint before that must not count as the screen being up to date."""
    for _ in range(100):
        if app.window.board.search == text:
            return
        QApplication.processEvents()
    raise AssertionError(f"the board never filtered on {text!r}")


def search_as_you_type(app: ProspectDeskApp, rounds: int) -> None:
    box = app.window.search
    samples = []
    for _ in range(rounds):
        for word in SEARCH_WORDS:
            box.clear()
            filtered(app, "")
            settle(app)
            for char in word:
                started = time.perf_counter()
                type_key(box, char)
                filtered(app, box.text())
                settle(app)
                samples.append(time.perf_counter() - started)
    box.clear()
    filtered(app, "")
    settle(app)
    emit(
        "search",
        p50=percentile(samples, 0.5),
        p95=percentile(samples, 0.95),
        max=max(samples),
        n=len(samples),
    )


def drag_card(app: ProspectDeskApp, times: int) -> None:
    """A drop through the target model's dropMimeData, as the view does on release."""
    board = app.window.board
    source, target = board.columns[0], board.columns[1]
    rng = random.Random(11)
    samples = []
    for index in range(times):
        row = rng.randrange(min(source.model.rowCount(), 150))
        mime = source.model.mimeData([source.model.index(row, 0)])
        drop_row = rng.randrange(target.model.rowCount()) if index % 2 else -1
        started = time.perf_counter()
        taken = target.model.dropMimeData(
            mime, Qt.DropAction.MoveAction, drop_row, 0, QModelIndex()
        )
        settle(app)
        samples.append(time.perf_counter() - started)
        assert taken
    emit("drag", p50=percentile(samples, 0.5), p95=percentile(samples, 0.95), n=len(samples))


def scroll_column(app: ProspectDeskApp, frames: int) -> None:
    """A fling down the biggest column: one scroll step and one repaint per frame,
    fetching pages as the view reaches the end of what is loaded."""
    board = app.window.board
    column = max(board.columns, key=lambda c: c.model.total)
    view = column.view
    bar = view.verticalScrollBar()
    samples = []
    for _ in range(frames):
        started = time.perf_counter()
        bar.setValue(bar.value() + SCROLL_STEP_PX)
        QApplication.processEvents()
        view.viewport().repaint()
        samples.append(time.perf_counter() - started)
    emit(
        "scroll",
        p50=percentile(samples, 0.5),
        p95=percentile(samples, 0.95),
        max=max(samples),
        over_16ms=sum(1 for s in samples if s > 0.016),
        n=len(samples),
        rows_loaded=column.model.rowCount(),
        column_total=column.model.total,
    )


def open_contact(app: ProspectDeskApp, heavy_id: int, times: int) -> None:
    """Click the card of the contact with 200 interactions (alternating with its
    neighbour so that every click really loads), Conversations tab showing."""
    board = app.window.board
    detail = app.window.detail
    assert board.select_contact(heavy_id)
    column = next(c for c in board.columns if c.model.row_of(heavy_id) >= 0)
    heavy_row = column.model.row_of(heavy_id)
    other_row = heavy_row + 1 if heavy_row + 1 < column.model.rowCount() else heavy_row - 1
    detail.tabs.setCurrentIndex(1)
    samples = []

    def click(row: int) -> None:
        index = column.model.index(row, 0)
        column.view.scrollTo(index)
        settle(app)
        rect = column.view.visualRect(index)
        QTest.mouseClick(
            column.view.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            QPoint(rect.center()),
        )

    for _ in range(times):
        click(other_row)
        settle(app)
        started = time.perf_counter()
        click(heavy_row)
        settle(app)
        samples.append(time.perf_counter() - started)
        assert detail.contact_id == heavy_id
    shown = detail.activity.interactions.count()
    emit(
        "open_contact",
        p50=percentile(samples, 0.5),
        p95=percentile(samples, 0.95),
        n=len(samples),
        list_items=shown,
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("label")
    parser.add_argument("--times", type=int, default=50)
    parser.add_argument("--only", default="search,drag,scroll,open")
    parser.add_argument(
        "--without-header-totals",
        action="store_true",
        help="diagnosis: drop the column headers' value totals (a full-table SUM per change)",
    )
    args = parser.parse_args()
    wanted = set(args.only.split(","))
    data = dataset(args.label)
    copy = data.fresh_copy(DATA_ROOT / "scratch" / f"ui-{data.label}")
    qt_app = ensure_qapplication()
    app = ProspectDeskApp(copy, clock=FakeClock(NOW.replace(tzinfo=UTC)))
    app.window.resize(1280, 800)
    if args.without_header_totals:
        app.window.board.header_decorators.clear()
    # The app's home is the Today tab; these measurements are about the board.
    app.window.central_tabs.setCurrentWidget(app.window.board)
    app.show()
    watch_paints(app)
    settle(app)
    background_s = wait_for_background_start(app)
    emit("background_start", seconds=background_s)
    # What the real start (ui/launch.py run) does once the window is up.
    freeze_startup_objects()
    try:
        if "open" in wanted:
            open_contact(app, data.meta["heavy_contact_id"], args.times)
        if "search" in wanted:
            search_as_you_type(app, max(1, args.times // 25))
        if "scroll" in wanted:
            scroll_column(app, SCROLL_FRAMES if args.times >= 25 else SCROLL_FRAMES // 3)
        if "drag" in wanted:
            drag_card(app, args.times)
    finally:
        app.workspace.close()
        del qt_app
        shutil.rmtree(copy, ignore_errors=True)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Skip interpreter finalization: with the PySide6 6.12.0 refcount bug (above) it can
    # free None itself at exit.
    os._exit(code)
