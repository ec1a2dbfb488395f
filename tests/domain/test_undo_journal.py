"""Undo and redo of every owner action (the stored journal, domain/undo.py): undo gives
back exactly the rows there were before, redo exactly the rows after, and an undone step
leaves nothing in the stage history, the funnel or the sources."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta

import pytest

from prospectdesk.domain.duplicates import Duplicates
from prospectdesk.domain.io.importer import import_files
from prospectdesk.domain.qualification import Answer, AnswerInput
from prospectdesk.domain.records import ContactRecord, EmailEntry
from prospectdesk.domain.undo import JOURNALED, KEEP_STEPS
from prospectdesk.domain.workspace import Workspace, open_workspace
from prospectdesk.store.db import database

# Bumped by an undo on purpose (the phone must fetch the reverted card).
NOT_COMPARED = {("contact", "revision")}


def dump() -> dict[str, list[tuple[object, ...]]]:
    """Every row of the owner's data, the kept counts and the search index."""
    tables: dict[str, list[tuple[object, ...]]] = {}
    for table in (*JOURNALED, "stage_count"):
        columns = [
            row[1]
            for row in database.execute_sql(f'PRAGMA table_info("{table}")').fetchall()
            if (table, row[1]) not in NOT_COMPARED
        ]
        names = ", ".join(f'"{c}"' for c in columns)
        # A stage's kept count of 0 and no row at all are the same (the triggers add a
        # row when the first person enters a stage, and leave it at 0 when they leave).
        where = ' WHERE "live" <> 0' if table == "stage_count" else ""
        tables[table] = database.execute_sql(
            f'SELECT rowid, {names} FROM "{table}"{where} ORDER BY rowid'
        ).fetchall()
    tables["contact_search"] = database.execute_sql(
        "SELECT rowid, body FROM contact_search ORDER BY rowid"
    ).fetchall()
    return tables


def person(ws: Workspace, given: str = "Anna", family: str = "Petrosyan", **kw: object) -> int:
    contact_id, _ = ws.contacts.create(
        ContactRecord(given_name=given, family_name=family, **kw)  # type: ignore[arg-type]
    )
    return contact_id


def _edit(ws: Workspace, cid: int) -> None:
    record = ws.contacts.get(cid)
    record.job_title = "Owner"
    record.emails = [EmailEntry("anna@example.am")]
    ws.contacts.update(cid, record)


def _conversation_edit(ws: Workspace, cid: int) -> None:
    iid = ws.activity.interactions(cid)[0].id
    ws.activity.edit_interaction(
        iid,
        summary="Asked about prices",
        kind="meeting",
        occurred_at=ws.clock.now() - timedelta(days=1),
        concerns=["price", "delivery"],
    )


def _qualify(ws: Workspace, cid: int) -> None:
    criteria = ws.sales.qualification.criteria()
    ws.sales.qualification.record(
        cid, [AnswerInput(c.id, Answer.YES) for c in criteria], method="phone_call"
    )


def _merge(ws: Workspace, cid: int) -> None:
    other = person(ws, "Ani", "Petrosyan")
    # Made before the step: only the merge itself is compared.
    ws.undo.clear()
    ws.undo.record(lambda: Duplicates(ws.clock, ws.contacts).merge(cid, other))


def _stage_id(ws: Workspace, role: str) -> int:
    stage = ws.pipeline.stage_by_role(role)
    assert stage is not None
    return stage.id


ACTIONS: dict[str, Callable[[Workspace, int], object]] = {
    "field edit": _edit,
    "tags": lambda ws, cid: ws.contacts.add_tag([cid], "vip"),
    "conversation add": lambda ws, cid: ws.activity.log_interaction(
        cid, summary="Second call", concerns=["too dear"]
    ),
    "conversation edit": _conversation_edit,
    "conversation delete": lambda ws, cid: ws.activity.delete_interaction(
        ws.activity.interactions(cid)[0].id
    ),
    "concern ticked": lambda ws, cid: ws.activity.set_concern_addressed(
        ws.activity.open_concerns(cid)[0].id
    ),
    "follow-up add": lambda ws, cid: ws.activity.add_followup(
        cid, due_at=ws.clock.now() + timedelta(days=2), what="call back"
    ),
    "follow-up move": lambda ws, cid: ws.activity.reschedule_followup(
        ws.activity.followups(cid)[0].id, ws.clock.now() + timedelta(days=5)
    ),
    "follow-up done": lambda ws, cid: ws.activity.complete_followup(
        ws.activity.followups(cid)[0].id
    ),
    "follow-up delete": lambda ws, cid: ws.activity.delete_followup(
        ws.activity.followups(cid)[0].id
    ),
    "stage change": lambda ws, cid: ws.pipeline.move_contacts(
        [cid], to_stage_id=_stage_id(ws, "customer")
    ),
    "stage rename": lambda ws, cid: ws.pipeline.rename_stage(_stage_id(ws, "lead"), "Leads"),
    "qualification": _qualify,
    "sale": lambda ws, cid: ws.sales.presentations.record_sale(
        cid, what="Starter kit", amount_cents=4500
    ),
    "bulk delete": lambda ws, cid: ws.contacts.delete(ws.contacts.all_ids()),
    "bulk tag": lambda ws, cid: ws.contacts.add_tag(ws.contacts.all_ids(), "fair"),
    "do not contact": lambda ws, cid: ws.sales.presentations.set_do_not_contact([cid], True),
}


