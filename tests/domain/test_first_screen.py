"""The first screen's reads (issue 21): plain sqlite3, read-only, the start of the call
list as the domain lists it, and nothing at all when the database is not one to read."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from prospectdesk.domain.card_rows import YES_ANSWER
from prospectdesk.domain.first_screen import CURRENCY_KEY, LANGUAGE_KEY, read_first_screen
from prospectdesk.domain.qualification import LEAD_ROLE, Answer, AnswerInput
from prospectdesk.domain.quiet_sql import LEAD_ROLE as QUIET_LEAD_ROLE
from prospectdesk.domain.records import ContactRecord
from prospectdesk.domain.settings import CURRENCY, LANGUAGE
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import DATABASE_FILE
from prospectdesk.store.schema import LATEST_VERSION
from prospectdesk.store.version import SCHEMA_VERSION
from tests.conftest import AMSTERDAM

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=AMSTERDAM)


def _workspace_with_calls(data_dir, clock, people: int = 5):
    ws = open_workspace(data_dir, clock=clock)
    ws.finish_opening()
    stage = ws.pipeline.stage_by_role("prospect").id
    for i in range(people):
        contact_id, _ = ws.contacts.create(ContactRecord(given_name=f"Anna {i}"), stage_id=stage)
        due = NOW - timedelta(days=1, hours=i) if i % 2 else NOW + timedelta(hours=i + 1)
        ws.activity.add_followup(contact_id, due_at=due, what=f"bellen {i}")
    return ws


def test_the_first_screen_is_the_start_of_the_call_list(data_dir, clock):
    ws = _workspace_with_calls(data_dir, clock)
    whole = ws.sales.calls.calls_at(NOW)
    ws.settings.set(LANGUAGE, "hy")
    ws.close()
    database = data_dir / DATABASE_FILE
    before = (database.stat().st_mtime_ns, database.read_bytes())
    for rows in (1, 3, 100):
        screen = read_first_screen(database, NOW, rows)
        assert screen is not None and screen.language == "hy"
        assert [(r.contact_id, r.reason, r.since, r.detail) for r in screen.calls] == [
            (r.contact_id, r.reason, r.since, r.detail) for r in whole[: min(rows, 5)]
        ]
    assert (database.stat().st_mtime_ns, database.read_bytes()) == before  # read only


def test_no_first_screen_without_people_or_for_another_schema_version(data_dir, tmp_path, clock):
    assert read_first_screen(tmp_path / "missing.sqlite3", NOW, 10) is None
    ws = open_workspace(data_dir, clock=clock)
    ws.finish_opening()
    ws.close()
    database = data_dir / DATABASE_FILE
    assert read_first_screen(database, NOW, 10) is None  # nobody yet: Today's first steps
    ws = _workspace_with_calls(data_dir, clock, people=1)
    ws.close()
    assert read_first_screen(database, NOW, 10) is not None
    with sqlite3.connect(database) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    assert read_first_screen(database, NOW, 10) is None  # a newer database: not read
    (tmp_path / "garbage.sqlite3").write_bytes(b"not a database at all" * 100)
    assert read_first_screen(tmp_path / "garbage.sqlite3", NOW, 10) is None


def test_the_constants_the_first_screen_keeps_match_the_store_and_the_settings():
    assert SCHEMA_VERSION == LATEST_VERSION  # bump store/version.py with a migration
    assert LANGUAGE_KEY == LANGUAGE.key
    assert CURRENCY_KEY == CURRENCY.key
    assert YES_ANSWER == Answer.YES.value
    assert QUIET_LEAD_ROLE == LEAD_ROLE


def test_the_first_screens_board_is_the_board_the_app_shows(data_dir, clock):
    """Each column's header figures and first cards, read with plain sqlite3, are what
    the working board reads through the store, marks included: quiet, do not contact,
    qualification progress, an overdue follow-up, tags, an amount."""
    ws = open_workspace(data_dir, clock=clock)
    ws.finish_opening()
    pipeline, sales = ws.pipeline, ws.sales
    lead = pipeline.stage_by_role("lead").id
    prospect = pipeline.stage_by_role("prospect").id
    ids = []
    for i in range(30):
        record = ContactRecord(
            given_name=f"Armen {i}", family_name="Պետրոսյան" if i % 3 else "de Vries"
        )
        record.tags = ["vip"] if i % 4 == 0 else []
        contact_id, _ = ws.contacts.create(record, stage_id=lead if i % 2 else prospect)
        ids.append(contact_id)
    criteria = sales.qualification.criteria()
    sales.qualification.record(ids[1], [AnswerInput(criteria[0].id, Answer.YES)], method="meeting")
    sales.presentations.set_do_not_contact([ids[3]], True)
    sales.presentations.set_expected_value(ids[2], 125_00)
    ws.activity.add_followup(ids[4], due_at=NOW - timedelta(days=2))
    pipeline.set_stale_days(prospect, 3)
    ws.settings.set(CURRENCY, "EUR")
    ws.close()
    later = NOW + timedelta(days=10)  # the prospects have gone quiet by then
    screen = read_first_screen(data_dir / DATABASE_FILE, later, 6, board=True)
    assert screen is not None and screen.board is not None and screen.currency == "EUR"

    clock.set(later)
    ws = open_workspace(data_dir, clock=clock)
    ws.finish_opening()
    try:
        stages = ws.pipeline.stages()
        counts, values = ws.pipeline.column_counts(), ws.pipeline.stage_values()
        assert [column.stage for column in screen.board] == stages
        for column in screen.board:
            first, _ = ws.pipeline.column_page(column.stage.id, limit=6)
            assert column.count == counts[column.stage.id]
            assert column.value_cents == values.get(column.stage.id, 0)
            assert column.cards == [ws.pipeline.cards(first)[cid] for cid in first]
        shown = [card for column in screen.board for card in column.cards]
        assert any(card.stale for card in shown) and any(card.do_not_contact for card in shown)
        assert any(card.qualification_met for card in shown)
        assert any(card.followup_overdue for card in shown)
        assert any(card.tags for card in shown) and any(card.expected_value_cents for card in shown)
    finally:
        ws.close()


def test_the_first_screen_modules_load_neither_the_store_nor_the_domain_services():
    import subprocess
    import sys

    code = (
        "import sys, prospectdesk.domain.first_screen;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('peewee', 'PySide6')"
        " or m.startswith(('prospectdesk.store.', 'prospectdesk.domain.'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(
        [
            # Not even the call list's rows: a start on the board does not need them.
            "prospectdesk.domain.first_screen",
            "prospectdesk.store.version",
        ]
    )
