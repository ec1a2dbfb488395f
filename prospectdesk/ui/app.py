"""The one wiring place: builds the workspace, the controller and the windows."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from prospectdesk import APP_NAME, __version__
from prospectdesk.clock import Clock, SystemClock
from prospectdesk.domain.backup import DatabaseDamagedError, newest_good_backup, restore_damaged
from prospectdesk.domain.instance_lock import AlreadyOpenError
from prospectdesk.domain.workspace import Workspace, open_workspace
from prospectdesk.paths import resolve_data_dir
from prospectdesk.ui.backup_dialog import ask_to_restore, install_backup_actions
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.deleted_dialog import install_deleted_contacts_action
from prospectdesk.ui.main_window import MainWindow
from prospectdesk.ui.single_instance import SingleInstance, bring_to_front


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
        install_backup_actions(self.window, self.controller)
        install_deleted_contacts_action(self.window, self.controller)

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


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The gui command takes only the global options."""


def open_app(
    data_dir: Path,
    *,
    clock: Clock | None = None,
    instance: SingleInstance | None = None,
) -> ProspectDeskApp | None:
    """Open the data dir for the GUI, or say in plain words why not (None: quit).

    A damaged database is never opened for writing: the owner is offered the newest good
    backup instead, and the damaged file is kept aside. When another window holds the
    data dir but was still starting when we looked, it is asked to come forward instead.
    """
    while True:
        try:
            return ProspectDeskApp(data_dir, clock=clock)
        except AlreadyOpenError:
            if instance is not None and instance.notify_running(timeout_ms=3000):
                return None
            QMessageBox.information(
                None,
                QCoreApplication.translate("App", "ProspectDesk is already open"),
                QCoreApplication.translate(
                    "App",
                    "Another ProspectDesk is working with these contacts right now (perhaps an "
                    "import on the command line). Close it, then start ProspectDesk again.",
                ),
            )
            return None
        except DatabaseDamagedError as error:
            backup = newest_good_backup(data_dir)
            if not ask_to_restore(None, error, backup):
                return None
            restore_damaged(data_dir, backup, clock or SystemClock())


def run(args: argparse.Namespace) -> int:
    qt_app = ensure_qapplication()
    data_dir = resolve_data_dir(args.data_dir)
    instance = SingleInstance(data_dir)
    if instance.notify_running():
        return 0  # the running window came to the front
    app = open_app(data_dir, instance=instance)
    if app is None:
        return 1
    instance.listen()
    instance.activation_requested.connect(lambda: bring_to_front(app.window))
    app.show()
    code = qt_app.exec()
    instance.close()
    app.workspace.close()
    return code
