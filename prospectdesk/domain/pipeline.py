"""The pipeline: stages, where each contact stands, moves between and within stages.

Board columns are read in pages by (position, id), so a column of 100,000 cards costs
no more to open than one of 100.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peewee import fn

from prospectdesk.clock import Clock, from_utc_naive, stored_datetime, utc_naive
from prospectdesk.domain.card_rows import (
    STAGE_COUNTS_SQL,
    STAGE_VALUES_SQL,
    CardDecorator,
    read_cards,
)
from prospectdesk.domain.contacts import POSITION_STEP
from prospectdesk.domain.errors import DomainError
from prospectdesk.domain.records import (
    CardInfo,
    Changes,
    ColumnCount,
    StageChangeInfo,
    StageInfo,
)
from prospectdesk.domain.search import (
    COUNT_CAP,
    SearchState,
    data_version,
    extend_match,
    fts_query,
    search_state,
)
from prospectdesk.domain.undo import UndoStack
from prospectdesk.store.db import database
from prospectdesk.store.models import Contact, Stage
from prospectdesk.store.rows import tuples

# Below this gap between neighbours the column is renumbered (rare: only after thousands
# of inserts at the same spot).
MIN_GAP = 1e-6


# A card decorator adds another module's facts (qualification progress, staleness) to
# cards. It gets the (contact id, stage id) of at most 500 cards being read and returns,
# per contact it changes, the CardInfo fields it sets. Plain values in and out: each card
# is then built once, where building frozen cards and replacing them per decorator cost
# twice the queries.


class StageNotEmptyError(DomainError, RuntimeError):
    """A stage with people in it cannot be removed until they are moved elsewhere."""


@dataclass(frozen=True)
class PageCursor:
    """Where the next page of a column starts (keyset paging: no OFFSET scans)."""

    position: float
    contact_id: int


class KeptPerStage:
    """A per-stage figure (live contacts, expected value) kept between calls while no
    other write happened, and adjusted by the moves that know what they changed: a drag
    then does not re-aggregate 100,000 rows. ``data_version`` says whether it is current.
    """

    def __init__(self) -> None:
        self._version: tuple[int, int] | None = None
        self._values: dict[int, int] = {}

    def get(self, version: tuple[int, int]) -> dict[int, int] | None:
        return dict(self._values) if version == self._version else None

    def keep(self, version: tuple[int, int], values: dict[int, int]) -> None:
        self._version, self._values = version, dict(values)

    def adjust(
        self, before: tuple[int, int], after: tuple[int, int], deltas: dict[int, int]
    ) -> None:
        """Apply a move's deltas if the figure was current just before it."""
        if self._version != before:
            return
        for stage_id, delta in deltas.items():
            self._values[stage_id] = self._values.get(stage_id, 0) + delta
        self._version = after


@dataclass(frozen=True)
class SavedPlace:
    contact_id: int
    stage_id: int
    position: float
    stage_entered_at: datetime


