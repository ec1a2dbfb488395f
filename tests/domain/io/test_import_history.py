"""Import history: the counts each import keeps, an undo that gives merged contacts back
exactly as they were, a second undo refused, and contacts changed since the import kept."""

from __future__ import annotations

from datetime import timedelta

import pytest

from prospectdesk.domain.io.importer import (
    Decision,
    ImportAlreadyUndoneError,
    ImportNotFoundError,
    import_files,
    importer_for,
)
from prospectdesk.domain.records import (
    AddressEntry,
    Birthday,
    ContactRecord,
    EmailEntry,
    PhoneEntry,
)
from prospectdesk.store.db import database


@pytest.fixture(autouse=True)
def dutch_region(workspace):
    workspace.contacts.region = "NL"


def _write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def dump(contact_id: int) -> dict[str, object]:
    """Every stored thing about one contact, straight from the tables, but the revision
    time and counter (an undo is a change a sync must send)."""
    columns = [row[1] for row in database.execute_sql('PRAGMA table_info("contact")')]
    row = database.execute_sql("SELECT * FROM contact WHERE id = ?", (contact_id,)).fetchone()
    result: dict[str, object] = {
        name: value
        for name, value in zip(columns, row, strict=True)
        if name not in ("updated_at", "revision")
    }
    for table in ("contact_email", "contact_phone", "contact_address"):
        cursor = database.execute_sql(
            f"SELECT * FROM {table} WHERE contact_id = ? ORDER BY position, id", (contact_id,)
        )
        names = [d[0] for d in cursor.description]
        result[table] = [{n: v for n, v in zip(names, r, strict=True) if n != "id"} for r in cursor]
    result["tags"] = sorted(
        name
        for (name,) in database.execute_sql(
            "SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
            " WHERE ct.contact_id = ?",
            (contact_id,),
        )
    )
    result["search"] = database.execute_sql(
        "SELECT body FROM contact_search WHERE rowid = ?", (contact_id,)
    ).fetchall()
    return result


def _full_contact(workspace) -> int:
    contact_id, _ = workspace.contacts.create(
        ContactRecord(
            given_name="Jan",
            family_name="Bakker",
            display_name_override="Jan de bakker",
            organization="Bakkerij Jan",
            job_title="Eigenaar",
            emails=[EmailEntry("jan@bakkerij.example", "work"), EmailEntry("jan@thuis.example")],
            phones=[PhoneEntry("06 12345678", "cell")],
            addresses=[AddressEntry("work", "Dorpsstraat 1", "Ede", "", "6711 AA", "NL")],
            birthday=Birthday(2, 29),
            photo=b"\x89PNG\r\n\x1a\nphoto",
            source="Beurs",
            notes="Wil in het voorjaar beginnen.",
            tags=["warm", "bakker"],
            expected_value_cents=25000,
        )
    )
    prospect = workspace.pipeline.stage_by_role("prospect").id
    workspace.pipeline.move_contacts([contact_id], to_stage_id=prospect)
    return contact_id


CARD = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jan Bakker\r\nN:Bakker;Jan;;;\r\n"
    "EMAIL;TYPE=home:jan@bakkerij.example\r\nEMAIL:jan.nieuw@example.nl\r\n"
    "TEL;TYPE=work:+31 20 555 1234\r\nTEL;TYPE=home:06 12345678\r\n"
    "ADR;TYPE=home:;;Kerkstraat 9;Utrecht;;3511 AA;NL\r\n"
    "ORG:Bakkerij Jan BV\r\nTITLE:Directeur\r\nBDAY:1975-03-04\r\n"
    "CATEGORIES:klant,bakker\r\nNOTE:Belde over brood.\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Eva Kok\r\nN:Kok;Eva;;;\r\n"
    "EMAIL:eva@kok.example\r\nEND:VCARD\r\n"
)


def test_undo_gives_a_merged_contact_back_exactly_as_it_was(workspace, tmp_path, clock):
    jan = _full_contact(workspace)
    before = dump(jan)
    tags = workspace.contacts.all_tags()
    clock.advance(timedelta(minutes=5))
    _plan, outcome = import_files(workspace, [_write(tmp_path, "jan.vcf", CARD)])
    assert "klant" in workspace.contacts.all_tags()
    assert outcome.merged == [jan] and len(outcome.created) == 1
    assert dump(jan) != before  # the import changed Jan
    clock.advance(timedelta(minutes=5))
    undone = importer_for(workspace).undo_import(outcome.batch_id)
    assert (undone.removed, undone.restored, undone.kept) == (1, 1, [])
    assert dump(jan) == before
    assert workspace.contacts.all_ids() == [jan]
    assert workspace.contacts.all_tags() == tags  # the tag the import brought is gone


