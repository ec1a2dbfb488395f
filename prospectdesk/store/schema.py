"""Schema versions and migrations, kept in ``PRAGMA user_version``.

A new database is built by running every step from version 0, so a fresh install and an
upgraded one end up identical. Each step is frozen SQL (never the current models), runs in
one transaction, and the version is bumped in that same transaction: a crash mid-way leaves
the old version intact.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files

from peewee import SqliteDatabase


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer ProspectDesk than this one."""


def _v1_core_tables(db: SqliteDatabase) -> None:
    script = files("prospectdesk.store").joinpath("schema_v1.sql").read_text(encoding="utf-8")
    # Not executescript(): it commits first and would break the step's transaction.
    body = "\n".join(line for line in script.splitlines() if not line.startswith("--"))
    for statement in body.split(";"):
        if statement.strip():
            db.execute_sql(statement)


def _v2_board_index_and_search(db: SqliteDatabase) -> None:
    """Board columns are read by (stage, position) over live contacts only; search is FTS5."""
    for sql in (
        'CREATE INDEX "contact_board" ON "contact" ("stage_id", "position") '
        'WHERE "deleted_at" IS NULL',
        'CREATE INDEX "contact_birthday" ON "contact" ("birthday_month", "birthday_day") '
        'WHERE "deleted_at" IS NULL AND "birthday_month" IS NOT NULL',
        'CREATE INDEX "contact_phone_normalized" ON "contact_phone" ("normalized")',
        'CREATE INDEX "contact_email_value" ON "contact_email" ("value" COLLATE NOCASE)',
        "CREATE VIRTUAL TABLE contact_search USING fts5("
        "body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')",
    ):
        db.execute_sql(sql)


def _v3_import_merge(db: SqliteDatabase) -> None:
    """What an import merged into existing contacts, so a whole batch can be undone."""
    for sql in (
        'CREATE TABLE "import_merge" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"batch_id" INTEGER NOT NULL, "contact_id" INTEGER NOT NULL, '
        '"prior_state" TEXT NOT NULL, '
        'FOREIGN KEY ("batch_id") REFERENCES "import_batch" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
        'CREATE INDEX "import_merge_batch_id" ON "import_merge" ("batch_id")',
        'CREATE INDEX "import_merge_contact_id" ON "import_merge" ("contact_id")',
    ):
        db.execute_sql(sql)


MIGRATIONS: list[Callable[[SqliteDatabase], None]] = [
    _v1_core_tables,  # -> 1
    _v2_board_index_and_search,  # -> 2
    _v3_import_merge,  # -> 3
]
LATEST_VERSION = len(MIGRATIONS)


def schema_version(db: SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def pending_migrations(db: SqliteDatabase) -> int:
    current = schema_version(db)
    if current > LATEST_VERSION:
        raise SchemaTooNewError(
            f"database schema version {current} is newer than this program ({LATEST_VERSION})"
        )
    return LATEST_VERSION - current


def migrate(db: SqliteDatabase, *, target: int = LATEST_VERSION) -> list[int]:
    """Bring the database up to ``target``, one transaction per step; return steps run."""
    done: list[int] = []
    pending_migrations(db)
    current = schema_version(db)
    while current < target:
        step = MIGRATIONS[current]
        with db.atomic():
            step(db)
            db.execute_sql(f"PRAGMA user_version = {current + 1}")
        current += 1
        done.append(current)
    return done
