"""Undo and redo of every owner action, stored in the database so they outlive a crash.

SQLite's "automatic undo/redo with triggers" (https://www.sqlite.org/undoredo.html): while
a step is being recorded, TEMP triggers on the tables that hold the owner's data write the
SQL that reverses each row written into ``undo_log``, in the writer's own transaction.
Undo runs a step's statements in reverse order in one transaction, and the triggers record
what reverses *that* as the redo step; a new action drops the redo steps. Undo thus puts
back the rows themselves: the stage history row a drag added is gone again, so the funnel
and the sources count exactly what they counted before.

Only a connection that records gets the triggers, and they fire only while its
``temp.undo_recording`` row is there: a sync, the upkeep, reminders and an import on the
worker thread write without a journal. An import is one logical step instead (its
``batch_id``; undone by the importer's ``undo_batch``, whose own writes are journaled as
the redo), so a 100,000-row import is not written twice.

What is not journaled is kept by its own triggers (the stage counts, the sync revision:
an undo is a new local change, so the phone gets the reverted card) or rebuilt after the
replay (the search index of the contacts the step touched).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from peewee import IntegrityError

from prospectdesk.clock import Clock, SystemClock
from prospectdesk.domain.errors import DomainError
from prospectdesk.domain.records import Changes
from prospectdesk.store.db import database

T = TypeVar("T")

# The last this many actions can be undone (after a restart too). As far back as the
# in-session stack went, more than an owner ever walks back; a step holds only the rows it
# wrote (an import: one row), so the journal stays a small part of the file.
KEEP_STEPS = 100

# The owner's data. Not here: what triggers keep (stage_count, the contact's revision),
# the search index (rebuilt), and what is not the owner's doing (sync, reminder state,
# settings, the journal itself).
JOURNALED = (
    "stage",
    "lead_source",
    "import_batch",
    "contact",
    "contact_email",
    "contact_phone",
    "contact_address",
    "tag",
    "contact_tag",
    "stage_change",
    "interaction",
    "concern",
    "follow_up",
    "qualification_criterion",
    "qualification",
    "qualification_answer",
    "presentation",
    "sale",
    "list_consent",
    "import_merge",
    "not_duplicate",
    # A merge swaps which contact a synced card belongs to along with the UIDs; its undo
    # must swap them back. Sync's own writes run unrecorded, so only such moves land here.
    "sync_item",
)
_NOT_RESTORED = {("contact", "revision")}  # the revision trigger bumps it on the undo
GENERIC = "change"


class UndoConflictError(DomainError):
    """The step's rows were changed since by something outside the journal (a sync) in a
    way its reverse cannot be applied to; it is taken off the list, nothing changed."""

    def __init__(self) -> None:
        super().__init__(
            "This step can no longer be undone: what it changed was changed since "
            "(by a sync). It was taken off the undo list; nothing was changed."
        )


@dataclass(frozen=True)
class UndoStep:
    """What Edit ▸ Undo (or Redo) would take back, for the menu's words."""

    id: int
    kind: str  # "edit", "move", "delete", "conversation", "import", ...
    label: str  # untranslated English detail (an import's file names)
    contact_name: str | None  # the one contact it touched, else None
    contact_count: int


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _contact_expr(table: str, columns: list[str], row: str) -> str:
    if table == "contact":
        return f"{row}.id"
    if "contact_id" in columns:
        return f"{row}.contact_id"
    if table == "concern":
        return f"(SELECT contact_id FROM main.interaction WHERE id = {row}.interaction_id)"
    if table == "qualification_answer":
        return f"(SELECT contact_id FROM main.qualification WHERE id = {row}.qualification_id)"
    return "NULL"


