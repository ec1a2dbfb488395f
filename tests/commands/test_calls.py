"""``prospectdesk calls``: the same list and order as the domain, read-only."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from prospectdesk.cli import main
from prospectdesk.clock import FakeClock
from prospectdesk.commands.calls import calls_json
from prospectdesk.domain.records import ContactRecord, PhoneEntry
from prospectdesk.domain.workspace import open_workspace

# --at is read in this machine's zone, so the fixture data is made in it too.
AT = datetime(2026, 11, 23, 10, 0).astimezone()


@pytest.fixture
def filled_dir(data_dir):
    ws = open_workspace(data_dir, clock=FakeClock(AT - timedelta(days=30)))
    presentation = ws.pipeline.stage_by_role("presentation").id
    prospect = ws.pipeline.stage_by_role("prospect").id
    anna, _ = ws.contacts.create(
        ContactRecord(given_name="Anna", phones=[PhoneEntry("+31 6 1234 5678")]),
        stage_id=prospect,
    )
    shown, _ = ws.contacts.create(ContactRecord(given_name="Getoond"), stage_id=presentation)
    ws.contacts.create(ContactRecord(given_name="Lead"))
    refused, _ = ws.contacts.create(ContactRecord(given_name="Nooit"), stage_id=presentation)
    ws.sales.presentations.set_do_not_contact([refused], True)
    ws.activity.log_interaction(anna, summary="intro", concerns=["prijs"])
    ws.activity.add_followup(anna, due_at=AT - timedelta(days=1), what="offerte nabellen")
    ws.close()
    return data_dir, {"anna": anna, "shown": shown, "refused": refused}


def test_json_equals_the_domain_list(filled_dir, capsys):
    data_dir, ids = filled_dir
    code = main(["--data-dir", str(data_dir), "calls", "--at", "2026-11-23T10:00", "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    ws = open_workspace(data_dir, clock=FakeClock(AT), read_only=True)
    try:
        expected = calls_json(ws.sales.calls.calls_at(AT))
    finally:
        ws.close()
    assert data["calls"] == expected
    assert [(c["contact_id"], c["reason"]) for c in data["calls"]][:2] == [
        (ids["anna"], "overdue"),
        (ids["shown"], "awaiting_close"),
    ]
    assert data["calls"][0]["tel"] == "tel:+31612345678"
    assert data["calls"][0]["open_concerns"] == ["prijs"]
    assert ids["refused"] not in {c["contact_id"] for c in data["calls"]}


def test_text_output_and_nothing_written(filled_dir, capsys):
    data_dir, _ = filled_dir
    database_file = data_dir / "prospectdesk.sqlite3"
    before = database_file.read_bytes()
    code = main(["--data-dir", str(data_dir), "calls", "--at", "2026-11-23T10:00"])
    out = capsys.readouterr().out
    assert code == 0
    assert "1. Anna  [#" in out and "+31 6 1234 5678" in out
    assert "overdue follow-up since 2026-11-22 10:00 - offerte nabellen" in out
    assert "open concerns: prijs" in out
    assert "Nooit" not in out
    assert database_file.read_bytes() == before