def _setup(ws: Workspace) -> int:
    cid = person(ws)
    person(ws, "Jan", "de Vries")
    ws.activity.log_interaction(cid, summary="First call", concerns=["price"])
    ws.activity.add_followup(cid, due_at=ws.clock.now() + timedelta(days=1), what="send leaflet")
    return cid


@pytest.mark.parametrize("name", list(ACTIONS))
def test_undo_then_redo_gives_back_the_same_data(workspace, name):
    ws = workspace
    cid = _setup(ws)
    before = dump()
    ws.undo.record(lambda: ACTIONS[name](ws, cid))
    after = dump()
    assert after != before
    assert ws.undo.can_undo() and not ws.undo.can_redo()

    ws.undo.undo()
    assert dump() == before
    assert ws.undo.can_redo()
    ws.undo.redo()
    assert dump() == after
    ws.undo.undo()  # and once more: redo recorded its own reverse
    assert dump() == before


def test_a_merge_undone_and_redone(workspace):
    ws = workspace
    cid = _setup(ws)
    before = None

    def snapshot_then_merge(ws: Workspace, cid: int) -> None:
        nonlocal before
        other = person(ws, "Ani", "Petrosyan")
        before = dump()
        ws.undo.record(lambda: Duplicates(ws.clock, ws.contacts).merge(cid, other))

    snapshot_then_merge(ws, cid)
    after = dump()
    assert ws.undo.peek().kind == "merge"
    ws.undo.undo()
    assert dump() == before
    ws.undo.redo()
    assert dump() == after


def test_an_import_undone_and_redone(workspace, tmp_path):
    ws = workspace
    _setup(ws)
    before = dump()
    cards = tmp_path / "phone.vcf"
    cards.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jan Jansen\r\nN:Jansen;Jan;;;\r\nEND:VCARD\r\n"
    )
    import_files(ws, [cards])
    after = dump()
    # One logical step: the import's rows are not journaled one by one.
    assert database.execute_sql("SELECT COUNT(*) FROM undo_log").fetchone()[0] == 0
    assert ws.undo.peek().kind == "import"
    ws.undo.undo()
    undone = dump()
    assert ws.contacts.count() == 2
    ws.undo.redo()
    assert dump() == after
    ws.undo.undo()
    assert dump() == undone
    # The newcomer stays a tombstone with its history (undo_batch keeps it recoverable).
    kept = ("contact", "import_batch", "stage_change")
    assert {t: rows for t, rows in undone.items() if t not in kept} == {
        t: rows for t, rows in before.items() if t not in kept
    }


def test_an_undone_move_leaves_funnel_and_sources_as_they_were(workspace):
    ws = workspace
    source = ws.sales.sources.add_source("Fair")[0]
    cid = person(ws)
    record = ws.contacts.get(cid)
    ws.contacts.update(cid, record)
    database.execute_sql("UPDATE contact SET source_id = ? WHERE id = ?", (source, cid))
    funnel_before = ws.sales.funnel.report()
    sources_before = ws.sales.sources.report()
    history_before = ws.pipeline.stage_history(cid)

    ws.undo.record(lambda: ws.pipeline.move_contacts([cid], to_stage_id=_stage_id(ws, "customer")))
    assert ws.sales.sources.report() != sources_before or ws.sales.funnel.report() != (
        funnel_before
    )
    ws.undo.undo()

    assert ws.pipeline.stage_history(cid) == history_before
    assert ws.sales.funnel.report() == funnel_before
    assert ws.sales.sources.report() == sources_before


def test_the_menu_names_the_step_and_the_contact(workspace):
    ws = workspace
    cid = _setup(ws)
    ws.undo.record(lambda: _edit(ws, cid))
    step = ws.undo.peek()
    assert (step.kind, step.contact_name) == ("edit", "Anna Petrosyan")
    ws.undo.record(lambda: ws.contacts.add_tag(ws.contacts.all_ids(), "fair"))
    step = ws.undo.peek()
    assert (step.kind, step.contact_name, step.contact_count) == ("tags", None, 2)
    ws.undo.record(lambda: ws.activity.log_interaction(cid, summary="x"))
    assert ws.undo.peek().kind == "conversation"


