"""ContactBook.create_many and update_many write what create and update write, for many
contacts at once."""

from __future__ import annotations

from dataclasses import replace

import pytest

from prospectdesk.domain.contacts import ContactNotFoundError
from prospectdesk.domain.records import (
    AddressEntry,
    Birthday,
    ContactRecord,
    EmailEntry,
    PhoneEntry,
)


def person(i: int, **extra) -> ContactRecord:
    return ContactRecord(
        given_name=f"Նարեկ{i}",
        family_name="de Vries",
        organization="Ararat" if i % 2 else "",
        emails=[EmailEntry(f"n{i}@example.am", "home"), EmailEntry("  ", "blank")],
        phones=[PhoneEntry("+31 6 1234 5678", "mobile")],
        addresses=[AddressEntry("home", "Dorpsstraat 1", "Utrecht"), AddressEntry("empty")],
        birthday=Birthday(2, 29) if i % 3 == 0 else None,
        source="Bought list" if i % 2 else "Beurs 2026",
        tags=["warm", "vip", "warm"] if i % 2 else [],
        notes="Kent Anouk",
        **extra,
    )


def comparable(record: ContactRecord) -> ContactRecord:
    return replace(record, id=None, uid=None, created_at=None, updated_at=None)


def test_create_many_matches_create_one_by_one(workspace):
    prospect = workspace.pipeline.stages()[1].id
    singles = [workspace.contacts.create(person(i), stage_id=prospect)[0] for i in range(4)]
    many = workspace.contacts.create_many([person(i) for i in range(4)], stage_id=prospect)

    for single, bulk in zip(singles, many, strict=True):
        assert comparable(workspace.contacts.get(bulk)) == comparable(
            workspace.contacts.get(single)
        )
        assert [(h.from_stage, h.to_stage) for h in workspace.pipeline.stage_history(bulk)] == [
            (None, "Prospect")
        ]
    assert workspace.pipeline.column_ids(prospect) == singles + many
    assert workspace.pipeline.column_counts("Նարեկ3")[prospect] == 2
    assert workspace.pipeline.column_counts("+31612345678")[prospect] == 8


def test_create_many_gives_clashing_uids_new_ones(workspace):
    first, _ = workspace.contacts.create(person(0, uid="urn:uuid:same"))
    ids = workspace.contacts.create_many(
        [
            person(1, uid="urn:uuid:same"),
            person(2, uid="urn:uuid:other"),
            person(3, uid="urn:uuid:other"),
        ]
    )
    uids = [workspace.contacts.get(i).uid for i in [first, *ids]]
    assert len(set(uids)) == 4
    assert uids[0] == "urn:uuid:same" and uids[2] == "urn:uuid:other"


@pytest.mark.parametrize("stored", [0, 1, 3, 6])
def test_create_many_finds_taken_uids_in_a_table_of_any_size(workspace, stored):
    # Fewer stored contacts than incoming uids: the table is read whole; more: each uid
    # is looked up. Either way a stored uid (a tombstone's too) is not given again.
    for i in range(stored):
        workspace.contacts.create(person(i, uid=f"urn:uuid:{i}"))
    if stored:
        workspace.contacts.delete([1])
    incoming = [person(10 + i, uid=f"urn:uuid:{i}") for i in range(4)]
    ids = workspace.contacts.create_many(incoming)
    uids = [workspace.contacts.get(i).uid for i in ids]
    assert len(set(uids)) == 4
    assert [uid == f"urn:uuid:{i}" for i, uid in enumerate(uids)] == [i >= stored for i in range(4)]


def test_create_many_of_nothing_changes_nothing(workspace):
    assert workspace.contacts.create_many([]) == []
    assert workspace.contacts.count() == 0


def test_update_many_matches_update_one_by_one(workspace):
    singles = workspace.contacts.create_many([person(i) for i in range(4)])
    many = workspace.contacts.create_many([person(i) for i in range(4)])
    edits = [replace(person(i + 1, job_title="Baas"), tags=["nieuw"]) for i in range(4)]
    edits[0] = replace(edits[0], emails=[], phones=[], addresses=[], birthday=None, photo=b"1")
    for contact_id, edit in zip(singles, edits, strict=True):
        workspace.contacts.update(contact_id, edit)
    workspace.contacts.update_many(dict(zip(many, edits, strict=True)))

    for single, bulk in zip(singles, many, strict=True):
        assert comparable(workspace.contacts.get(bulk)) == comparable(
            workspace.contacts.get(single)
        )
    assert workspace.pipeline.column_counts("Նարեկ1")[workspace.pipeline.stages()[0].id] == 2
    assert sum(workspace.pipeline.column_counts("n1@example.am").values()) == 0  # e-mail gone


def test_update_many_refuses_a_deleted_contact_and_writes_nothing(workspace):
    first, second = workspace.contacts.create_many([person(1), person(2)])
    workspace.contacts.delete([second])
    with pytest.raises(ContactNotFoundError):
        workspace.contacts.update_many({first: person(7), second: person(8)})
    assert workspace.contacts.get(first).given_name == "Նարեկ1"


def test_display_names_of_live_contacts_only(workspace):
    first, second, third = workspace.contacts.create_many([person(1), person(2), person(3)])
    workspace.contacts.delete([second])
    names = workspace.contacts.display_names([third, first, second, first])
    assert names == {first: "Նարեկ1 de Vries", third: "Նարեկ3 de Vries"}


def _revision_and_triggers(contact_id: int) -> tuple[int, list[str]]:
    from prospectdesk.store.db import database

    revision = database.execute_sql(
        "SELECT revision FROM contact WHERE id = ?", [contact_id]
    ).fetchone()[0]
    triggers = [
        name
        for (name,) in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        )
    ]
    return revision, triggers


def test_create_many_leaves_what_the_paused_triggers_would(workspace):
    """The per-row triggers are paused during a bulk create and their work done per batch:
    the revisions and stage counts are those the triggers give one contact at a time, and
    the triggers are back afterwards (also after a cancelled bulk create)."""
    lead = workspace.pipeline.stages()[0].id
    singles = [workspace.contacts.create(person(i))[0] for i in range(4)]
    revisions, triggers = zip(*(_revision_and_triggers(c) for c in singles), strict=True)
    many = workspace.contacts.create_many([person(i) for i in range(4)])
    assert [_revision_and_triggers(c) for c in many] == list(zip(revisions, triggers, strict=True))
    assert revisions[1] == 5  # one e-mail, one phone, one address, two tags
    assert workspace.pipeline.column_counts()[lead] == 8

    def cancel() -> None:
        raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        workspace.contacts.create_many([person(9)], before_chunk=cancel)
    assert _revision_and_triggers(many[0]) == (revisions[0], triggers[0])
    assert workspace.pipeline.column_counts()[lead] == 8
    later = workspace.contacts.create_many([person(1)])
    workspace.contacts.update(later[0], person(2))
    assert _revision_and_triggers(later[0])[0] > revisions[1]  # the triggers count again
