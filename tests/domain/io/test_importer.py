"""The importer: duplicates, decisions, idempotent re-import, updates, undo, and that a
failed or cancelled import leaves the store exactly as it was."""

from __future__ import annotations

import json
import os

import pytest

from prospectdesk.domain.io.export import write_json
from prospectdesk.domain.io.importer import (
    Decision,
    ImportCancelledError,
    import_files,
    importer_for,
    merge_records,
)
from prospectdesk.domain.records import (
    Birthday,
    ContactRecord,
    EmailEntry,
    PhoneEntry,
)
from prospectdesk.store.models import Contact, ImportBatch, ImportMerge

from .conftest import FIXTURES

GOOGLE = FIXTURES / "csv" / "google_current.csv"


def _snapshot(workspace) -> tuple:
    """Everything an import could touch, to prove "nothing changed"."""
    return (
        write_json(workspace),
        sorted(workspace.contacts.deleted_ids()),
        ImportBatch.select().count(),
        ImportMerge.select().count(),
    )


def _write(tmp_path, name: str, text: str, encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture(autouse=True)
def dutch_region(workspace):
    workspace.contacts.region = "NL"


def test_new_contacts_get_source_batch_and_first_stage(workspace):
    plan, outcome = import_files(workspace, [GOOGLE])
    assert len(plan.new_items) == 2 and plan.duplicates == []
    assert len(outcome.created) == 2
    first_stage = workspace.pipeline.stages()[0].id
    for contact_id in outcome.created:
        record = workspace.contacts.get(contact_id)
        assert record.source == "Import"
        assert record.stage_id == first_stage
        assert Contact.get_by_id(contact_id).import_batch_id == outcome.batch_id
    assert ImportBatch.get_by_id(outcome.batch_id).file_name == "google_current.csv"
    assert outcome.changes.everything and set(outcome.changes.created) == set(outcome.created)


def test_source_and_stage_can_be_chosen(workspace):
    stage = workspace.pipeline.stages()[2]
    _plan, outcome = import_files(workspace, [GOOGLE], source="Fair 2026", stage_id=stage.id)
    records = [workspace.contacts.get(cid) for cid in outcome.created]
    assert {r.source for r in records} == {"Fair 2026"}
    assert {r.stage_id for r in records} == {stage.id}


@pytest.mark.parametrize(
    "stored, reason, decision",
    [
        (
            ContactRecord(given_name="J", emails=[EmailEntry("JAN@bakkerij.example")]),
            "e-mail",
            Decision.MERGE,  # "J" may be Jan's initial
        ),
        (
            ContactRecord(given_name="Jan", phones=[PhoneEntry("+31612345678")]),
            "phone",
            Decision.MERGE,
        ),
        (  # the same phone under another name: maybe someone else
            ContactRecord(given_name="X", phones=[PhoneEntry("+31612345678")]),
            "phone",
            Decision.KEEP_BOTH,
        ),
        (
            ContactRecord(
                given_name="jan", family_name="Van der Berg", organization="Bakkerij van der Berg"
            ),
            "same name and organization",
            Decision.KEEP_BOTH,  # a name is no identity, even at one company
        ),
    ],
)
def test_duplicates_of_stored_contacts_are_found_with_the_reason(
    workspace, stored, reason, decision
):
    existing_id, _ = workspace.contacts.create(stored)
    importer = importer_for(workspace)
    results, problems, _ = importer.read_files([GOOGLE])
    plan = importer.plan(results)
    [duplicate] = plan.duplicates
    assert duplicate.match.contact_id == existing_id
    assert reason in duplicate.match.reason
    assert duplicate.decision == decision
    assert duplicate.match.possible == (decision == Decision.KEEP_BOTH)
    assert (duplicate.file, duplicate.line) == ("google_current.csv", 2)
    assert len(plan.new_items) == 1


def test_merge_fills_gaps_and_adds_without_dropping(workspace):
    existing_id, _ = workspace.contacts.create(
        ContactRecord(
            given_name="Jan",
            family_name="van der Berg",
            job_title="Baas",
            emails=[EmailEntry("jan@bakkerij.example", "work")],
            phones=[PhoneEntry("06 12345678", "mobile")],
            notes="Stored note",
            tags=["Warm"],
        )
    )
    _plan, outcome = import_files(workspace, [GOOGLE])
    assert outcome.merged == [existing_id]
    merged = workspace.contacts.get(existing_id)
    assert merged.job_title == "Baas"  # a filled field is not overwritten
    assert merged.organization == "Bakkerij Van der Berg"  # an empty one is filled
    assert [e.value for e in merged.emails] == ["jan@bakkerij.example", "jan.vdb@mail.example"]
    # "06 12345678" and "+31 6 12345678" are one number; the others are added.
    assert [p.value for p in merged.phones] == ["06 12345678", "06-87654321", "020 123 4567"]
    assert merged.birthday == Birthday(4, 12, 1975)
    assert merged.tags == ["Klanten", "Warm"]
    assert merged.notes.startswith("Stored note\n\nWil een demo.")


def test_keep_both_and_skip_decisions(workspace):
    workspace.contacts.create(ContactRecord(emails=[EmailEntry("jan@bakkerij.example")]))
    importer = importer_for(workspace)
    results, _, _ = importer.read_files([GOOGLE])

    plan = importer.plan(results)
    plan.decide_all(Decision.SKIP)
    outcome = importer.apply(plan)
    assert (len(outcome.created), outcome.skipped, outcome.merged) == (1, 1, [])
    assert workspace.contacts.count() == 2

    plan = importer.plan(results)
    assert len(plan.duplicates) == 2  # Ani is now stored too
    plan.decide_all(Decision.KEEP_BOTH)
    outcome = importer.apply(plan)
    assert len(outcome.created) == 2
    assert workspace.contacts.count() == 4


def test_duplicates_inside_one_file_become_one_contact(workspace, tmp_path):
    path = _write(
        tmp_path,
        "twice.csv",
        "Name,Email,Phone\nEva Kok,eva@kok.example,\nEva Kok,EVA@kok.example,06 11112222\n",
    )
    plan, outcome = import_files(workspace, [path])
    assert len(plan.duplicates) == 1
    assert "twice.csv:2" in plan.duplicates[0].match.reason
    assert len(outcome.created) == 1
    [record] = [workspace.contacts.get(cid) for cid in workspace.contacts.all_ids()]
    assert [p.value for p in record.phones] == ["06 11112222"]


def test_undo_takes_back_a_contact_that_rows_of_the_same_import_merged_into(workspace, tmp_path):
    path = _write(
        tmp_path,
        "twice.csv",
        "Name,Email,Phone\nEva Kok,eva@kok.example,\nEva Kok,EVA@kok.example,06 11112222\n",
    )
    before = _snapshot(workspace)
    _plan, outcome = import_files(workspace, [path])
    assert len(outcome.created) == 1
    workspace.undo.undo()
    assert workspace.contacts.count() == 0
    assert outcome.created[0] in workspace.contacts.deleted_ids()
    assert _snapshot(workspace)[0] == before[0]


def test_importing_the_same_file_twice_changes_nothing(workspace):
    import_files(workspace, [GOOGLE, FIXTURES / "csv" / "outlook_de.csv"])
    before = _snapshot(workspace)
    plan, outcome = import_files(workspace, [GOOGLE, FIXTURES / "csv" / "outlook_de.csv"])
    assert len(plan.duplicates) == 4
    assert (outcome.created, outcome.merged, outcome.batch_id) == ([], [], None)
    assert len(outcome.unchanged) == 4
    assert _snapshot(workspace) == before
    assert not outcome.changes.everything


def test_a_newer_export_of_the_same_address_book_updates_what_changed(workspace, tmp_path):
    header = "First Name,Last Name,Organization Name,Organization Title,E-mail 1 - Value\n"
    old = _write(tmp_path, "contacts.csv", header + "Eva,Kok,Kok BV,Sales,eva@kok.example\n")
    import_files(workspace, [FIXTURES / "csv" / "tabs.csv", old])  # one batch, two files
    newer = _write(
        tmp_path, "contacts.csv", header + "Eva,Kok,Kok Holding,Director,eva@kok.example\n"
    )
    _plan, outcome = import_files(workspace, [newer])
    [contact_id] = outcome.merged
    record = workspace.contacts.get(contact_id)
    assert (record.organization, record.job_title) == ("Kok Holding", "Director")
    assert workspace.contacts.count() == 2


def test_a_newer_vcard_matches_by_uid_first(workspace, tmp_path):
    card = "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:eva-1\r\nFN:Eva Kok\r\nN:Kok;Eva;;;\r\n{}END:VCARD\r\n"
    import_files(workspace, [_write(tmp_path, "a.vcf", card.format("ORG:Kok BV\r\n"))])
    # A new e-mail and company, nothing else in common but the UID.
    newer = card.format("ORG:Kok Holding\r\nEMAIL:eva@new.example\r\n")
    plan, outcome = import_files(workspace, [_write(tmp_path, "b.vcf", newer)])
    assert plan.duplicates[0].match.reason == "same UID"
    [contact_id] = outcome.merged
    record = workspace.contacts.get(contact_id)
    assert record.organization == "Kok Holding"
    assert [e.value for e in record.emails] == ["eva@new.example"]


def test_undo_a_batch_removes_new_and_restores_merged(workspace):
    kept_id, _ = workspace.contacts.create(
        ContactRecord(given_name="Jan", emails=[EmailEntry("jan@bakkerij.example")])
    )
    before = workspace.contacts.get(kept_id)
    _plan, outcome = import_files(workspace, [GOOGLE])
    assert outcome.merged == [kept_id] and len(outcome.created) == 1
    changes = importer_for(workspace).undo_batch(outcome.batch_id)
    assert changes.everything
    assert workspace.contacts.all_ids() == [kept_id]
    assert outcome.created[0] in workspace.contacts.deleted_ids()  # a tombstone
    restored = workspace.contacts.get(kept_id)
    assert (restored.family_name, restored.emails, restored.phones, restored.birthday) == (
        before.family_name,
        before.emails,
        before.phones,
        before.birthday,
    )
    assert ImportBatch.get_by_id(outcome.batch_id).undone_at is not None
    # Importing again after the undo brings the contacts back.
    _plan, again = import_files(workspace, [GOOGLE])
    assert len(again.created) == 1 and again.merged == [kept_id]


def test_ctrl_z_undoes_the_whole_import(workspace):
    before = _snapshot(workspace)[0]
    import_files(workspace, [GOOGLE, FIXTURES / "csv" / "apple.csv"])
    assert workspace.contacts.count() == 4
    assert workspace.undo.peek().kind == "import"
    workspace.undo.undo()
    assert workspace.contacts.count() == 0
    assert _snapshot(workspace)[0] == before


def test_a_failure_half_way_leaves_the_store_unchanged(workspace, monkeypatch):
    workspace.contacts.create(ContactRecord(given_name="Already", family_name="Here"))
    before = _snapshot(workspace)
    calls = []

    def failing_search_rows(rows):
        # Called after the new contacts' rows are inserted: the failure hits half-way.
        calls.append(list(rows))
        raise OSError("disk full")

    monkeypatch.setattr("prospectdesk.domain.contacts.insert_search_rows", failing_search_rows)
    with pytest.raises(OSError):
        import_files(workspace, [GOOGLE])
    assert calls and calls[0]  # contacts had been written, then rolled back
    assert _snapshot(workspace) == before
    assert not workspace.undo.can_undo()


def test_cancel_writes_nothing_and_progress_is_reported(workspace):
    before = _snapshot(workspace)
    seen: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelledError):
        import_files(
            workspace,
            [GOOGLE, FIXTURES / "csv" / "apple.csv"],
            progress=lambda done, total: seen.append((done, total)),
            is_cancelled=lambda: len(seen) >= 3,
        )
    assert seen == [(1, 4), (2, 4), (3, 4)]
    assert _snapshot(workspace) == before


