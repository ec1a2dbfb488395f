"""Backups: when they are made, what they hold, how they rotate, and restoring."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from prospectdesk.domain import backup as backup_module
from prospectdesk.domain.backup import BackupError, BackupInfo, select_kept
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import database_path
from prospectdesk.store import schema
from prospectdesk.store.db import close_database, database, init_database
from tests.reliability.helpers import add_people


def _reasons(ws) -> list[str]:
    return [b.reason for b in ws.backups.list()]


def test_durability_pragmas_on_a_file_database(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    ws.close()


def test_start_backup_at_most_once_a_day(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    assert _reasons(ws) == ["daily"]
    ws.close()
    clock.advance(timedelta(hours=5))
    ws = open_workspace(data_dir, clock=clock)
    assert _reasons(ws) == ["daily"]
    ws.close()
    clock.advance(timedelta(days=1))
    ws = open_workspace(data_dir, clock=clock)
    assert _reasons(ws) == ["daily", "daily"]
    ws.close()


def test_backup_now_holds_the_data_with_time_reason_and_count(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    add_people(ws, 3)
    clock.advance(timedelta(minutes=1))
    info = ws.backups.backup_now("pre-import")
    assert info.reason == "pre-import"
    assert info.contact_count == 3
    assert info.created_at == clock.now().astimezone(UTC).replace(microsecond=0)
    listed = ws.backups.list()
    assert [(b.reason, b.contact_count) for b in listed] == [("pre-import", 3), ("daily", 0)]
    # A standalone file: no WAL beside it, readable on its own.
    assert not info.path.with_name(info.path.name + "-wal").exists()
    with sqlite3.connect(info.path) as conn:
        names = {row[0] for row in conn.execute("SELECT given_name FROM contact")}
    assert names == {"Person0", "Person1", "Person2"}
    ws.close()


def test_two_backups_in_the_same_second_both_survive(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    first = ws.backups.backup_now("pre-import")
    second = ws.backups.backup_now("pre-import")
    assert first.path != second.path
    assert first.path.exists() and second.path.exists()
    assert ws.backups.list()[0].path == second.path
    ws.close()


def test_backups_and_their_folder_are_private(data_dir, clock):
    if os.name != "posix":
        pytest.skip("file modes are POSIX")
    old_umask = os.umask(0o022)
    try:
        ws = open_workspace(data_dir, clock=clock)
        info = ws.backups.backup_now("manual")
    finally:
        os.umask(old_umask)
    assert (info.path.parent.stat().st_mode & 0o777) == 0o700
    for backup in ws.backups.list():
        assert (backup.path.stat().st_mode & 0o777) == 0o600
    assert (data_dir.stat().st_mode & 0o777) == 0o700
    for leftover in data_dir.iterdir():
        if leftover.is_file():
            assert (leftover.stat().st_mode & 0o077) == 0, leftover.name
    ws.close()


def test_a_backup_cut_short_is_never_listed_and_is_cleaned_up(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    partial = ws.backups.folder / "prospectdesk-20261122T080000Z-manual.sqlite3.partial"
    partial.write_bytes(b"half a backup")
    assert all(b.path != partial for b in ws.backups.list())
    ws.backups.backup_now("manual")
    assert partial.exists()  # another thread may be writing it right now
    ws.close()
    ws = open_workspace(data_dir, clock=clock)  # at start nobody else is
    assert not partial.exists()
    ws.close()


def test_a_failed_backup_raises_and_leaves_nothing(data_dir, clock, monkeypatch):
    ws = open_workspace(data_dir, clock=clock)
    before = {p.name for p in ws.backups.folder.iterdir()}

    def failing_backup(source, target):
        raise sqlite3.OperationalError("disk full")

    monkeypatch.setattr(
        backup_module,
        "copy_database",
        lambda source, target: failing_backup(source, target),
    )
    with pytest.raises(BackupError, match="disk full"):
        ws.backups.backup_now("manual")
    assert {p.name for p in ws.backups.folder.iterdir()} == before
    ws.close()


def _info(when: datetime, reason: str, name: str) -> BackupInfo:
    from pathlib import Path

    return BackupInfo(Path(name), when, reason, None, None)


def test_rotation_keeps_seven_daily_and_four_weekly(clock):
    zone = clock.now().tzinfo
    start = clock.now().astimezone(UTC)
    # One start-up backup a day for 60 days, two on the last day (a restart after a crash).
    backups = [_info(start - timedelta(days=d), "daily", f"d{d}") for d in range(60)]
    backups += [_info(start + timedelta(minutes=1), "daily", "again")]
    kept = set(map(str, select_kept(backups, zone)))
    # Newest of today, then the six previous days...
    assert {"again", "d1", "d2", "d3", "d4", "d5", "d6"} <= kept
    assert "d0" not in kept and "d7" not in kept
    # ...and the newest of each of the four most recent weeks (some already kept as days).
    weeks = {
        b.created_at.astimezone(zone).isocalendar()[:2] for b in backups if str(b.path) in kept
    }
    assert len(weeks) == 4
    assert len(kept) <= 7 + 4
    assert "d59" not in kept


def test_rotation_caps_event_backups_per_reason(clock):
    zone = clock.now().tzinfo
    start = clock.now().astimezone(UTC)
    backups = [_info(start - timedelta(hours=h), "pre-import", f"i{h}") for h in range(30)]
    backups += [_info(start - timedelta(hours=h), "pre-migration", f"g{h}") for h in range(9)]
    backups += [_info(start - timedelta(days=h), "manual", f"m{h}") for h in range(12)]
    kept = set(map(str, select_kept(backups, zone)))
    expected = {f"i{h}" for h in range(10)} | {f"g{h}" for h in range(4)}
    assert kept == expected | {f"m{h}" for h in range(10)}


def test_rotation_deletes_files_over_many_days(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    for _day in range(40):
        clock.advance(timedelta(days=1))
        ws.backups.backup_if_due()
        ws.backups.backup_now("pre-import")
    files = list(ws.backups.folder.glob("*.sqlite3"))
    reasons = [b.reason for b in ws.backups.list()]
    assert reasons.count("pre-import") == 10
    assert 7 <= reasons.count("daily") <= 11
    assert len(files) == len(reasons)
    ws.close()


def test_deleted_contact_stays_until_rotation_passes_it(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    keep_id, gone_id = add_people(ws, 2)

    def days_of_use(days: int) -> None:
        for _day in range(days):
            clock.advance(timedelta(days=1))
            ws.backups.backup_if_due()

    days_of_use(30)  # a month of start-ups: the weekly backups reach weeks back
    ws.contacts.delete([gone_id])
    days_of_use(10)
    # A kept weekly backup predates the deletion: the tombstone stays (recoverable).
    assert min(b.created_at for b in ws.backups.list()) < clock.now() - timedelta(days=10)
    assert gone_id in ws.contacts.deleted_ids()
    days_of_use(40)
    # Every kept backup now postdates the deletion: the rotation purged it.
    assert gone_id not in ws.contacts.deleted_ids()
    assert ws.contacts.exists(keep_id)
    count_sql = "SELECT COUNT(*) FROM contact WHERE id = ?"
    assert database.execute_sql(count_sql, [gone_id]).fetchone()[0] == 0
    ws.close()


def test_restore_backs_up_current_state_first(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    add_people(ws, 2, prefix="Before")
    clock.advance(timedelta(minutes=1))
    saved = ws.backups.backup_now("manual")
    clock.advance(timedelta(minutes=1))
    later = add_people(ws, 3, prefix="After")
    ws.pipeline.move_contacts(later[:1], to_stage_id=ws.pipeline.stages()[2].id)
    assert ws.undo.can_undo()

    clock.advance(timedelta(minutes=1))
    changes = ws.backups.restore(saved)
    assert changes.everything
    assert ws.contacts.count() == 2
    assert not ws.undo.can_undo()  # undo entries referred to the replaced data
    newest = ws.backups.list()[0]
    assert newest.reason == "pre-restore" and newest.contact_count == 5
    # The restored database is the live one, in WAL mode, private and writable.
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    add_people(ws, 1, prefix="Again")
    assert ws.contacts.count() == 3
    ws.close()
    ws = open_workspace(data_dir, clock=clock)
    assert ws.contacts.count() == 3
    ws.close()


def test_restoring_an_older_version_backup_migrates_it(data_dir, clock, tmp_path):
    ws = open_workspace(data_dir, clock=clock)
    ws.close()
    old = tmp_path / "old.sqlite3"
    init_database(old)
    schema.migrate(database, target=1)
    database.execute_sql("INSERT INTO stage (id, name, position, role) VALUES (1, 'L', 1, 'lead')")
    database.execute_sql(
        "INSERT INTO contact (uid, given_name, family_name, display_name, organization, "
        "job_title, notes, stage_id, position, stage_entered_at, created_at, updated_at) "
        "VALUES ('u1', 'Ani', 'Hakobyan', 'Ani Hakobyan', '', '', '', 1, 1024, "
        "'2025-01-01 00:00:00', '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
    )
    close_database()
    ws = open_workspace(data_dir, clock=clock)
    ws.backups.restore(old)
    assert schema.schema_version(database) == schema.LATEST_VERSION
    assert [r.display_name for r in map(ws.contacts.get, ws.contacts.all_ids())] == ["Ani Hakobyan"]
    ws.close()


def test_restore_refuses_a_damaged_or_foreign_file(data_dir, clock, tmp_path):
    ws = open_workspace(data_dir, clock=clock)
    add_people(ws, 1)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(BackupError):
        ws.backups.restore(junk)
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()
    with pytest.raises(BackupError):
        ws.backups.restore(empty)
    assert ws.contacts.count() == 1
    ws.close()


def test_migration_is_preceded_by_a_backup(data_dir, clock):
    data_dir.mkdir()
    init_database(database_path(data_dir))
    schema.migrate(database, target=1)
    close_database()
    ws = open_workspace(data_dir, clock=clock)
    backups = ws.backups.list()
    assert "pre-migration" in [b.reason for b in backups]
    pre = next(b for b in backups if b.reason == "pre-migration")
    assert pre.schema_version == 1
    ws.close()


def test_restore_of_a_backup_with_another_page_size(data_dir, clock):
    """The version-1 fixture uses 1 KB pages; a WAL database cannot change its own."""
    from pathlib import Path

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "db" / "v1.sqlite3"
    ws = open_workspace(data_dir, clock=clock)
    add_people(ws, 3)
    ws.backups.restore(fixture)
    assert ws.contacts.count() == 2
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    ws.close()


def test_a_copy_is_written_without_syncs_then_synced_once_before_its_rename(
    data_dir, clock, monkeypatch
):
    """SQLite writes the copy with synchronous=OFF (its own syncs of a file that has no
    name yet bought nothing); the whole file is synced before it takes its name, as
    before, and the copy holds every row."""
    ws = open_workspace(data_dir, clock=clock)
    add_people(ws, 5)
    events: list[str] = []
    connect = sqlite3.connect

    def traced(path, *args, **kwargs):
        connection = connect(path, *args, **kwargs)
        connection.set_trace_callback(lambda sql: events.append(f"sql {sql}"))
        return connection

    real_fsync, real_replace = backup_module._fsync_path, backup_module.os.replace
    monkeypatch.setattr(backup_module.sqlite3, "connect", traced)
    monkeypatch.setattr(
        backup_module,
        "_fsync_path",
        lambda path, **kw: events.append(f"fsync {path.name}") or real_fsync(path, **kw),
    )
    monkeypatch.setattr(
        backup_module.os,
        "replace",
        lambda a, b: events.append(f"rename {os.path.basename(a)}") or real_replace(a, b),
    )
    info = ws.backups.backup_now("manual")
    ws.close()
    partial = info.path.name + ".partial"
    copy = [e for e in events if "PRAGMA synchronous" in e or "fsync" in e or "rename" in e]
    assert copy[:4] == [
        "sql PRAGMA synchronous=OFF",
        f"fsync {partial}",
        f"rename {partial}",
        f"fsync {info.path.parent.name}",
    ]
    with connect(info.path) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM contact").fetchone()[0] == 5
