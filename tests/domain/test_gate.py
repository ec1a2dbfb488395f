"""The qualification gate (issue 18): an unqualified lead moves on to Prospect or further
only with a reason, which is kept; qualified leads, moves before Prospect and a gate
turned off pass."""

from __future__ import annotations

import pytest

from prospectdesk.domain.gate import NotQualifiedError
from prospectdesk.domain.qualification import Answer, AnswerInput
from prospectdesk.domain.records import ContactRecord
from prospectdesk.domain.settings import QUALIFICATION_GATE
from prospectdesk.store.models import Contact

pytestmark = pytest.mark.gate


def add(ws, name: str, role: str = "lead") -> int:
    stage = ws.pipeline.stage_by_role(role)
    contact_id, _ = ws.contacts.create(ContactRecord(given_name=name), stage_id=stage.id)
    return contact_id


def stage(ws, role: str) -> int:
    return ws.pipeline.stage_by_role(role).id


def test_an_unqualified_lead_is_held_back_with_what_is_missing(workspace):
    ws, gate = workspace, workspace.sales.gate
    anna, bram = add(ws, "Anna"), add(ws, "Bram")
    q = ws.sales.qualification
    criteria = q.criteria()
    q.record(anna, [AnswerInput(c.id, Answer.YES) for c in criteria], method="meeting")
    q.record(bram, [AnswerInput(criteria[0].id, Answer.YES)], method="meeting")
    with pytest.raises(NotQualifiedError) as refused:
        gate.move([anna, bram], to_stage_id=stage(ws, "presentation"))
    [stop] = refused.value.stops
    assert stop.contact_id == bram and stop.missing == tuple(c.name for c in criteria[1:])
    # Nothing moved, Anna included: one move, one transaction.
    assert Contact.get_by_id(anna).stage_id == Contact.get_by_id(bram).stage_id == stage(ws, "lead")
    assert gate.stops([anna], stage(ws, "prospect")) == []


def test_a_reason_lets_the_move_through_and_is_kept(workspace):
    ws, gate = workspace, workspace.sales.gate
    bram = add(ws, "Bram")
    gate.move([bram], to_stage_id=stage(ws, "prospect"), override_reason="  met at the fair ")
    assert Contact.get_by_id(bram).stage_id == stage(ws, "prospect")
    assert gate.override_reasons(bram) == ["met at the fair"]
    ws.undo.undo()  # one step; the stage history keeps the move, its reason and the return
    assert Contact.get_by_id(bram).stage_id == stage(ws, "lead")


def test_moves_before_prospect_others_than_leads_and_a_gate_turned_off_pass(workspace):
    ws, gate = workspace, workspace.sales.gate
    lead = add(ws, "Lead")
    prospect = add(ws, "Pia", "prospect")
    assert gate.stops([prospect], stage(ws, "customer")) == []  # not a lead
    gate.move([lead], to_stage_id=stage(ws, "lead"))  # reordering within the column
    ws.settings.set(QUALIFICATION_GATE, False)
    gate.move([lead], to_stage_id=stage(ws, "customer"))
    assert Contact.get_by_id(lead).stage_id == stage(ws, "customer")
    assert gate.override_reasons(lead) == []