def test_random_bytes_are_refused_with_a_clear_message(workspace, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(os.urandom(4096))
    before = _snapshot(workspace)
    plan, outcome = import_files(workspace, [path])
    assert plan.unreadable == ["photo.csv"]
    [problem] = plan.problems
    assert "photo.csv is not a contact file" in problem.message
    assert outcome.created == [] and _snapshot(workspace) == before


def test_truncated_vcard_gives_a_clear_message(workspace, tmp_path):
    text = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Whole Card\r\nN:Card;Whole;;;\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Off\r\nEMAIL:cut@off.exa"
    )
    plan, outcome = import_files(workspace, [_write(tmp_path, "cut.vcf", text)])
    # The vCard reader keeps what the cut card holds and says where it was cut.
    assert workspace.contacts.get(outcome.created[0]).display_name == "Whole Card"
    [problem] = plan.problems
    assert (problem.file, problem.line) == ("cut.vcf", 6)
    assert "cut off" in problem.message


def test_truncated_csv_reports_the_row(workspace):
    plan, outcome = import_files(workspace, [FIXTURES / "csv" / "truncated.csv"])
    assert len(outcome.created) == 1
    assert [str(p) for p in plan.rejected] == [
        "truncated.csv:3: the file ends inside a quoted value (is it cut off?); this row "
        "was not imported"
    ]


