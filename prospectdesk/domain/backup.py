"""Backups of the contact database, a health check, and restoring.

Backups are whole copies made with SQLite's online backup API (a consistent snapshot even
while the app is writing), kept in ``<data dir>/backups`` readable by the owner alone. They
are made at start (at most once a day), before every migration, before every import and
before every restore, and on request; kept in rotation: the newest start-up backup of each
of the last 7 days and of each of the last 4 weeks, plus the newest few of each other kind.

Nothing here touches a database that failed its health check: a damaged file is moved
aside (never written to) and a good backup is copied into its place.
"""

from __future__ import annotations

import builtins
import logging
import os
import re
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path

from prospectdesk.clock import Clock, SystemClock, utc_naive
from prospectdesk.domain.records import Changes
from prospectdesk.domain.upkeep import finish_upkeep
from prospectdesk.paths import database_path, ensure_private_dir
from prospectdesk.store.db import (
    WriteGate,
    close_database,
    connect_read_only,
    database,
    init_database,
)
from prospectdesk.store.errors import LOW_SPACE, NoSpaceError, explain, free_space
from prospectdesk.store.rows import tuples
from prospectdesk.store.schema import LATEST_VERSION, SchemaTooNewError, migrate

log = logging.getLogger(__name__)

BACKUP_DIR = "backups"
# Start-up backups rotate by day and week; the others are kept by count per reason (a
# backup the owner asked for never pushes out the day's automatic one, nor the reverse).
ROUTINE_REASONS = ("daily",)
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_PER_REASON = {"manual": 10, "pre-migration": 4, "pre-import": 10, "pre-restore": 4}
REASONS = (*ROUTINE_REASONS, *KEEP_PER_REASON)

_NAME = re.compile(r"^prospectdesk-(\d{8}T\d{6}Z)(?:-(\d+))?-([a-z-]+)\.sqlite3$")
_PARTIAL_SUFFIX = ".partial"
# What SQLite writes beside a partial copy while making it (the copy runs in rollback mode).
_PARTIAL_SIDES = ("", "-journal", "-wal", "-shm")


class DatabaseDamagedError(RuntimeError):
    """The database failed its health check; it has not been written to."""

    def __init__(self, path: Path, details: list[str]) -> None:
        summary = "; ".join(details[:3]) or "unreadable"
        super().__init__(f"the database {path} is damaged: {summary}")
        self.path = path
        self.details = details


def missing_database_error(db_file: Path) -> DatabaseDamagedError:
    """A data dir with backups but no database (or an empty one) lost its contacts: that is
    damage to restore from, never a fresh start."""
    what = "is empty" if db_file.exists() else "is missing"
    return DatabaseDamagedError(
        db_file, [f"the database file {what}, but the backups folder holds backups"]
    )


