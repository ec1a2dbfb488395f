"""``prospectdesk today``: text and JSON, read-only, Qt-free."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from prospectdesk.cli import main
from prospectdesk.clock import FakeClock
from prospectdesk.domain.records import Birthday, ContactRecord
from prospectdesk.domain.workspace import open_workspace

# --at is read in this machine's zone, so the fixture data is made in it too.
AT = datetime(2026, 11, 23, 10, 0).astimezone()
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def filled_dir(data_dir):
    ws = open_workspace(data_dir, clock=FakeClock(AT))
    prospect = ws.pipeline.stage_by_role("prospect").id
    anna, _ = ws.contacts.create(ContactRecord(given_name="Anna", family_name="Janssen"))
    arev, _ = ws.contacts.create(
        ContactRecord(given_name="Արեւ", family_name="Սարգսյան", birthday=Birthday(11, 25, 1985))
    )
    quiet, _ = ws.contacts.create(ContactRecord(given_name="Stil"), stage_id=prospect)
    ws.activity.log_interaction(quiet, summary="intro", occurred_at=AT - timedelta(days=40))
    ws.activity.add_followup(anna, due_at=AT - timedelta(days=1), what="offerte nabellen")
    ws.activity.add_followup(anna, due_at=AT + timedelta(hours=3), what="demo")
    ws.activity.add_followup(anna, due_at=AT + timedelta(days=2), what="later")
    ws.close()
    return data_dir, {"anna": anna, "arev": arev, "quiet": quiet}


def _run(capsys, *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def test_json_lists_followups_birthdays_and_quiet(filled_dir, capsys):
    data_dir, ids = filled_dir
    code, out = _run(
        capsys, "--data-dir", str(data_dir), "today", "--at", "2026-11-23T10:00", "--json"
    )
    assert code == 0
    data = json.loads(out)
    assert [
        (f["display_name"], f["due"], f["overdue"], f["detail"]) for f in data["followups"]
    ] == [
        (
            "Anna Janssen",
            (AT - timedelta(days=1)).isoformat(timespec="minutes"),
            True,
            "offerte nabellen",
        ),
        ("Anna Janssen", (AT + timedelta(hours=3)).isoformat(timespec="minutes"), False, "demo"),
    ]
    assert {f["kind"] for f in data["followups"]} == {"followup"}
    assert data["birthdays"] == [
        {
            "kind": "birthday",
            "contact_id": ids["arev"],
            "display_name": "Արեւ Սարգսյան",
            "due": "2026-11-25",
            "overdue": False,
            "detail": "1985-11-25",
        }
    ]
    assert [(q["contact_id"], q["kind"]) for q in data["quiet"]] == [(ids["quiet"], "quiet")]
    # The reminder service's next moment: the follow-up later today.
    assert data["next_reminder"] == (AT + timedelta(hours=3)).isoformat(timespec="minutes")


def test_text_output(filled_dir, capsys):
    data_dir, ids = filled_dir
    code, out = _run(capsys, "--data-dir", str(data_dir), "today", "--at", "2026-11-23T10:00")
    assert code == 0
    assert "OVERDUE 2026-11-22 10:00  Anna Janssen - offerte nabellen" in out
    assert "13:00  Anna Janssen - demo" in out
    assert "Wed 25 Nov  Արեւ Սարգսյան (in 2 days)" in out
    assert f"Stil (last contact {(AT - timedelta(days=40)).date().isoformat()})" in out
    assert "later" not in out
    assert "Next reminder: 2026-11-23 13:00" in out


def test_another_moment_sees_another_day(filled_dir, capsys):
    data_dir, _ = filled_dir
    _, out = _run(
        capsys, "--data-dir", str(data_dir), "today", "--at", "2026-11-26T08:00", "--json"
    )
    data = json.loads(out)
    assert [f["detail"] for f in data["followups"]] == ["offerte nabellen", "demo", "later"]
    assert all(f["overdue"] for f in data["followups"])
    assert data["birthdays"] == []


def test_it_marks_nothing_as_shown(filled_dir, capsys):
    data_dir, _ = filled_dir
    _run(capsys, "--data-dir", str(data_dir), "today", "--at", "2026-11-23T10:00")
    ws = open_workspace(data_dir, clock=FakeClock(AT))
    try:
        assert len(ws.reminders.collect().all) == 2  # overdue follow-up, card reminder
    finally:
        ws.close()


def test_missing_data_dir_is_an_error_not_a_new_database(tmp_path, capsys):
    code = main(["--data-dir", str(tmp_path / "nothing"), "today"])
    assert code == 2
    assert not (tmp_path / "nothing").exists()
    assert "no ProspectDesk data" in capsys.readouterr().err


def test_bad_moment_is_refused(filled_dir, capsys):
    data_dir, _ = filled_dir
    with pytest.raises(SystemExit):
        main(["--data-dir", str(data_dir), "today", "--at", "tomorrow"])


def test_the_command_module_runs_without_qt(filled_dir):
    data_dir, _ = filled_dir
    script = (
        "import sys, argparse; from prospectdesk.commands import today; "
        "parser = argparse.ArgumentParser(); parser.add_argument('--data-dir'); "
        "today.add_arguments(parser); "
        f"code = today.run(parser.parse_args(['--data-dir', {str(data_dir)!r}, '--json'])); "
        "print('QT' if 'PySide6' in sys.modules else 'NOQT', file=sys.stderr); sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().endswith("NOQT")
    assert set(json.loads(result.stdout)) >= {"followups", "birthdays", "quiet"}
