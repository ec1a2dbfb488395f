"""Qualification: the criteria list, the rule, answers kept per contact, card progress."""

from __future__ import annotations

from datetime import timedelta

import pytest

from prospectdesk.domain.qualification import Answer, AnswerInput, Outcome, decide
from prospectdesk.domain.records import ContactRecord


def add_lead(ws, name: str) -> int:
    contact_id, _ = ws.contacts.create(ContactRecord(given_name=name))
    return contact_id


def answers(ws, *given: Answer, notes: tuple[str, ...] = ()) -> list[AnswerInput]:
    criteria = ws.sales.qualification.criteria()
    notes = notes or ("",) * len(given)
    return [AnswerInput(c.id, a, n) for c, a, n in zip(criteria, given, notes, strict=False)]


def test_new_workspace_has_three_default_criteria(workspace):
    names = [c.name for c in workspace.sales.qualification.criteria()]
    assert names == ["Fits my target market", "Has the money to buy", "Has the authority to decide"]


def test_defaults_are_seeded_through_the_translate_function(data_dir, clock):
    from prospectdesk.domain.workspace import open_workspace

    ws = open_workspace(data_dir, clock=clock, translate=lambda ctx, s: f"[{ctx}] {s}")
    assert ws.sales.qualification.criteria()[0].name == "[Defaults] Fits my target market"
    ws.close()


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ((Answer.YES, Answer.YES, Answer.YES), Outcome.PROSPECT),
        ((Answer.YES, Answer.NO, Answer.YES), Outcome.NOT_NOW),
        ((Answer.NO, Answer.UNKNOWN, Answer.YES), Outcome.NOT_NOW),
        ((Answer.YES, Answer.UNKNOWN, Answer.YES), Outcome.UNDECIDED),
        ((Answer.YES, Answer.YES), Outcome.UNDECIDED),  # the third not asked
    ],
)
def test_rule(given, expected):
    assert decide(dict(enumerate(given, start=1)), [1, 2, 3]) is expected


def test_all_met_offers_prospect(workspace):
    q = workspace.sales.qualification
    a = add_lead(workspace, "Anna")
    result = q.record(a, answers(workspace, Answer.YES, Answer.YES, Answer.YES), method="meeting")
    prospect = workspace.pipeline.stage_by_role("prospect")
    assert result.status.outcome is Outcome.PROSPECT
    assert result.offered_stage_id == prospect.id
    assert workspace.pipeline.stage_of(a) == workspace.pipeline.stage_by_role("lead").id
    changes = q.accept_offer(a, result.status.outcome)
    assert workspace.pipeline.stage_of(a) == prospect.id
    assert prospect.id in changes.stages


def test_any_no_offers_not_now_and_keeps_them_on_the_list(workspace):
    q = workspace.sales.qualification
    b = add_lead(workspace, "Bram")
    result = q.record(
        b, answers(workspace, Answer.YES, Answer.NO, Answer.UNKNOWN), method="phone_call"
    )
    not_now = workspace.pipeline.stage_by_role("not_now")
    assert result.offered_stage_id == not_now.id
    q.accept_offer(b, result.status.outcome)
    assert workspace.pipeline.stage_of(b) == not_now.id
    assert workspace.contacts.exists(b)


def test_undecided_offers_no_move(workspace):
    q = workspace.sales.qualification
    c = add_lead(workspace, "Cem")
    result = q.record(c, answers(workspace, Answer.YES, Answer.UNKNOWN), method="email")
    assert result.offered_stage_id is None
    assert q.accept_offer(c, result.status.outcome).stages == set()


def test_answers_are_kept_readable_with_method_and_notes(workspace, clock):
    q = workspace.sales.qualification
    a = add_lead(workspace, "Անի")
    q.record(
        a,
        answers(
            workspace, Answer.YES, Answer.UNKNOWN, Answer.YES, notes=("", "vraagt partner", "")
        ),
        method="phone_call",
    )
    clock.advance(timedelta(days=2))
    q.record(a, answers(workspace, Answer.YES, Answer.YES, Answer.YES), method="in_person")
    history = q.history(a)
    assert [s.method for s in history] == ["in_person", "phone_call"]
    assert history[1].answers[1].note == "vraagt partner"
    assert history[1].answers[1].answer is Answer.UNKNOWN
    assert q.status(a).met == 3