def _trigger_sql(table: str, columns: list[str], key: str) -> list[str]:
    """The three TEMP triggers that journal ``table`` (see the module docstring)."""
    t = _quote(table)
    recording = "EXISTS (SELECT 1 FROM temp.undo_recording WHERE paused = 0)"
    step = (
        "INSERT OR IGNORE INTO undo_step (id, kind, state, created_at) "
        "SELECT step_id, kind, state, created_at FROM temp.undo_recording; "
    )

    def log(row: str, sql: str) -> str:
        return (
            "INSERT INTO undo_log (step_id, tbl, contact_id, sql) SELECT step_id, "
            f"'{table}', {_contact_expr(table, columns, row)}, {sql} FROM temp.undo_recording; "
        )

    names = ", ".join((["rowid"] if key == "rowid" else []) + [_quote(c) for c in columns])
    values = " || ',' || ".join(
        (["OLD.rowid"] if key == "rowid" else []) + [f"quote(OLD.{_quote(c)})" for c in columns]
    )
    restored = [c for c in columns if (table, c) not in _NOT_RESTORED and c != key]
    sets = " || ".join(
        f"CASE WHEN OLD.{_quote(c)} IS NOT NEW.{_quote(c)} "
        f"THEN ',{_quote(c).replace(chr(39), chr(39) * 2)}=' || quote(OLD.{_quote(c)}) "
        "ELSE '' END"
        for c in restored
    )
    changed = " OR ".join(f"OLD.{_quote(c)} IS NOT NEW.{_quote(c)}" for c in restored)
    k = _quote(key) if key != "rowid" else "rowid"
    triggers = [
        f'CREATE TEMP TRIGGER "undo_{table}_insert" AFTER INSERT ON {t} '
        f"WHEN {recording} BEGIN {step}"
        + log("NEW", f"'DELETE FROM {t} WHERE {k} = ' || NEW.{k}")
        + "END",
        f'CREATE TEMP TRIGGER "undo_{table}_delete" AFTER DELETE ON {t} '
        f"WHEN {recording} BEGIN {step}"
        + log("OLD", f"'INSERT INTO {t} ({names}) VALUES (' || {values} || ')'")
        + "END",
    ]
    if not restored:
        return triggers
    return triggers + [
        f'CREATE TEMP TRIGGER "undo_{table}_update" AFTER UPDATE ON {t} '
        f"WHEN {recording} AND ({changed}) BEGIN {step}"
        + log("OLD", f"'UPDATE {t} SET ' || substr({sets}, 2) || ' WHERE {k} = ' || OLD.{k}")
        + "END",
    ]


def _install(connection: sqlite3.Connection) -> None:
    """Make this connection's recording table and triggers (once per connection)."""
    if connection.execute(
        "SELECT 1 FROM temp.sqlite_master WHERE name = 'undo_recording'"
    ).fetchone():
        return
    statements = [
        "CREATE TEMP TABLE undo_recording (step_id INTEGER NOT NULL, kind TEXT NOT NULL, "
        "state TEXT NOT NULL, created_at TEXT NOT NULL, paused INTEGER NOT NULL DEFAULT 0)"
    ]
    present = {name for (name,) in connection.execute("SELECT name FROM main.sqlite_master")}
    for table in JOURNALED:
        if table not in present:
            continue
        info = connection.execute(f"PRAGMA main.table_info({_quote(table)})").fetchall()
        columns = [row[1] for row in info]
        keys = [row[1] for row in info if row[5]]
        integer_key = (
            len(keys) == 1 and next(r[2] for r in info if r[1] == keys[0]).upper() == "INTEGER"
        )
        statements += _trigger_sql(table, columns, keys[0] if integer_key else "rowid")
    for sql in statements:
        connection.execute(sql)


def _temp(sql: str, params: tuple[object, ...] = ()) -> None:
    """A write to this connection's TEMP recording table: never to the file, so it need
    not wait for the start-up health check (an operation that only reads must not)."""
    database.connection().execute(sql, params)