class SearchCounter:
    """Exact per-column counts of a search, counted a bounded slice of the board per
    :meth:`step`. The board shows capped counts ("200+") on the keystroke and runs the
    steps while idle, so typing never waits for 50,000 hits to be counted; a new text
    simply drops the counter. A write in between makes the next step start over."""

    def __init__(self, pipeline: Pipeline, search: str, *, rows_per_step: int) -> None:
        self._pipeline = pipeline
        self._search = search
        self._rows_per_step = max(1, rows_per_step)
        self._state: SearchState | None = None
        self._pending: list[int] = []
        self._after: float | None = None
        self._counts: dict[int, int] = {}

    def step(self) -> dict[int, int] | None:
        """Count one more slice; the exact counts of every stage once done, else None."""
        pipeline = self._pipeline
        if not fts_query(self._search):
            return pipeline.column_counts()
        state = pipeline.search_state(self._search)
        if state.exact_counts is not None or not state.remembered:
            return pipeline.column_counts(self._search)
        if state is not self._state:
            self._state = state
            self._pending = [stage.id for stage in pipeline.stages()]
            self._after = None
            self._counts = {stage_id: 0 for stage_id in self._pending}
        if not state.complete:
            # First the rest of the match, a slice of ids per step.
            extend_match(state, state.bound + self._rows_per_step * 16, double=False)
            return None
        stage_id = self._pending[0]
        live = "stage_id = ? AND deleted_at IS NULL"
        params: list[object] = [stage_id]
        if self._after is not None:
            live += " AND position > ?"
            params.append(self._after)
        # The slice ends at a position, not mid-way through cards that share it.
        bound = database.execute_sql(
            f"SELECT position FROM contact INDEXED BY contact_board WHERE {live}"
            " ORDER BY position LIMIT 1 OFFSET ?",
            [*params, self._rows_per_step - 1],
        ).fetchone()
        sql = (
            f"SELECT COUNT(*) FROM contact INDEXED BY contact_board WHERE {live}"
            " AND id IN temp.search_match"
        )
        if bound is not None:
            sql += " AND position <= ?"
            params.append(bound[0])
        self._counts[stage_id] += database.execute_sql(sql, params).fetchone()[0]
        if bound is not None:
            self._after = bound[0]
            return None
        self._pending.pop(0)
        self._after = None
        if self._pending:
            return None
        state.exact_counts = {s: n for s, n in self._counts.items() if n}
        return dict(self._counts)


