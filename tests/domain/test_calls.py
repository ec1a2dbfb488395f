"""The call list (issue 18) at given clock times: its order, the midnight boundary, the
brief before a call, do-not-contact people left out, and a fixed number of queries."""

from __future__ import annotations

from datetime import datetime, timedelta

from prospectdesk.domain.calls import CallOutcome, CallReason, tel_uri
from prospectdesk.domain.qualification import Answer, AnswerInput
from prospectdesk.domain.records import ContactRecord, PhoneEntry
from prospectdesk.domain.sales import CloseOutcome, PresentationInput
from tests.conftest import AMSTERDAM

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=AMSTERDAM)  # the clock fixture's moment


def add(ws, name: str, role: str = "lead", *, phone: str = "", source: str | None = None) -> int:
    stage = ws.pipeline.stage_by_role(role)
    record = ContactRecord(given_name=name, phones=[PhoneEntry(phone)] if phone else [])
    contact_id, _ = ws.contacts.create(record, stage_id=stage.id)
    if source is not None:
        source_id, _ = ws.sales.sources.add_source(source)
        from prospectdesk.store.models import Contact

        Contact.update(source=source_id).where(Contact.id == contact_id).execute()
    return contact_id


def calls(ws, at: datetime = NOW):
    return ws.sales.calls.calls_at(at)


def test_the_order_overdue_today_recontact_close_quiet_leads(workspace, clock):
    ws = workspace
    # Made weeks ago, so that the quiet clock has run for the quiet one.
    clock.set(NOW - timedelta(days=60))
    quiet = add(ws, "Stil", "prospect")
    fresh_prospect = add(ws, "Vers", "prospect")
    shown = add(ws, "Getoond", "presentation")
    good_lead = add(ws, "Goede lead", source="Referral")
    poor_lead = add(ws, "Zwakke lead", source="Bought list")
    # The referral source turned one of its two leads into a prospect; the bought list none.
    won = add(ws, "Gewonnen", source="Referral")
    ws.pipeline.move_contacts([won], to_stage_id=ws.pipeline.stage_by_role("prospect").id)
    ws.activity.log_interaction(won, summary="goed gesprek")
    said_no = add(ws, "Nee", "presentation")
    ws.sales.presentations.record_presentation(
        said_no,
        PresentationInput(
            presented_at=NOW - timedelta(days=50),
            offered="pakket",
            call_to_action="bestellen?",
            outcome=CloseOutcome.NO,
            stays_on_list=True,
            follow_up_at=NOW - timedelta(hours=2),
            follow_up_what="mag weer gebeld worden",
        ),
    )
    clock.set(NOW - timedelta(days=1))
    ws.activity.log_interaction(fresh_prospect, summary="net gesproken")
    ws.activity.log_interaction(won, summary="nog steeds goed")
    today_person = add(ws, "Vandaag")
    late_person = add(ws, "Te laat")
    clock.set(NOW)
    ws.activity.add_followup(today_person, due_at=NOW + timedelta(hours=3), what="demo")
    ws.activity.add_followup(late_person, due_at=NOW - timedelta(days=2), what="offerte")

    rows = calls(ws)
    assert [(r.contact_id, r.reason) for r in rows] == [
        (late_person, CallReason.OVERDUE),
        (today_person, CallReason.DUE_TODAY),
        (said_no, CallReason.RECONTACT),
        (shown, CallReason.AWAITING_CLOSE),
        (quiet, CallReason.QUIET),
        (good_lead, CallReason.LEAD),
        (poor_lead, CallReason.LEAD),
    ]
    assert rows[0].detail == "offerte" and rows[0].followup_id is not None
    assert rows[5].detail == "Referral" and rows[5].source_rate == 0.5
    assert rows[6].source_rate == 0.0
    assert fresh_prospect not in {r.contact_id for r in rows}


