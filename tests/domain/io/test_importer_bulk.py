"""Merges are written in bulk: a re-import of an export of thousands of contacts (every record
a merge) ends exactly where merging them one at a time (ContactBook.get, merge_records,
ContactBook.update) ends, and its undo gives back exactly the state before."""

from __future__ import annotations

from dataclasses import replace

from prospectdesk.domain.io.export import all_records, export_contacts
from prospectdesk.domain.io.importer import Decision, _comparable, importer_for, merge_records
from prospectdesk.domain.records import (
    AddressEntry,
    Birthday,
    ContactRecord,
    EmailEntry,
    PhoneEntry,
)
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.store.db import database
from prospectdesk.store.models import ImportMerge

COUNT = 2100


def _people() -> list[ContactRecord]:
    """Varied people, each with an e-mail of their own (so a CSV re-import matches them)."""
    people = []
    for n in range(COUNT):
        people.append(
            ContactRecord(
                uid=f"urn:uuid:person-{n}",
                given_name=["Jan", "Ani", "Zoë", "Olga", "Kenji"][n % 5],
                family_name=f"de Vries {n}" if n % 3 else f"Հակոբյան {n}",
                organization=f"Bakkerij {n % 40}" if n % 2 else "",
                job_title="Eigenaar" if n % 4 == 0 else "",
                emails=[EmailEntry(f"p{n}@example.nl", "work")],
                phones=[PhoneEntry(f"06 {10000000 + n}", "mobile")] if n % 5 else [],
                addresses=(
                    [AddressEntry("home", f"Dorpsstraat {n}", "Leiden", "", "2311 AB", "NL")]
                    if n % 7 == 0
                    else []
                ),
                birthday=Birthday(n % 12 + 1, n % 28 + 1, 1960 + n % 40 if n % 2 else None),
                notes=f"Note {n}" if n % 6 == 0 else "",
                tags=["Klanten"] if n % 8 == 0 else [],
            )
        )
    return people


def _changed_since_export(record: ContactRecord, n: int) -> ContactRecord:
    """What the owner did to a contact after the export: the re-import merges it back."""
    if n % 4 == 1:
        return replace(record, job_title="", notes="Called twice")
    if n % 4 == 2:
        return replace(record, phones=[], tags=["Warm"], organization="Nieuw BV")
    if n % 4 == 3:
        return replace(record, birthday=None, addresses=[])
    return record  # unchanged: the re-import leaves it alone


def _extra_rows() -> str:
    """A second file whose rows merge into contacts the export merges into too (the same
    e-mail and the same name: a certain match)."""
    people = _people()
    rows = [
        f"{people[n].given_name},{people[n].family_name},p{n}@example.nl,070 {1000000 + n}"
        for n in range(0, COUNT, 7)
    ]
    return "First Name,Last Name,Email,Phone\n" + "\n".join(rows) + "\n"


def _stored(clock, fmt, tmp_path):
    """A workspace holding the changed contacts, and the files to re-import."""
    source = open_workspace(None, clock=clock)
    source.contacts.create_many(_people())
    exported = tmp_path / f"export.{fmt}"
    exported.write_bytes(export_contacts(source, fmt))
    source.close()
    extra = tmp_path / "extra.csv"
    extra.write_text(_extra_rows(), encoding="utf-8")
    workspace = open_workspace(None, clock=clock)
    workspace.contacts.region = "NL"
    workspace.contacts.create_many(
        [_changed_since_export(record, n) for n, record in enumerate(_people())]
    )
    return workspace, [exported, extra]


def _state(workspace) -> tuple:
    search = database.execute_sql("SELECT rowid, body FROM contact_search ORDER BY rowid")
    return all_records(workspace), list(search), sorted(workspace.contacts.deleted_ids())


