"""Store-level benchmarks: what the board and the detail view ask of the domain, without Qt.

Each figure is set beside raw ``sqlite3`` doing the least work that could answer the same
question, on the same file, in the same run.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import time
from datetime import UTC
from pathlib import Path

from benchmarks.generate import NOW, DataSet
from benchmarks.harness import Row, Table, median, percentile, repeat
from prospectdesk.clock import FakeClock
from prospectdesk.domain.workspace import Workspace, open_workspace
from prospectdesk.store.db import PRAGMAS

PAGE = 200  # ids per column page, as the board models fetch them
CARDS_SHOWN = 12  # card data read per column when it paints (board_model.CARD_WINDOW)
# Typed one keystroke at a time: Dutch, Armenian, Cyrillic, Greek, CJK, e-mail, phone.
SEARCH_WORDS = ["anouk", "Հովհաննիսյան", "Иванов", "Παπαδόπουλος", "佐藤", "gmail", "+3161"]

RAW_COLUMN_SQL = (
    "SELECT id, display_name, organization, stage_id, stage_entered_at, expected_value_cents"
    " FROM contact WHERE stage_id = ? AND deleted_at IS NULL ORDER BY position, id LIMIT ?"
)


def keystrokes(words: list[str] = SEARCH_WORDS) -> list[str]:
    return [word[:length] for word in words for length in range(1, len(word) + 1)]


def open_benchmark_workspace(data_dir: Path) -> Workspace:
    return open_workspace(data_dir, clock=FakeClock(NOW.replace(tzinfo=UTC)))


def raw_connection(database_file: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(database_file, isolation_level=None)
    for key, value in PRAGMAS.items():
        connection.execute(f"PRAGMA {key} = {value}")
    return connection


def raw_board(connection: sqlite3.Connection, stage_ids: list[int]) -> None:
    for stage_id in stage_ids:
        connection.execute(RAW_COLUMN_SQL, (stage_id, PAGE)).fetchall()


def board_first_pages(workspace: Workspace, search: str = "") -> int:
    """What the board asks for when it opens or the search changes: counts, the first
    page of ids of every column, and card data for the cards it paints. While searching
    the headers read capped counts ("1,000+"), as the board does on a keystroke; the
    exact figures are counted afterwards while idle (see ``exact_search_counts``)."""
    pipeline = workspace.pipeline
    if search:
        pipeline.search_counts(search)
    else:
        pipeline.column_counts()
    shown = 0
    for stage in pipeline.stages():
        ids, _ = pipeline.column_page(stage.id, limit=PAGE, search=search)
        shown += len(pipeline.cards(ids[:CARDS_SHOWN]))
    return shown


def run(data: DataSet, table: Table, *, times: int, scratch: Path) -> None:
    size = data.label
    workspace = open_benchmark_workspace(data.data_dir)
    stage_ids = [stage.id for stage in workspace.pipeline.stages()]
    lead = stage_ids[0]
    raw = raw_connection(data.database_file)

    raw_board_s = median(repeat(lambda: raw_board(raw, stage_ids), times))
    raw_page = repeat(lambda: raw.execute(RAW_COLUMN_SQL, (lead, PAGE)).fetchall(), times)
    raw_page_p95 = percentile(raw_page, 0.95)

    board = repeat(lambda: board_first_pages(workspace), times)
    table.add(
        Row(
            "board data: counts, first page of every column, cards shown (store)",
            size,
            median(board) * 1000,
            "ms",
            "raw SQL per-column query",
            raw_board_s * 1000,
        )
    )
    counts = repeat(workspace.pipeline.column_counts, times)
    table.add(
        Row(
            "column counts (store)",
            size,
            median(counts) * 1000,
            "ms",
            "raw SQL per-column query",
            raw_board_s * 1000,
        )
    )

    # A page deep inside the biggest column (keyset paging: as cheap as the first one).
    pipeline = workspace.pipeline
    cursor = None
    middle_pages = max(1, data.count // 2 // PAGE // len(stage_ids))
    for _ in range(min(middle_pages, 50)):
        _, cursor = pipeline.column_page(lead, after=cursor, limit=PAGE)

    def page_with_cards() -> None:
        ids, _ = pipeline.column_page(lead, after=cursor, limit=PAGE)
        pipeline.cards(ids)

    deep = repeat(page_with_cards, times)
    table.add(
        Row(
            f"column page of {PAGE} cards with card data, deep in the column (p95)",
            size,
            percentile(deep, 0.95) * 1000,
            "ms",
            "raw SQL page",
            raw_page_p95 * 1000,
            "< 16 ms (one frame)",
            percentile(deep, 0.95) < 0.016,
        )
    )

    typed = keystrokes()
    search_samples: list[float] = []
    board_first_pages(workspace, typed[0])
    for _ in range(max(1, times // 10)):
        for text in typed:
            started = time.perf_counter()
            board_first_pages(workspace, text)
            search_samples.append(time.perf_counter() - started)
    search_p95 = percentile(search_samples, 0.95)
    table.add(
        Row(
            "search as you type (store: counts, first pages, cards shown; p95)",
            size,
            search_p95 * 1000,
            "ms",
            "raw SQL per-column query",
            raw_board_s * 1000,
            "< 50 ms",
            search_p95 < 0.050,
            f"p50 {percentile(search_samples, 0.5) * 1000:.1f} ms over {len(typed)} keystrokes",
        )
    )

    heavy = data.meta["heavy_contact_id"]

    def open_contact() -> None:
        workspace.contacts.get(heavy)
        workspace.activity.interactions(heavy)
        workspace.activity.followups(heavy)
        workspace.pipeline.stage_history(heavy)

    def raw_open_contact() -> None:
        raw.execute("SELECT * FROM contact WHERE id = ?", (heavy,)).fetchall()
        for child in ("contact_email", "contact_phone", "contact_address", "stage_change"):
            raw.execute(f"SELECT * FROM {child} WHERE contact_id = ?", (heavy,)).fetchall()
        raw.execute(
            "SELECT * FROM interaction WHERE contact_id = ? ORDER BY occurred_at DESC", (heavy,)
        ).fetchall()
        raw.execute(
            "SELECT concern.* FROM concern JOIN interaction ON interaction.id = interaction_id"
            " WHERE contact_id = ?",
            (heavy,),
        ).fetchall()

    opened = repeat(open_contact, times)
    raw_opened = repeat(raw_open_contact, times)
    table.add(
        Row(
            "open a contact with 200 interactions (store reads, p95)",
            size,
            percentile(opened, 0.95) * 1000,
            "ms",
            "raw SQL of the same rows",
            percentile(raw_opened, 0.95) * 1000,
            "< 50 ms",
            percentile(opened, 0.95) < 0.050,
        )
    )
    workspace.close()
    raw.close()
    _moves(data, table, times=times, scratch=scratch)


def _moves(data: DataSet, table: Table, *, times: int, scratch: Path) -> None:
    """Moves write, so they run on a copy of the data set."""
    copy = data.fresh_copy(scratch / f"moves-{data.label}")
    try:
        workspace = open_benchmark_workspace(copy)
        pipeline = workspace.pipeline
        stage_ids = [stage.id for stage in pipeline.stages()]
        rng = random.Random(7)
        lead_ids = pipeline.column_ids(stage_ids[0], limit=5000)
        targets = pipeline.column_ids(stage_ids[1], limit=500)
        samples = []
        for index in range(times * 2):
            contact_id = lead_ids[rng.randrange(len(lead_ids))]
            before = targets[rng.randrange(len(targets))] if index % 2 else None
            started = time.perf_counter()
            changes = pipeline.move_contacts(
                [contact_id], to_stage_id=stage_ids[1], before_id=before
            )
            samples.append(time.perf_counter() - started)
            assert changes.stages
        workspace.close()

        raw = raw_connection(copy / data.database_file.name)
        raw_samples = []
        for index in range(times * 2):
            contact_id = lead_ids[rng.randrange(len(lead_ids))]
            started = time.perf_counter()
            raw.execute("BEGIN")
            raw.execute(
                "UPDATE contact SET stage_id = ?, position = ?, stage_entered_at = ? WHERE id = ?",
                (stage_ids[2], float(index) + 0.5, "2026-11-23 09:00:00", contact_id),
            )
            raw.execute(
                "INSERT INTO stage_change (contact_id, from_stage_id, to_stage_id, changed_at)"
                " VALUES (?, ?, ?, ?)",
                (contact_id, stage_ids[1], stage_ids[2], "2026-11-23 09:00:00"),
            )
            raw.execute("COMMIT")
            raw_samples.append(time.perf_counter() - started)
        raw.close()
        p95 = percentile(samples, 0.95)
        table.add(
            Row(
                "move a card to another stage (store commit, p95)",
                data.label,
                p95 * 1000,
                "ms",
                "raw SQL update + history row, committed",
                percentile(raw_samples, 0.95) * 1000,
                "< 16 ms (one frame)",
                p95 < 0.016,
                f"synchronous=FULL; p50 {percentile(samples, 0.5) * 1000:.1f} ms",
            )
        )
    finally:
        shutil.rmtree(copy, ignore_errors=True)
