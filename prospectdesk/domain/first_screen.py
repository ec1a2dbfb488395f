"""What the first screen shows, read with plain ``sqlite3`` before the store, the domain
services and most of the UI are loaded (issue 21): the interface language the owner
chose, whether there is anybody in the workspace, and the start of the tab the window
opens on: the call list (its follow-up part,
:func:`prospectdesk.domain.call_rows.first_followup_calls`) or the board (each column's
header figures and first cards, :mod:`prospectdesk.domain.card_rows`).

The database is opened read-only (``mode=ro``): nothing is written, no lock is taken, and
a database this version does not know exactly (older: it will be migrated; newer: it
will be refused) is not read at all. Any failure means "no first screen": the app then
starts the usual way and says what is wrong there.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from prospectdesk.store.version import SCHEMA_VERSION

if TYPE_CHECKING:  # loaded by the read that needs them: a start pays for one tab's only
    from prospectdesk.domain.board_records import CardInfo, StageInfo
    from prospectdesk.domain.call_rows import CallRow, Execute

# domain/settings.py's LANGUAGE and CURRENCY (a test keeps them equal): written here so
# that reading them loads nothing of the store.
LANGUAGE_KEY = "ui.language"
CURRENCY_KEY = "money.currency"


@dataclass(frozen=True)
class BoardColumn:
    """One column of the board as it first shows: the figures of its header (what
    ``Pipeline.column_counts`` and ``stage_values`` give) and its first cards."""

    stage: StageInfo
    count: int
    value_cents: int
    cards: list[CardInfo]  # the first ones, in board order


@dataclass(frozen=True)
class FirstScreen:
    language: str  # the saved interface language; empty: the system's
    calls: list[CallRow]  # the start of the call list (may be shorter than asked)
    board: list[BoardColumn] | None = None  # read instead of the calls when asked
    currency: str = ""  # the workspace's stored currency code; empty: none stored yet


def read_first_screen(
    database_file: Path, at: datetime, rows: int, *, board: bool = False
) -> FirstScreen | None:
    """The first screen of a workspace with people in it, at ``at`` (aware); None when
    there is none to show (no database, a version other than this code's, nobody in it
    yet, or any error reading it). ``rows``: the calls, or with ``board`` the cards of
    each column, to read."""
    if not database_file.is_file():
        return None
    try:
        connection = sqlite3.connect(
            f"{database_file.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2
        )
    except sqlite3.Error:
        return None
    try:
        execute = connection.execute
        if execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            return None
        anybody = execute("SELECT 1 FROM contact WHERE deleted_at IS NULL LIMIT 1").fetchone()
        if anybody is None:
            return None  # the app opens on Today's first steps
        language = _setting(execute, LANGUAGE_KEY)
        if board:
            return FirstScreen(
                language, [], read_board(execute, at, rows), _setting(execute, CURRENCY_KEY)
            )
        from prospectdesk.domain.call_rows import first_followup_calls

        return FirstScreen(language, first_followup_calls(execute, at, rows))
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def _setting(execute: Execute, key: str) -> str:
    """A text setting ("" when unset). Settings are stored as JSON; SQLite's json_extract
    reads it (no json import)."""
    saved = next(
        iter(execute("SELECT json_extract(value, '$') FROM setting WHERE key = ?", [key])), None
    )
    value = saved[0] if saved else ""
    return value if isinstance(value, str) else ""


def read_board(execute: Execute, at: datetime, cards_per_column: int) -> list[BoardColumn]:
    """Every column of the board: its stage, kept count (``stage_count``, migration 8),
    expected value and first cards in board order (the ``contact_board`` index), with
    the marks a working app adds (:func:`prospectdesk.domain.card_rows.every_card_mark`)."""
    from prospectdesk.domain.board_records import StageInfo
    from prospectdesk.domain.card_rows import (
        STAGE_COUNTS_SQL,
        STAGE_VALUES_SQL,
        every_card_mark,
        read_cards,
    )

    stages = [
        StageInfo(*row)
        for row in execute(
            "SELECT id, name, position, role, stale_days FROM stage ORDER BY position, id", ()
        )
    ]
    counts: dict[int, int] = {stage_id: live for stage_id, live in execute(STAGE_COUNTS_SQL, ())}
    values: dict[int, int] = {stage_id: total for stage_id, total in execute(STAGE_VALUES_SQL, ())}
    firsts = {
        stage.id: [
            row[0]
            for row in execute(
                "SELECT id FROM contact WHERE stage_id = ? AND deleted_at IS NULL"
                " ORDER BY position, id LIMIT ?",
                [stage.id, cards_per_column],
            )
        ]
        for stage in stages
    }
    cards = read_cards(
        execute, [cid for ids in firsts.values() for cid in ids], at, every_card_mark(execute, at)
    )
    return [
        BoardColumn(
            stage,
            int(counts.get(stage.id, 0)),
            int(values.get(stage.id) or 0),
            [cards[cid] for cid in firsts[stage.id] if cid in cards],
        )
        for stage in stages
    ]
