"""A damaged database is detected on open, never written to, and replaced from a backup."""

from __future__ import annotations

from datetime import timedelta

import pytest

from prospectdesk.domain.backup import (
    DatabaseDamagedError,
    check_database,
    newest_good_backup,
    restore_damaged,
)
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import database_path
from tests.reliability.helpers import add_people, damage_middle_pages, file_digest


@pytest.fixture
def damaged_dir(data_dir, clock):
    """A data dir with a good backup of 40 people, then 60 more, then a bad disk."""
    ws = open_workspace(data_dir, clock=clock)
    add_people(ws, 40)
    clock.advance(timedelta(minutes=5))
    ws.backups.backup_now("pre-import")
    clock.advance(timedelta(minutes=5))
    add_people(ws, 60, prefix="Later")
    ws.close()  # checkpoints the WAL into the main file
    damage_middle_pages(database_path(data_dir))
    return data_dir


def test_quick_check_finds_the_damage(damaged_dir):
    assert check_database(database_path(damaged_dir))


def test_damaged_database_is_refused_and_left_untouched(damaged_dir, clock):
    db_file = database_path(damaged_dir)
    before = file_digest(db_file)
    with pytest.raises(DatabaseDamagedError) as raised:
        open_workspace(damaged_dir, clock=clock)
    assert raised.value.path == db_file
    assert raised.value.details
    assert file_digest(db_file) == before
    # Nothing was backed up from it either (a damaged copy is no backup).
    assert [b.reason for b in _backups(damaged_dir, clock)] == ["pre-import", "daily"]
    # The lock was released: once restored, the same process can open it.
    backup = newest_good_backup(damaged_dir)
    assert backup is not None and backup.contact_count == 40
    aside = restore_damaged(damaged_dir, backup, clock)
    assert file_digest(aside / db_file.name) == before  # kept for a specialist, as it was
    ws = open_workspace(damaged_dir, clock=clock)
    assert ws.contacts.count() == 40
    ws.close()


def test_garbage_instead_of_a_database_is_damage_too(data_dir, clock):
    data_dir.mkdir()
    database_path(data_dir).write_bytes(b"\x00garbage" * 1000)
    with pytest.raises(DatabaseDamagedError):
        open_workspace(data_dir, clock=clock)
    assert newest_good_backup(data_dir) is None


def test_newest_good_backup_skips_damaged_backups(damaged_dir, clock):
    backups = _backups(damaged_dir, clock)
    newest = backups[0]
    # Damage the newest backup as well: the older daily one is offered instead.
    add_noise = newest.path.read_bytes()
    newest.path.write_bytes(add_noise[:4096] + b"\xff" * (len(add_noise) - 4096))
    good = newest_good_backup(damaged_dir)
    assert good is not None and good.reason == "daily"


def _backups(data_dir, clock):
    from prospectdesk.domain.backup import list_backups

    return list_backups(data_dir, clock)
