"""Migration 10: sync state. The tables are what the models declare, and every write to a
contact or to a child row its card carries bumps the contact's revision (triggers), while
writes to nothing the card holds elsewhere (another contact) leave it alone."""

from __future__ import annotations

import shutil
from pathlib import Path

from peewee import SqliteDatabase

from prospectdesk.domain.records import ContactRecord, EmailEntry, PhoneEntry
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import database_path
from prospectdesk.store import schema
from prospectdesk.store.db import database
from prospectdesk.store.models import (
    ALL_MODELS,
    Contact,
    ContactPhone,
    SyncAccount,
    SyncConflict,
    SyncEvent,
    SyncItem,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def _objects(db: SqliteDatabase, table: str) -> set[tuple[str, str]]:
    rows = db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE tbl_name = ? AND type = 'table'", (table,)
    )
    return {(name, " ".join(sql.split())) for name, sql in rows}


def test_sync_tables_match_the_models():
    migrated = SqliteDatabase(":memory:")
    schema.migrate(migrated)
    declared = SqliteDatabase(":memory:")
    with declared.bind_ctx(ALL_MODELS):
        declared.create_tables(ALL_MODELS)
    for model in (SyncAccount, SyncItem, SyncConflict, SyncEvent):
        table = model._meta.table_name
        assert _objects(migrated, table) == _objects(declared, table), table
    migrated_columns = {c.name for c in migrated.get_columns("contact")}
    assert "revision" in migrated_columns


def _revision(contact_id: int) -> int:
    return Contact.get_by_id(contact_id).revision


def test_every_write_to_a_contact_or_its_rows_bumps_its_revision(workspace):
    book = workspace.contacts
    a, _ = book.create(ContactRecord(given_name="Anna", emails=[EmailEntry("a@example.nl")]))
    b, _ = book.create(ContactRecord(given_name="Bert"))
    seen = {a: _revision(a), b: _revision(b)}

    def bumped(contact_id: int) -> bool:
        now = _revision(contact_id)
        grew = now > seen[contact_id]
        seen[contact_id] = now
        return grew

    book.update(a, ContactRecord(given_name="Anna", phones=[PhoneEntry("+31612345678")]))
    assert bumped(a) and not bumped(b)
    ContactPhone.update(label="work").where(ContactPhone.contact == a).execute()
    assert bumped(a) and not bumped(b)
    book.add_tag([b], "warm")
    assert bumped(b) and not bumped(a)
    workspace.pipeline.move_contacts(
        [a], to_stage_id=workspace.pipeline.stage_by_role("prospect").id
    )
    assert bumped(a)
    book.delete([a])
    assert bumped(a)
    book.restore([a])
    assert bumped(a)
    ContactPhone.delete().where(ContactPhone.contact == a).execute()
    assert bumped(a) and not bumped(b)
    ids = book.create_many([ContactRecord(given_name="C", emails=[EmailEntry("c@x.nl")])])
    before = _revision(ids[0])
    book.update_many({ids[0]: ContactRecord(given_name="C2")})
    assert _revision(ids[0]) > before


def test_version_9_database_gains_revisions_and_keeps_counting(data_dir, clock):
    data_dir.mkdir()
    shutil.copyfile(FIXTURES / "v9.sqlite3", database_path(data_dir))
    ws = open_workspace(data_dir, clock=clock)
    assert schema.schema_version(database) == schema.LATEST_VERSION
    assert _revision(1) == 0
    assert SyncAccount.select().count() == 0
    ws.contacts.update(1, ws.contacts.get(1))
    assert _revision(1) > 0
    ws.close()


def test_version_10_fixture_keeps_its_sync_state(data_dir, clock):
    data_dir.mkdir()
    shutil.copyfile(FIXTURES / "v10.sqlite3", database_path(data_dir))
    ws = open_workspace(data_dir, clock=clock)
    item = SyncItem.get()
    assert (item.contact_id, item.uid, item.etag) == (1, "urn:uuid:fixture-1", '"e1"')
    assert "IMPP:xmpp:jan@example.nl" in item.card
    assert SyncConflict.get().field == "job_title"
    ws.close()


def test_every_follow_up_gets_a_uid_that_stays(data_dir, clock, workspace):
    from datetime import timedelta

    from prospectdesk.store.models import FollowUp

    contact_id, _ = workspace.contacts.create(ContactRecord(given_name="Anna"))
    workspace.activity.add_followup(
        contact_id, due_at=clock.now() + timedelta(days=1), what="Bellen"
    )
    row = FollowUp.get()
    assert row.uid and len(row.uid) == 32
    FollowUp.update(due_at=row.due_at + timedelta(days=2)).execute()
    assert FollowUp.get().uid == row.uid


def test_follow_ups_stored_before_version_10_get_uids(data_dir, clock):
    from prospectdesk.store.models import FollowUp

    data_dir.mkdir()
    shutil.copyfile(FIXTURES / "v9.sqlite3", database_path(data_dir))
    ws = open_workspace(data_dir, clock=clock)
    uids = [f.uid for f in FollowUp.select()]
    assert uids and all(uids) and len(set(uids)) == len(uids)
    ws.close()