def test_each_import_keeps_what_it_created_merged_and_skipped(workspace, tmp_path, clock):
    jan = _full_contact(workspace)
    path = _write(
        tmp_path,
        "leads.csv",
        "Name,Email,Phone\n"
        "Jan Bakker,jan@bakkerij.example,020 5551234\n"  # merged into Jan
        "Eva Kok,eva@kok.example,\n"  # new
        "Piet Smit,piet@smit.example,\n",  # new
    )
    clock.advance(timedelta(hours=1))
    _plan, outcome = import_files(workspace, [path])
    assert outcome.merged == [jan]
    [info] = importer_for(workspace).history()
    assert (info.id, info.file) == (outcome.batch_id, "leads.csv")
    assert info.imported_at == clock.now()
    assert (info.created, info.merged) == (2, 1)
    assert info.skipped == 0
    assert not info.undone
    # Records skipped by the owner's decision and those already stored are skipped.
    clock.advance(timedelta(hours=1))
    importer = importer_for(workspace)
    results, problems, unreadable = importer.read_files(
        [
            _write(
                tmp_path,
                "again.csv",
                "Name,Email\nEva Kok,eva@kok.example\nAd Vos,ad@vos.example\nPiet Smit,piet@smit.example\n",
            )
        ]
    )
    plan = importer.plan(results, extra_problems=problems, unreadable=unreadable)
    plan.decide_all(Decision.SKIP)
    importer.apply(plan)
    newest = importer.history()[0]
    assert (newest.file, newest.created, newest.merged, newest.skipped) == ("again.csv", 1, 0, 2)
    assert newest.to_json() == {
        "id": newest.id,
        "file": "again.csv",
        "imported_at": clock.now().isoformat(),
        "created": 1,
        "merged": 0,
        "skipped": 2,
        "undone": False,
    }


def test_an_import_is_undone_once(workspace, tmp_path):
    _plan, outcome = import_files(
        workspace, [_write(tmp_path, "a.csv", "Name,Email\nEva Kok,eva@kok.example\n")]
    )
    importer = importer_for(workspace)
    importer.undo_import(outcome.batch_id)
    with pytest.raises(ImportAlreadyUndoneError, match=r"import #\d+ \(a.csv\) was undone already"):
        importer.undo_import(outcome.batch_id)
    with pytest.raises(ImportNotFoundError):
        importer.undo_import(outcome.batch_id + 100)
    assert importer.history()[0].undone
    assert importer.history()[0].to_json()["undone"] is True
    # Ctrl+Z of the same import afterwards changes nothing and does not fail.
    assert not importer.undo_batch(outcome.batch_id).everything


def test_contacts_changed_after_the_import_are_kept_as_they_are(workspace, tmp_path, clock):
    jan = _full_contact(workspace)
    clock.advance(timedelta(minutes=5))
    _plan, outcome = import_files(
        workspace,
        [
            _write(
                tmp_path,
                "leads.csv",
                "Name,Email,Phone\nJan Bakker,jan@bakkerij.example,020 5551234\n"
                "Eva Kok,eva@kok.example,\nPiet Smit,piet@smit.example,\nAd Vos,ad@vos.example,\n",
            )
        ],
    )
    eva, piet, ad = sorted(outcome.created)  # Ad Vos is left alone: removed
    clock.advance(timedelta(days=1))
    edited = workspace.contacts.get(eva)
    edited.job_title = "Inkoper"
    workspace.contacts.update(eva, edited)  # a new contact edited
    workspace.activity.log_interaction(piet, summary="Gebeld")  # a new contact called
    merged = workspace.contacts.get(jan)
    merged.notes = "Later bijgewerkt"
    workspace.contacts.update(jan, merged)  # a merged contact edited
    after_edit = dump(jan)
    clock.advance(timedelta(days=1))
    told = importer_for(workspace).changed_since_import(outcome.batch_id)
    undone = importer_for(workspace).undo_import(outcome.batch_id)
    assert undone.kept == told == [(eva, "Eva Kok"), (jan, "Jan de bakker"), (piet, "Piet Smit")]
    assert (undone.removed, undone.restored) == (1, 0)
    assert set(workspace.contacts.all_ids()) == {jan, eva, piet}
    assert ad in workspace.contacts.deleted_ids()
    assert workspace.contacts.get(eva).job_title == "Inkoper"
    assert dump(jan) == after_edit
