"""The kept column counts (migration 8's triggers) agree with a recount after every kind
of write: create, bulk import, move, delete, restore, undo, purge, stage removal."""

from __future__ import annotations

from datetime import timedelta

from prospectdesk.domain.records import ContactRecord
from prospectdesk.store.db import database
from prospectdesk.store.models import StageCount


def _kept() -> dict[int, int]:
    return {
        stage_id: live
        for stage_id, live in database.execute_sql("SELECT stage_id, live FROM stage_count")
        if live
    }


def _recount() -> dict[int, int]:
    sql = "SELECT stage_id, COUNT(*) FROM contact WHERE deleted_at IS NULL GROUP BY stage_id"
    return dict(database.execute_sql(sql).fetchall())


def test_counts_follow_every_write(workspace, clock):
    pipeline, contacts = workspace.pipeline, workspace.contacts
    lead = pipeline.stage_by_role("lead").id
    prospect = pipeline.stage_by_role("prospect").id
    a, _ = contacts.create(ContactRecord(given_name="Anna"))
    ids = contacts.create_many([ContactRecord(given_name=f"Lijst {i}") for i in range(30)])
    assert _kept() == _recount() == {lead: 31}

    pipeline.move_contacts([a, *ids[:5]], to_stage_id=prospect)
    assert _kept() == _recount() == {lead: 25, prospect: 6}
    workspace.undo.undo()
    assert _kept() == _recount() == {lead: 31}

    contacts.delete(ids[:10])
    assert _kept() == _recount() == {lead: 21}
    contacts.restore(ids[:4])
    assert _kept() == _recount() == {lead: 25}

    # Hard deletes (the tombstone purge) of live and of deleted rows.
    database.execute_sql("DELETE FROM contact WHERE id IN (?, ?)", (ids[20], ids[5]))
    assert _kept() == _recount()

    # A stage the owner adds, fills and removes (its people move on) takes its count along.
    extra, _ = pipeline.add_stage("Beurs 2026")
    pipeline.move_contacts(ids[25:], to_stage_id=extra)
    clock.advance(timedelta(minutes=1))
    assert _kept() == _recount() and _kept()[extra] == len(ids[25:])
    pipeline.remove_stage(extra, move_people_to=prospect)
    assert _kept() == _recount() and extra not in _kept()
    assert not StageCount.select().where(StageCount.stage == extra).exists()
    assert pipeline.column_counts() == {s.id: _recount().get(s.id, 0) for s in pipeline.stages()}


def test_the_migration_counts_what_is_already_there(data_dir, clock):
    from prospectdesk.domain.workspace import open_workspace
    from prospectdesk.store import schema

    ws = open_workspace(data_dir, clock=clock)
    ws.contacts.create_many([ContactRecord(given_name=f"P{i}") for i in range(12)])
    ws.close()
    # Back to version 7 without the table and its triggers (nor what version 9 added), then
    # open: migrations 8 and 9 run.
    import sqlite3

    from prospectdesk.paths import database_path

    with sqlite3.connect(database_path(data_dir)) as conn:
        for trigger in ("stage_count_insert", "stage_count_delete", "stage_count_update"):
            conn.execute(f'DROP TRIGGER "{trigger}"')
        conn.execute('DROP TABLE "stage_count"')
        conn.execute('DROP INDEX "contact_do_not_contact"')
        conn.execute('DROP INDEX "contact_quiet"')  # version 13
        # What version 15 added (the undo journal).
        conn.execute('DROP TABLE "undo_log"')
        conn.execute('DROP TABLE "undo_step"')
        # What version 11 added (duplicates).
        conn.execute('DROP TABLE "not_duplicate"')
        conn.execute('ALTER TABLE "contact" DROP COLUMN "merged_into"')
        # What version 10 added (sync state; its triggers name the revision column).
        for (trigger,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%revision%'"
        ).fetchall():
            conn.execute(f'DROP TRIGGER "{trigger}"')
        for table in ("sync_event", "sync_conflict", "sync_item", "sync_account"):
            conn.execute(f'DROP TABLE "{table}"')
        conn.execute('ALTER TABLE "contact" DROP COLUMN "revision"')
        conn.execute('DROP TRIGGER "follow_up_uid_default"')
        conn.execute('DROP INDEX "follow_up_uid"')
        conn.execute('ALTER TABLE "follow_up" DROP COLUMN "uid"')
        conn.execute('ALTER TABLE "contact" DROP COLUMN "do_not_contact_at"')
        conn.execute('ALTER TABLE "interaction" DROP COLUMN "call_outcome"')  # version 11
        for column in ("created_count", "merged_count", "skipped_count", "applied_at"):
            conn.execute(f'ALTER TABLE "import_batch" DROP COLUMN "{column}"')  # version 14
        conn.execute('ALTER TABLE "stage_change" DROP COLUMN "note"')  # the gate's reasons
        conn.execute('ALTER TABLE "presentation" DROP COLUMN "no_reason"')  # version 17
        conn.execute("PRAGMA user_version = 7")
    assert schema.LATEST_VERSION >= 9
    ws = open_workspace(data_dir, clock=clock)
    assert _kept() == _recount() == {ws.pipeline.stage_by_role("lead").id: 12}
    ws.close()


def test_the_table_matches_its_model(workspace):
    stored = dict(
        database.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE name = 'stage_count'"
        ).fetchall()
    )
    create, _ = StageCount._schema._create_table(safe=False).query()
    assert stored["stage_count"] == create
