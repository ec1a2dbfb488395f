"""Undo in the session: deleting, moving, an import with its merges into stored contacts;
a deleted contact stays recoverable after the session ends."""

from __future__ import annotations

from prospectdesk.domain.io.importer import import_files
from prospectdesk.domain.records import ContactRecord, EmailEntry
from prospectdesk.domain.workspace import open_workspace


def _vcard(*cards: str) -> bytes:
    return "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\n{c}END:VCARD\r\n" for c in cards).encode()


def test_undo_of_an_import_takes_back_new_contacts_and_merges(data_dir, clock, tmp_path):
    ws = open_workspace(data_dir, clock=clock)
    stored_id, _ = ws.contacts.create(
        ContactRecord(
            given_name="Ani",
            family_name="Hakobyan",
            emails=[EmailEntry("ani@example.am")],
            notes="Met at the fair",
        )
    )
    before = ws.contacts.get(stored_id)
    card_file = tmp_path / "phone.vcf"
    card_file.write_bytes(
        _vcard(
            # The same person (same e-mail) with a new phone and title: merged into her.
            "FN:Ani Hakobyan\r\nN:Hakobyan;Ani;;;\r\nEMAIL:ani@example.am\r\n"
            "TEL:+374 91 123456\r\nTITLE:Owner\r\n",
            "FN:Jan de Vries\r\nN:de Vries;Jan;;;\r\nEMAIL:jan@example.nl\r\n",
        )
    )
    plan, outcome = import_files(ws, [card_file])
    assert outcome.merged == [stored_id] and len(outcome.created) == 1
    merged = ws.contacts.get(stored_id)
    assert merged.job_title == "Owner" and len(merged.phones) == 1
    assert ws.undo.peek().kind == "import"

    changes = ws.undo.undo()  # what Edit > Undo (Ctrl+Z) calls
    assert changes.everything
    after = ws.contacts.get(stored_id)
    assert (after.job_title, after.phones, after.notes) == (
        before.job_title,
        before.phones,
        before.notes,
    )
    assert ws.contacts.count() == 1
    # The imported newcomer is a tombstone, not gone: it can still be brought back.
    assert outcome.created[0] in ws.contacts.deleted_ids()
    ws.close()


def test_delete_and_move_undo_in_order(workspace):
    ws = workspace
    first, _ = ws.contacts.create(ContactRecord(given_name="Een"))
    second, _ = ws.contacts.create(ContactRecord(given_name="Twee"))
    stages = ws.pipeline.stages()
    ws.pipeline.move_contacts([first], to_stage_id=stages[2].id)
    ws.contacts.delete([second])
    assert ws.contacts.count() == 1
    ws.undo.undo()
    assert ws.contacts.exists(second)
    ws.undo.undo()
    assert ws.pipeline.stage_of(first) == stages[0].id
    # The undone move leaves no trace: the history is as it was before it.
    assert [h.to_stage for h in ws.pipeline.stage_history(first)] == [stages[0].name]
    assert not ws.undo.can_undo()


def test_deleted_contact_survives_a_restart_as_a_recoverable_tombstone(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    contact_id, _ = ws.contacts.create(ContactRecord(given_name="Later"))
    ws.contacts.delete([contact_id])
    ws.close()
    ws = open_workspace(data_dir, clock=clock)
    assert ws.undo.peek().kind == "delete"  # undo outlives the session...
    assert ws.contacts.deleted_ids() == [contact_id]  # ...and the tombstone stays
    ws.contacts.restore([contact_id])
    assert ws.contacts.get(contact_id).given_name == "Later"
    ws.close()


def test_undo_after_a_restart_takes_the_delete_back(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    contact_id, _ = ws.contacts.create(ContactRecord(given_name="Later"))
    ws.contacts.delete([contact_id])
    ws.close()
    ws = open_workspace(data_dir, clock=clock)
    ws.undo.undo()
    assert ws.contacts.deleted_ids() == [] and ws.contacts.get(contact_id).given_name == "Later"
    assert ws.undo.peek_redo().kind == "delete"
    ws.close()