def test_a_new_action_clears_redo(workspace):
    ws = workspace
    cid = _setup(ws)
    ws.undo.record(lambda: ws.contacts.add_tag([cid], "vip"))
    ws.undo.undo()
    assert ws.undo.can_redo()
    ws.undo.record(lambda: _edit(ws, cid))
    assert not ws.undo.can_redo()
    assert ws.undo.peek().kind == "edit"


def test_steps_beyond_the_kept_number_are_dropped(workspace):
    ws = workspace
    cid = person(ws)
    for number in range(KEEP_STEPS + 5):
        ws.undo.record(lambda n=number: ws.contacts.add_tag([cid], f"t{n}"))
    steps = database.execute_sql("SELECT COUNT(*) FROM undo_step").fetchone()[0]
    assert steps == KEEP_STEPS
    orphans = database.execute_sql(
        "SELECT COUNT(*) FROM undo_log WHERE step_id NOT IN (SELECT id FROM undo_step)"
    ).fetchone()[0]
    assert orphans == 0  # a dropped step takes its rows with it
    for _ in range(KEEP_STEPS):
        ws.undo.undo()
    assert not ws.undo.can_undo()
    assert ws.contacts.get(cid).tags == [f"t{n}" for n in range(5)]


def test_writes_outside_a_step_are_not_journaled(workspace):
    """A sync, the upkeep or a reminder writes without recording: nothing to undo."""
    ws = workspace
    person(ws)
    ws.contacts.add_tag(ws.contacts.all_ids(), "plain")  # no step: not the owner's action
    assert database.execute_sql("SELECT COUNT(*) FROM undo_log").fetchone()[0] == 0


def test_undo_after_reopening_the_workspace(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    cid = person(ws)
    ws.undo.record(lambda: ws.pipeline.move_contacts([cid], to_stage_id=_stage_id(ws, "customer")))
    ws.close()
    ws = open_workspace(data_dir, clock=clock)
    assert ws.undo.peek().contact_name == "Anna Petrosyan"
    ws.undo.undo()
    assert ws.pipeline.stage_of(cid) == _stage_id(ws, "lead")
    assert len(ws.pipeline.stage_history(cid)) == 1
    ws.close()


CRASH = """
import os, sys
from prospectdesk.clock import SystemClock
from prospectdesk.domain.records import ContactRecord
from prospectdesk.domain.workspace import open_workspace
ws = open_workspace(__import__("pathlib").Path(sys.argv[1]), clock=SystemClock())
cid, _ = ws.contacts.create(ContactRecord(given_name="Anna", family_name="Petrosyan"))
record = ws.contacts.get(cid)
record.notes = "changed before the crash"
ws.undo.record(lambda: ws.contacts.update(cid, record))
os._exit(9)  # killed: no close, no clean shutdown
"""


def test_undo_after_a_crash(data_dir, clock):
    done = subprocess.run([sys.executable, "-c", CRASH, str(data_dir)], check=False)
    assert done.returncode == 9
    ws = open_workspace(data_dir, clock=clock)
    cid = ws.contacts.all_ids()[0]
    assert ws.contacts.get(cid).notes == "changed before the crash"
    ws.undo.undo()
    assert ws.contacts.get(cid).notes == ""
    ws.close()


def test_undo_bumps_the_sync_revision(workspace):
    """The phone must get the reverted card: an undo is a new local change."""
    ws = workspace
    cid = person(ws)
    revision = lambda: database.execute_sql(  # noqa: E731
        "SELECT revision FROM contact WHERE id = ?", (cid,)
    ).fetchone()[0]
    ws.undo.record(lambda: _edit(ws, cid))
    edited = revision()
    ws.undo.undo()
    assert revision() > edited


def test_a_step_whose_rows_were_changed_since_is_refused_and_dropped(workspace):
    """A sync (not journaled) put a row back where the undo would put one: the undo is
    refused with a clear message, nothing changes, and the step below it is next."""
    from prospectdesk.domain.undo import UndoConflictError

    ws = workspace
    cid = _setup(ws)
    ws.undo.record(lambda: ws.contacts.add_tag([cid], "vip"))
    followup = ws.activity.followups(cid)[0].id
    ws.undo.record(lambda: ws.activity.delete_followup(followup))
    database.execute_sql(  # what a sync might write: a row with the same id
        "INSERT INTO follow_up (id, contact_id, due_at, what) VALUES (?, ?, ?, 'from the phone')",
        (followup, cid, "2030-01-01 09:00:00"),
    )
    before = dump()
    with pytest.raises(UndoConflictError):
        ws.undo.undo()
    assert dump() == before
    assert ws.undo.peek().kind == "tags"