class Pipeline:
    def __init__(self, clock: Clock, undo: UndoStack | None = None) -> None:
        self.clock = clock
        self.undo = undo or UndoStack()
        # Set by the sales module: card extras (qualification, staleness).
        self.card_decorators: list[CardDecorator] = []
        # Live contacts and expected value (cents) per stage, every stage present.
        self._kept_counts = KeptPerStage()
        self._kept_values = KeptPerStage()

    # -- stages ----------------------------------------------------------------------------

    def stages(self) -> list[StageInfo]:
        """In board order. Plain SQL: asked several times per keystroke of a search."""
        return [
            StageInfo(*row)
            for row in database.execute_sql(
                "SELECT id, name, position, role, stale_days FROM stage ORDER BY position, id"
            )
        ]

    def stage_by_role(self, role: str) -> StageInfo | None:
        stage = Stage.get_or_none(Stage.role == role)
        if stage is None:
            return None
        return StageInfo(stage.id, stage.name, stage.position, stage.role, stage.stale_days)

    def stage_by_name(self, name: str) -> StageInfo | None:
        folded = name.strip().casefold()
        for stage in self.stages():
            if stage.name.casefold() == folded or (stage.role or "") == folded:
                return stage
        return None

    def add_stage(
        self, name: str, *, stale_days: int | None = None, after: int | None = None
    ) -> tuple[int, Changes]:
        """A new stage at the end, or right after the stage ``after`` (one transaction:
        adding it there is one act for the owner)."""
        with database.atomic():
            position = (Stage.select(fn.MAX(Stage.position)).scalar() or 0) + 1
            stage = Stage.create(name=name.strip(), position=position, stale_days=stale_days)
            if after is not None:
                order = [s.id for s in self.stages() if s.id != stage.id]
                order.insert(order.index(after) + 1, stage.id)
                self.reorder_stages(order)
        return stage.id, Changes(stage_list=True)

    def rename_stage(self, stage_id: int, name: str) -> Changes:
        if not name.strip():
            raise ValueError("a stage needs a name")
        with database.atomic():
            Stage.update(name=name.strip()).where(Stage.id == stage_id).execute()
        return Changes(stage_list=True)

    def set_stale_days(self, stage_id: int, days: int | None) -> Changes:
        with database.atomic():
            Stage.update(stale_days=days).where(Stage.id == stage_id).execute()
        return Changes(stages={stage_id})

    def reorder_stages(self, stage_ids: Sequence[int]) -> Changes:
        with database.atomic():
            for position, stage_id in enumerate(stage_ids, start=1):
                Stage.update(position=position).where(Stage.id == stage_id).execute()
        return Changes(stage_list=True)

    def remove_stage(self, stage_id: int, *, move_people_to: int | None = None) -> Changes:
        """Remove a stage; its people move to ``move_people_to`` first (required if any)."""
        with database.atomic():
            people = self.column_ids(stage_id, limit=None, include_deleted=True)
            live = self.column_ids(stage_id, limit=None)
            if live:
                if move_people_to is None:
                    raise StageNotEmptyError(stage_id)
                self.move_contacts(live, to_stage_id=move_people_to, record_undo=False)
            if people and move_people_to is not None:
                # Tombstones follow too, so an undo of their deletion has a stage to go to.
                Contact.update(stage=move_people_to).where(Contact.id.in_(people)).execute()
            elif people:
                first = Stage.select().where(Stage.id != stage_id).order_by(Stage.position).first()
                Contact.update(stage=first).where(Contact.id.in_(people)).execute()
            Stage.delete().where(Stage.id == stage_id).execute()
        return Changes(stage_list=True, everything=True)

    # -- reading columns -------------------------------------------------------------------

    def column_counts(self, search: str = "") -> dict[int, int]:
        """Live contacts per stage (matching ``search`` when given), exact.

        Without a search the counts are kept between calls and adjusted by moves, so a
        drag does not recount 100,000 rows; any other write anywhere invalidates them.
        While typing the board asks :meth:`search_counts` instead (capped, cheaper).
        """
        query = fts_query(search)
        if query:
            counts = {stage.id: 0 for stage in self.stages()}
            counts.update(self._exact_search_counts(self.search_state(search)))
            return counts
        # Kept by triggers (migration 8): seven rows, whatever the number of contacts.
        return self._per_stage(self._kept_counts, STAGE_COUNTS_SQL)

    def stage_values(self) -> dict[int, int]:
        """Expected value (cents) of the live contacts per stage, for the column headers:
        kept between calls and adjusted by moves, like the counts."""
        # Matches the partial index contact_stage_value: only valued rows are read.
        return self._per_stage(self._kept_values, STAGE_VALUES_SQL)

    def _per_stage(self, kept: KeptPerStage, sql: str) -> dict[int, int]:
        version = data_version()
        values = kept.get(version)
        if values is not None:
            return values
        values = {stage.id: 0 for stage in self.stages()}
        for stage_id, value in database.execute_sql(sql).fetchall():
            values[stage_id] = int(value)
        kept.keep(version, values)
        return values

    def search_state(self, search: str, *, listed: bool | None = None) -> SearchState:
        """The match of ``search`` (non-empty), computed once per text and data version."""
        query = fts_query(search)
        if not query:
            raise ValueError("an empty search matches the whole board")
        return search_state(query, self.column_counts, listed=listed)

    def search_counts(self, search: str, *, cap: int = COUNT_CAP) -> dict[int, ColumnCount]:
        """What the column headers show while typing: exact counts when they are cheap,
        otherwise each column's hits counted up to ``cap`` along the board index (a dense
        match reaches the cap after a few thousand rows). The exact figures follow from a
        :class:`SearchCounter` run while the board is idle."""
        if not fts_query(search):
            return {stage_id: ColumnCount(n) for stage_id, n in self.column_counts().items()}
        state = self.search_state(search)
        stage_ids = [stage.id for stage in self.stages()]
        if state.exact_counts is not None:
            return {s: ColumnCount(state.exact_counts.get(s, 0)) for s in stage_ids}
        result: dict[int, ColumnCount] = {}
        for stage_id in stage_ids:
            found = len(self._first_hits(state, stage_id, cap))
            result[stage_id] = ColumnCount(cap, True) if found > cap else ColumnCount(found)
        return result

    def _first_hits(self, state: SearchState, stage_id: int, cap: int) -> list[tuple[int, float]]:
        """A dense match's first ``cap`` + 1 hits of a column in board order: the board
        index walked until that many matched (a few thousand rows when 1 in 5 match)."""
        limit = max(cap, COUNT_CAP) + 1
        kept = state.first_hits.get(stage_id)
        if kept is not None and (kept[0] >= limit or len(kept[1]) < kept[0]):
            return kept[1]
        rows = self._narrowed_hits(state, stage_id, limit)
        if rows is None:
            rows = self._walk(state, stage_id, None, limit)
        state.first_hits[stage_id] = (limit, rows)
        return rows

    def _narrowed_hits(
        self, state: SearchState, stage_id: int, limit: int
    ) -> list[tuple[int, float]] | None:
        """A column's first ``limit`` hits from those of the text typed before, when this
        text can only match fewer of the same people: the ones that still match, then a
        walk on from where the earlier one stopped if they are too few. Typing a surname
        out letter by letter walked the same rows of the board index at every letter
        (~20 ms at 1,000,000 contacts). None: walk from the start."""
        earlier = state.narrowed_from.get(stage_id) if state.narrowed_from else None
        if earlier is None or earlier[0] < limit:
            return None
        earlier_limit, earlier_rows = earlier
        still: list[tuple[int, float]] = []
        if earlier_rows:
            ids = [row[0] for row in earlier_rows]
            extend_match(state, max(ids))
            marks = ",".join("?" * len(ids))
            matching = {
                row[0]
                for row in database.execute_sql(
                    f"SELECT id FROM temp.search_match WHERE id IN ({marks})", ids
                )
            }
            still = [row for row in earlier_rows if row[0] in matching]
        if len(still) >= limit or len(earlier_rows) < earlier_limit:
            # Enough, or the earlier walk reached the column's end.
            return still[:limit]
        last_id, last_position = earlier_rows[-1]
        return still + self._walk(
            state, stage_id, PageCursor(last_position, last_id), limit - len(still)
        )

    def _walk(
        self, state: SearchState, stage_id: int, after: PageCursor | None, limit: int | None
    ) -> list[tuple[int, float]]:
        """A dense match's hits in a column, in board order: the board index walked,
        keeping the rows whose id is in the match. An id beyond what the match holds yet
        stops the walk's answer from being sure: the match is extended past it and the
        walk read again (ids and positions of one column mostly grow together, so this
        happens a few times per search, not per page)."""
        while True:
            sql = (
                "SELECT id, position FROM contact INDEXED BY contact_board"
                " WHERE stage_id = ? AND deleted_at IS NULL"
                " AND (id > ? OR id IN temp.search_match)"
            )
            params: list[object] = [stage_id, state.bound]
            if after is not None:
                sql += " AND (position > ? OR (position = ? AND id > ?))"
                params += [after.position, after.position, after.contact_id]
            sql += " ORDER BY position, id"
            if limit is not None:
                sql += " LIMIT ?"
                params.append(limit)
            rows = database.execute_sql(sql, params).fetchall()
            beyond = [row[0] for row in rows if row[0] > state.bound]
            if not beyond:
                return rows
            extend_match(state, max(beyond))

    def search_counter(self, search: str, *, rows_per_step: int = 2_000) -> SearchCounter:
        """Slices of 2,000 board rows: the whole count takes as long as in slices of 5,000
        (1M, "a": 269 against 278 ms), but an event that arrives meanwhile waits for at
        most ~0.6 ms at 100k and ~2-4 ms at 1M instead of ~1.2 and 5-9 ms."""
        return SearchCounter(self, search, rows_per_step=rows_per_step)

    def _exact_search_counts(self, state: SearchState) -> dict[int, int]:
        if state.exact_counts is None:
            extend_match(state, state.max_id)
            state.exact_counts = dict(
                database.execute_sql(
                    "SELECT stage_id, COUNT(*) FROM contact INDEXED BY contact_board"
                    " WHERE deleted_at IS NULL AND id IN temp.search_match GROUP BY stage_id"
                ).fetchall()
            )
        return state.exact_counts

    def column_page(
        self,
        stage_id: int,
        *,
        after: PageCursor | None = None,
        limit: int | None = 200,
        search: str = "",
    ) -> tuple[list[int], PageCursor | None]:
        """Contact ids of a column in board order, one page at a time.

        A sparse search reads its listed hits; a dense one walks the board index and keeps
        the rows that match, so the first page costs a few hundred rows however many match.
        """
        sql = "SELECT id, position FROM contact WHERE stage_id = ? AND deleted_at IS NULL"
        params: list[object] = [stage_id]
        if fts_query(search):
            state = self.search_state(search)
            if state.listed:
                sql = "SELECT id, position FROM temp.search_hits WHERE stage_id = ?"
            else:
                if after is None and limit is not None and limit <= COUNT_CAP:
                    rows = self._first_hits(state, stage_id, COUNT_CAP)[:limit]
                else:
                    rows = self._walk(state, stage_id, after, limit)
                cursor = PageCursor(rows[-1][1], rows[-1][0]) if rows else after
                return [row[0] for row in rows], cursor
        if after is not None:
            sql += " AND (position > ? OR (position = ? AND id > ?))"
            params += [after.position, after.position, after.contact_id]
        sql += " ORDER BY position, id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        rows = database.execute_sql(sql, params).fetchall()
        cursor = PageCursor(rows[-1][1], rows[-1][0]) if rows else after
        return [row[0] for row in rows], cursor

    def column_ids(
        self, stage_id: int, *, limit: int | None = None, include_deleted: bool = False
    ) -> list[int]:
        query = Contact.select(Contact.id).where(Contact.stage == stage_id)
        if not include_deleted:
            query = query.where(Contact.deleted_at.is_null())
        query = query.order_by(Contact.position, Contact.id)
        if limit is not None:
            query = query.limit(limit)
        return [row[0] for row in tuples(query)]

    def cards(self, contact_ids: Sequence[int]) -> dict[int, CardInfo]:
        """Card data for a page of contacts (no N+1), with the registered decorators'
        marks: the SQL of :mod:`prospectdesk.domain.card_rows`, which the first screen
        runs too."""
        if not contact_ids:
            return {}
        return read_cards(database.execute_sql, contact_ids, self.clock.now(), self.card_decorators)

    def stage_of(self, contact_id: int) -> int:
        return Contact.get_by_id(contact_id).stage_id

    def days_in_stage(self, contact_id: int) -> int:
        contact = Contact.get_by_id(contact_id)
        now = self.clock.now()
        entered = from_utc_naive(stored_datetime(contact.stage_entered_at), now.tzinfo)
        return max(0, (now.date() - entered.date()).days)

    def stage_history(self, contact_id: int) -> list[StageChangeInfo]:
        """Oldest first. Plain SQL: read at every opened contact and every move of it."""
        zone = self.clock.now().tzinfo
        names = dict(database.execute_sql("SELECT id, name FROM stage").fetchall())
        return [
            StageChangeInfo(
                changed_at=from_utc_naive(stored_datetime(changed_at), zone),
                from_stage=names.get(from_stage_id) if from_stage_id else None,
                to_stage=names.get(to_stage_id) if to_stage_id else None,
                note=note or "",
            )
            for changed_at, from_stage_id, to_stage_id, note in database.execute_sql(
                "SELECT changed_at, from_stage_id, to_stage_id, note FROM stage_change"
                " WHERE contact_id = ? ORDER BY changed_at, id",
                [contact_id],
            )
        ]

    # -- moving ----------------------------------------------------------------------------

    def move_contacts(
        self,
        contact_ids: Sequence[int],
        *,
        to_stage_id: int,
        before_id: int | None = None,
        record_undo: bool = True,
    ) -> Changes:
        """Put ``contact_ids`` (in that order) into ``to_stage_id`` just before ``before_id``
        (None: at the end). A change of stage is recorded in the stage history.

        Plain SQL in one transaction: this is the synchronous part of a drag, and peewee's
        query building cost as much as the statements themselves."""
        ids = list(dict.fromkeys(contact_ids))
        if not ids:
            return Changes()
        # Inside someone else's transaction the move may still be rolled back: the kept
        # counts and values are then left to be recomputed.
        version_before = None if database.in_transaction() else data_version()
        with database.atomic(), self.undo.step("move"):
            saved, values, tombstones = self._save_places(ids)
            now = utc_naive(self.clock.now())
            positions = self._positions_for(
                to_stage_id, before_id, exclude=set(ids), count=len(ids)
            )
            # Only their place changed: the detail view need not read the whole contact again.
            changes = Changes(stages={to_stage_id}, moved=dict.fromkeys(ids, to_stage_id))
            count_deltas: dict[int, int] = {}
            value_deltas: dict[int, int] = {}
            for place, position in zip(saved, positions, strict=True):
                changes.stages.add(place.stage_id)
                if place.stage_id == to_stage_id:
                    database.execute_sql(
                        "UPDATE contact SET position = ? WHERE id = ?",
                        (position, place.contact_id),
                    )
                    continue
                database.execute_sql(
                    "UPDATE contact SET position = ?, stage_id = ?, stage_entered_at = ?,"
                    " updated_at = ? WHERE id = ?",
                    (position, to_stage_id, now, now, place.contact_id),
                )
                database.execute_sql(
                    "INSERT INTO stage_change (contact_id, from_stage_id, to_stage_id,"
                    " changed_at) VALUES (?, ?, ?, ?)",
                    (place.contact_id, place.stage_id, to_stage_id, now),
                )
                for deltas, amount in ((count_deltas, 1), (value_deltas, values[place.contact_id])):
                    deltas[place.stage_id] = deltas.get(place.stage_id, 0) - amount
                    deltas[to_stage_id] = deltas.get(to_stage_id, 0) + amount
        # Tombstones are not counted; moving one would skew the kept figures.
        if version_before is not None and not tombstones:
            version_after = data_version()
            self._kept_counts.adjust(version_before, version_after, count_deltas)
            self._kept_values.adjust(version_before, version_after, value_deltas)
        return changes

    def _save_places(self, ids: list[int]) -> tuple[list[SavedPlace], dict[int, int], bool]:
        """Where the contacts are now (for undo), their expected values, and whether any
        of them is a tombstone."""
        rows: dict[int, tuple[Any, ...]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in database.execute_sql(
                "SELECT id, stage_id, position, stage_entered_at, expected_value_cents,"
                f" deleted_at IS NOT NULL FROM contact WHERE id IN ({marks})",
                chunk,
            ):
                rows[row[0]] = row
        places = [
            SavedPlace(cid, rows[cid][1], rows[cid][2], stored_datetime(rows[cid][3]))
            for cid in ids
        ]
        values = {cid: rows[cid][4] or 0 for cid in ids}
        return places, values, any(row[5] for row in rows.values())

    def _positions_for(
        self, stage_id: int, before_id: int | None, *, exclude: set[int], count: int
    ) -> list[float]:
        # Each neighbour is one step down the board index (stage_id, position).
        others = ",".join(str(int(cid)) for cid in exclude)
        neighbour = (
            "SELECT position FROM contact WHERE stage_id = ? AND deleted_at IS NULL"
            f" AND id NOT IN ({others}){{below}} ORDER BY position DESC LIMIT 1"
        )
        if before_id is None or before_id in exclude:
            row = database.execute_sql(neighbour.format(below=""), (stage_id,)).fetchone()
            base = row[0] if row and row[0] is not None else 0.0
            return [base + POSITION_STEP * (i + 1) for i in range(count)]
        upper_row = database.execute_sql(
            "SELECT position FROM contact WHERE id = ?", (before_id,)
        ).fetchone()
        if upper_row is None:
            raise Contact.DoesNotExist(f"contact {before_id} does not exist")
        upper = upper_row[0]
        row = database.execute_sql(
            neighbour.format(below=" AND position < ?"), (stage_id, upper)
        ).fetchone()
        lower = upper - POSITION_STEP if row is None else row[0]
        gap = (upper - lower) / (count + 1)
        if gap < MIN_GAP:
            self._renumber(stage_id)
            return self._positions_for(stage_id, before_id, exclude=exclude, count=count)
        return [lower + gap * (i + 1) for i in range(count)]

    def _renumber(self, stage_id: int) -> None:
        ids = self.column_ids(stage_id, include_deleted=True)
        for index, contact_id in enumerate(ids, start=1):
            Contact.update(position=index * POSITION_STEP).where(Contact.id == contact_id).execute()