def test_a_person_is_listed_once_under_the_first_reason(workspace, clock):
    shown = add(workspace, "Getoond", "presentation")
    workspace.activity.add_followup(shown, due_at=NOW - timedelta(days=3), what="a")
    workspace.activity.add_followup(shown, due_at=NOW + timedelta(hours=1), what="b")
    rows = calls(workspace)
    assert [(r.contact_id, r.reason, r.detail) for r in rows] == [(shown, CallReason.OVERDUE, "a")]


def test_midnight_is_the_line_between_overdue_and_today(workspace, clock):
    a = add(workspace, "Gisteravond", "prospect")
    b = add(workspace, "Middernacht", "prospect")
    c = add(workspace, "Morgen", "prospect")
    midnight = datetime(2026, 11, 24, 0, 0, tzinfo=AMSTERDAM)
    workspace.activity.add_followup(a, due_at=midnight - timedelta(minutes=1))
    workspace.activity.add_followup(b, due_at=midnight)
    workspace.activity.add_followup(c, due_at=midnight + timedelta(days=1))
    # Just before midnight both are due today; the one at midnight is not due yet.
    before = [(r.contact_id, r.reason) for r in calls(workspace, midnight - timedelta(minutes=2))]
    assert before == [(a, CallReason.DUE_TODAY)]
    # Just after midnight: yesterday's is overdue, the one at 00:00 due today.
    after = [(r.contact_id, r.reason) for r in calls(workspace, midnight + timedelta(minutes=1))]
    assert after == [(a, CallReason.OVERDUE), (b, CallReason.DUE_TODAY)]


def test_gone_quiet_follows_the_stage_days(workspace, clock):
    ws = workspace
    clock.set(NOW - timedelta(days=10))
    customer = add(ws, "Klant", "customer")  # the customer stage allows 90 days
    prospect = add(ws, "Prospect", "prospect")  # 14 days
    clock.set(NOW)
    assert calls(ws) == []
    ws.pipeline.set_stale_days(ws.pipeline.stage_by_role("prospect").id, 7)
    assert [(r.contact_id, r.reason) for r in calls(ws)] == [(prospect, CallReason.QUIET)]
    ws.pipeline.set_stale_days(ws.pipeline.stage_by_role("customer").id, 9)
    assert {r.contact_id for r in calls(ws)} == {prospect, customer}
    # The card marker agrees with the list.
    extras = ws.sales.presentations.card_extras([(prospect, 0), (customer, 0)])
    assert extras[prospect] == {"stale": True} and extras[customer] == {"stale": True}


def test_do_not_contact_people_never_appear(workspace, clock):
    ws = workspace
    people = [
        add(ws, "Lead"),
        add(ws, "Getoond", "presentation"),
        add(ws, "Opvolgen", "prospect"),
    ]
    ws.activity.add_followup(people[2], due_at=NOW - timedelta(days=1))
    assert {r.contact_id for r in calls(ws)} == set(people)
    ws.sales.presentations.set_do_not_contact(people, True)
    assert calls(ws) == []


def test_the_brief_before_a_call(workspace, clock):
    ws = workspace
    anna = add(ws, "Anna", "presentation", phone="+31 6 1234 5678")
    q = ws.sales.qualification
    criteria = q.criteria()
    q.record(
        anna,
        [AnswerInput(criteria[0].id, Answer.YES), AnswerInput(criteria[1].id, Answer.UNKNOWN)],
        method="phone_call",
        asked_at=NOW - timedelta(days=5),
    )
    ws.activity.log_interaction(
        anna,
        summary="eerste gesprek",
        concerns=["te duur"],
        occurred_at=NOW - timedelta(days=3),
    )
    ws.activity.log_interaction(
        anna, summary="demo gegeven", concerns=["levertijd"], occurred_at=NOW - timedelta(days=1)
    )
    ws.sales.presentations.record_sale(anna, what="pakket", amount_cents=12_50)
    # A sale moved Anna to Customer, which is not due: bring her back to the presentation.
    ws.pipeline.move_contacts([anna], to_stage_id=ws.pipeline.stage_by_role("presentation").id)
    (row,) = calls(ws)
    brief = row.brief
    assert brief.phone == "+31 6 1234 5678"
    assert brief.tel_uri == "tel:+31612345678"
    assert brief.last_conversation is not None
    assert brief.last_conversation.summary == "demo gegeven"
    assert brief.open_concerns == ("te duur", "levertijd")
    assert brief.unknown_criteria == (criteria[1].name, criteria[2].name)
    assert (brief.purchases, brief.purchases_cents) == (1, 12_50)


