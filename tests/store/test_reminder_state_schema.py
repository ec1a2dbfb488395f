"""The reminder_state migration builds exactly the table the peewee model describes."""

from __future__ import annotations

import re

from prospectdesk.store import schema
from prospectdesk.store.db import close_database, database, init_database
from prospectdesk.store.models import ReminderState


def _normalise(sql: str) -> str:
    return re.sub(r"\s+", " ", sql.replace(" IF NOT EXISTS", "")).strip()


def test_migration_matches_the_model():
    init_database(":memory:")
    schema.migrate(database)
    stored = {
        name: sql
        for name, sql in database.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'reminder_state' "
            "AND sql IS NOT NULL"
        )
    }
    model_schema = ReminderState._schema
    expected = [model_schema._create_table().query()[0]]
    expected += [index.query()[0] for index in model_schema._create_indexes()]
    assert sorted(_normalise(sql) for sql in stored.values()) == sorted(
        _normalise(sql) for sql in expected
    )
    close_database()


def test_upgrade_from_the_previous_version_adds_the_table(data_dir):
    data_dir.mkdir()
    init_database(data_dir / "old.sqlite3")
    schema.migrate(database, target=schema.MIGRATIONS.index(schema._reminder_state))
    assert "reminder_state" not in database.get_tables()
    schema.migrate(database)
    assert "reminder_state" in database.get_tables()
    close_database()
