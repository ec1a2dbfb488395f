"""A merge never overwrites a differing fact silently: a different birthday, name or phone
label is a conflict shown in the plan; by default the stored value stays and the other is
recorded in the notes; the owner may take the imported value instead."""

from __future__ import annotations

import pytest

from prospectdesk.domain.io.importer import Decision, import_files, importer_for
from prospectdesk.domain.records import Birthday, ContactRecord, EmailEntry, PhoneEntry

CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eva Kok\r\nN:Kok;Eva;;;\r\n"
    "EMAIL:eva@kok.example\r\n{}END:VCARD\r\n"
)


@pytest.fixture(autouse=True)
def dutch_region(workspace):
    workspace.contacts.region = "NL"


def _exports(tmp_path, *extras: str):
    paths = []
    for number, extra in enumerate(extras, start=1):
        path = tmp_path / f"export{number}.vcf"
        path.write_text(CARD.format(extra), encoding="utf-8")
        paths.append(path)
    return paths


def test_four_exports_with_two_birthdays_keep_the_first_and_note_the_other(workspace, tmp_path):
    paths = _exports(
        tmp_path,
        "BDAY:1975-04-12\r\n",
        "BDAY:1975-04-12\r\n",
        "BDAY:1976-04-12\r\n",
        "BDAY:1976-04-12\r\n",
    )
    importer = importer_for(workspace)
    results, _, _ = importer.read_files(paths)
    plan = importer.plan(results)
    conflicted = [item for item in plan.items if item.conflicts]
    assert [item.file for item in conflicted] == ["export3.vcf", "export4.vcf"]
    [conflict] = conflicted[0].conflicts
    assert (conflict.field, conflict.stored, conflict.incoming) == (
        "birthday",
        "1975-04-12",
        "1976-04-12",
    )
    outcome = importer.apply(plan)
    [contact_id] = outcome.created
    record = workspace.contacts.get(contact_id)
    assert record.birthday == Birthday(4, 12, 1975)
    assert "export3.vcf:1: birthday 1976-04-12 (kept 1975-04-12)" in record.notes


def test_the_owner_may_take_the_imported_birthday(workspace, tmp_path):
    stored_id, _ = workspace.contacts.create(
        ContactRecord(
            given_name="Eva",
            family_name="Kok",
            emails=[EmailEntry("eva@kok.example")],
            birthday=Birthday(4, 12, 1975),
        )
    )
    [path] = _exports(tmp_path, "BDAY:1976-04-12\r\n")
    importer = importer_for(workspace)
    results, _, _ = importer.read_files([path])
    plan = importer.plan(results)
    [item] = plan.items
    assert item.decision == Decision.MERGE and [c.field for c in item.conflicts] == ["birthday"]
    item.take_incoming = True
    importer.apply(plan)
    record = workspace.contacts.get(stored_id)
    assert record.birthday == Birthday(4, 12, 1976)
    assert "birthday" not in record.notes


def test_a_phone_labelled_home_does_not_silently_become_mobile(workspace, tmp_path):
    stored_id, _ = workspace.contacts.create(
        ContactRecord(
            given_name="Eva",
            family_name="Kok",
            emails=[EmailEntry("eva@kok.example")],
            phones=[PhoneEntry("071 512 3456", "home")],
        )
    )
    [path] = _exports(tmp_path, "TEL;TYPE=CELL:+31 71 512 3456\r\n")
    plan, _outcome = import_files(workspace, [path])
    [conflict] = plan.items[0].conflicts
    assert (conflict.field, conflict.stored, conflict.incoming) == ("phone_label", "home", "mobile")
    record = workspace.contacts.get(stored_id)
    assert [(p.value, p.label) for p in record.phones] == [("071 512 3456", "home")]
    assert "phone 071 512 3456 labelled mobile (kept home)" in record.notes


def test_a_different_name_of_a_certain_match_is_a_conflict_too(workspace, tmp_path):
    path = tmp_path / "a.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:eva-1\r\nFN:Eva Kok\r\nN:Kok;Eva;;;\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    import_files(workspace, [path])
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:eva-1\r\nFN:Eva Visser\r\n"
        "N:Visser;Eva;;;\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    plan, outcome = import_files(workspace, [path])
    assert [c.field for c in plan.items[0].conflicts] == ["family_name"]
    [contact_id] = outcome.merged
    record = workspace.contacts.get(contact_id)
    assert record.family_name == "Kok"
    assert "family name Visser (kept Kok)" in record.notes


def test_importing_the_conflicting_files_again_changes_nothing(workspace, tmp_path):
    paths = _exports(tmp_path, "BDAY:1975-04-12\r\n", "BDAY:1976-04-12\r\n")
    import_files(workspace, paths)
    before = [workspace.contacts.get(cid) for cid in workspace.contacts.all_ids()]
    plan, outcome = import_files(workspace, paths)
    assert outcome.merged == [] and outcome.created == []
    assert [item.conflicts for item in plan.items] == [[], []]  # already in the notes
    assert [workspace.contacts.get(cid) for cid in workspace.contacts.all_ids()] == before


def test_a_plain_phone_column_is_no_label_to_differ_from(workspace, tmp_path):
    workspace.contacts.create(
        ContactRecord(
            given_name="Eva",
            family_name="Kok",
            emails=[EmailEntry("eva@kok.example")],
            phones=[PhoneEntry("071 512 3456", "home")],
            source="Fair",
        )
    )
    path = tmp_path / "list.csv"
    path.write_text("Name,Email,Phone\nEva Kok,eva@kok.example,0715123456\n", encoding="utf-8")
    plan, outcome = import_files(workspace, [path])
    assert plan.items[0].conflicts == []
    assert outcome.merged == [] and len(outcome.unchanged) == 1


def test_the_command_line_plans_the_conflicts_of_merges_only_and_imports_the_same(
    workspace, tmp_path
):
    """Issue 21: with nobody to choose, what merging a possible duplicate would replace is
    not worked out; the merges' conflicts and everything stored are as in the preview."""
    workspace.contacts.create(
        ContactRecord(given_name="Piet", family_name="Bos", birthday=Birthday(3, 4, 1970))
    )
    paths = _exports(tmp_path, "BDAY:1975-04-12\r\n", "BDAY:1976-04-12\r\n")
    names = tmp_path / "names.vcf"
    names.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Piet Bos\r\nN:Bos;Piet;;;\r\nBDAY:1980-01-01\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    importer = importer_for(workspace)
    results, problems, unreadable = importer.read_files([*paths, names])
    preview = importer.plan(results)
    lean = importer.plan(results, conflicts_of_kept_apart=False)

    kept = [i for i in preview.items if i.match and i.decision == Decision.KEEP_BOTH]
    assert kept and all(i.conflicts for i in kept)  # the preview shows them
    assert all(not i.conflicts for i in lean.items if i.decision == Decision.KEEP_BOTH)
    merged = [(i.index, i.conflicts) for i in preview.items if i.decision == Decision.MERGE]
    assert merged and merged == [
        (i.index, i.conflicts) for i in lean.items if i.decision == Decision.MERGE
    ]
    _plan, outcome = import_files(workspace, [*paths, names])
    assert outcome.kept_apart_records == 1 and outcome.merged_records == 1
