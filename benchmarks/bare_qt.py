"""Baselines in bare PySide6.

Default: a process that starts PySide6 and paints an empty QMainWindow, then exits,
printing the same marker as the app under ``first_paint.py``.

``--frame``: the median time of one frame of a plain QListView (QStringListModel, 1,000
rows) filling a 1280x800 QMainWindow: scroll one step, let Qt repaint. The floor for the
app's interaction timings.
"""

from __future__ import annotations

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


def main() -> int:
    if "--frame" in sys.argv:
        return frame_baseline()
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1280, 800)
    reporter = _Reporter()
    window.installEventFilter(reporter)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
