"""A column re-reads only the cards a change names; the rest stay cached."""

from __future__ import annotations

from datetime import timedelta

from prospectdesk.domain.records import ContactRecord
from prospectdesk.ui.board_model import StageColumnModel
from prospectdesk.ui.controller import AppController


def test_a_drop_rereads_the_moved_card_and_keeps_the_others(qapp, workspace, clock):
    controller = AppController(workspace)
    lead, prospect = [stage.id for stage in workspace.pipeline.stages()[:2]]
    stay, _ = workspace.contacts.create(ContactRecord(given_name="Stays"))
    moved, _ = workspace.contacts.create(ContactRecord(given_name="Moves"))
    other, _ = workspace.contacts.create(ContactRecord(given_name="Other"), stage_id=prospect)
    column = StageColumnModel(controller, prospect)
    source = StageColumnModel(controller, lead)
    controller.changes_applied.connect(column.apply_changes)
    controller.changes_applied.connect(source.apply_changes)
    column.reload()
    source.reload()
    kept = column.card(0)
    assert kept is not None and kept.id == other
    assert source.card(0).id == stay
    clock.advance(timedelta(days=3))

    column.move_here([moved], before_id=other)

    assert column.contact_ids() == [moved, other]
    assert column.card(0).days_in_stage == 0  # re-read: it just arrived
    assert column.card(1) is kept  # untouched card: not read again
    assert source.contact_ids() == [stay]
    due = clock.now() + timedelta(days=1)
    controller.run(lambda: workspace.activity.add_followup(other, due_at=due))
    assert column.card(1).next_followup_due == due
