"""Baseline: a process that starts PySide6 and paints an empty QMainWindow, then exits.

Prints the same marker as the app's PROSPECTDESK_EXIT_AFTER_PAINT hook.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


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
        print(f"prospectdesk-painted {time.perf_counter():.6f}", flush=True)
        QCoreApplication.exit(0)


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1280, 800)
    reporter = _Reporter()
    window.installEventFilter(reporter)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
