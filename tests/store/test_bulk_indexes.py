"""store/bulk.py: indexes dropped for a bulk insert into (nearly) empty tables are made
again from their stored SQL when the block ends, also when it raises; never outside a
transaction; the ones asked to be kept stay (issue 21)."""

from __future__ import annotations

import pytest

from prospectdesk.domain.records import ContactRecord, EmailEntry
from prospectdesk.store.bulk import CONTACT_INSERT_TABLES, indexes_rebuilt
from prospectdesk.store.db import database


def _indexes() -> list[tuple[str, str]]:
    return sorted(
        database.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        )
    )


def _names() -> set[str]:
    return {name for name, _ in _indexes()}


def test_the_indexes_are_dropped_in_the_block_and_made_again(workspace):
    before = _indexes()
    dropped = {
        name
        for (name,) in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            " AND tbl_name IN ('contact', 'contact_tag')"
        )
    } - {"contact_tag_contact_id_tag_id"}
    assert "contact_uid" in dropped and "contact_board" in dropped
    with database.atomic():
        with indexes_rebuilt(
            database, ("contact", "contact_tag"), keep=("contact_tag_contact_id_tag_id",)
        ):
            assert _names().isdisjoint(dropped)
            assert "contact_tag_contact_id_tag_id" in _names()
            assert "contact_email_contact_id" in _names()  # another table's
        assert _indexes() == before
    assert _indexes() == before


def test_the_indexes_come_back_when_the_block_raises(workspace):
    before = _indexes()
    with pytest.raises(ValueError), database.atomic():
        with indexes_rebuilt(database, CONTACT_INSERT_TABLES):
            raise ValueError("cancelled")
    assert _indexes() == before


def test_indexes_are_not_dropped_outside_a_transaction(workspace):
    before = _indexes()
    with pytest.raises(RuntimeError), indexes_rebuilt(database, CONTACT_INSERT_TABLES):
        pass
    assert _indexes() == before


def test_a_bulk_create_into_an_empty_workspace_leaves_every_index_working(workspace):
    before = _indexes()
    ids = workspace.contacts.create_many(
        [
            ContactRecord(given_name=f"P{i}", emails=[EmailEntry(f"p{i}@x.nl")], tags=["a"])
            for i in range(40)
        ]
    )
    assert _indexes() == before
    for (check,) in database.execute_sql("PRAGMA integrity_check"):
        assert check == "ok"
    found = database.execute_sql(
        "SELECT contact_id FROM contact_email INDEXED BY contact_email_value"
        " WHERE value = 'p7@x.nl' COLLATE NOCASE"
    ).fetchall()
    assert found == [(ids[7],)]


def test_only_the_tables_holding_fewer_rows_than_are_coming_are_rebuilt(workspace, monkeypatch):
    """A big table's indexes stay: making them again would cost more than the inserts."""
    from prospectdesk.domain import contacts

    rebuilt: list[list[str]] = []
    real = contacts.indexes_rebuilt

    def spying(db, tables, **kwargs):
        rebuilt.append(list(tables))
        return real(db, tables, **kwargs)

    monkeypatch.setattr(contacts, "indexes_rebuilt", spying)
    workspace.contacts.create_many([ContactRecord(given_name=f"P{i}") for i in range(30)])
    assert rebuilt == [list(CONTACT_INSERT_TABLES)]  # a new workspace: every table
    workspace.contacts.create_many([ContactRecord(given_name=f"Q{i}") for i in range(10)])
    # 40 contacts stored, 10 coming: only the empty tables (nothing to make again there).
    assert "contact" not in rebuilt[1] and "stage_change" not in rebuilt[1]
    assert "contact_email" in rebuilt[1]
    with database.atomic():
        database.connection().executemany(
            "INSERT INTO stage_change (contact_id, from_stage_id, to_stage_id, changed_at)"
            " VALUES (1, NULL, 1, '2026-01-01')",
            [()] * 500,
        )
    workspace.contacts.create_many(
        [ContactRecord(given_name=f"R{i}", emails=[EmailEntry(f"r{i}@x.nl")]) for i in range(100)]
    )
    assert "contact" in rebuilt[2] and "contact_email" in rebuilt[2]
    assert "stage_change" not in rebuilt[2]  # 540 rows: its indexes stay
