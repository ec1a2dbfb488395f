"""The restore loop: open a data dir for the GUI, and open it again on the newest good
backup when its database turns out damaged (before or after the window opened)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox

from prospectdesk.clock import Clock, SystemClock
from prospectdesk.domain.backup import DatabaseDamagedError, newest_good_backup, restore_damaged
from prospectdesk.domain.errors import NoSpaceError, PermissionDeniedError, ReadOnlyError
from prospectdesk.domain.instance_lock import AlreadyOpenError
from prospectdesk.domain.workspace import NeedsUpgradeError, NoDataError
from prospectdesk.ui.app import ProspectDeskApp
from prospectdesk.ui.backup_dialog import ask_to_restore
from prospectdesk.ui.main_window import MainWindow
from prospectdesk.ui.single_instance import SingleInstance
from prospectdesk.ui.storage_problem import (
    StorageProblem,
    needs_upgrade_text,
    show_storage_problem,
)

log = logging.getLogger(__name__)


def open_app(
    data_dir: Path,
    *,
    clock: Clock | None = None,
    instance: SingleInstance | None = None,
    language: str | None = None,
    damaged: DatabaseDamagedError | None = None,
    window: MainWindow | None = None,
) -> ProspectDeskApp | None:
    """Open the data dir for the GUI, or say in plain words why not (None: quit).

    A damaged database is never opened for writing: the owner is offered the newest good
    backup instead, and the damaged file is kept aside. When another window holds the
    data dir but was still starting when we looked, it is asked to come forward instead.
    ``damaged``: the health check failed after an earlier window opened (it has been
    closed): start by offering the backup.
    """
    while True:
        try:
            if damaged is not None:
                error, damaged = damaged, None
                raise error
            # The first screen's window, for the first try only: when it fails, the frame
            # goes (unsaved: it only read the window's state) and a later try builds its own.
            shown, window = window, None
            try:
                return ProspectDeskApp(data_dir, clock=clock, language=language, window=shown)
            except BaseException:
                if shown is not None:
                    shown.hide()
                    shown.deleteLater()
                raise
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
        except WRITE_PROBLEMS as problem:  # it can still be read: open it read-only
            return _open_read_only(data_dir, problem, clock=clock, language=language)
        except StorageProblem as problem:  # a newer database, a folder not readable...
            show_storage_problem(None, problem)
            return None
        except DatabaseDamagedError as error:
            backup = newest_good_backup(data_dir)
            if not ask_to_restore(None, error, backup):
                return None
            try:
                restore_damaged(data_dir, backup, clock or SystemClock())
            except StorageProblem as problem:  # no room for the copy: nothing was moved
                show_storage_problem(None, problem)
                return None


# What keeps a data dir from being written but not from being read.
WRITE_PROBLEMS = (ReadOnlyError, PermissionDeniedError, NoSpaceError)


def _open_read_only(
    data_dir: Path, problem: StorageProblem, *, clock: Clock | None, language: str | None
) -> ProspectDeskApp | None:
    """The app on a data dir that cannot be written, read-only (the banner says why); or
    the reason it cannot even be read, said once (None: quit)."""
    try:
        return ProspectDeskApp(data_dir, clock=clock, language=language, read_only=problem)
    except NeedsUpgradeError as error:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("StorageProblem", "ProspectDesk cannot open your contacts"),
            needs_upgrade_text(),
        )
        box.setObjectName("storage-problem")
        box.setDetailedText(f"{problem}\n{error}")
        box.exec()
    except NoDataError:  # nothing to read: what keeps it from being created is the news
        show_storage_problem(None, problem)
    except StorageProblem as reason:  # not readable either (a folder not this user's...)
        show_storage_problem(None, reason)
    except DatabaseDamagedError as error:  # nothing can be restored onto a disk not writable
        show_storage_problem(None, problem)
        log.warning("read-only data dir %s failed its check: %s", data_dir, error)
    return None


class GuiSession(QObject):
    """The running app of one data dir, across a restore: when the background health check
    finds damage after the window opened, the window closes, the newest good backup is
    offered, and the app opens again on it (or quits when the owner declines).

    Signals:
    app_opened(ProspectDeskApp): a window is open (the first, or the one after a restore).
    """

    app_opened = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        *,
        clock: Clock | None = None,
        instance: SingleInstance | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.clock = clock
        self.instance = instance
        self.language = language
        self.app: ProspectDeskApp | None = None

    def open(
        self, damaged: DatabaseDamagedError | None = None, *, window: MainWindow | None = None
    ) -> ProspectDeskApp | None:
        """``window``: the first screen's frame, to open the app in (the first time only)."""
        self.app = open_app(
            self.data_dir,
            clock=self.clock,
            instance=self.instance,
            language=self.language,
            damaged=damaged,
            window=window,
        )
        if self.app is not None:
            self.app.startup.damage_found.connect(self._on_damage_found)
            self.app_opened.emit(self.app)
        return self.app

    def _on_damage_found(self, error: DatabaseDamagedError) -> None:
        if self.app is not None:
            self.app.close()
        if self.open(damaged=error) is None:
            QCoreApplication.exit(1)
