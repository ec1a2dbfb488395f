"""Baselines in bare PySide6.

Default: a process that starts PySide6 and paints an empty QMainWindow, then exits,
printing the same marker as the app under ``first_paint.py``.

``--like-first-screen``: the same, but the window holds what the app's first screen shows
(menus, a toolbar with a search box, five tabs, a heading over a list of 100 two-line rows,
a text pane and five buttons in a splitter), built in plain PySide6 with no app code: how
much of the first screen's time is Qt's own (fonts, text, widgets, Python enums).

``--end-at-paint``: ends the process at the marker, without Qt's and Python's teardown
(for counting instructions beside ``start_instructions.py``, which ends there too).

``--frame``: the median time of one frame of a plain QListView (QStringListModel, 1,000
rows) filling a 1280x800 QMainWindow: scroll one step, let Qt repaint. The floor for the
app's interaction timings.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def peak_rss_kib() -> int:
    """This process's peak resident set (Linux VmHWM; 0 elsewhere). Measured inside: a
    parent's wait4 rusage would count the memory the child inherited at fork."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class _Reporter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(f"prospectdesk-painted {time.perf_counter():.6f} {peak_rss_kib()}", flush=True)
        if "--end-at-paint" in sys.argv:
            os._exit(0)  # counting instructions to the paint (start_instructions.py)
        QCoreApplication.exit(0)


def frame_baseline() -> int:
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QListView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    view = QListView()
    view.setModel(QStringListModel([f"Contact {i}" for i in range(1000)]))
    window.setCentralWidget(view)
    window.show()
    app.processEvents()
    bar = view.verticalScrollBar()
    samples = []
    for _ in range(200):
        started = time.perf_counter()
        bar.setValue((bar.value() + 3) % max(1, bar.maximum()))
        app.processEvents()
        view.viewport().repaint()
        samples.append(time.perf_counter() - started)
    samples.sort()
    print(f"frame-ms {samples[len(samples) // 2] * 1000:.4f}", flush=True)
    return 0


def like_first_screen(window: QMainWindow) -> None:
    from PySide6.QtCore import QStringListModel, Qt
    from PySide6.QtWidgets import (
        QLabel,
        QLineEdit,
        QListView,
        QPushButton,
        QSplitter,
        QTabWidget,
        QToolBar,
        QVBoxLayout,
        QWidget,
    )

    for title in ("&File", "&Edit", "&View", "&Go", "&Pipeline", "&Help"):
        window.menuBar().addMenu(title)
    toolbar = QToolBar("Main")
    window.addToolBar(toolbar)
    toolbar.addAction("New contact")
    toolbar.addSeparator()
    toolbar.addWidget(QLineEdit(placeholderText="Search names, organizations, e-mail…"))
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("Calls to contact now"))
    rows = QListView()
    rows.setModel(
        QStringListModel(
            [f"Person {i}\nOverdue follow-up, due 12/5/26 1:28 PM" for i in range(100)]
        )
    )
    rows.setAlternatingRowColors(True)
    rows.setUniformItemSizes(True)
    pane = QWidget()
    pane_layout = QVBoxLayout(pane)
    pane_layout.addWidget(QLabel(""), 1)
    for text in ("Reached… [1]", "No answer [2]", "Left a message [3]", "Wrong number [4]"):
        pane_layout.addWidget(QPushButton(text))
    pane_layout.addWidget(QPushButton("Not interested [5]"))
    inner = QSplitter(Qt.Orientation.Horizontal)
    inner.addWidget(rows)
    inner.addWidget(pane)
    layout.addWidget(inner, 1)
    tabs = QTabWidget()
    tabs.addTab(page, "Calls")
    for title in ("Today", "Board", "Funnel", "Sources"):
        tabs.addTab(QWidget(), title)
    outer = QSplitter(Qt.Orientation.Horizontal)
    outer.addWidget(tabs)
    outer.addWidget(QWidget())
    outer.setSizes([820, 460])
    window.setCentralWidget(outer)
    window.statusBar()


def main() -> int:
    if "--frame" in sys.argv:
        return frame_baseline()
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    if "--like-first-screen" in sys.argv:
        like_first_screen(window)
    reporter = _Reporter()
    window.installEventFilter(reporter)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
