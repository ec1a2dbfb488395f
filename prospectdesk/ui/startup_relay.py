"""The start-up health check's verdict, brought to the GUI thread (see ``open_workspace``'s
``check_in_background``), and what opening leaves for after it: the day's backup."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal, Slot

from prospectdesk.domain.backup import BackupError, DatabaseDamagedError
from prospectdesk.domain.workspace import Workspace
from prospectdesk.ui.storage_problem import StorageProblem
from prospectdesk.ui.tasks import Executor

log = logging.getLogger(__name__)


class StartupCheckRelay(QObject):
    """Brings the background health check's verdict (see ``open_workspace``'s
    ``check_in_background``) to the GUI thread, and finishes opening there.

    Signals:
    finished(): the database is healthy; the day's start-up backup is made.
    damage_found(DatabaseDamagedError): the check failed after the window opened; nothing
        was written (the write gate held it) and the app must be closed and restored.
    """

    finished = Signal()
    damage_found = Signal(object)
    _arrived = Signal()

    def __init__(self, workspace: Workspace, executor: Executor) -> None:
        super().__init__()
        self.workspace = workspace
        self._cancelled = False
        # The day's first start copies the whole database (seconds at 100,000 contacts):
        # on a worker thread with its own connection, a consistent snapshot in WAL mode
        # while the owner goes on working.
        self.executor = executor
        self._arrived.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        check = workspace.startup_check
        # True once nothing of the start is left in the background (nothing was, without a
        # check: an in-memory workspace, or a migration that checked first).
        self.is_finished = check is None
        if check is not None:
            check.on_done(self._arrived.emit)  # from the check's thread: queued over

    def cancel(self) -> None:
        """The workspace is closing: a verdict still on its way is moot."""
        self._cancelled = True

    @Slot()
    def _finish(self) -> None:
        if self._cancelled or self.workspace.startup_check is None:
            return  # closed, or finished already
        try:
            self.workspace.finish_opening(backup=False)
        except DatabaseDamagedError as error:
            self.damage_found.emit(error)
            return
        backups = self.workspace.backups
        if backups is None:
            self._done()
            return
        self.executor.submit(backups.backup_if_due, self._on_backup_done, self._on_backup_failed)

    def _on_backup_done(self, _backup: object) -> None:
        self._done()

    def _on_backup_failed(self, error: BaseException) -> None:
        if not isinstance(error, BackupError | StorageProblem):
            log.error("the start-up backup failed", exc_info=error)
        else:
            log.warning("the start-up backup failed: %s", error)
        self._done()

    def _done(self) -> None:
        self.is_finished = True
        self.finished.emit()
