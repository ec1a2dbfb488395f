"""At start, a disk or version problem is told in plain words (never "damaged"), and a
database gone missing beside its backups is offered the newest good backup."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import database_path
from prospectdesk.store import errors
from prospectdesk.store.schema import LATEST_VERSION
from prospectdesk.ui import session
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


def test_a_full_disk_opens_read_only_and_says_how_much_to_free(
    qtbot, saved_dir, clock, monkeypatch, tmp_path
):
    monkeypatch.setattr(errors, "free_space", lambda folder: 0)
    told: list[object] = []  # a message box instead (the old way) would wait for a click
    monkeypatch.setattr(
        session, "show_storage_problem", lambda parent, problem: told.append(problem)
    )
    db_file = database_path(saved_dir)
    before = file_digest(db_file)
    backups_before = sorted(p.name for p in (saved_dir / "backups").iterdir())
    app = open_app(saved_dir, clock=clock)
    assert app is not None, told
    try:
        banner = app.window.findChild(QLabel, "read-only-banner")
        assert banner is not None
        assert banner.text().startswith("Read-only: the disk that holds your contacts is full")
        assert f"Free at least {QLocale().formattedDataSize(errors.LOW_SPACE)}" in banner.text()
        assert "File ▸ Export works" in banner.text()
        assert app.workspace.read_only and app.workspace.contacts.count() == 12
        assert not app.window.import_export.import_action.isEnabled()
        assert not app.window.new_contact_action.isEnabled()
        assert app.window.import_export.export_action.isEnabled()
        # A change is refused in one message, and never starts.
        with qtbot.waitSignal(app.controller.operation_failed) as refused:
            assert app.controller.run(lambda: pytest.fail("a change ran")) is None
        assert "open read-only" in refused.args[0]
        # File ▸ Export still writes to a folder the owner picks.
        target = tmp_path / "elsewhere" / "all.csv"
        target.parent.mkdir()
        app.window.import_export.export(target, "csv")
        app.executor.wait_for_done()
        qtbot.waitUntil(lambda: "Exported 12 contacts" in app.window.statusBar().currentMessage())
        assert target.read_text(encoding="utf-8").count("@example.org") == 12
    finally:
        app.close()
    assert file_digest(db_file) == before  # no migration, no currency, no backup
    assert sorted(p.name for p in (saved_dir / "backups").iterdir()) == backups_before


def test_an_older_database_that_cannot_be_written_is_explained(
    qtbot, saved_dir, clock, monkeypatch
):
    db_file = database_path(saved_dir)
    with sqlite3.connect(db_file) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION - 1}")
    conn.close()
    before = file_digest(db_file)
    monkeypatch.setattr(errors, "free_space", lambda folder: 0)
    seen: list[str] = []
    _answer_next_message_box("OK", seen)
    assert open_app(saved_dir, clock=clock) is None
    assert "older ProspectDesk" in seen[0] and "fix its permissions" in seen[0]
    assert file_digest(db_file) == before


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


def test_a_first_start_on_a_full_disk_says_the_disk_is_full(qtbot, data_dir, clock, monkeypatch):
    """Nothing to open read-only: the full disk is what the owner must hear about."""
    monkeypatch.setattr(errors, "free_space", lambda folder: 0)
    seen: list[str] = []
    _answer_next_message_box("OK", seen)
    assert open_app(data_dir, clock=clock) is None
    assert "The disk that holds your contacts is full" in seen[0]
