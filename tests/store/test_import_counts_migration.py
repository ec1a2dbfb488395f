"""Migration 14: each import keeps how many contacts it created and merged and how many
records it skipped; older imports get what can be derived."""

from __future__ import annotations

import shutil
from pathlib import Path

from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import database_path
from prospectdesk.store import schema
from prospectdesk.store.db import database
from prospectdesk.store.models import ImportBatch

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def test_version_12_imports_get_the_counts_that_can_be_derived(data_dir, clock):
    data_dir.mkdir()
    shutil.copyfile(FIXTURES / "v12.sqlite3", database_path(data_dir))
    ws = open_workspace(data_dir, clock=clock)
    try:
        assert schema.schema_version(database) == schema.LATEST_VERSION >= 14
        batch = ImportBatch.get_by_id(1)
        # The fixture's one import merged into contact 2 and created nothing of its own.
        assert (batch.created_count, batch.merged_count) == (0, 1)
        assert (batch.skipped_count, batch.applied_at) == (None, None)
    finally:
        ws.close()