class BackupError(RuntimeError):
    """A backup could not be made or used (the message says why)."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # aware, UTC
    reason: str  # one of REASONS
    contact_count: int | None  # live contacts; None when the file cannot be read
    schema_version: int | None

    @property
    def size(self) -> int:
        return self.path.stat().st_size


# -- checking ----------------------------------------------------------------------------


def _read_only(path: Path) -> sqlite3.Connection:
    # A read-only connection never writes the main file, not even a WAL checkpoint on close.
    return connect_read_only(path)


def check_database(path: Path) -> list[str]:
    """Problems found by ``PRAGMA quick_check`` (empty: healthy). Never writes ``path``."""
    try:
        connection = _read_only(path)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as error:
        return [str(error)]
    finally:
        connection.close()
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages


class BackgroundCheck:
    """:func:`check_database` in a thread of its own while the window opens.

    ``PRAGMA quick_check`` reads the whole file (0.2 s at 100,000 contacts, seconds at a
    million): run first, it would be most of a big database's start-up. It runs on its own
    read-only connection, and sqlite3 lets go of the GIL while it works, so the window is
    built on the other core meanwhile. ``gate`` holds every write until the verdict, and
    refuses them all after a failed check (the file stays exactly as it was).
    """

    def __init__(
        self,
        db_file: Path,
        gate: WriteGate,
        *,
        check: Callable[[Path], list[str]] | None = None,
    ) -> None:
        self.db_file = db_file
        self.problems: list[str] | None = None  # None while running
        self._gate = gate
        self._token = gate.hold()
        self._check = check or check_database
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []
        self._thread = threading.Thread(target=self._run, name="quick-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            problems = self._check(self.db_file)
        except Exception as error:  # noqa: BLE001 - any failure to check is a failed check
            problems = [str(error) or type(error).__name__]
        with self._lock:
            self.problems = problems
            self._gate.release(self._token, self.error)
            self._done.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    @property
    def error(self) -> DatabaseDamagedError | None:
        return DatabaseDamagedError(self.db_file, self.problems) if self.problems else None

    def wait(self, timeout: float | None = None) -> bool:
        """True once the check is over."""
        return self._done.wait(timeout)

    def verdict(self) -> DatabaseDamagedError | None:
        """Wait for the check; the damage it found (None: healthy)."""
        self.wait()
        return self.error

    def on_done(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` when the check is over: from the check's thread, or at once
        (from this one) when it already is."""
        with self._lock:
            if not self._done.is_set():
                self._callbacks.append(callback)
                return
        callback()


def _describe(path: Path) -> tuple[int | None, int | None]:
    """(live contact count, schema version) of a backup file, None where unreadable."""
    try:
        connection = _read_only(path)
    except sqlite3.Error:
        return None, None
    try:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        count = connection.execute(
            "SELECT COUNT(*) FROM contact WHERE deleted_at IS NULL"
        ).fetchone()[0]
        return int(count), version
    except sqlite3.Error:
        return None, None
    finally:
        connection.close()


# -- copying -----------------------------------------------------------------------------


def _create_private_file(path: Path) -> None:
    """An empty file only the owner can read: SQLite would create it world-readable."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    if os.name == "posix":
        path.chmod(0o600)


def _fsync_path(path: Path, *, directory: bool = False) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if directory else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of ``source`` to the new file ``target`` (atomically: a crash
    leaves either no ``target`` or a complete one)."""
    partial = target.with_name(target.name + _PARTIAL_SUFFIX)
    _unlink_partial(partial)
    _create_private_file(partial)
    try:
        destination = sqlite3.connect(partial)
        try:
            # No syncs of its own (eight per copy): the finished file is synced once below,
            # before it takes its name; a crash before that leaves a partial, never listed.
            destination.execute("PRAGMA synchronous=OFF")
            source.backup(destination)
            # A standalone file: no -wal/-shm beside it, readable by a plain read-only open.
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
        _fsync_path(partial)
        os.replace(partial, target)
        _fsync_path(target.parent, directory=True)
    except BaseException:
        _unlink_partial(partial)
        raise


def _unlink_partial(partial: Path) -> None:
    for suffix in _PARTIAL_SIDES:
        partial.with_name(partial.name + suffix).unlink(missing_ok=True)


def _require_room(folder: Path, needed: int) -> None:
    """Refuse before starting what would run out of space half-way."""
    free = free_space(folder)
    if free is not None and free < needed:
        raise NoSpaceError(folder, needed=needed - free)


def _file_size(*paths: Path) -> int:
    total = 0
    for path in paths:
        try:
            total += path.stat().st_size
        except OSError:
            pass
    return total


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def _side_files(db_file: Path) -> list[Path]:
    return [db_file.with_name(db_file.name + suffix) for suffix in ("", "-wal", "-shm")]


# -- the service -------------------------------------------------------------------------