def test_latest_answer_per_criterion_counts_across_conversations(workspace, clock):
    q = workspace.sales.qualification
    first, second, third = q.criteria()
    a = add_lead(workspace, "Anna")
    q.record(
        a, [AnswerInput(first.id, Answer.YES), AnswerInput(second.id, Answer.NO)], method="email"
    )
    clock.advance(timedelta(hours=1))
    q.record(a, [AnswerInput(second.id, Answer.YES)], method="phone_call")
    status = q.status(a)
    assert (status.met, status.total, status.outcome) == (2, 3, Outcome.UNDECIDED)


def test_unknown_way_of_gathering_is_refused(workspace):
    a = add_lead(workspace, "Anna")
    with pytest.raises(ValueError):
        workspace.sales.qualification.record(a, [], method="telepathy")


def test_criteria_can_be_renamed_added_and_removed(workspace):
    q = workspace.sales.qualification
    a = add_lead(workspace, "Anna")
    q.record(a, answers(workspace, Answer.YES, Answer.YES, Answer.YES), method="meeting")
    area_id, _ = q.add_criterion("Woont in mijn regio")
    assert q.status(a).total == 4 and q.status(a).outcome is Outcome.UNDECIDED
    first = q.criteria()[0]
    q.rename_criterion(first.id, "Past in mijn doelgroep")
    q.remove_criterion(area_id)
    assert [c.name for c in q.criteria()][0] == "Past in mijn doelgroep"
    assert q.status(a).outcome is Outcome.PROSPECT
    # The old conversation still reads as it was asked.
    assert q.history(a)[0].answers[0].question == "Fits my target market"
    q.remove_criterion(first.id)
    assert q.history(a)[0].answers[0].criterion_id is None
    with pytest.raises(ValueError):
        q.add_criterion("   ")


def test_cards_show_progress_without_a_query_per_card(workspace):
    q = workspace.sales.qualification
    ids = [add_lead(workspace, f"L{i}") for i in range(30)]
    q.record(ids[0], answers(workspace, Answer.YES, Answer.YES, Answer.UNKNOWN), method="meeting")
    from prospectdesk.store.db import database

    executed: list[str] = []
    original = database.execute_sql

    def counting(sql, params=None, *args, **kwargs):
        executed.append(sql)
        return original(sql, params, *args, **kwargs)

    database.execute_sql = counting
    try:
        cards = workspace.pipeline.cards(ids)
    finally:
        del database.execute_sql
    assert (cards[ids[0]].qualification_met, cards[ids[0]].qualification_total) == (2, 3)
    assert (cards[ids[1]].qualification_met, cards[ids[1]].qualification_total) == (0, 3)
    assert 0 < len(executed) < 15  # a fixed number, not one per card
    # A customer who was never asked shows no progress.
    customer = workspace.pipeline.stage_by_role("customer")
    workspace.pipeline.move_contacts([ids[5]], to_stage_id=customer.id)
    assert workspace.pipeline.cards([ids[5]])[ids[5]].qualification_total == 0


def test_undo_takes_back_a_conversations_answers(workspace):
    q = workspace.sales.qualification
    a = add_lead(workspace, "Anna")
    q.record(a, answers(workspace, Answer.YES), method="meeting")
    q.record(a, answers(workspace, Answer.YES, Answer.YES, Answer.YES), method="email")
    assert q.status(a).outcome is Outcome.PROSPECT

    changes = workspace.undo.undo()

    assert a in changes.contacts
    assert [session.method for session in q.history(a)] == ["meeting"]
    assert q.status(a).outcome is Outcome.UNDECIDED
