"""Bulk writes without per-row triggers: a writer that inserts 100,000 rows does the
triggers' bookkeeping once per batch in set-based SQL instead.

The triggers that keep the stage counts (migration 8) and the sync revisions (migration 10)
fire once per inserted row, and each firing is a statement of its own: a fifth to a third
of a bulk import's writes. :func:`triggers_paused` takes the named triggers out for the
length of a block *inside the writer's transaction* and puts them back, from their own
stored SQL, before the block ends. SQLite's schema changes are transactional: a reader on
another connection never sees the triggers missing (it reads the last commit), and a
rollback puts them back too. The writer is then the one that must leave the same rows the
triggers would have left (see ``ContactBook.create_many``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from prospectdesk.store.db import GatedSqliteDatabase

# The triggers a bulk insert of new contacts (and their e-mails, phones, addresses and
# tags) stands in for.
CONTACT_INSERT_TRIGGERS = (
    "stage_count_insert",
    "contact_email_revision_insert",
    "contact_phone_revision_insert",
    "contact_address_revision_insert",
    "contact_tag_revision_insert",
)


@contextmanager
def triggers_paused(db: GatedSqliteDatabase, names: Sequence[str]) -> Iterator[None]:
    """Drop the triggers ``names`` (those that exist) for the block, then make them again
    from their stored SQL, whether the block ends or raises. Only inside a transaction:
    outside one, another connection could write while they are missing."""
    if not db.in_transaction():
        raise RuntimeError("triggers can only be paused inside a transaction")
    marks = ", ".join("?" * len(names))
    stored = db.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
        list(names),
    ).fetchall()
    with _set_aside(db, "trigger", stored):
        yield


# The tables a bulk insert of new contacts writes, whose indexes it may build afresh.
CONTACT_INSERT_TABLES = (
    "contact",
    "contact_email",
    "contact_phone",
    "contact_address",
    "contact_tag",
    "stage_change",
)


@contextmanager
def indexes_rebuilt(
    db: GatedSqliteDatabase, tables: Sequence[str], *, keep: Sequence[str] = ()
) -> Iterator[None]:
    """Drop the indexes of ``tables`` (but those named in ``keep``) for the block, then
    make them again from their stored SQL, whether the block ends or raises. For a bulk
    insert into tables that hold fewer rows than are coming: SQLite then builds each index
    once, from sorted keys, instead of inserting 100,000 keys one by one at random places
    (a fifth of an import into a new workspace's writes). Only inside a transaction, as
    :func:`triggers_paused`; a unique index dropped here is checked when it is made again
    (the block must not rely on it: keep those an ``INSERT OR IGNORE`` needs)."""
    if not db.in_transaction():
        raise RuntimeError("indexes can only be rebuilt inside a transaction")
    marks = ", ".join("?" * len(tables))
    stored = [
        (name, sql)
        for name, sql in db.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            f" AND tbl_name IN ({marks}) ORDER BY rowid",
            list(tables),
        ).fetchall()
        if name not in keep
    ]
    with _set_aside(db, "index", stored):
        yield


@contextmanager
def _set_aside(db: GatedSqliteDatabase, kind: str, stored: list[tuple[str, str]]) -> Iterator[None]:
    """Drop the schema objects ``stored`` ((name, SQL) of one ``kind``: "trigger" or
    "index") for the block, then make each again from its SQL, whether the block ends or
    raises."""
    for name, _sql in stored:
        db.execute_sql(f'DROP {kind.upper()} "{name}"')
    try:
        yield
    finally:
        for name, sql in stored:
            # A failure SQLite answered with a rollback of its own (a full disk) has put
            # it back already: making it twice would hide that error.
            back = db.execute_sql(
                "SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?", [kind, name]
            ).fetchone()
            if back is None:
                db.execute_sql(sql)
