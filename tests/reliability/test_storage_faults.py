"""A full disk, a read-only disk, a denied folder, a newer database, a file for a folder:
told apart from damage, said in one line, and nothing lost on their account."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from datetime import UTC, timedelta

import peewee
import pytest

from prospectdesk.cli import main
from prospectdesk.domain import backup as backup_module
from prospectdesk.domain import workspace as workspace_module
from prospectdesk.domain.backup import DatabaseDamagedError
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import database_path
from prospectdesk.store import errors
from prospectdesk.store.errors import (
    NoSpaceError,
    NotAFolderError,
    PermissionDeniedError,
    ReadOnlyError,
    explain,
)
from prospectdesk.store.schema import LATEST_VERSION, SchemaTooNewError
from tests.reliability.helpers import add_people, file_digest


def _disk_full() -> sqlite3.OperationalError:
    return sqlite3.OperationalError("database or disk is full")


# -- telling the errors apart ----------------------------------------------------------------


def test_explain_tells_the_disk_from_damage(tmp_path):
    assert isinstance(explain(OSError(errno.ENOSPC, "No space left"), tmp_path), NoSpaceError)
    assert isinstance(explain(OSError(errno.EROFS, "Read-only"), tmp_path), ReadOnlyError)
    assert isinstance(explain(_disk_full(), tmp_path), NoSpaceError)
    assert isinstance(explain(peewee.OperationalError(_disk_full()), tmp_path), NoSpaceError)
    readonly = sqlite3.OperationalError("attempt to write a readonly database")
    assert isinstance(explain(readonly, tmp_path), ReadOnlyError)
    # Damage on a roomy, writable disk stays damage.
    assert explain(sqlite3.DatabaseError("database disk image is malformed"), tmp_path) is None
    assert explain(ValueError("a bug"), tmp_path) is None


def test_a_failed_rollback_after_a_full_disk_is_a_full_disk(tmp_path):
    """SQLite rolls back by itself when the disk fills inside a transaction; the rollback
    that follows fails with "cannot rollback", hiding the cause in its context."""
    try:
        try:
            raise peewee.OperationalError(_disk_full())
        except peewee.OperationalError:
            raise peewee.OperationalError("cannot rollback - no transaction is active")  # noqa: B904
    except peewee.OperationalError as error:
        assert isinstance(explain(error, tmp_path), NoSpaceError)


def test_an_io_error_on_a_full_disk_is_no_space(tmp_path, monkeypatch):
    monkeypatch.setattr(errors, "free_space", lambda folder: 4096)
    problem = explain(sqlite3.OperationalError("disk I/O error"), tmp_path)
    assert isinstance(problem, NoSpaceError)
    assert "free" in str(problem) and str(tmp_path) in str(problem)


# -- opening -----------------------------------------------------------------------------------


def test_a_full_disk_at_open_is_not_called_damage(data_dir, clock, monkeypatch):
    ws = open_workspace(data_dir, clock=clock)
    add_people(ws, 3)
    ws.close()
    before = file_digest(database_path(data_dir))

    def full(*args, **kwargs):
        raise peewee.OperationalError(_disk_full())

    monkeypatch.setattr(workspace_module, "init_database", full)
    with pytest.raises(NoSpaceError):
        open_workspace(data_dir, clock=clock)
    monkeypatch.undo()
    assert file_digest(database_path(data_dir)) == before
    ws = open_workspace(data_dir, clock=clock)
    assert ws.contacts.count() == 3
    ws.close()


def test_a_nearly_full_disk_is_refused_before_anything_is_written(data_dir, clock, monkeypatch):
    ws = open_workspace(data_dir, clock=clock)
    ws.close()
    monkeypatch.setattr(errors, "free_space", lambda folder: 10)
    with pytest.raises(NoSpaceError, match="not enough space"):
        open_workspace(data_dir, clock=clock)


def test_a_denied_health_check_is_not_damage(data_dir, clock, monkeypatch):
    ws = open_workspace(data_dir, clock=clock)
    ws.close()
    monkeypatch.setattr(
        workspace_module, "check_database", lambda path: ["unable to open database file"]
    )
    monkeypatch.setattr(
        workspace_module,
        "environment_problem",
        lambda folder, writing=True: PermissionDeniedError(folder) if writing is True else None,
    )
    with pytest.raises(PermissionDeniedError):
        open_workspace(data_dir, clock=clock)


def test_data_dir_at_a_file_is_said_in_one_line(tmp_path, capsys):
    a_file = tmp_path / "contacts.txt"
    a_file.write_text("not a folder")
    with pytest.raises(NotAFolderError):
        open_workspace(a_file)
    for command in (
        ["backup", "now"],
        ["backup", "list"],
        ["today"],
        ["export", "--format", "csv"],
    ):
        assert main(["--data-dir", str(a_file), *command]) == 1
        err = capsys.readouterr().err
        assert err.splitlines() == [
            f"prospectdesk: {a_file} is a file, not a folder; give --data-dir a folder "
            "(an existing one, or one ProspectDesk may create)"
        ]
    assert a_file.read_text() == "not a folder"


def test_a_database_from_a_newer_version_is_refused_and_not_written(data_dir, clock, capsys):
    ws = open_workspace(data_dir, clock=clock)
    add_people(ws, 2)
    ws.close()
    db_file = database_path(data_dir)
    with sqlite3.connect(db_file) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = {p.name: file_digest(p) for p in data_dir.iterdir() if p.is_file()}
    with pytest.raises(SchemaTooNewError) as refused:
        open_workspace(data_dir, clock=clock)
    assert "made by a newer ProspectDesk, data version 99" in str(refused.value)
    assert f"data versions up to {LATEST_VERSION}" in str(refused.value)
    for command in (["today"], ["backup", "now"], ["export", "--format", "json"]):
        assert main(["--data-dir", str(data_dir), *command]) == 1
        err = capsys.readouterr().err
        assert len(err.splitlines()) == 1 and "data version 99" in err, err
    after = {p.name: file_digest(p) for p in data_dir.iterdir() if p.is_file()}
    assert {k: v for k, v in after.items() if k != "prospectdesk.lock"} == {
        k: v for k, v in before.items() if k != "prospectdesk.lock"
    }


# -- a database gone missing beside its backups --------------------------------------------


@pytest.mark.parametrize("how", ["empty", "missing"])
def test_an_empty_or_missing_database_beside_backups_is_damage(data_dir, clock, capsys, how):
    ws = open_workspace(data_dir, clock=clock)
    add_people(ws, 4)
    clock.advance(timedelta(minutes=1))
    ws.backups.backup_now("manual")
    ws.close()
    db_file = database_path(data_dir)
    if how == "empty":
        db_file.write_bytes(b"")
    else:
        db_file.unlink()
    with pytest.raises(DatabaseDamagedError, match=f"database file is {how}"):
        open_workspace(data_dir, clock=clock)
    assert main(["--data-dir", str(data_dir), "today"]) == 1
    assert "backup restore --newest" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "backup", "restore", "--newest"]) == 0
    capsys.readouterr()
    ws = open_workspace(data_dir, clock=clock)
    assert ws.contacts.count() == 4
    ws.close()


def test_a_missing_database_without_backups_is_a_new_start(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    assert ws.contacts.count() == 0 and ws.pipeline.stages()
    ws.close()


# -- backups and restores on a full disk ------------------------------------------------------


def test_a_backup_on_a_full_disk_says_so_without_a_traceback(data_dir, clock, monkeypatch, capsys):
    ws = open_workspace(data_dir, clock=clock)
    ws.close()
    before = sorted(p.name for p in (data_dir / "backups").iterdir())
    assert before

    def full(source, target):
        partial = target.with_name(target.name + ".partial")
        partial.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_module, "copy_database", full)
    assert main(["--data-dir", str(data_dir), "backup", "now"]) == 1
    err = capsys.readouterr().err
    assert "not enough space" in err and len(err.splitlines()) == 1
    after = sorted(p.name for p in (data_dir / "backups").iterdir())
    assert [name for name in after if name.endswith(".sqlite3")] == before


def test_a_restore_without_room_moves_nothing(data_dir, clock, monkeypatch):
    ws = open_workspace(data_dir, clock=clock)
    add_people(ws, 5)
    clock.advance(timedelta(minutes=1))
    chosen = ws.backups.backup_now("manual")
    add_people(ws, 2, prefix="Later")
    monkeypatch.setattr(backup_module, "free_space", lambda folder: 100 * 1024)
    with pytest.raises(NoSpaceError, match="free at least"):
        ws.backups.restore(chosen)
    assert ws.contacts.count() == 7
    assert [b.reason for b in ws.backups.list()] == ["manual", "daily"]
    ws.close()
    # The damaged-database path: the database stays where it is.
    names = sorted(p.name for p in data_dir.iterdir())
    with pytest.raises(NoSpaceError):
        backup_module.restore_damaged(data_dir, chosen, clock)
    assert sorted(p.name for p in data_dir.iterdir()) == names


def test_restore_damaged_never_leaves_the_folder_without_a_database(data_dir, clock, monkeypatch):
    ws = open_workspace(data_dir, clock=clock)
    add_people(ws, 5)
    clock.advance(timedelta(minutes=1))
    chosen = ws.backups.backup_now("manual")
    ws.close()
    before = file_digest(database_path(data_dir))

    def full(source, target):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup_module, "copy_database", full)
    with pytest.raises(NoSpaceError):
        backup_module.restore_damaged(data_dir, chosen, clock)
    assert file_digest(database_path(data_dir)) == before
    assert not [p for p in data_dir.iterdir() if p.name.startswith("damaged-")]


# -- restoring and rotating -----------------------------------------------------------------


def test_restoring_the_oldest_backup_keeps_it(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    for round_ in range(5):  # the rotation keeps four made before a restore
        add_people(ws, 1, prefix=f"R{round_}")
        clock.advance(timedelta(minutes=1))
        ws.backups.backup_now("pre-restore")
    oldest = [b for b in ws.backups.list() if b.reason == "pre-restore"][-1]
    assert oldest.contact_count == 2  # the rotation kept the last four of five
    ws.backups.restore(oldest)
    assert ws.contacts.count() == oldest.contact_count
    assert oldest.path.exists()
    ws.close()


def test_rotation_ignores_backups_dated_after_now(data_dir, clock):
    """What an older version left after ``today --at`` a year ahead: ten "daily"
    backups in the future. They must not push out the real ones."""
    ws = open_workspace(data_dir, clock=clock)
    real = []
    for _day in range(5):
        clock.advance(timedelta(days=1))
        real.append(ws.backups.backup_now("daily").path)
    future_clock_backups = []
    for day in range(10):
        when = clock.now().astimezone(UTC) + timedelta(days=365 + day)
        path = ws.backups.folder / f"prospectdesk-{when:%Y%m%dT%H%M%SZ}-daily.sqlite3"
        path.write_bytes(real[0].read_bytes())
        future_clock_backups.append(path)
    ws.backups.rotate()
    assert all(p.exists() for p in real)
    assert all(p.exists() for p in future_clock_backups)
    ws.close()


def test_a_killed_backup_leaves_no_journal_behind(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    folder = ws.backups.folder
    ws.close()
    leftovers = [
        folder / "prospectdesk-20261122T080000Z-manual.sqlite3.partial",
        folder / "prospectdesk-20261122T080000Z-manual.sqlite3.partial-journal",
    ]
    for leftover in leftovers:
        leftover.write_bytes(b"cut short")
    clock.advance(timedelta(days=1))  # the next start (the day's backup clears leftovers)
    ws = open_workspace(data_dir, clock=clock)
    assert not [p for p in leftovers if p.exists()]
    ws.close()


# -- the data folder's mode ------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_an_existing_folder_keeps_its_mode_and_a_shared_one_is_warned_about(
    tmp_path, clock, capsys
):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    ws = open_workspace(shared, clock=clock)
    assert any("other users of this computer" in n for n in ws.notices)
    ws.close()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert main(["--data-dir", str(shared), "today"]) == 0
    assert "warning: other users of this computer can open" in capsys.readouterr().err
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    # A folder the app creates is private, and gets no warning.
    made = tmp_path / "made" / "data"
    ws = open_workspace(made, clock=clock)
    assert ws.notices == []
    ws.close()
    assert stat.S_IMODE(made.stat().st_mode) == 0o700
