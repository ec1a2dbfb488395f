"""Commands that read never write, work beside the running app, and every expected
condition ends in one line on stderr (``--debug`` shows the traceback)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from prospectdesk.cli import main
from prospectdesk.clock import FakeClock
from prospectdesk.domain.instance_lock import AlreadyOpenError
from prospectdesk.domain.records import ContactRecord
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import database_path
from prospectdesk.store import schema
from prospectdesk.store.db import close_database, database, init_database
from tests.reliability.helpers import file_digest

NOW = datetime(2026, 11, 23, 10, 0).astimezone()
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def saved_dir(data_dir):
    ws = open_workspace(data_dir, clock=FakeClock(NOW))
    ws.contacts.create(ContactRecord(given_name="Anna", family_name="Janssen"))
    ws.contacts.create(ContactRecord(given_name="Արեւ", family_name="Սարգսյան"))
    ws.close()
    return data_dir


def _folder_state(folder):
    return {p.name: file_digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


def test_today_a_year_ahead_ten_times_leaves_the_backups_alone(saved_dir, capsys):
    backups = saved_dir / "backups"
    before = _folder_state(backups)
    db_before = file_digest(database_path(saved_dir))
    for days in range(360, 370):
        at = (NOW + timedelta(days=days)).strftime("%Y-%m-%dT%H:%M")
        assert main(["--data-dir", str(saved_dir), "today", "--at", at]) == 0
    assert _folder_state(backups) == before
    assert file_digest(database_path(saved_dir)) == db_before
    capsys.readouterr()


def _cli(*args: str) -> subprocess.CompletedProcess:
    """The command in a process of its own, as beside a running app (one process holds
    one database)."""
    return subprocess.run(
        [sys.executable, "-m", "prospectdesk", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_read_commands_work_while_the_app_has_the_data_open(saved_dir, tmp_path):
    app = open_workspace(saved_dir, clock=FakeClock(NOW))  # the app, sitting in the tray
    try:
        app.contacts.create(ContactRecord(given_name="Nieuw"))  # in the WAL, not yet merged
        today = _cli("--data-dir", str(saved_dir), "today")
        assert today.returncode == 0 and today.stderr == "", today.stderr
        assert "Today," in today.stdout
        target = tmp_path / "all.csv"
        exported = _cli(
            "--data-dir", str(saved_dir), "export", "--format", "csv", "-o", str(target)
        )
        assert exported.returncode == 0, exported.stderr
        assert "Exported 3 contacts" in exported.stdout
        assert "Nieuw" in target.read_text(encoding="utf-8")
        listed = _cli("--data-dir", str(saved_dir), "backup", "list")
        assert listed.returncode == 0 and "daily" in listed.stdout, listed.stderr
        # The app goes on writing after the commands read beside it.
        app.contacts.create(ContactRecord(given_name="Daarna"))
        assert app.contacts.count() == 4
    finally:
        app.close()


@pytest.mark.parametrize(
    "command", [["import", "x.vcf"], ["backup", "now"], ["backup", "restore", "--newest"]]
)
def test_a_writing_command_beside_the_app_says_what_to_do_in_one_line(saved_dir, capsys, command):
    app = open_workspace(saved_dir, clock=FakeClock(NOW))
    try:
        assert main(["--data-dir", str(saved_dir), *command]) == 1
    finally:
        app.close()
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"prospectdesk: ProspectDesk is running with the data folder {saved_dir}; close it "
        "(File ▸ Quit, or Quit in its tray icon's menu) and run the command again"
    ]


def test_debug_shows_the_traceback(saved_dir):
    app = open_workspace(saved_dir, clock=FakeClock(NOW))
    try:
        with pytest.raises(AlreadyOpenError):
            main(["--debug", "--data-dir", str(saved_dir), "backup", "now"])
    finally:
        app.close()


def test_a_read_only_open_takes_no_lock_and_cannot_write(saved_dir):
    reader = open_workspace(saved_dir, read_only=True)
    try:
        assert reader.read_only and reader.backups is None and reader.instance_lock is None
        assert reader.contacts.count() == 2
        with pytest.raises(Exception, match="readonly|read-only|query_only"):
            reader.contacts.create(ContactRecord(given_name="Nope"))
    finally:
        reader.close()
    ws = open_workspace(saved_dir)  # the lock was never taken
    assert ws.contacts.count() == 2
    ws.close()


def test_reading_an_old_schema_says_to_start_the_app_and_changes_nothing(data_dir, capsys):
    data_dir.mkdir()
    db_file = database_path(data_dir)
    init_database(db_file)
    schema.migrate(database, target=schema.LATEST_VERSION - 1)
    close_database()
    before = file_digest(db_file)
    assert main(["--data-dir", str(data_dir), "today"]) == 1
    err = capsys.readouterr().err
    assert "start ProspectDesk once to update it" in err and len(err.splitlines()) == 1
    assert file_digest(db_file) == before
    with sqlite3.connect(db_file) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST_VERSION - 1
    assert not (data_dir / "backups").exists()


def test_export_of_a_folder_without_data_creates_nothing(tmp_path, capsys):
    empty = tmp_path / "nothing"
    assert main(["--data-dir", str(empty), "export", "--format", "json"]) == 2
    assert "no ProspectDesk data" in capsys.readouterr().err
    assert not empty.exists()


def test_an_unexpected_error_is_one_line_and_the_log_has_the_traceback(
    saved_dir, capsys, monkeypatch, tmp_path
):
    from prospectdesk import logs
    from prospectdesk.commands import export_contacts as command

    message = "a bug in the exporter"  # a runtime value, as contact data would be

    def broken(*args, **kwargs):
        raise ZeroDivisionError(message)

    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "logs"))
    monkeypatch.setattr(command, "export_contacts", broken)
    try:
        status = main(["--data-dir", str(saved_dir), "export", "--format", "csv"])
    finally:
        logs.stop_logging()
    assert status == 70
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1
    assert "ZeroDivisionError: a bug in the exporter" in lines[0]
    assert str(tmp_path / "logs" / logs.LOG_FILE) in lines[0] and "--debug" in lines[0]
    logged = (tmp_path / "logs" / logs.LOG_FILE).read_text(encoding="utf-8")
    assert "Traceback" in logged and "ZeroDivisionError" in logged and "in broken" in logged
    assert "a bug in the exporter" not in logged  # messages may quote data: debug level only
    with pytest.raises(ZeroDivisionError):
        main(["--debug", "--data-dir", str(saved_dir), "export", "--format", "csv"])
