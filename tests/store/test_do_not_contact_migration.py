"""Migration 9: the do-not-contact mark. Refusals recorded before it become marks; the
kept stage counts and their triggers are untouched by it and stay right afterwards."""

from __future__ import annotations

from datetime import UTC, datetime

from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import database_path
from prospectdesk.store import schema
from prospectdesk.store.db import close_database, database, init_database

T = "2025-01-01 00:00:00"


def _contact(cid: int, stage: int) -> None:
    database.execute_sql(
        "INSERT INTO contact (id, uid, given_name, family_name, display_name, organization, "
        "job_title, notes, stage_id, position, stage_entered_at, created_at, updated_at) "
        f"VALUES (?, ?, 'P', '{cid}', 'P {cid}', '', '', '', ?, ?, '{T}', '{T}', '{T}')",
        (cid, f"u{cid}", stage, cid * 1024.0),
    )


def _consent(cid: int, agreed: bool, at: str) -> None:
    database.execute_sql(
        "INSERT INTO list_consent (contact_id, agreed, recorded_at) VALUES (?, ?, ?)",
        (cid, int(agreed), at),
    )


def test_recorded_refusals_become_marks_and_counts_stay_right(data_dir, clock):
    data_dir.mkdir()
    init_database(database_path(data_dir))
    schema.migrate(database, target=8)
    database.execute_sql(
        "INSERT INTO stage (id, name, position, role) VALUES "
        "(1, 'Lead', 1, 'lead'), (2, 'Not now', 2, 'not_now')"
    )
    for cid in (1, 2, 3, 4):
        _contact(cid, 2)
    _consent(1, False, "2025-02-01 10:00:00")  # refused
    _consent(2, False, "2025-02-01 10:00:00")  # refused, then agreed after all
    _consent(2, True, "2025-03-01 10:00:00")
    _consent(3, True, "2025-02-01 10:00:00")  # agreed, then refused
    _consent(3, False, "2025-04-01 10:00:00")
    close_database()  # 4 was never asked

    ws = open_workspace(data_dir, clock=clock)
    assert schema.schema_version(database) == schema.LATEST_VERSION
    marks = {cid: ws.contacts.get(cid).do_not_contact_at for cid in (1, 2, 3, 4)}
    assert marks == {
        1: datetime(2025, 2, 1, 10, tzinfo=UTC),
        2: None,
        3: datetime(2025, 4, 1, 10, tzinfo=UTC),
        4: None,
    }
    recount = "SELECT stage_id, COUNT(*) FROM contact WHERE deleted_at IS NULL GROUP BY stage_id"
    assert (
        ws.pipeline.column_counts()
        == {1: 0, 2: 4}
        == {1: 0, **dict(database.execute_sql(recount).fetchall())}
    )
    # Marking and moving marked people keeps the kept counts equal to a recount.
    ws.sales.presentations.set_do_not_contact([2, 4], True)
    ws.pipeline.move_contacts([1, 2], to_stage_id=1)
    ws.contacts.delete([3])
    kept = dict(database.execute_sql("SELECT stage_id, live FROM stage_count").fetchall())
    assert kept == {1: 2, 2: 1} == dict(database.execute_sql(recount).fetchall())
    ws.close()


def test_a_new_database_has_the_column_and_its_index(workspace):
    columns = {c.name for c in database.get_columns("contact")}
    assert "do_not_contact_at" in columns
    indexes = {row[1] for row in database.execute_sql("PRAGMA index_list('contact')")}
    assert "contact_do_not_contact" in indexes