def test_tel_uri_keeps_the_plus_and_digits():
    assert tel_uri("+31 (0)6-1234 5678") == "tel:+310612345678"
    assert tel_uri("  ") == ""


def test_the_list_reads_a_fixed_number_of_times(workspace, clock, count_queries):
    def fill(n: int) -> None:
        for i in range(n):
            contact = add(workspace, f"P{i}", "presentation", phone=f"+3161234{i:04d}")
            workspace.activity.log_interaction(contact, summary="x", concerns=["y"])
            workspace.activity.add_followup(contact, due_at=NOW - timedelta(days=1))
            add(workspace, f"L{i}")

    fill(3)
    with count_queries() as small:
        assert len(calls(workspace)) == 6
    fill(30)
    with count_queries() as large:
        assert len(calls(workspace)) == 66
    assert len(large) == len(small)


def test_qualifying_logs_a_conversation_and_undo_takes_it_back(workspace, clock):
    ws = workspace
    lead = add(ws, "Lead")
    q = ws.sales.qualification
    first = q.criteria()[0]
    q.record(
        lead,
        [AnswerInput(first.id, Answer.YES, note="spaart al een jaar")],
        method="phone_call",
        asked_at=NOW - timedelta(hours=1),
    )
    (conversation,) = ws.activity.interactions(lead)
    assert conversation.kind == "call"
    assert conversation.summary == f"{first.name}: spaart al een jaar"
    assert calls(ws)[0].brief.last_conversation.summary == conversation.summary
    ws.undo.undo()
    assert ws.activity.interactions(lead) == []
    assert calls(ws)[0].brief.last_conversation is None


def test_a_presentation_logs_a_conversation_that_resets_the_quiet_clock(workspace, clock):
    ws = workspace
    clock.set(NOW - timedelta(days=20))
    shown = add(ws, "Getoond", "presentation")
    clock.set(NOW)
    assert ws.sales.presentations.card_extras([(shown, 0)]) == {shown: {"stale": True}}
    ws.sales.presentations.record_presentation(
        shown,
        PresentationInput(
            presented_at=NOW - timedelta(hours=1),
            offered="pakket",
            call_to_action="bestellen?",
            outcome=CloseOutcome.NOT_READY,
            follow_up_at=NOW + timedelta(days=7),
        ),
    )
    (conversation,) = ws.activity.interactions(shown)
    assert (conversation.kind, conversation.summary) == ("meeting", "pakket\nbestellen?")
    # Now in Follow up later, spoken to an hour ago: not quiet, not on today's list.
    assert ws.sales.presentations.card_extras([(shown, 0)]) == {}
    assert calls(ws) == []
    ws.undo.undo()
    assert ws.activity.interactions(shown) == []
    assert ws.sales.presentations.card_extras([(shown, 0)]) == {shown: {"stale": True}}


