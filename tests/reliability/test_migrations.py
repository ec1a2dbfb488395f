"""Every schema version ever released opens with the current code, data intact."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from prospectdesk.domain.records import Birthday
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import database_path
from prospectdesk.store import schema
from prospectdesk.store.db import close_database, database, init_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"
OLD_VERSIONS = list(range(0, schema.LATEST_VERSION))
ALL_VERSIONS = list(range(1, schema.LATEST_VERSION + 1))


def test_a_fixture_exists_for_every_version():
    missing = [v for v in ALL_VERSIONS if not (FIXTURES / f"v{v}.sqlite3").exists()]
    assert not missing, (
        f"no fixture database for schema version(s) {missing}: run "
        "python3 tests/fixtures/db/make_fixtures.py and commit the new file(s)"
    )


@pytest.mark.parametrize("version", ALL_VERSIONS)
def test_fixture_of_each_version_opens_with_its_data(version, data_dir, clock):
    fixture = FIXTURES / f"v{version}.sqlite3"
    if not fixture.exists():
        pytest.fail(f"missing {fixture.name}: run tests/fixtures/db/make_fixtures.py")
    with sqlite3.connect(fixture) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    data_dir.mkdir()
    shutil.copyfile(fixture, database_path(data_dir))

    ws = open_workspace(data_dir, clock=clock)
    assert schema.schema_version(database) == schema.LATEST_VERSION
    assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    # The stored people, as the app shows them.
    assert ws.contacts.count() == 2
    jan = ws.contacts.get(1)
    assert (jan.display_name, jan.organization, jan.birthday) == (
        "Jan de Vries",
        "Vries & Zn",
        Birthday(5, 17, 1980),
    )
    assert [p.normalized for p in jan.phones] == ["+31612345678"]
    assert jan.addresses[0].city == "Amsterdam"
    ani = ws.contacts.get(2)
    assert ani.display_name == "Անի Հակոբյան"
    assert ani.birthday == Birthday(2, 29, None)
    assert ani.photo == b"\x89PNG\r\n\x1a\n"
    assert ani.tags == ["Երևան"]
    assert ws.contacts.deleted_ids() == [3]  # the tombstone is still recoverable
    # Version 9 stored Ani's "do not contact" mark; older versions had none to keep.
    expected_mark = datetime(2025, 3, 8, 14, tzinfo=UTC) if version >= 9 else None
    assert ani.do_not_contact_at == expected_mark
    assert jan.do_not_contact_at is None
    assert [s.name for s in ws.pipeline.stages()] == ["Lead", "Prospect", "Klant", "Later"]
    assert [h.to_stage for h in ws.pipeline.stage_history(1)] == ["Lead", "Prospect"]
    assert ws.activity is not None
    # Search finds people stored before the search index existed.
    prospect_stage = ws.pipeline.stage_by_role("prospect").id
    assert ws.pipeline.column_page(prospect_stage, search="vries")[0] == [1]
    lead_stage = ws.pipeline.stage_by_role("lead").id
    assert ws.pipeline.column_page(lead_stage, search="Հակոբյան")[0] == [2]
    # And it can be written to: the migrated database is a normal one.
    ws.pipeline.move_contacts([2], to_stage_id=prospect_stage)
    assert ws.pipeline.stage_of(2) == prospect_stage
    if version < schema.LATEST_VERSION:
        pre = [b for b in ws.backups.list() if b.reason == "pre-migration"]
        assert [b.schema_version for b in pre] == [version]
    ws.close()


@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_database_built_at_each_earlier_version_migrates(version, data_dir, clock):
    """Built here by the frozen steps (not the committed files), with a contact in it."""
    data_dir.mkdir()
    init_database(database_path(data_dir))
    schema.migrate(database, target=version)
    if version >= 1:
        database.execute_sql(
            "INSERT INTO stage (id, name, position, role) VALUES (1, 'L', 1, 'lead')"
        )
        database.execute_sql(
            "INSERT INTO contact (uid, given_name, family_name, display_name, organization, "
            "job_title, notes, stage_id, position, stage_entered_at, created_at, updated_at) "
            "VALUES ('u1', 'Old', 'Timer', 'Old Timer', '', '', '', 1, 1024, "
            "'2025-01-01 00:00:00', '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
        )
    close_database()
    ws = open_workspace(data_dir, clock=clock)
    assert schema.schema_version(database) == schema.LATEST_VERSION
    if version >= 1:
        assert ws.contacts.get(1).display_name == "Old Timer"
        assert ws.pipeline.column_page(1, search="timer")[0] == [1]
    else:
        assert ws.contacts.count() == 0 and ws.pipeline.stages()
    ws.close()
