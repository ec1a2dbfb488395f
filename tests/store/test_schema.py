"""Schema versioning: fresh databases and old ones end up the same, in place."""

from __future__ import annotations

import sqlite3

import pytest

from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import database_path
from prospectdesk.store import schema
from prospectdesk.store.db import close_database, database, init_database


def _tables(path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}


def test_new_database_is_at_latest_version_with_default_stages(data_dir):
    ws = open_workspace(data_dir)
    assert schema.schema_version(database) == schema.LATEST_VERSION
    assert [s.role for s in ws.pipeline.stages()] == [
        "lead",
        "prospect",
        "presentation",
        "follow_up",
        "customer",
        "repeat_buyer",
        "not_now",
    ]
    ws.close()


def test_version_1_database_with_data_migrates_in_place(data_dir, clock):
    data_dir.mkdir()
    path = database_path(data_dir)
    init_database(path)
    schema.migrate(database, target=1)
    database.execute_sql(
        "INSERT INTO stage (id, name, position, role) VALUES (1, 'Lead', 1, 'lead')"
    )
    database.execute_sql(
        "INSERT INTO contact (uid, given_name, family_name, display_name, organization, "
        "job_title, notes, stage_id, position, stage_entered_at, created_at, updated_at) "
        "VALUES ('u1', 'Old', 'Timer', 'Old Timer', '', '', '', 1, 1024, "
        "'2025-01-01 00:00:00', '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
    )
    close_database()
    assert "contact_search" not in _tables(path)

    ws = open_workspace(data_dir, clock=clock)
    assert schema.schema_version(database) == schema.LATEST_VERSION
    assert "contact_search" in _tables(path)
    assert ws.contacts.get(1).display_name == "Old Timer"
    ws.close()


def _power_cut(db):
    """A migration step that makes a table and fails halfway."""
    db.execute_sql("CREATE TABLE half_done (x)")
    raise RuntimeError("power cut")


def test_failed_migration_leaves_old_version(data_dir, monkeypatch):
    data_dir.mkdir()
    init_database(database_path(data_dir))
    schema.migrate(database, target=1)

    monkeypatch.setattr(schema, "MIGRATIONS", [schema.MIGRATIONS[0], _power_cut])
    with pytest.raises(RuntimeError):
        schema.migrate(database, target=2)
    assert schema.schema_version(database) == 1
    assert "half_done" not in {t for t in database.get_tables()}
    close_database()


def test_newer_database_is_refused(data_dir):
    data_dir.mkdir()
    init_database(database_path(data_dir))
    database.execute_sql(f"PRAGMA user_version = {schema.LATEST_VERSION + 5}")
    with pytest.raises(schema.SchemaTooNewError):
        schema.migrate(database)
    close_database()


def test_database_file_is_private(data_dir):
    ws = open_workspace(data_dir)
    ws.close()
    assert (data_dir.stat().st_mode & 0o777) == 0o700
    assert (database_path(data_dir).stat().st_mode & 0o777) == 0o600


def _schema_of(path) -> list[tuple[str, str, str | None]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()


def test_new_database_in_one_transaction_ends_as_one_migrated_step_by_step(data_dir):
    """A new database gets every step in one transaction; a database that was at
    version 1 gets the others one transaction each: the same schema and settings."""
    data_dir.mkdir()
    at_once, by_steps = data_dir / "at_once.sqlite3", data_dir / "by_steps.sqlite3"
    init_database(at_once)
    commits = []
    database.connection().set_trace_callback(
        lambda sql: commits.append(sql) if sql.strip().upper() == "COMMIT" else None
    )
    assert schema.migrate(database) == list(range(1, schema.LATEST_VERSION + 1))
    assert len(commits) == 1
    close_database()
    init_database(by_steps)
    schema.migrate(database, target=1)
    schema.migrate(database)
    close_database()
    assert _schema_of(at_once) == _schema_of(by_steps)
    for path in (at_once, by_steps):
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST_VERSION
            assert conn.execute("SELECT key, value FROM setting").fetchall() == [
                (schema.AFTER_MIGRATION_KEY, schema.REBUILD_SEARCH)
            ]


def test_failed_migration_of_a_new_database_leaves_it_new(data_dir, monkeypatch):
    data_dir.mkdir()
    init_database(database_path(data_dir))

    monkeypatch.setattr(schema, "MIGRATIONS", [schema.MIGRATIONS[0], _power_cut])
    with pytest.raises(RuntimeError):
        schema.migrate(database, target=2)
    assert schema.schema_version(database) == 0
    assert database.get_tables() == []
    close_database()