def test_merge_records_update_appends_differing_notes():
    stored = ContactRecord(given_name="A", job_title="Sales", notes="Mine")
    incoming = ContactRecord(given_name="A", job_title="Director", notes="Theirs")
    merged = merge_records(stored, incoming, update=True)
    assert merged.job_title == "Director"  # a newer export's title wins
    assert merged.notes == "Mine\n\nTheirs"
    assert stored.notes == "Mine"  # the stored record is not mutated


def test_a_year_is_added_to_a_year_less_birthday():
    stored = ContactRecord(birthday=Birthday(5, 17))
    merged = merge_records(stored, ContactRecord(birthday=Birthday(5, 17, 1980)))
    assert merged.birthday == Birthday(5, 17, 1980)


def test_json_export_shape_after_import(workspace):
    import_files(workspace, [GOOGLE])
    rows = json.loads(write_json(workspace))
    jan = rows[0]
    assert set(jan) >= {
        "id",
        "display_name",
        "given_name",
        "family_name",
        "organization",
        "job_title",
        "emails",
        "phones",
        "addresses",
        "birthday",
        "stage",
        "tags",
        "source",
        "notes",
    }
    assert jan["birthday"] == "1975-04-12" and rows[1]["birthday"] == "--05-17"
    assert jan["stage"] == workspace.pipeline.stages()[0].name
    assert jan["emails"][0] == {"value": "jan@bakkerij.example", "label": "work"}


