"""The start-up health check that runs beside the opening window (``check_in_background``):
reads go on, writes wait for its verdict, and after a failed check nothing is written."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from prospectdesk.domain.backup import BackgroundCheck, DatabaseDamagedError, list_backups
from prospectdesk.domain.records import ContactRecord
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import database_path
from prospectdesk.store.db import database
from tests.reliability.helpers import add_people, damage_middle_pages, file_digest


@pytest.fixture
def saved_dir(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    add_people(ws, 20)
    ws.close()
    clock.advance(timedelta(days=1))  # the next start owes a daily backup
    return data_dir


class _HeldCheck:
    """A check that answers only when told to, with the answer it is told."""

    def __init__(self) -> None:
        self.answer = threading.Event()
        self.problems: list[str] = []

    def __call__(self, path) -> list[str]:
        self.answer.wait(10)
        return self.problems


def _write_in_thread(action) -> tuple[threading.Event, list]:
    finished = threading.Event()
    outcome: list = []

    def run() -> None:
        try:
            outcome.append(action())
        except Exception as error:  # noqa: BLE001 - the test inspects it
            outcome.append(error)
        finally:
            database.close()  # this thread's own connection
            finished.set()

    threading.Thread(target=run, daemon=True).start()
    return finished, outcome


def test_reads_go_on_and_a_write_waits_for_a_passed_check(saved_dir, clock):
    ws = open_workspace(saved_dir, clock=clock)
    held = _HeldCheck()
    ws.startup_check = BackgroundCheck(database_path(saved_dir), database.write_gate, check=held)
    assert ws.contacts.count() == 20  # reads do not wait

    finished, outcome = _write_in_thread(
        lambda: ws.contacts.create(ContactRecord(given_name="Nieuw"))
    )
    assert not finished.wait(0.3)  # held: the verdict is not in
    held.answer.set()
    assert finished.wait(10)
    assert not isinstance(outcome[0], Exception)
    ws.finish_opening()
    assert ws.contacts.count() == 21
    ws.close()


def test_after_a_failed_check_every_write_is_refused_and_the_file_is_unchanged(saved_dir, clock):
    db_file = database_path(saved_dir)
    ws = open_workspace(saved_dir, clock=clock)
    ws.close()
    before = file_digest(db_file)
    backups_before = [b.path.name for b in list_backups(saved_dir, clock)]

    ws = open_workspace(saved_dir, clock=clock, check_in_background=True)
    ws.startup_check.wait()  # the real check: this file is healthy
    held = _HeldCheck()
    held.problems = ["*** in database main ***", "Page 7: btreeInitPage() returns error code 11"]
    ws.startup_check = BackgroundCheck(db_file, database.write_gate, check=held)
    finished, outcome = _write_in_thread(
        lambda: ws.contacts.create(ContactRecord(given_name="Nieuw"))
    )
    held.answer.set()
    assert finished.wait(10)
    assert isinstance(outcome[0], DatabaseDamagedError)
    with pytest.raises(DatabaseDamagedError):
        ws.contacts.create(ContactRecord(given_name="Ook niet"))
    with pytest.raises(DatabaseDamagedError) as raised:
        ws.finish_opening()
    assert "btreeInitPage" in str(raised.value)
    ws.close()
    assert file_digest(db_file) == before
    # No daily backup was made of it either.
    assert [b.path.name for b in list_backups(saved_dir, clock)] == backups_before


def test_a_healthy_file_opens_without_waiting_and_gets_its_daily_backup(saved_dir, clock):
    ws = open_workspace(saved_dir, clock=clock, check_in_background=True)
    assert ws.startup_check is not None
    before = [b.reason for b in list_backups(saved_dir, clock)]
    ws.finish_opening()  # waits for the check, then backs up
    assert ws.startup_check is None
    after = [b.reason for b in list_backups(saved_dir, clock)]
    assert after.count("daily") == before.count("daily") + 1
    ws.contacts.create(ContactRecord(given_name="Nieuw"))
    assert ws.contacts.count() == 21
    ws.close()


def test_a_damaged_file_is_refused_whether_a_read_or_the_check_finds_it(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    add_people(ws, 150)
    ws.close()
    db_file = database_path(data_dir)
    damage_middle_pages(db_file)
    before = file_digest(db_file)
    try:
        ws = open_workspace(data_dir, clock=clock, check_in_background=True)
    except DatabaseDamagedError:
        pass  # a read during opening hit the damage; the check confirmed it
    else:
        with pytest.raises(DatabaseDamagedError):
            ws.contacts.create(ContactRecord(given_name="Nieuw"))
        with pytest.raises(DatabaseDamagedError):
            ws.finish_opening()
        ws.close()
    assert file_digest(db_file) == before


def test_a_due_migration_is_checked_first(data_dir, clock, monkeypatch):
    """A migration writes: with one due the check runs before it, not in the background."""
    from prospectdesk.store import schema

    ws = open_workspace(data_dir, clock=clock)
    ws.close()
    monkeypatch.setattr(schema, "pending_migrations", lambda db: 1)
    monkeypatch.setattr("prospectdesk.domain.workspace.pending_migrations", lambda db: 1)
    ws = open_workspace(data_dir, clock=clock, check_in_background=True)
    assert ws.startup_check is None
    ws.close()
