"""The one SQLite database, declared empty and initialised once the data dir is known."""

from __future__ import annotations

import os
from pathlib import Path

from peewee import SqliteDatabase

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

database = SqliteDatabase(None)


def init_database(path: Path | str, *, pragmas: dict | None = None) -> SqliteDatabase:
    """Point the shared database at ``path`` (``":memory:"`` for tests) and connect."""
    if not database.is_closed():
        database.close()
    database.init(str(path), pragmas=dict(PRAGMAS if pragmas is None else pragmas))
    database.connect()
    if str(path) != ":memory:" and os.name == "posix":
        _make_private(Path(path))
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
