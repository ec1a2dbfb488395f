"""The one SQLite database, declared empty and initialised once the data dir is known."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from peewee import DatabaseError, SqliteDatabase

# Durability: WAL keeps readers and the writer apart and survives a kill at any moment;
# synchronous=FULL makes a committed transaction survive a power cut too (NORMAL in WAL
# mode may lose the last commits on power loss, which is not acceptable for contacts).
PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -32 * 1024,  # 32 MiB
    "temp_store": "memory",
}


# None is bound as NULL either way, but with no adapter registered for its type sqlite3
# looks for one the slow way for every None it binds (a formatted AttributeError each
# time): ~2% of a bulk import's instructions. An empty dict's ``get`` gives None back, in C.
_NOTHING: dict[None, None] = {}
sqlite3.register_adapter(type(None), _NOTHING.get)


class WriteGate:
    """Holds every write while the start-up health check runs beside the opening window.

    The check (``PRAGMA quick_check``) reads the whole file, so it grows with the data; run
    before the window it would be most of a large database's start-up. Reads go on while it
    runs; a write (or a transaction, which may write) waits for its verdict, and after a
    failed check raises the check's error instead: a damaged file is never written to.
    """

    def __init__(self) -> None:
        self._open = threading.Event()
        self._open.set()
        self._error: BaseException | None = None
        self._lock = threading.Lock()
        self._hold = 0  # which hold a release is for: a check of a closed database is moot

    @property
    def is_open(self) -> bool:
        return self._open.is_set() and self._error is None

    def hold(self) -> int:
        """Close the gate; returns the token :meth:`release` needs."""
        with self._lock:
            self._hold += 1
            self._error = None
            self._open.clear()
            return self._hold

    def release(self, token: int | None = None, error: BaseException | None = None) -> None:
        """The check is over: let writes through, or (``error``) refuse them all. A token
        from an earlier hold (the database was closed and opened again since) is ignored;
        None opens the gate whatever holds it (the database is being closed)."""
        with self._lock:
            if token is None:
                self._hold += 1  # outstanding checks are for a database no longer open
            elif token != self._hold:
                return
            self._error = error
            self._open.set()

    def wait(self) -> None:
        self._open.wait()
        if self._error is not None:
            raise self._error


# Statements that only read: they need not wait for the health check.
_READS = ("SELECT", "PRAGMA", "WITH", "EXPLAIN")


class GatedSqliteDatabase(SqliteDatabase):
    """peewee's SqliteDatabase with a :class:`WriteGate` in front of every write."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.write_gate = WriteGate()

    def begin(self, lock_type: str | None = None) -> None:
        if not self.write_gate.is_open:
            self.write_gate.wait()
        super().begin(lock_type)

    # The two below also add types: peewee's stubs leave them unannotated (hence the
    # ignores on the calls), and the domain reads their results directly.

    def execute_sql(self, sql: str, params: Sequence[Any] | None = None) -> sqlite3.Cursor:
        if not self.write_gate.is_open and not sql.lstrip()[:7].upper().startswith(_READS):
            self.write_gate.wait()
        cursor: sqlite3.Cursor = super().execute_sql(sql, params)  # type: ignore[no-untyped-call]
        return cursor

    def connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection = super().connection()  # type: ignore[no-untyped-call]
        return connection


database = GatedSqliteDatabase(None)


# A read-only open changes nothing, not even the journal mode; query_only refuses a write
# that slipped through (the file is opened read-only as well).
READ_ONLY_PRAGMAS = {
    "query_only": 1,
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "cache_size": -32 * 1024,
    "temp_store": "memory",
}


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """The URI that opens ``path`` without writing it. ``immutable``: on a read-only disk,
    where SQLite could not create the WAL index it needs to read a WAL database; nothing
    can change the file there, so it may be read without locks."""
    return f"{path.resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def init_database(
    path: Path | str, *, pragmas: dict[str, Any] | None = None, read_only: bool = False
) -> SqliteDatabase:
    """Point the shared database at ``path`` (``":memory:"`` for tests) and connect.
    ``read_only``: beside a running app (SQLite's WAL lets readers work beside the writer),
    or on a read-only disk; the file, its mode and the journal mode stay as they are."""
    if not database.is_closed():
        database.close()
    database.write_gate.release()
    if read_only:
        return _init_read_only(Path(path))
    database.init(str(path), pragmas=dict(PRAGMAS if pragmas is None else pragmas))
    database.connect()
    if str(path) != ":memory:" and os.name == "posix":
        _make_private(Path(path))
    return database


def _needs_immutable(db_file: Path) -> bool:
    """Reading a WAL database takes a -shm file SQLite may have to create or grow: not on
    a read-only or full disk, nor in a folder this user may not write. Nothing can write
    the file there either, so it is read as immutable (without locks)."""
    from prospectdesk.store.errors import environment_problem

    return environment_problem(db_file.parent) is not None


def _working_read_only_uri(db_file: Path) -> str:
    uri = read_only_uri(db_file)
    probe = sqlite3.connect(uri, uri=True)
    try:
        probe.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        if _needs_immutable(db_file):
            return read_only_uri(db_file, immutable=True)
    finally:
        probe.close()
    return uri  # working, or failing with its own error for the caller to see


def connect_read_only(db_file: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection that never writes ``db_file`` (not even a checkpoint on
    close); on a read-only or full disk it falls back to reading it as immutable."""
    return sqlite3.connect(_working_read_only_uri(db_file), uri=True)


def _init_read_only(db_file: Path) -> SqliteDatabase:
    try:
        uri = _working_read_only_uri(db_file)
    except sqlite3.Error as error:
        raise DatabaseError(error) from error  # as peewee would say it
    database.init(uri, pragmas=dict(READ_ONLY_PRAGMAS), uri=True)
    database.connect()
    return database


def _make_private(db_file: Path) -> None:
    """Contacts are private: the database and its WAL files are readable by the owner only."""
    for suffix in ("", "-wal", "-shm"):
        candidate = db_file.with_name(db_file.name + suffix)
        if candidate.exists():
            candidate.chmod(0o600)


def close_database() -> None:
    if not database.is_closed():
        database.close()
    database.write_gate.release()
