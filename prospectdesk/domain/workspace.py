"""Opening a data dir: the one place that builds the store and the domain services."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import peewee

from prospectdesk.clock import Clock, SystemClock
from prospectdesk.domain.activity import Activity
from prospectdesk.domain.backup import (
    BackgroundCheck,
    Backups,
    DatabaseDamagedError,
    check_database,
    missing_database_error,
)
from prospectdesk.domain.contacts import ContactBook
from prospectdesk.domain.defaults import (
    CONTEXT,
    DEFAULT_CRITERIA,
    DEFAULT_SOURCES,
    DEFAULT_STAGES,
    Translate,
    untranslated,
)
from prospectdesk.domain.errors import DomainError
from prospectdesk.domain.instance_lock import InstanceLock
from prospectdesk.domain.pipeline import Pipeline
from prospectdesk.domain.process import SalesProcess, build_sales_process
from prospectdesk.domain.records import Changes
from prospectdesk.domain.reminders import ReminderService
from prospectdesk.domain.settings import CREATED_LANGUAGE, PHONE_REGION, Settings
from prospectdesk.domain.undo import UndoStack
from prospectdesk.domain.upkeep import finish_upkeep
from prospectdesk.paths import database_path, ensure_private_dir, others_can_read
from prospectdesk.store.db import close_database, connect_read_only, database, init_database
from prospectdesk.store.errors import (
    NotAFolderError,
    StorageProblem,
    environment_problem,
    explain,
)
from prospectdesk.store.models import LeadSource, QualificationCriterion, Stage
from prospectdesk.store.schema import (
    LATEST_VERSION,
    SchemaTooNewError,
    migrate,
    pending_migrations,
    schema_version,
)

log = logging.getLogger(__name__)


class ReadOnlyWorkspaceError(DomainError):
    """A change asked of a workspace opened read-only (a read-only or full disk, a folder
    this user may not write): refused before it starts, nothing written."""

    def __init__(self) -> None:
        super().__init__("the contacts are open read-only; changes are not possible")


class NoDataError(StorageProblem):
    """A command that only reads was pointed at a folder with no ProspectDesk data."""

    exit_status = 2

    def __init__(self, data_dir: Path) -> None:
        super().__init__(f"there is no ProspectDesk data in {data_dir}")
        self.data_dir = data_dir


class NeedsUpgradeError(StorageProblem):
    """Only reading, and the data is in an older format: updating it is a write."""

    def __init__(self, data_dir: Path, found: int) -> None:
        super().__init__(
            f"the data in {data_dir} is from an older ProspectDesk (data version {found}, "
            f"this one uses {LATEST_VERSION}); start ProspectDesk once to update it, then "
            "run this again. Nothing was changed."
        )
        self.data_dir = data_dir


if TYPE_CHECKING:  # the importers load on first use: a start does not need them
    from prospectdesk.domain.io.importer import Importer


@dataclass
class Workspace:
    """Everything the UI and the command line work with, built once per data dir."""

    data_dir: Path | None
    clock: Clock
    contacts: ContactBook
    pipeline: Pipeline
    activity: Activity
    settings: Settings
    undo: UndoStack
    sales: SalesProcess
    reminders: ReminderService
    # Built on first use by importer_for (one per workspace: undo entries share it).
    importer: Importer | None = None
    # None for an in-memory workspace: nothing to back up, nobody to share a folder with.
    backups: Backups | None = None
    instance_lock: InstanceLock | None = None
    # The health check still running when the workspace was handed out (the GUI's start).
    startup_check: BackgroundCheck | None = None
    # Opened read-only (a command that only reads): no lock, no backup, no migration.
    read_only: bool = False
    # Things the owner should hear about that did not stop the opening (one line each).
    notices: list[str] = field(default_factory=list)

    def finish_opening(self, *, backup: bool = True) -> None:
        """What opening leaves for after the background health check: raise
        :class:`DatabaseDamagedError` when it failed (nothing was written), else make the
        day's start-up backup (``backup=False``: the caller makes it, say on a worker
        thread). Waits for the check if it is still running."""
        check = self.startup_check
        if check is None:
            return
        damage = check.verdict()
        if damage is not None:
            raise damage
        self.startup_check = None
        if backup and self.backups is not None:
            self.backups.backup_if_due()

    @property
    def database_file(self) -> Path | None:
        return database_path(self.data_dir) if self.data_dir else None

    def close(self) -> None:
        close_database()
        if self.instance_lock is not None:
            self.instance_lock.release()


def open_workspace(
    data_dir: Path | None,
    *,
    clock: Clock | None = None,
    translate: Translate = untranslated,
    language: str = "",
    check_in_background: bool = False,
    read_only: bool = False,
) -> Workspace:
    """Open (creating on first start) the database in ``data_dir``; None means in memory.

    A new database gets the default stages and lead sources in the caller's language.

    Raises :class:`~prospectdesk.domain.instance_lock.AlreadyOpenError` when another
    process has ``data_dir`` open, and :class:`DatabaseDamagedError` when the database fails
    its health check (it is then left exactly as it was: restore a backup, see
    :mod:`prospectdesk.domain.backup`). Pending migrations run after a backup.

    ``check_in_background`` (the GUI): unless a migration is due, the health check runs in
    a thread while the caller goes on reading; writes wait for it, and the caller calls
    :meth:`Workspace.finish_opening` once ``workspace.startup_check`` is done.

    ``read_only`` (commands that only read): beside a running app, on a read-only disk;
    takes no lock, makes no backup, runs no migration, never writes.

    A full or read-only disk, a folder this user may not write and a database from a newer
    ProspectDesk raise a :class:`~prospectdesk.store.errors.StorageProblem` (never
    "damaged"), before anything is written. A data dir whose backups folder holds backups
    but whose database is missing or empty is damaged.
    """
    clock = clock or SystemClock()
    undo = UndoStack(clock)
    lock: InstanceLock | None = None
    backups: Backups | None = None
    check: BackgroundCheck | None = None
    notices: list[str] = []
    if data_dir is None:
        init_database(":memory:")
    elif read_only:
        return _open_read_only(data_dir, clock, undo)
    else:
        try:
            created = ensure_private_dir(data_dir)
        except NotADirectoryError:
            raise NotAFolderError(data_dir) from None
        except OSError as error:
            raise explain(error, data_dir) or error from error
        if not created:
            notices += _privacy_notices(data_dir)
        problem = environment_problem(data_dir)
        if problem is not None:
            raise problem
        _look_before_opening(data_dir)
        try:
            lock = InstanceLock(data_dir).acquire()
        except OSError as error:
            raise explain(error, data_dir) or error from error
        try:
            backups, check = _open_file_database(data_dir, clock, undo, check_in_background)
        except BaseException as error:
            close_database()
            lock.release()
            _raise_storage_problem(error, data_dir)
            raise
    try:
        workspace = _build_workspace(data_dir, clock, undo, translate, language, backups, lock)
    except BaseException:
        # A damaged file may fail a read: the check's verdict says whether it was that.
        damage = check.verdict() if check is not None else None
        close_database()
        if lock is not None:
            lock.release()
        if damage is not None:
            raise damage from None
        raise
    workspace.startup_check = check
    workspace.notices = notices
    for notice in notices:
        log.warning("%s", notice)
    if check is None and backups is not None:
        try:
            backups.backup_if_due()
        except BaseException as error:
            workspace.close()
            _raise_storage_problem(error, data_dir)
            raise
    return workspace


def _raise_storage_problem(error: BaseException, data_dir: Path | None) -> None:
    """Raise the disk or folder condition behind ``error``, if that is what it was."""
    if data_dir is None or isinstance(error, StorageProblem | DatabaseDamagedError):
        return
    if isinstance(error, OSError | sqlite3.Error | peewee.DatabaseError):
        problem = explain(error, data_dir)
        if problem is not None:
            raise problem from error


def _privacy_notices(data_dir: Path) -> list[str]:
    if others_can_read(data_dir):
        return [
            f"other users of this computer can open the data folder {data_dir}; to keep "
            f"your contacts private run: chmod 700 '{data_dir}'"
        ]
    return []


def _stored_version(db_file: Path) -> int | None:
    """The schema version of the database file, read without writing anything (not even
    SQLite's -wal and -shm files, when there is no WAL to read); None when there is no
    database to speak of (no file, an empty one, version 0: nothing was ever stored), -1
    when it cannot be read (the health check says what is wrong)."""
    if not db_file.exists():
        return None
    wal = db_file.with_name(db_file.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        # Nothing in a WAL: the header on disk is the truth (user_version at offset 60).
        try:
            with db_file.open("rb") as stream:
                header = stream.read(100)
        except OSError:
            return -1
        if not header:
            return None
        if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
            return -1
        version = int.from_bytes(header[60:64], "big")
    else:
        try:
            connection = connect_read_only(db_file)
            try:
                version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            finally:
                connection.close()
        except sqlite3.Error:
            return -1
    return None if version == 0 else version


def _look_before_opening(data_dir: Path) -> int | None:
    """What must stop an open before anything is written: a database from a newer
    ProspectDesk, or one that is missing or empty although backups of it exist."""
    db_file = database_path(data_dir)
    version = _stored_version(db_file)
    if version is not None and version > LATEST_VERSION:
        raise SchemaTooNewError(version, what=f"the data in {data_dir}")
    if version is None and Backups(data_dir, SystemClock()).list(with_counts=False):
        raise missing_database_error(db_file)
    return version


def _open_read_only(data_dir: Path, clock: Clock, undo: UndoStack) -> Workspace:
    if data_dir.exists() and not data_dir.is_dir():
        raise NotAFolderError(data_dir)
    problem = environment_problem(data_dir, writing=False)
    if problem is not None:
        raise problem
    version = _look_before_opening(data_dir)
    db_file = database_path(data_dir)
    if version is None:
        raise NoDataError(data_dir)
    if 0 <= version < LATEST_VERSION:
        raise NeedsUpgradeError(data_dir, version)
    _check_now(db_file)
    try:
        init_database(db_file, read_only=True)
        workspace = _build_workspace(
            data_dir, clock, undo, untranslated, "", None, None, seed=False
        )
    except BaseException as error:
        close_database()
        _raise_storage_problem(error, data_dir)
        if isinstance(error, sqlite3.DatabaseError | peewee.DatabaseError):
            raise _damage_or_disk(error, db_file) from error
        raise
    workspace.read_only = True
    undo.recording = False
    workspace.notices = _privacy_notices(data_dir)
    return workspace


def _open_file_database(
    data_dir: Path, clock: Clock, undo: UndoStack, check_in_background: bool
) -> tuple[Backups, BackgroundCheck | None]:
    """Check, open and migrate the database file; back it up before a migration."""
    db_file = database_path(data_dir)
    existed = db_file.exists()
    if existed and not check_in_background:
        _check_now(db_file)
    try:
        init_database(db_file)
    except (sqlite3.DatabaseError, peewee.DatabaseError) as error:
        raise _damage_or_disk(error, db_file) from error
    backups = Backups(data_dir, clock, on_restored=undo.clear)
    try:
        due = pending_migrations(database)
    except (sqlite3.DatabaseError, peewee.DatabaseError) as error:
        raise _damage_or_disk(error, db_file) from error
    if existed and check_in_background:
        if not due:
            check = BackgroundCheck(db_file, database.write_gate)
            try:
                finish_upkeep()  # reads; a rebuild (rare) waits for the check's verdict
            except (sqlite3.DatabaseError, peewee.DatabaseError):
                damage = check.verdict()
                if damage is not None:
                    raise damage from None
                raise
            return backups, check
        _check_now(db_file)  # a migration writes: it must not run on a damaged file
    if due and schema_version(database) > 0:
        backups.backup_now("pre-migration")
    migrate(database)
    # What a migration (this one, or one killed before it was done) left to do, and a
    # search index out of step with the contacts.
    finish_upkeep()
    return backups, None


def _damage_or_disk(error: BaseException, db_file: Path) -> Exception:
    """A SQLite error met opening the file: the disk's condition when that explains it,
    else damage."""
    return explain(error, db_file.parent) or DatabaseDamagedError(db_file, [str(error)])


def _check_now(db_file: Path) -> None:
    problems = check_database(db_file)
    if problems:
        # "disk I/O error" on a full disk is not damage: look at the disk first.
        problem = environment_problem(db_file.parent)
        if problem is not None:
            raise problem
        raise DatabaseDamagedError(db_file, problems)


def _build_workspace(
    data_dir: Path | None,
    clock: Clock,
    undo: UndoStack,
    translate: Translate,
    language: str,
    backups: Backups | None,
    lock: InstanceLock | None,
    *,
    seed: bool = True,
) -> Workspace:
    if data_dir is None:
        migrate(database)
    settings = Settings()
    # Read before opening a transaction: a transaction waits for a running health check.
    if seed and not Stage.select().exists():
        with database.atomic():
            for position, (role, name, stale_days) in enumerate(DEFAULT_STAGES, start=1):
                Stage.create(
                    name=translate(CONTEXT, name),
                    position=position,
                    role=role,
                    stale_days=stale_days,
                )
            for position, name in enumerate(DEFAULT_SOURCES, start=1):
                LeadSource.create(name=translate(CONTEXT, name), position=position)
            for position, name in enumerate(DEFAULT_CRITERIA, start=1):
                QualificationCriterion.create(name=translate(CONTEXT, name), position=position)
            settings.set(CREATED_LANGUAGE, language)
    pipeline = Pipeline(clock, undo)
    contacts = ContactBook(clock, undo)
    contacts.region = settings.get(PHONE_REGION) or contacts.region  # else the system's
    workspace = Workspace(
        data_dir=data_dir,
        clock=clock,
        contacts=contacts,
        pipeline=pipeline,
        activity=Activity(clock),
        settings=settings,
        undo=undo,
        sales=build_sales_process(clock, pipeline, settings),
        reminders=ReminderService(clock, settings),
        backups=backups,
        instance_lock=lock,
    )

    def undo_batch(batch_id: int) -> Changes:
        from prospectdesk.domain.io.importer import importer_for  # it imports this module

        return importer_for(workspace).undo_batch(batch_id)

    undo.undo_batch = undo_batch  # an import is undone as a whole
    return workspace


def close_thread_connection() -> None:
    """Close the calling worker thread's database connection (peewee keeps one per thread,
    and pool threads are reused): a background job's last step."""
    if not database.is_closed():
        database.close()