class UndoJournal:
    """The workspace's undo and redo (one per workspace; ``recording=False`` for a journal
    that records nothing, such as the sync worker's)."""

    def __init__(
        self, clock: Clock | None = None, *, recording: bool = True, keep: int = KEEP_STEPS
    ) -> None:
        self.clock = clock or SystemClock()
        self.recording = recording
        self.keep = keep
        self._local = threading.local()
        self._tables_seen = False
        # Logical undo of a step with a batch id (the importer's undo_batch).
        self.undo_batch: Callable[[int], Changes] | None = None

    # -- recording -------------------------------------------------------------------

    @contextmanager
    def step(self, kind: str = GENERIC) -> Iterator[None]:
        """Record the writes inside as one step of ``kind``. Nested: the same step, whose
        kind the outermost named one gives."""
        if not self.recording:
            yield
            return
        depth = getattr(self._local, "depth", 0)
        if depth:
            if kind != GENERIC and getattr(self._local, "kind", GENERIC) == GENERIC:
                self._local.kind = kind
                _temp("UPDATE temp.undo_recording SET kind = ?", (kind,))
            self._local.depth = depth + 1
            try:
                yield
            finally:
                self._local.depth = depth
            return
        step_id = self._start(kind, "undo")
        self._local.depth, self._local.kind = 1, kind
        try:
            yield
        finally:
            self._local.depth = 0
            self._stop()
        self._finish(step_id, new_action=True)

    def record(self, operation: Callable[[], T]) -> T:
        """Run one owner action as one step (what the controller does for every change)."""
        with self.step():
            return operation()

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Writes inside are not journaled (an import, undone as a whole)."""
        if not self.recording or not getattr(self._local, "depth", 0):
            yield
            return
        _temp("UPDATE temp.undo_recording SET paused = paused + 1")
        try:
            yield
        finally:
            _temp("UPDATE temp.undo_recording SET paused = paused - 1")

    def add_batch(self, batch_id: int, label: str, contact_count: int) -> None:
        """Record an import as one step, undone by ``undo_batch`` (in the import's
        transaction)."""
        if not self.recording:
            return
        with database.atomic():
            step_id = self._next_id()
            database.execute_sql(
                "INSERT INTO undo_step (id, kind, state, created_at, label, batch_id, "
                "contact_count) VALUES (?, 'import', 'undo', ?, ?, ?, ?)",
                (step_id, self._now(), label, batch_id, contact_count),
            )
            self._finish(step_id, new_action=True)

    # -- undo and redo -----------------------------------------------------------------

    def can_undo(self) -> bool:
        return self.peek() is not None

    def can_redo(self) -> bool:
        return self.peek_redo() is not None

    def peek(self) -> UndoStep | None:
        return self._top("undo")

    def peek_redo(self) -> UndoStep | None:
        return self._top("redo")

    def undo(self) -> Changes:
        """Take the last step back (one transaction); it becomes the first to redo."""
        return self._replay("undo", "redo")

    def redo(self) -> Changes:
        return self._replay("redo", "undo")

    def clear(self) -> None:
        """Forget every step (the data they refer to was replaced: a restore)."""
        if self._has_tables():
            with database.atomic():
                database.execute_sql("DELETE FROM undo_log")
                database.execute_sql("DELETE FROM undo_step")

    # -- inside ----------------------------------------------------------------------

    def _now(self) -> str:
        now: datetime = self.clock.now()
        return now.replace(tzinfo=None).isoformat(" ", "seconds")

    def _has_tables(self) -> bool:
        """False only before the migration that makes them (once true, it stays)."""
        if not self._tables_seen:
            self._tables_seen = bool(
                database.execute_sql(
                    "SELECT 1 FROM sqlite_master WHERE name = 'undo_step'"
                ).fetchone()
            )
        return self._tables_seen

    def _next_id(self) -> int:
        row = database.execute_sql("SELECT COALESCE(MAX(id), 0) + 1 FROM undo_step").fetchone()
        return int(row[0])

    def _start(self, kind: str, state: str) -> int:
        _install(database.connection())
        step_id = self._next_id()
        _temp("DELETE FROM temp.undo_recording")
        _temp(
            "INSERT INTO temp.undo_recording (step_id, kind, state, created_at) "
            "VALUES (?, ?, ?, ?)",
            (step_id, kind, state, self._now()),
        )
        return step_id

    def _stop(self) -> None:
        try:
            _temp("DELETE FROM temp.undo_recording")
        except sqlite3.OperationalError:
            pass  # the connection was replaced (a restore): nothing records there

    def _finish(self, step_id: int, *, new_action: bool) -> None:
        """Name the step, count its contacts; a new action drops the redo steps and the
        oldest beyond ``keep``."""
        row = database.execute_sql(
            "SELECT kind, batch_id FROM undo_step WHERE id = ?", (step_id,)
        ).fetchone()
        if row is None:
            return  # nothing of the owner's data was written
        with database.atomic():
            kind, batch_id = row
            if batch_id is None:
                contacts = [
                    cid
                    for (cid,) in database.execute_sql(
                        "SELECT DISTINCT contact_id FROM undo_log WHERE step_id = ? "
                        "AND contact_id IS NOT NULL",
                        (step_id,),
                    )
                ]
                if kind == GENERIC:
                    kind = self._infer_kind(step_id)
                database.execute_sql(
                    "UPDATE undo_step SET kind = ?, contact_id = ?, contact_count = ? WHERE id = ?",
                    (kind, contacts[0] if len(contacts) == 1 else None, len(contacts), step_id),
                )
            if new_action:
                database.execute_sql("DELETE FROM undo_step WHERE state = 'redo'")
            database.execute_sql(
                "DELETE FROM undo_step WHERE state = ? AND id <= (SELECT id FROM undo_step "
                "WHERE state = ? ORDER BY id DESC LIMIT 1 OFFSET ?)",
                ("undo", "undo", self.keep),
            )

    @staticmethod
    def _infer_kind(step_id: int) -> str:
        """The menu's word for a step no service named: by what it wrote."""
        tables = {
            tbl
            for (tbl,) in database.execute_sql(
                "SELECT DISTINCT tbl FROM undo_log WHERE step_id = ?", (step_id,)
            )
        }
        added_contact = database.execute_sql(
            "SELECT 1 FROM undo_log WHERE step_id = ? AND tbl = 'contact' "
            "AND sql LIKE 'DELETE%' LIMIT 1",
            (step_id,),
        ).fetchone()
        for found, kind in (
            ({"interaction", "concern"}, "conversation"),
            ({"follow_up"}, "follow-up"),
            ({"qualification", "qualification_answer"}, "qualification"),
            ({"sale", "presentation", "list_consent"}, "sale"),
            ({"stage_change"}, "move"),
            ({"stage", "qualification_criterion", "lead_source"}, "stage"),
        ):
            if tables & found and not added_contact:
                return kind
        if added_contact:
            return "add"
        if tables and tables <= {"contact_tag", "tag"}:
            return "tags"
        return "edit"

    def _top(self, state: str) -> UndoStep | None:
        if not self._has_tables():
            return None
        row = database.execute_sql(
            "SELECT s.id, s.kind, s.label, c.display_name, s.contact_count FROM undo_step s "
            "LEFT JOIN contact c ON c.id = s.contact_id WHERE s.state = ? "
            "ORDER BY s.id DESC LIMIT 1",
            (state,),
        ).fetchone()
        return UndoStep(*row) if row else None

    def _replay(self, state: str, into: str) -> Changes:
        top = self._top(state)
        if top is None:
            return Changes()
        batch = database.execute_sql(
            "SELECT batch_id, label FROM undo_step WHERE id = ?", (top.id,)
        ).fetchone()
        try:
            with database.atomic():
                changes = self._run(top, batch[0], into)
                database.execute_sql("DELETE FROM undo_step WHERE id = ?", (top.id,))
        except IntegrityError as error:
            with database.atomic():
                database.execute_sql("DELETE FROM undo_step WHERE id = ?", (top.id,))
            raise UndoConflictError() from error
        return changes

    def _run(self, top: UndoStep, batch_id: int | None, into: str) -> Changes:
        statements = [
            (sql, cid)
            for sql, cid in database.execute_sql(
                "SELECT sql, contact_id FROM undo_log WHERE step_id = ? ORDER BY id DESC",
                (top.id,),
            )
        ]
        tables = {
            tbl
            for (tbl,) in database.execute_sql(
                "SELECT DISTINCT tbl FROM undo_log WHERE step_id = ?", (top.id,)
            )
        }
        touched = {cid for _, cid in statements if cid is not None}
        stages_before = _stages_of(touched)
        new_id = self._start(top.kind, into)
        depth = getattr(self._local, "depth", 0)
        self._local.depth = 1  # a service called by a logical undo records into this step
        try:
            if batch_id is not None and self.undo_batch is not None:
                changes = self.undo_batch(batch_id)
            else:
                changes = Changes()
                for sql, _ in statements:
                    database.execute_sql(sql)
        finally:
            self._local.depth = depth
            self._stop()
        # The redo step exists even when its reverse wrote nothing, so redo stays offered.
        database.execute_sql(
            "INSERT OR IGNORE INTO undo_step (id, kind, state, created_at) VALUES (?, ?, ?, ?)",
            (new_id, top.kind, into, self._now()),
        )
        database.execute_sql(
            "UPDATE undo_step SET kind = ?, label = ?, contact_id = ("
            "SELECT contact_id FROM undo_step WHERE id = ?), contact_count = ? WHERE id = ?",
            (top.kind, top.label, top.id, top.contact_count, new_id),
        )
        self._finish(new_id, new_action=False)
        database.execute_sql(
            "UPDATE undo_step SET kind = ?, contact_count = MAX(contact_count, ?) WHERE id = ?",
            (top.kind, top.contact_count, new_id),
        )
        if touched:
            from prospectdesk.domain.search import reindex_contacts

            reindex_contacts(touched)
        changes.contacts |= touched
        changes.stages |= stages_before | _stages_of(touched)
        if tables & {"stage", "lead_source", "qualification_criterion"}:
            changes.stage_list = True
        return changes


def _stages_of(contact_ids: set[int]) -> set[int]:
    stages: set[int] = set()
    ids = list(contact_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        stages |= {
            sid
            for (sid,) in database.execute_sql(
                f"SELECT DISTINCT stage_id FROM contact WHERE id IN ({marks})", chunk
            )
        }
    return stages


# The name the services and the workspace were written against.
UndoStack = UndoJournal
