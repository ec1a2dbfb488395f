"""create_many writes what creating the same records one by one writes, over several
batches of 500 and into an empty workspace, whose indexes it makes at the end (issue 21),
and a failure or a cancel on the way leaves nothing written."""

from __future__ import annotations

import pytest

from prospectdesk.domain import contacts
from prospectdesk.domain.records import (
    AddressEntry,
    Birthday,
    ContactRecord,
    EmailEntry,
    PhoneEntry,
)
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.store.db import database

# Every table create and create_many write, with the columns that do not depend on when
# or in which order they were written (uids are random unless given).
_TABLES = {
    "contact": "id, given_name, family_name, display_name_override, display_name,"
    " organization, job_title, birthday_year, birthday_month, birthday_day, source_id,"
    " notes, expected_value_cents, stage_id, position, revision, deleted_at",
    "contact_email": "contact_id, value, label, position",
    "contact_phone": "contact_id, value, normalized, label, position",
    "contact_address": "contact_id, label, street, city, region, postal_code, country, position",
    "contact_tag": "contact_id, tag_id",
    "tag": "id, name",
    "lead_source": "id, name, position",
    "stage_change": "contact_id, from_stage_id, to_stage_id",
    "stage_count": "stage_id, live",
}


def _records(count: int) -> list[ContactRecord]:
    records = []
    for i in range(count):
        records.append(
            ContactRecord(
                given_name=f" Zoë {i} " if i % 3 else "",
                family_name=["IJsselmuiden", "'t Hart", "Պետրոսյան", ""][i % 4],
                organization="Bakkerij" if i % 4 == 3 or i % 7 == 0 else "",
                job_title="eigenaar" if i % 5 == 0 else "",
                notes=f"regel {i}\nnog een" if i % 6 == 0 else "",
                birthday=Birthday(2, 29, 1988 if i % 2 else None) if i % 9 == 0 else None,
                emails=[EmailEntry(f"p{i}@example.nl", "work"), EmailEntry("  ")] if i % 2 else [],
                phones=[PhoneEntry(f"+31 6 {10000000 + i}", "mobile")] if i % 3 == 0 else [],
                addresses=[AddressEntry(street=f"Dorpsstraat {i}", city="Ede")]
                if i % 10 == 0
                else [],
                tags=[f"lijst {i % 4}", " vip ", "vip"] if i % 4 else [],
                source=["", "Beurs", "Website"][i % 3],
                uid=f"urn:uuid:given-{i}" if i % 8 == 0 else "",
                expected_value_cents=i * 100 if i % 11 == 0 else None,
            )
        )
    return records


def _rows() -> dict[str, list[tuple]]:
    return {
        table: database.execute_sql(f"SELECT {columns} FROM {table} ORDER BY rowid").fetchall()
        for table, columns in _TABLES.items()
    } | {
        "search": database.execute_sql(
            "SELECT rowid, body FROM contact_search ORDER BY rowid"
        ).fetchall(),
        "given uids": database.execute_sql(
            "SELECT id, uid FROM contact WHERE uid LIKE 'urn:uuid:given-%' ORDER BY id"
        ).fetchall(),
    }


def test_many_batches_write_what_one_by_one_writes(clock):
    records = _records(1_234)  # three batches
    bulk = open_workspace(None, clock=clock)
    try:
        ids = bulk.contacts.create_many(records, default_source="")
        written = _rows()
    finally:
        bulk.close()
    single = open_workspace(None, clock=clock)
    try:
        one_by_one = [single.contacts.create(record)[0] for record in records]
        expected = _rows()
    finally:
        single.close()
    assert ids == one_by_one
    assert len(written["contact"]) == 1_234
    assert written == expected


def test_a_failure_half_way_writes_nothing(workspace, monkeypatch):
    workspace.contacts.create(ContactRecord(given_name="Already"))
    before = _rows()
    real = contacts.normalize_phone

    def failing(value, region):
        if value.endswith(" 10000702"):  # in the second batch, the first one written already
            raise RuntimeError("broken record")
        return real(value, region)

    monkeypatch.setattr(contacts, "normalize_phone", failing)
    with pytest.raises(RuntimeError, match="broken record"):
        workspace.contacts.create_many(_records(1_500))
    assert _rows() == before


def test_a_cancel_between_batches_writes_nothing(workspace):
    before = _rows()
    calls = []

    def cancel_at_the_third():
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        workspace.contacts.create_many(_records(2_000), before_chunk=cancel_at_the_third)
    assert _rows() == before
