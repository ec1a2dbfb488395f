"""Today's sales list at given clock times: leads not yet qualified; a follow-up finished
together with its next step."""

from __future__ import annotations

from datetime import datetime, timedelta

from prospectdesk.domain.qualification import Answer, AnswerInput
from prospectdesk.domain.records import ContactRecord
from tests.conftest import AMSTERDAM


def add(ws, name: str, role: str = "lead") -> int:
    stage = ws.pipeline.stage_by_role(role)
    contact_id, _ = ws.contacts.create(ContactRecord(given_name=name), stage_id=stage.id)
    return contact_id


def test_unqualified_leads_at_given_times(workspace, clock):
    today = workspace.sales.today
    q = workspace.sales.qualification
    first = add(workspace, "Eerste")
    clock.advance(timedelta(days=2))
    second = add(workspace, "Tweede")
    qualified = add(workspace, "Klaar")
    add(workspace, "Prospect", role="prospect")
    q.record(
        qualified,
        [AnswerInput(c.id, Answer.YES) for c in q.criteria()],
        method="meeting",
    )
    q.record(second, [AnswerInput(q.criteria()[0].id, Answer.YES)], method="email")

    at = datetime(2026, 11, 26, 8, 0, tzinfo=AMSTERDAM)
    leads = today.unqualified_leads(at)
    assert [(x.contact_id, x.met, x.total, x.waiting_days) for x in leads] == [
        (first, 0, 3, 3),
        (second, 1, 3, 1),
    ]
    # Before the second lead was added, only the first is listed.
    earlier = datetime(2026, 11, 24, 10, 0, tzinfo=AMSTERDAM)
    assert [x.contact_id for x in today.unqualified_leads(earlier)] == [first]


def test_a_deleted_or_moved_lead_leaves_the_list(workspace):
    a = add(workspace, "A")
    b = add(workspace, "B")
    workspace.contacts.delete([a])
    workspace.pipeline.move_contacts(
        [b], to_stage_id=workspace.pipeline.stage_by_role("prospect").id
    )
    assert workspace.sales.today.unqualified_leads() == []


def test_finishing_a_followup_schedules_the_next_step(workspace, clock):
    a = add(workspace, "A", role="follow_up")
    due = clock.now() - timedelta(days=1)
    followup_id, _ = workspace.activity.add_followup(a, due_at=due, what="Bellen")
    next_due = clock.now() + timedelta(days=14)
    next_id, changes = workspace.sales.today.finish_followup(
        followup_id, next_due_at=next_due, next_what="Offerte sturen"
    )
    assert changes.contacts == {a}
    rows = {f.id: f for f in workspace.activity.followups(a)}
    assert rows[followup_id].done_at == clock.now()
    assert (rows[next_id].due_at, rows[next_id].what, rows[next_id].done_at) == (
        next_due,
        "Offerte sturen",
        None,
    )
    other_id, _ = workspace.activity.add_followup(a, due_at=due, what="x")
    assert workspace.sales.today.finish_followup(other_id)[0] is None
    assert len(workspace.activity.followups(a, include_done=False)) == 1


def test_unqualified_leads_are_limited_and_counted(workspace):
    ids = [add(workspace, f"L{i}") for i in range(5)]
    q = workspace.sales.qualification
    q.record(ids[2], [AnswerInput(c.id, Answer.YES) for c in q.criteria()], method="meeting")
    today = workspace.sales.today
    assert [x.contact_id for x in today.unqualified_leads(limit=2)] == ids[:2]
    assert today.unqualified_lead_count() == 4
    # A criterion added later makes the qualified lead unqualified again.
    q.add_criterion("Woont in de regio")
    assert today.unqualified_lead_count() == 5


def test_the_kept_count_path_agrees_with_the_full_list(workspace, clock):
    """The count at "now" comes from the kept column count less the qualified leads; it
    must agree with the list in every case the list handles."""
    ids = [add(workspace, f"L{i}") for i in range(8)]
    q = workspace.sales.qualification
    every_yes = [AnswerInput(c.id, Answer.YES) for c in q.criteria()]
    q.record(ids[0], every_yes, method="meeting")  # qualified
    q.record(ids[1], every_yes[:1], method="phone_call")  # partly
    q.record(ids[2], every_yes, method="meeting")
    clock.advance(timedelta(minutes=1))
    q.record(ids[2], [AnswerInput(q.criteria()[0].id, Answer.NO)], method="phone_call")  # changed
    q.record(ids[3], every_yes, method="meeting")
    workspace.pipeline.move_contacts(
        [ids[3]], to_stage_id=workspace.pipeline.stage_by_role("prospect").id
    )
    workspace.contacts.delete([ids[4]])
    q.record(ids[5], every_yes, method="meeting")
    workspace.contacts.delete([ids[5]])  # a deleted qualified lead counts nowhere
    today = workspace.sales.today

    listed = [lead.contact_id for lead in today.unqualified_leads(limit=None)]
    assert sorted(listed) == sorted([ids[1], ids[2], ids[6], ids[7]])
    assert today.unqualified_lead_count() == len(listed) == 4
    # Asked about a moment in the past, the full query answers (nobody existed yet).
    assert today.unqualified_lead_count(clock.now() - timedelta(days=1)) == 0


def test_the_count_at_a_moment_just_read_from_the_clock_uses_the_kept_counts(
    workspace, clock, monkeypatch
):
    """Today passes the moment it read a little earlier; that is still "now"."""
    from datetime import timedelta

    today = workspace.sales.today
    ids = [add(workspace, f"L{i}") for i in range(3)]
    asked = clock.now()
    clock.advance(timedelta(seconds=2))
    full_query: list[int] = []
    real = today._unqualified
    monkeypatch.setattr(
        today, "_unqualified", lambda *a, **k: (full_query.append(1), real(*a, **k))[1]
    )
    assert today.unqualified_lead_count(asked) == len(ids)
    assert full_query == []
    assert today.unqualified_lead_count(asked - timedelta(days=1)) == 0
    assert full_query == [1]