def test_no_answer_moves_the_follow_up_to_tomorrow_and_undo_puts_it_back(workspace, clock):
    ws = workspace
    anna = add(ws, "Anna", "prospect")
    due = NOW - timedelta(days=1)
    followup_id, _ = ws.activity.add_followup(anna, due_at=due, what="offerte")
    result = ws.sales.calls.record_call_outcome(anna, CallOutcome.NO_ANSWER)
    assert result.followup_id == followup_id
    assert result.changes.contacts == {anna}
    (followup,) = ws.activity.followups(anna)
    assert (followup.due_at, followup.what, followup.done_at) == (
        NOW + timedelta(days=1),
        "offerte",
        None,
    )
    (conversation,) = ws.activity.interactions(anna)
    assert conversation.kind == "call"
    assert calls(ws) == []  # tried today: back tomorrow
    tomorrow = [(r.contact_id, r.reason) for r in calls(ws, NOW + timedelta(days=1))]
    assert tomorrow == [(anna, CallReason.DUE_TODAY)]
    ws.undo.undo()
    (followup,) = ws.activity.followups(anna)
    assert (followup.due_at, followup.done_at) == (due, None)
    assert ws.activity.interactions(anna) == []


def test_no_answer_without_a_follow_up_plans_one_for_tomorrow(workspace, clock):
    ws = workspace
    lead = add(ws, "Lead")
    result = ws.sales.calls.record_call_outcome(lead, CallOutcome.NO_ANSWER)
    (followup,) = ws.activity.followups(lead)
    assert followup.id == result.followup_id and followup.due_at == NOW + timedelta(days=1)
    ws.undo.undo()
    assert ws.activity.followups(lead) == []


def test_outcomes_and_their_next_try(workspace, clock):
    ws = workspace
    people = {o: add(ws, o.value, "prospect") for o in CallOutcome}
    for person in people.values():
        ws.activity.add_followup(person, due_at=NOW - timedelta(hours=1), what="bellen")
    for outcome, person in people.items():
        ws.sales.calls.record_call_outcome(person, outcome, note=f"{outcome.value} note")
    plans = {
        outcome: [(f.due_at, f.done_at is not None) for f in ws.activity.followups(person)]
        for outcome, person in people.items()
    }
    assert plans == {
        CallOutcome.REACHED: [(NOW - timedelta(hours=1), True)],
        CallOutcome.NO_ANSWER: [(NOW + timedelta(days=1), False)],
        CallOutcome.LEFT_MESSAGE: [(NOW + timedelta(days=2), False)],
        CallOutcome.WRONG_NUMBER: [(NOW - timedelta(hours=1), True)],
        CallOutcome.NOT_INTERESTED: [(NOW - timedelta(hours=1), True)],
    }
    assert ws.activity.interactions(people[CallOutcome.REACHED])[0].summary == "reached note"


def test_three_no_answers_in_a_row_flag_the_brief(workspace, clock):
    ws = workspace
    shown = add(ws, "Getoond", "presentation")

    def brief():
        (row,) = [r for r in calls(ws, clock.now()) if r.contact_id == shown]
        return row.brief

    for _day in range(2):
        ws.sales.calls.record_call_outcome(shown, CallOutcome.NO_ANSWER)
        clock.advance(timedelta(days=1))
    assert (brief().no_answer_streak, brief().hard_to_reach) == (2, False)
    ws.sales.calls.record_call_outcome(shown, CallOutcome.NO_ANSWER)
    clock.advance(timedelta(minutes=5))
    assert (brief().no_answer_streak, brief().hard_to_reach) == (3, True)
    # A call that got through ends the streak.
    clock.advance(timedelta(days=1))
    ws.sales.calls.record_call_outcome(shown, CallOutcome.REACHED)
    clock.advance(timedelta(minutes=5))
    assert brief().no_answer_streak == 0


