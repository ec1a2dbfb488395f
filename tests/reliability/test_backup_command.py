"""``prospectdesk backup``: list, now, restore, and restoring a damaged data dir."""

from __future__ import annotations

from datetime import timedelta

from prospectdesk.cli import main
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import database_path
from tests.reliability.helpers import add_people, damage_middle_pages


def test_now_list_and_restore(data_dir, clock, capsys):
    ws = open_workspace(data_dir, clock=clock)
    add_people(ws, 3)
    ws.close()
    assert main(["--data-dir", str(data_dir), "backup", "now"]) == 0
    assert "Backed up 3 contacts" in capsys.readouterr().out
    ws = open_workspace(data_dir, clock=clock)
    add_people(ws, 2, prefix="Later")
    ws.close()
    assert main(["--data-dir", str(data_dir), "backup", "list"]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert "manual" in listing[0] and " 3 contacts" in listing[0]
    assert main(["--data-dir", str(data_dir), "backup", "restore", "--newest"]) == 0
    assert "Restored: 3 contacts." in capsys.readouterr().out
    ws = open_workspace(data_dir, clock=clock)
    assert ws.contacts.count() == 3
    kept = [b for b in ws.backups.list() if b.reason == "pre-restore"]
    assert [b.contact_count for b in kept] == [5]  # the state before the restore, kept
    ws.close()


def test_restore_of_a_damaged_data_dir(data_dir, clock, capsys):
    ws = open_workspace(data_dir, clock=clock)
    add_people(ws, 40)
    clock.advance(timedelta(minutes=1))
    ws.backups.backup_now("pre-import")
    add_people(ws, 60, prefix="Later")
    ws.close()
    damage_middle_pages(database_path(data_dir))
    assert main(["--data-dir", str(data_dir), "backup", "now"]) == 1
    assert "backup restore --newest" in capsys.readouterr().err
    assert main(["--data-dir", str(data_dir), "backup", "restore", "--newest"]) == 0
    assert "damaged database was kept in" in capsys.readouterr().out
    ws = open_workspace(data_dir, clock=clock)
    assert ws.contacts.count() == 40
    ws.close()


def test_a_held_data_dir_is_refused(data_dir, clock, capsys):
    ws = open_workspace(data_dir, clock=clock)
    assert main(["--data-dir", str(data_dir), "backup", "now"]) == 1
    err = capsys.readouterr().err
    assert "ProspectDesk is running with the data folder" in err
    assert "close it (File ▸ Quit" in err and len(err.splitlines()) == 1
    ws.close()


def test_import_while_the_app_has_the_data_open_is_refused_cleanly(data_dir, clock, tmp_path):
    cards = tmp_path / "cards.vcf"
    cards.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ani\r\nEND:VCARD\r\n")
    ws = open_workspace(data_dir, clock=clock)
    assert main(["--data-dir", str(data_dir), "import", str(cards)]) == 1
    assert ws.contacts.count() == 0
    ws.close()


def test_restoring_a_file_that_is_not_there_says_so(data_dir, clock, capsys):
    ws = open_workspace(data_dir, clock=clock)
    add_people(ws, 2)
    ws.close()
    missing = data_dir / "backups" / "prospectdesk-20200101T000000Z-manual.sqlite3"
    assert main(["--data-dir", str(data_dir), "backup", "restore", str(missing)]) == 1
    assert capsys.readouterr().err == f"prospectdesk: there is no backup file {missing}\n"
    ws = open_workspace(data_dir, clock=clock)
    assert ws.contacts.count() == 2
    ws.close()
