"""store/bulk.py: triggers paused for a bulk write are back when the block ends, also
when it raises, and are never paused outside a transaction."""

from __future__ import annotations

import pytest

from prospectdesk.store.bulk import CONTACT_INSERT_TRIGGERS, triggers_paused
from prospectdesk.store.db import database


def _triggers() -> list[tuple[str, str]]:
    return sorted(
        database.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    )


def _add_contact(contact_id: int) -> None:
    database.execute_sql(
        "INSERT INTO contact (id, uid, given_name, family_name, display_name, organization,"
        " job_title, notes, stage_id, position, stage_entered_at, created_at, updated_at)"
        " VALUES (?, ?, 'A', '', 'A', '', '', '', 1, ?, '2026-01-01', '2026-01-01',"
        " '2026-01-01')",
        [contact_id, f"u{contact_id}", float(contact_id)],
    )


def _live_in_first_stage() -> int:
    row = database.execute_sql("SELECT live FROM stage_count WHERE stage_id = 1").fetchone()
    return row[0] if row else 0


def test_paused_triggers_do_not_fire_and_come_back(workspace):
    before = _triggers()
    with database.atomic(), triggers_paused(database, CONTACT_INSERT_TRIGGERS):
        assert {name for name, _ in _triggers()}.isdisjoint(CONTACT_INSERT_TRIGGERS)
        _add_contact(1)
        assert _live_in_first_stage() == 0  # the stage count is the writer's job now
    assert _triggers() == before
    _add_contact(2)
    assert _live_in_first_stage() == 1  # counting again


def test_triggers_come_back_when_the_block_raises(workspace):
    before = _triggers()
    with pytest.raises(ValueError), database.atomic():
        with triggers_paused(database, CONTACT_INSERT_TRIGGERS):
            raise ValueError("cancelled")
    assert _triggers() == before


def test_triggers_are_not_paused_outside_a_transaction(workspace):
    with pytest.raises(RuntimeError), triggers_paused(database, CONTACT_INSERT_TRIGGERS):
        pass
    assert {name for name, _ in _triggers()} >= set(CONTACT_INSERT_TRIGGERS)


def test_a_rollback_by_sqlite_inside_the_block_leaves_its_own_error(workspace, monkeypatch):
    """SQLite rolls a transaction back by itself on some errors (a full disk): the
    triggers are back then, and putting them back again must not hide that error. (A
    bare BEGIN: peewee's own transaction would then fail its ROLLBACK, another matter.)"""
    before = _triggers()

    class DiskFull(Exception):
        pass

    connection = database.connection()
    monkeypatch.setattr(database, "in_transaction", lambda: connection.in_transaction)
    connection.execute("BEGIN")
    with pytest.raises(DiskFull):
        with triggers_paused(database, CONTACT_INSERT_TRIGGERS):
            connection.execute("ROLLBACK")  # what SQLite does on SQLITE_FULL
            raise DiskFull
    assert _triggers() == before