def _every_kind_of_call(ws, clock) -> dict[str, int]:
    """A list with every reason, people who qualify for two reasons, and more leads than
    a small lead limit: what the pages and the count must agree on."""
    clock.set(NOW - timedelta(days=60))
    people = {f"quiet{i}": add(ws, f"Stil {i}", "prospect") for i in range(3)}
    people |= {f"shown{i}": add(ws, f"Getoond {i}", "presentation") for i in range(2)}
    people |= {f"lead{i}": add(ws, f"Lead {i}", source=("A", "B")[i % 2]) for i in range(6)}
    clock.set(NOW)
    # Listed under a follow-up, not again under "quiet", "waiting" or "lead".
    ws.activity.add_followup(people["quiet0"], due_at=NOW - timedelta(days=1), what="x")
    ws.activity.add_followup(people["shown1"], due_at=NOW + timedelta(hours=2), what="y")
    ws.activity.add_followup(people["lead0"], due_at=NOW - timedelta(hours=1), what="z")
    # Follow-ups due of people never listed: one deleted, one marked "do not contact".
    for gone in ("deleted", "blocked"):
        people[gone] = add(ws, gone.title(), "prospect")
        ws.activity.add_followup(people[gone], due_at=NOW - timedelta(days=3), what=gone)
    ws.contacts.delete([people["deleted"]])
    ws.sales.presentations.set_do_not_contact([people["blocked"]], True)
    return people


def _fields(rows):
    return [(r.contact_id, r.reason, r.since, r.detail, r.followup_id, r.source_rate) for r in rows]


def test_a_page_is_the_start_of_the_whole_list_and_the_count_its_length(workspace, clock):
    ws = workspace
    _every_kind_of_call(ws, clock)
    for lead_limit in (0, 2, 5, 200):
        whole = ws.sales.calls.calls_at(NOW, lead_limit=lead_limit)
        assert ws.sales.calls.count_at(NOW, lead_limit=lead_limit) == len(whole)
        for size in range(len(whole) + 2):
            page = ws.sales.calls.calls_at(NOW, lead_limit=lead_limit, limit=size, briefs=False)
            assert _fields(page) == _fields(whole[:size]), (lead_limit, size)
            assert all(row.brief is None for row in page)
    reasons = [r.reason for r in ws.sales.calls.calls_at(NOW, lead_limit=2)]
    # A lead with a follow-up due is listed under it and leaves its place to two others.
    assert reasons.count(CallReason.LEAD) == 2 and reasons[0] is CallReason.OVERDUE


def test_the_brief_of_one_row_is_the_one_the_whole_list_gives(workspace, clock):
    ws = workspace
    people = _every_kind_of_call(ws, clock)
    ws.activity.log_interaction(people["lead0"], summary="vroeg naar de prijs")
    whole = {row.contact_id: row.brief for row in ws.sales.calls.calls_at(NOW)}
    for contact_id, brief in whole.items():
        assert ws.sales.calls.brief(contact_id, NOW) == brief


def test_the_first_screen_reads_the_start_of_the_list_with_plain_sqlite3(workspace, clock):
    """``call_rows.first_followup_calls`` (what the first paint shows, read through a bare
    ``sqlite3`` connection) is the start of the whole list: the follow-up part, cut at the
    limit, or all of it when it is shorter."""
    import sqlite3

    from prospectdesk.domain.call_rows import NO_OUTCOME, first_followup_calls
    from prospectdesk.domain.sales import CloseOutcome
    from prospectdesk.store.db import database

    assert NO_OUTCOME == CloseOutcome.NO.value
    ws = workspace
    _every_kind_of_call(ws, clock)
    connection = database.connection()
    assert isinstance(connection, sqlite3.Connection)
    whole = ws.sales.calls.calls_at(NOW)
    for limit in (1, 2, 3, 50):
        first = first_followup_calls(connection.execute, NOW, limit)
        assert _fields(first) == _fields(whole[: len(first)])
        assert len(first) == min(limit, 3)  # three people have a follow-up due
    assert whole[3].reason not in {CallReason.OVERDUE, CallReason.DUE_TODAY, CallReason.RECONTACT}


def test_the_call_rows_module_loads_neither_the_store_nor_qt():
    import subprocess
    import sys

    code = (
        "import sys, prospectdesk.domain.call_rows;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('peewee', 'PySide6')"
        " or m.startswith('prospectdesk.store')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