def test_rows_merged_into_one_contact_stay_stable_on_reimport(workspace, tmp_path):
    path = _write(
        tmp_path,
        "shared.csv",
        "First Name,Last Name,Email,Phone\n"
        "Eva,Kok,eva@kok.example,06 11112222\n"
        "E.,Kok,e.kok@kok.example,06 11112222\n",
    )
    _plan, first = import_files(workspace, [path])
    assert len(first.created) == 1  # the shared phone and the initial: the same person
    before = _snapshot(workspace)
    for _ in range(2):
        _plan, again = import_files(workspace, [path])
        assert again.merged == [] and again.created == []
        assert _snapshot(workspace) == before


# -- possible duplicates: the same name and nothing else ---------------------------------------


def test_a_stored_contact_with_only_the_same_name_is_a_possible_duplicate_kept_apart(
    workspace, tmp_path
):
    stored_id, _ = workspace.contacts.create(
        ContactRecord(given_name="Jan", family_name="de Vries", emails=[EmailEntry("a@x.nl")])
    )
    path = _write(tmp_path, "list.csv", "Name,Email\nJan de Vries,jan@other.example\n")
    importer = importer_for(workspace)
    results, _, _ = importer.read_files([path])
    plan = importer.plan(results)
    [item] = plan.duplicates
    assert item.match.contact_id == stored_id  # shown in the preview, with its reason
    assert item.match.possible and item.match.reason == "same name only"
    assert item.decision == Decision.KEEP_BOTH
    assert plan.possible_duplicates == [item]
    outcome = importer.apply(plan)
    assert outcome.merged == [] and len(outcome.created) == 1
    assert [e.value for e in workspace.contacts.get(stored_id).emails] == ["a@x.nl"]


def test_a_possible_duplicate_is_merged_when_the_owner_chooses_merge(workspace, tmp_path):
    stored_id, _ = workspace.contacts.create(ContactRecord(given_name="Jan", family_name="Kok"))
    path = _write(tmp_path, "list.csv", "Name,Email\nJan Kok,jan@kok.example\n")
    importer = importer_for(workspace)
    results, _, _ = importer.read_files([path])
    plan = importer.plan(results)
    plan.duplicates[0].decision = Decision.MERGE
    outcome = importer.apply(plan)
    assert outcome.merged == [stored_id] and outcome.created == []
    assert [e.value for e in workspace.contacts.get(stored_id).emails] == ["jan@kok.example"]


