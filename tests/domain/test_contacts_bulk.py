"""ContactBook.create_many writes what create writes, for many contacts at once."""

from __future__ import annotations

from dataclasses import replace

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


def test_create_many_of_nothing_changes_nothing(workspace):
    assert workspace.contacts.create_many([]) == []
    assert workspace.contacts.count() == 0
