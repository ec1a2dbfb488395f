"""At start, a disk or version problem is told in plain words (never "damaged"), and a
database gone missing beside its backups is offered the newest good backup."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import database_path
from prospectdesk.store import errors
from prospectdesk.ui.session import open_app
from tests.reliability.helpers import add_people, file_digest
from tests.ui.test_data_safety_ui import _answer_next_message_box


@pytest.fixture
def saved_dir(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    add_people(ws, 12)
    clock.advance(timedelta(minutes=5))
    ws.backups.backup_now("manual")
    ws.close()
    return data_dir


def test_a_database_from_a_newer_version_is_explained_and_left_alone(qtbot, saved_dir, clock):
    db_file = database_path(saved_dir)
    with sqlite3.connect(db_file) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = file_digest(db_file)
    seen: list[str] = []
    _answer_next_message_box("OK", seen)
    assert open_app(saved_dir, clock=clock) is None
    assert "newer ProspectDesk (data version 99)" in seen[0] and "damaged" not in seen[0]
    assert file_digest(db_file) == before


def test_a_full_disk_is_explained_not_called_damage(qtbot, saved_dir, clock, monkeypatch):
    monkeypatch.setattr(errors, "free_space", lambda folder: 0)
    seen: list[str] = []
    _answer_next_message_box("OK", seen)
    assert open_app(saved_dir, clock=clock) is None
    assert "The disk that holds your contacts is full" in seen[0]


def test_an_empty_database_beside_backups_offers_the_newest_backup(qtbot, saved_dir, clock):
    database_path(saved_dir).write_bytes(b"")
    seen: list[str] = []
    _answer_next_message_box("Restore the backup", seen)
    app = open_app(saved_dir, clock=clock)
    assert app is not None
    try:
        assert "12 contacts" in seen[0]
        assert app.workspace.contacts.count() == 12
    finally:
        app.close()