def test_reimporting_an_export_merges_in_bulk_like_one_at_a_time(clock, tmp_path):
    # The vCard export matches by UID (its changed values win); the CSV rows match by
    # e-mail and only fill gaps of contacts the vCards merged into already.
    fmt = "vcf"
    workspace, files = _stored(clock, fmt, tmp_path)
    importer = importer_for(workspace)
    results, _, _ = importer.read_files(files)
    plan = importer.plan(results)
    assert len(plan.items) == COUNT + len(range(0, COUNT, 7))
    assert all(
        item.decision == Decision.MERGE and item.match.contact_id is not None for item in plan.items
    )
    before = _state(workspace)
    outcome = importer.apply(plan)
    bulk = _state(workspace)
    merged_rows = ImportMerge.select().count()
    # Undo gives back exactly the state before the import.
    importer.undo_batch(outcome.batch_id)
    undone = _state(workspace)
    workspace.close()

    # The same plan merged one record at a time, in plan order.
    workspace, files = _stored(clock, fmt, tmp_path)
    importer = importer_for(workspace)
    results, _, _ = importer.read_files(files)
    one_plan = importer.plan(results)
    changed: set[int] = set()
    for item in one_plan.items:
        target = item.match.contact_id
        existing = workspace.contacts.get(target)
        incoming = replace(item.record, source=item.record.source or one_plan.source)
        merged = merge_records(
            existing, incoming, update=item.match.update, region=workspace.contacts.region
        )
        if _comparable(merged) != _comparable(existing):
            workspace.contacts.update(target, merged)
            changed.add(target)
    one_by_one = _state(workspace)
    workspace.close()

    assert outcome.created == []
    assert bulk == one_by_one
    assert set(outcome.merged) == changed and merged_rows == len(changed)
    assert len(changed) > COUNT // 2  # most merges really changed their contact
    assert len(outcome.merged) + len(outcome.unchanged) == COUNT
    assert undone == before  # the clock stands still: even updated_at is the same


def _rows_that_merge_into_each_other() -> str:
    """2,100 rows of 700 people, each seen three times: by a shared e-mail, a shared phone,
    and (for every other person) by name alone."""
    rows = []
    for n in range(700):
        name = f"Eva {n % 350}" if n % 2 else f"Piet Kok{n}"
        rows.append(f"{name},eva{n}@kok.example,+31 6 2{n:07d},Klanten")
        rows.append(f"{name},eva{n}@kok.example,+31 6 3{n:07d},Warm ::: Klanten")
        rows.append(f"{name},other{n}@kok.example,+31 6 3{n:07d},")
    return "Name,Email,Phone,Labels\n" + "\n".join(rows) + "\n"


def test_rows_merging_into_rows_of_the_same_import_end_as_one_at_a_time(clock, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(_rows_that_merge_into_each_other(), encoding="utf-8")

    def planned(workspace):
        workspace.contacts.region = "NL"
        importer = importer_for(workspace)
        results, _, _ = importer.read_files([path])
        plan = importer.plan(results)
        plan.decide_all(Decision.MERGE)  # also the rows that share only a name
        return importer, plan

    workspace = open_workspace(None, clock=clock)
    importer, plan = planned(workspace)
    assert sum(1 for item in plan.items if item.match and item.match.planned_index is not None)
    outcome = importer.apply(plan)
    bulk = _state(workspace)
    importer.undo_batch(outcome.batch_id)
    assert workspace.contacts.count() == 0  # every contact was new: all tombstones now
    workspace.close()

    workspace = open_workspace(None, clock=clock)
    _importer, plan = planned(workspace)
    contact_of: dict[int, int] = {}
    for item in plan.items:  # one card at a time: create, or read, merge and update
        record = replace(item.record, source=item.record.source or plan.source)
        if item.match is None:
            contact_of[item.index], _ = workspace.contacts.create(record)
            continue
        target = contact_of[item.match.planned_index]
        existing = workspace.contacts.get(target)
        merged = merge_records(
            existing, record, update=item.match.update, region=workspace.contacts.region
        )
        if _comparable(merged) != _comparable(existing):
            workspace.contacts.update(target, merged)
        contact_of[item.index] = target
    one_by_one = _state(workspace)
    workspace.close()

    # CSV rows carry no UID: each contact gets a random one.
    assert [replace(r, uid=None) for r in bulk[0]] == [replace(r, uid=None) for r in one_by_one[0]]
    assert bulk[1] == one_by_one[1]  # the search rows
    assert len(outcome.created) == len(bulk[0]) < 2100