class Backups:
    """Backups of one data dir. ``on_restored`` is called after a restore (the workspace
    clears its undo stack there: undo entries refer to the replaced data)."""

    def __init__(
        self,
        data_dir: Path,
        clock: Clock,
        *,
        on_restored: Callable[[], None] | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.folder = data_dir / BACKUP_DIR
        self.clock = clock
        self.on_restored = on_restored

    @property
    def database_file(self) -> Path:
        return database_path(self.data_dir)

    # -- making ----------------------------------------------------------------------------

    def backup_now(self, reason: str = "manual", *, rotate: bool = True) -> BackupInfo:
        """Copy the open database into the backups folder, then rotate (``rotate=False``:
        not now, say in the middle of a restore). Call it outside any transaction (before
        an import, a migration or a restore starts). Raises NoSpaceError when the disk has
        no room for the copy (checked first, so nothing is half-written)."""
        if reason not in REASONS:
            raise ValueError(f"unknown backup reason {reason!r}")
        db_file = self.database_file
        _require_room(self.data_dir, _file_size(*_side_files(db_file)[:2]) + LOW_SPACE)
        created = self.clock.now().astimezone(UTC).replace(microsecond=0)
        try:
            ensure_private_dir(self.folder)
            target = self._free_name(created, reason)
            copy_database(database.connection(), target)
        except (sqlite3.Error, OSError) as error:
            problem = explain(error, self.data_dir)
            if isinstance(problem, NoSpaceError):
                raise NoSpaceError(self.data_dir, needed=_file_size(db_file)) from error
            if problem is not None:
                raise problem from error
            raise BackupError(f"could not write a backup: {error}") from error
        count, version = _describe(target)
        log.info("backup made (%s): %s", reason, target.name)
        info = BackupInfo(target, created, reason, count, version)
        if rotate:
            self.rotate()
        return info

    def backup_if_due(self) -> BackupInfo | None:
        """The start-up backup: only when none was made today (local date). Also clears
        what a crash left of an unfinished backup (at start nothing else is writing one)."""
        self._remove_partials()
        today = self.clock.now().date()
        zone = self.clock.now().tzinfo
        for backup in self.list(with_counts=False):
            if backup.reason in ROUTINE_REASONS and backup.created_at.astimezone(zone).date() == (
                today
            ):
                return None
        return self.backup_now("daily")

    def _free_name(self, created: datetime, reason: str) -> Path:
        stamp = created.strftime("%Y%m%dT%H%M%SZ")
        candidate = self.folder / f"prospectdesk-{stamp}-{reason}.sqlite3"
        counter = 1
        while candidate.exists():
            candidate = self.folder / f"prospectdesk-{stamp}-{counter}-{reason}.sqlite3"
            counter += 1
        return candidate

    def _remove_partials(self) -> None:
        """Leftovers of a backup cut short by a crash: never complete, never listed (the
        copy's own rollback journal included)."""
        if not self.folder.is_dir():
            return
        for suffix in _PARTIAL_SIDES:
            for leftover in self.folder.glob(f"*{_PARTIAL_SUFFIX}{suffix}"):
                leftover.unlink(missing_ok=True)

    # -- listing ---------------------------------------------------------------------------

    def list(self, *, with_counts: bool = True) -> list[BackupInfo]:
        """Every backup, newest first."""
        if not self.folder.is_dir():
            return []
        found: list[BackupInfo] = []
        for path in self.folder.iterdir():
            match = _NAME.match(path.name)
            if not match or match.group(3) not in REASONS:
                continue
            created = datetime.strptime(match.group(1), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            count, version = _describe(path) if with_counts else (None, None)
            found.append(BackupInfo(path, created, match.group(3), count, version))
        # Two backups in one second (say a manual one, then a restore): the file's own time
        # breaks the tie.
        found.sort(
            key=lambda b: (b.created_at, _mtime(b.path), _sequence(b.path)),
            reverse=True,
        )
        return found

    def newest_good(self) -> BackupInfo | None:
        """The newest backup that passes the health check and this program can open."""
        return newest_good_backup(self.data_dir)

    # -- rotation --------------------------------------------------------------------------

    def rotate(self, *, protect: tuple[Path, ...] = ()) -> builtins.list[Path]:
        """Delete backups beyond the rotation (never one in ``protect``, say the backup
        being restored). When that drops a backup, also purge tombstones older than the
        oldest kept backup: a deleted contact stays recoverable (undo, or a restore) until
        no kept backup is older than its deletion. A rotation that drops nothing (the first
        weeks of use) purges nothing. Returns removed files.

        The rotation goes by the time now: a backup dated later (a wrong system clock, or
        an older ProspectDesk that dated backups by ``today --at``) is kept and takes no
        day's place, so it cannot push out the real ones."""
        backups = self.list(with_counts=False)
        now = self.clock.now()
        future = {b.path for b in backups if b.created_at > now}
        keep = set(select_kept([b for b in backups if b.path not in future], now.tzinfo))
        keep |= future | {Path(p) for p in protect}
        kept_dates = [b.created_at for b in backups if b.path in keep]
        newest_kept = max(kept_dates) if kept_dates else None
        removed = [
            b.path
            for b in backups
            if b.path not in keep and (newest_kept is None or b.created_at < newest_kept)
        ]
        for path in removed:
            path.unlink(missing_ok=True)
            log.debug("old backup removed: %s", path.name)
        kept = [b for b in backups if b.path not in removed]
        if removed and kept:
            purge_tombstones(older_than=min(b.created_at for b in kept))
        return removed

    # -- restoring -------------------------------------------------------------------------

    def restore(self, backup: BackupInfo | Path) -> Changes:
        """Replace the open database with ``backup``, after backing up the current state.

        The copy runs through the backup API into the live file in one step, so a crash
        half-way leaves the old contents; the result is migrated if the backup is older.
        """
        path = backup.path if isinstance(backup, BackupInfo) else Path(backup)
        _check_usable(path)
        # Room for the copy of the current state and for the backup's pages in the WAL.
        current = _file_size(*_side_files(self.database_file)[:2])
        _require_room(self.data_dir, current + _file_size(path) + LOW_SPACE)
        # No rotation until the restore is over: it could drop the very backup chosen.
        self.backup_now("pre-restore", rotate=False)
        close_database()
        try:
            _copy_into_live(path, self.database_file)
        except sqlite3.Error as error:
            problem = explain(error, self.data_dir)
            if problem is not None:
                raise problem from error
            raise BackupError(f"could not restore {path.name}: {error}") from error
        finally:
            init_database(self.database_file)
        migrate(database)
        finish_upkeep()
        self.rotate(protect=(path,))
        log.info("restored from backup %s", path.name)
        if self.on_restored is not None:
            self.on_restored()
        return Changes(stage_list=True, everything=True)


def _copy_into_live(backup: Path, db_file: Path) -> None:
    """Overwrite the database with ``backup`` through the backup API: one write
    transaction, so a crash half-way leaves the old contents whole."""
    source = _read_only(backup)
    destination = sqlite3.connect(db_file)
    try:
        source_page = source.execute("PRAGMA page_size").fetchone()[0]
        if source_page != destination.execute("PRAGMA page_size").fetchone()[0]:
            # A WAL database cannot change its page size, so a backup made with another
            # page size is copied in rollback mode; reopening turns WAL back on.
            destination.execute("PRAGMA journal_mode=DELETE")
        source.backup(destination)
    finally:
        source.close()
        destination.close()


def _check_usable(path: Path) -> None:
    if not path.is_file():
        raise BackupError(f"there is no backup file {path}")
    problems = check_database(path)
    if problems:
        raise BackupError(f"the backup {path.name} is damaged: {problems[0]}")
    _count, version = _describe(path)
    if version is None:
        raise BackupError(f"{path.name} is not a ProspectDesk backup")
    if version > LATEST_VERSION:
        raise SchemaTooNewError(version, what=f"the backup {path.name}")


def _sequence(path: Path) -> int:
    """The same-second sequence number in a backup's name (0 when it has none)."""
    match = _NAME.match(path.name)
    return int(match[2] or 0) if match else 0


def select_kept(backups: list[BackupInfo], zone: tzinfo | None) -> list[Path]:
    """Which backups the rotation keeps (pure: tested without files)."""
    newest_first = sorted(backups, key=lambda b: b.created_at, reverse=True)
    keep: list[Path] = []
    routine = [b for b in newest_first if b.reason in ROUTINE_REASONS]
    days: list[date] = []
    weeks: list[tuple[int, int]] = []
    for backup in routine:
        local = backup.created_at.astimezone(zone).date()
        week = local.isocalendar()[:2]
        chosen = False
        if local not in days and len(days) < KEEP_DAILY:
            days.append(local)
            chosen = True
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.append(week)
            chosen = True
        if chosen:
            keep.append(backup.path)
    for reason, limit in KEEP_PER_REASON.items():
        keep.extend([b.path for b in newest_first if b.reason == reason][:limit])
    return keep


def purge_tombstones(*, older_than: datetime) -> int:
    """Remove contacts deleted before ``older_than`` for good (children go by cascade)."""
    from prospectdesk.store.models import Contact  # the store models need the database set

    cutoff = utc_naive(older_than)
    with database.atomic():
        ids = [
            row[0]
            for row in tuples(
                Contact.select(Contact.id).where(
                    Contact.deleted_at.is_null(False), Contact.deleted_at < cutoff
                )
            )
        ]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            Contact.delete().where(Contact.id.in_(chunk)).execute()
    if ids:
        log.info("purged %d deleted contacts older than the oldest backup", len(ids))
    return len(ids)


# -- for a data dir whose database is damaged (no workspace is open) ------------------------


def list_backups(data_dir: Path, clock: Clock) -> list[BackupInfo]:
    return Backups(data_dir, clock).list()


def newest_good_backup(data_dir: Path) -> BackupInfo | None:
    """The newest backup that passes the health check and this program can open."""
    for backup in Backups(data_dir, SystemClock()).list():  # the clock is not read to list
        if backup.schema_version is None or backup.schema_version > LATEST_VERSION:
            continue
        if not check_database(backup.path):
            return backup
    return None


def restore_damaged(data_dir: Path, backup: BackupInfo | Path, clock: Clock) -> Path:
    """Move the damaged database aside (kept, never written) and put ``backup`` in its
    place. Returns where the damaged file went. The caller opens the workspace again."""
    path = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    _check_usable(path)
    close_database()
    db_file = database_path(data_dir)
    # The copy is made first, beside the database, and checked for room before that: a
    # disk too full for it leaves everything where it was.
    _require_room(data_dir, _file_size(path) + LOW_SPACE)
    staged = db_file.with_name(db_file.name + ".restoring")
    _unlink_partial(staged)  # what a restore killed half-way left
    staged.unlink(missing_ok=True)
    source = _read_only(path)
    try:
        copy_database(source, staged)
    except (sqlite3.Error, OSError) as error:
        problem = explain(error, data_dir)
        if problem is not None:
            raise problem from error
        raise BackupError(f"could not restore {path.name}: {error}") from error
    finally:
        source.close()
    stamp = clock.now().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = data_dir / f"damaged-{stamp}"
    counter = 1
    while aside.exists():
        aside = data_dir / f"damaged-{stamp}-{counter}"
        counter += 1
    try:
        ensure_private_dir(aside)
    except OSError as error:
        _unlink_partial(staged)
        raise explain(error, data_dir) or error from error
    main, *sides = _side_files(db_file)
    # The damaged file stays in place (a second name in the aside folder) until the copy
    # replaces it in one step: the data dir is never without a database.
    if main.exists():
        try:
            os.link(main, aside / main.name)
        except OSError:
            os.replace(main, aside / main.name)
    for side in sides:  # its WAL must not be read into the restored copy
        if side.exists():
            os.replace(side, aside / side.name)
    os.replace(staged, db_file)
    _fsync_path(data_dir, directory=True)
    log.info("damaged database moved to %s; restored from %s", aside.name, path.name)
    return aside


__all__ = [
    "BACKUP_DIR",
    "BackupError",
    "BackupInfo",
    "Backups",
    "DatabaseDamagedError",
    "check_database",
    "list_backups",
    "newest_good_backup",
    "purge_tombstones",
    "restore_damaged",
    "select_kept",
]
