"""The import_merge migration creates exactly what the ImportMerge model declares."""

from __future__ import annotations

from peewee import SqliteDatabase

from prospectdesk.store import schema
from prospectdesk.store.models import ALL_MODELS, ImportMerge


def _objects(db: SqliteDatabase, table: str) -> set[tuple[str, str]]:
    rows = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL", (table,)
    )
    return {(name, sql) for name, sql in rows}


def test_migration_matches_the_model():
    migrated = SqliteDatabase(":memory:")
    schema.migrate(migrated)
    declared = SqliteDatabase(":memory:")
    with declared.bind_ctx(ALL_MODELS):
        declared.create_tables(ALL_MODELS)
    table = ImportMerge._meta.table_name
    assert _objects(migrated, table) == _objects(declared, table)
    assert _objects(migrated, table)  # the table is there at all
