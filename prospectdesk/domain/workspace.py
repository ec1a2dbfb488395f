"""Opening a data dir: the one place that builds the store and the domain services."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import peewee

from prospectdesk.clock import Clock, SystemClock
from prospectdesk.domain.activity import Activity
from prospectdesk.domain.backup import (
    BackgroundCheck,
    Backups,
    DatabaseDamagedError,
    check_database,
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
from prospectdesk.domain.instance_lock import InstanceLock
from prospectdesk.domain.pipeline import Pipeline
from prospectdesk.domain.process import SalesProcess, build_sales_process
from prospectdesk.domain.search import rebuild_search_index
from prospectdesk.domain.settings import CREATED_LANGUAGE, PHONE_REGION, Settings
from prospectdesk.domain.undo import UndoStack
from prospectdesk.paths import database_path, ensure_private_dir
from prospectdesk.store.db import close_database, database, init_database
from prospectdesk.store.models import LeadSource, QualificationCriterion, Stage
from prospectdesk.store.schema import migrate, pending_migrations, schema_version


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
    extras: dict = field(default_factory=dict)
    # None for an in-memory workspace: nothing to back up, nobody to share a folder with.
    backups: Backups | None = None
    instance_lock: InstanceLock | None = None
    # The health check still running when the workspace was handed out (the GUI's start).
    startup_check: BackgroundCheck | None = None

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
    """
    clock = clock or SystemClock()
    undo = UndoStack()
    lock: InstanceLock | None = None
    backups: Backups | None = None
    check: BackgroundCheck | None = None
    if data_dir is None:
        init_database(":memory:")
    else:
        ensure_private_dir(data_dir)
        lock = InstanceLock(data_dir).acquire()
        try:
            backups, check = _open_file_database(data_dir, clock, undo, check_in_background)
        except BaseException:
            close_database()
            lock.release()
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
    if check is None and backups is not None:
        backups.backup_if_due()
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
        raise DatabaseDamagedError(db_file, [str(error)]) from error
    backups = Backups(data_dir, clock, on_restored=undo.clear)
    try:
        due = pending_migrations(database)
    except (sqlite3.DatabaseError, peewee.DatabaseError) as error:
        raise DatabaseDamagedError(db_file, [str(error)]) from error
    if existed and check_in_background:
        if not due:
            return backups, BackgroundCheck(db_file, database.write_gate)
        _check_now(db_file)  # a migration writes: it must not run on a damaged file
    if due and schema_version(database) > 0:
        backups.backup_now("pre-migration")
        if migrate(database):
            rebuild_search_index()
    else:
        migrate(database)
    return backups, None


def _check_now(db_file: Path) -> None:
    problems = check_database(db_file)
    if problems:
        raise DatabaseDamagedError(db_file, problems)


def _build_workspace(
    data_dir: Path | None,
    clock: Clock,
    undo: UndoStack,
    translate: Translate,
    language: str,
    backups: Backups | None,
    lock: InstanceLock | None,
) -> Workspace:
    if data_dir is None:
        migrate(database)
    settings = Settings()
    # Read before opening a transaction: a transaction waits for a running health check.
    if not Stage.select().exists():
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
    return Workspace(
        data_dir=data_dir,
        clock=clock,
        contacts=contacts,
        pipeline=pipeline,
        activity=Activity(clock),
        settings=settings,
        undo=undo,
        sales=build_sales_process(clock, pipeline),
        backups=backups,
        instance_lock=lock,
    )