@pytest.mark.parametrize(
    "row, reason",
    [
        ("Jan de Vries,,06 11112222,", "same phone"),
        ("Jan de Vries,jan@vries.example,,", "same e-mail"),
    ],
)
def test_a_name_with_an_email_or_phone_in_common_is_merged_by_default(
    workspace, tmp_path, row, reason
):
    stored_id, _ = workspace.contacts.create(
        ContactRecord(
            given_name="Jan",
            family_name="de Vries",
            organization="De Vries BV" if "organization" in reason else "",
            emails=[EmailEntry("jan@vries.example")] if "e-mail" in reason else [],
            phones=[PhoneEntry("+31611112222")] if "phone" in reason else [],
        )
    )
    path = _write(tmp_path, "list.csv", f"Name,Email,Phone,Company\n{row}\n")
    plan, outcome = import_files(workspace, [path])
    [item] = plan.duplicates
    assert reason in item.match.reason and not item.match.possible
    assert item.decision == Decision.MERGE
    assert outcome.merged == [stored_id]


def test_rows_of_one_file_with_only_the_same_name_stay_apart(workspace, tmp_path):
    path = _write(
        tmp_path,
        "bought.csv",
        "Name,Email\n"
        "Jan de Vries,jan1@example.nl\n"
        "Jan de Vries,jan2@example.nl\n"
        "J. de Vries,JAN2@example.nl\n",  # the second Jan again, by his e-mail
    )
    plan, outcome = import_files(workspace, [path])
    first, second, third = plan.items
    assert second.match.possible and second.match.planned_index == first.index
    assert second.decision == Decision.KEEP_BOTH
    # The kept-apart record is a contact of its own: the third row merges into it.
    assert third.match.planned_index == second.index and not third.match.possible
    assert third.decision == Decision.MERGE
    assert len(outcome.created) == 2 and workspace.contacts.count() == 2


def test_reimporting_a_file_of_names_only_adds_no_copies(workspace, tmp_path):
    path = _write(tmp_path, "names.csv", "First Name,Last Name\nEva,Kok\nPiet,Kok\n")
    import_files(workspace, [path])
    before = _snapshot(workspace)
    plan, outcome = import_files(workspace, [path])
    assert len(plan.duplicates) == 2 and plan.possible_duplicates == []
    assert outcome.created == [] and len(outcome.unchanged) == 2
    assert _snapshot(workspace) == before


def test_import_files_can_still_merge_every_duplicate(workspace, tmp_path):
    stored_id, _ = workspace.contacts.create(ContactRecord(given_name="Eva", family_name="Kok"))
    path = _write(tmp_path, "list.csv", "Name,Email\nEva Kok,eva@kok.example\n")
    _plan, outcome = import_files(workspace, [path], decision=Decision.MERGE)
    assert outcome.merged == [stored_id]


def test_cancel_while_new_contacts_are_written_writes_nothing(workspace, tmp_path):
    # New contacts are written after every record is planned, 500 at a time; Cancel is
    # still honoured between those.
    rows = "".join(f"Person {n},p{n}@example.nl\n" for n in range(1200))
    path = _write(tmp_path, "many.csv", "Name,Email\n" + rows)
    before = _snapshot(workspace)
    asked: list[int] = []

    def cancel_after_the_first_batch() -> bool:
        asked.append(len(asked))
        return workspace.contacts.count() > 0

    with pytest.raises(ImportCancelledError):
        import_files(workspace, [path], is_cancelled=cancel_after_the_first_batch)
    assert len(asked) > 1200  # asked again while writing, after all were planned
    assert _snapshot(workspace) == before


def test_an_import_and_its_undo_step_are_one_commit(workspace):
    """The undo step is written in the import's own transaction: one commit, and no
    import is ever stored without the step that takes it back."""
    from prospectdesk.store.db import database

    statements: list[str] = []
    database.connection().set_trace_callback(statements.append)
    try:
        _plan, outcome = import_files(workspace, [GOOGLE])
    finally:
        database.connection().set_trace_callback(None)
    assert [s for s in statements if s.strip().upper() == "COMMIT"] == ["COMMIT"]
    step = workspace.undo.peek()
    assert step is not None and (step.kind, step.label) == ("import", "Import google_current.csv")
    assert step.contact_count == len(outcome.created) + len(outcome.merged)
