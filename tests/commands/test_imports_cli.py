"""``prospectdesk imports`` (read-only listing, JSON shape) and ``imports undo ID``, each in
a new process: an import is undone after a restart."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from prospectdesk.clock import FakeClock
from prospectdesk.domain.records import ContactRecord, EmailEntry, PhoneEntry
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import database_path
from tests.reliability.helpers import file_digest

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 23, 10, 0).astimezone()


def _cli(*args: str) -> subprocess.CompletedProcess:
    """The command in a process of its own (a new process each time: a restart)."""
    return subprocess.run(
        [sys.executable, "-m", "prospectdesk", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _contacts(data_dir: Path) -> dict[int, tuple]:
    ws = open_workspace(data_dir, read_only=True)
    try:
        return {
            r.id: (r.given_name, r.family_name, r.organization, r.emails, r.phones, r.notes)
            for r in ws.contacts.records()
        }
    finally:
        ws.close()


def test_import_then_list_then_undo_in_new_processes(data_dir, tmp_path):
    ws = open_workspace(data_dir, clock=FakeClock(NOW))
    jan, _ = ws.contacts.create(
        ContactRecord(
            given_name="Jan",
            family_name="Bakker",
            emails=[EmailEntry("jan@bakkerij.example")],
            phones=[PhoneEntry("+31 6 12345678")],
            notes="Vaste klant.",
        )
    )
    ws.close()
    before = _contacts(data_dir)
    leads = tmp_path / "leads.csv"
    leads.write_text(
        "Name,Email,Organization\nJan Bakker,jan@bakkerij.example,Bakkerij Jan\n"
        "Eva Kok,eva@kok.example,\nԱնի Հակոբյան,ani@example.am,\n",
        encoding="utf-8",
    )
    dirs = ("--data-dir", str(data_dir))
    imported = _cli(*dirs, "import", str(leads))
    assert imported.returncode == 0, imported.stderr
    assert len(_contacts(data_dir)) == 3

    db = database_path(data_dir)
    digest, mtime = file_digest(db), db.stat().st_mtime_ns
    listed = _cli(*dirs, "imports", "--json")
    assert listed.returncode == 0, listed.stderr
    [entry] = json.loads(listed.stdout)
    assert set(entry) == {"id", "file", "imported_at", "created", "merged", "skipped", "undone"}
    assert (entry["file"], entry["created"], entry["merged"], entry["skipped"]) == (
        "leads.csv",
        2,
        1,
        0,
    )
    assert entry["undone"] is False
    assert datetime.fromisoformat(entry["imported_at"]).tzinfo is not None
    text = _cli(*dirs, "imports")
    assert text.returncode == 0, text.stderr
    assert f"#{entry['id']}" in text.stdout and "2 created, 1 merged, 0 skipped" in text.stdout
    # Listing only reads: the database file is byte for byte the same, untouched.
    assert (file_digest(db), db.stat().st_mtime_ns) == (digest, mtime)

    undone = _cli(*dirs, "imports", "undo", str(entry["id"]))
    assert undone.returncode == 0, undone.stderr
    assert "2 new contacts removed, 1 merged contacts restored" in undone.stdout
    assert _contacts(data_dir) == before
    [entry] = json.loads(_cli(*dirs, "imports", "--json").stdout)
    assert entry["undone"] is True

    again = _cli(*dirs, "imports", "undo", str(entry["id"]))
    assert again.returncode == 1
    assert "was undone already" in again.stderr and "nothing was changed" in again.stderr
    missing = _cli(*dirs, "imports", "undo", "999")
    assert missing.returncode == 1
    assert "there is no import #999" in missing.stderr
    assert _contacts(data_dir) == before


def test_no_imports_yet(data_dir):
    open_workspace(data_dir, clock=FakeClock(NOW)).close()
    result = _cli("--data-dir", str(data_dir), "imports", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
