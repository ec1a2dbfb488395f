"""Migration 11: conversations gain the outcome of a call from the call list."""

from __future__ import annotations

import shutil
from pathlib import Path

from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import database_path
from prospectdesk.store import schema
from prospectdesk.store.db import database
from prospectdesk.store.models import Interaction

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def test_version_10_database_gains_the_call_outcome_column(data_dir, clock):
    data_dir.mkdir()
    shutil.copyfile(FIXTURES / "v10.sqlite3", database_path(data_dir))
    ws = open_workspace(data_dir, clock=clock)
    try:
        assert schema.schema_version(database) == schema.LATEST_VERSION >= 11
        columns = {row[1] for row in database.execute_sql('PRAGMA table_info("interaction")')}
        assert "call_outcome" in columns
        # Conversations kept before have no outcome.
        assert all(row.call_outcome is None for row in Interaction.select())
    finally:
        ws.close()
