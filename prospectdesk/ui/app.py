"""The one wiring place: builds the workspace, the controller and the windows."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from prospectdesk import APP_NAME, __version__
from prospectdesk.clock import Clock
from prospectdesk.domain.workspace import Workspace, open_workspace
from prospectdesk.paths import resolve_data_dir
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.main_window import MainWindow


class ProspectDeskApp:
    """Owns everything the running app is made of, for one data dir."""

    def __init__(self, data_dir: Path | None, *, clock: Clock | None = None) -> None:
        self.data_dir = data_dir
        self.workspace: Workspace = open_workspace(
            data_dir, clock=clock, translate=QCoreApplication.translate
        )
        self.controller = AppController(self.workspace)
        state_path = (data_dir / "ui-state.ini") if data_dir else None
        self.ui_state = (
            QSettings(str(state_path), QSettings.Format.IniFormat)
            if state_path
            else QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "ProspectDesk-tests"
            )
        )
        self.window = MainWindow(self.controller, self.ui_state)

    def show(self) -> None:
        self.window.show()

    def close(self) -> None:
        self.window.save_state()
        self.window.close()
        self.window.deleteLater()
        self.workspace.close()


def ensure_qapplication(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("prospectdesk")
    return app


# Benchmarks set this to time "start to first painted board" from outside the process.
EXIT_AFTER_PAINT_ENV = "PROSPECTDESK_EXIT_AFTER_PAINT"


class _FirstPaintReporter(QObject):
    """Once the board has painted: print the monotonic time and quit (benchmarks only)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._done = False
        for column in window.board.columns:
            column.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            # Zero timeout: runs after this repaint pass (every column) has finished.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        # time.perf_counter is CLOCK_MONOTONIC on Linux: comparable with the parent's.
        print(f"prospectdesk-painted {time.perf_counter():.6f}", flush=True)
        QCoreApplication.exit(0)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The gui command takes only the global options."""


def run(args: argparse.Namespace) -> int:
    qt_app = ensure_qapplication()
    data_dir = resolve_data_dir(args.data_dir)
    app = ProspectDeskApp(data_dir)
    if os.environ.get(EXIT_AFTER_PAINT_ENV):
        _FirstPaintReporter(app.window)
    app.show()
    code = qt_app.exec()
    app.workspace.close()
    return code
