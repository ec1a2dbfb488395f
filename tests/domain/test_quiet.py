"""One rule for "gone quiet" (issue 18): the card marker, Today, the reminders and the call
list all read :mod:`prospectdesk.domain.quiet`, by each stage's own days."""

from __future__ import annotations

from datetime import timedelta

from prospectdesk.domain.agenda import agenda_at
from prospectdesk.domain.calls import CallReason
from prospectdesk.domain.quiet import count_gone_quiet, gone_quiet, next_quiet_day
from prospectdesk.domain.records import ContactRecord


def add(ws, name: str, role: str) -> int:
    stage = ws.pipeline.stage_by_role(role)
    contact_id, _ = ws.contacts.create(ContactRecord(given_name=name), stage_id=stage.id)
    return contact_id


def test_the_card_marker_today_and_the_call_list_agree(workspace, clock):
    ws = workspace
    start = clock.now()
    people = {
        role: add(ws, role.title(), role)
        for role in ("lead", "prospect", "presentation", "follow_up", "customer", "not_now")
    }
    talked = add(ws, "Talked", "prospect")
    marked = add(ws, "Marked", "prospect")
    ws.pipeline.set_stale_days(ws.pipeline.stage_by_role("customer").id, 20)
    for days in (0, 8, 15, 21, 31, 91):
        clock.set(start + timedelta(days=days))
        ws.activity.log_interaction(talked, summary="hello", occurred_at=clock.now())
        if days == 8:
            ws.sales.presentations.set_do_not_contact([marked], True)
        now = clock.now()
        everyone = [*people.values(), talked, marked]
        marker = {
            cid
            for cid, extra in ws.sales.presentations.card_extras([(c, 0) for c in everyone]).items()
            if extra.get("stale")
        }
        today = {item.contact_id for item in agenda_at(ws, now).quiet}
        rows = ws.sales.calls.calls_at(now)
        called = {r.contact_id for r in rows if r.reason is CallReason.QUIET}
        earlier = {r.contact_id for r in rows if r.reason is not CallReason.QUIET}
        lead = people["lead"]
        # Leads are listed among the leads to qualify in Today and the call list; the call
        # list names a person once, under the first reason (a presentation awaits a close).
        assert today == marker - {lead}, days
        assert called == today - earlier and today <= called | earlier, days
        assert today == {row.contact_id for row in gone_quiet(now, leads=False)}
        assert count_gone_quiet(now, leads=False) == len(today)
        assert talked not in marker and marked not in marker and people["not_now"] not in marker
    # By then every stage with days has gone quiet (the prospect stage 14, customers 20).
    assert today == {people[r] for r in ("prospect", "presentation", "follow_up", "customer")}


def test_quiet_starts_after_the_stage_days_and_the_reminders_know_the_day(workspace, clock):
    ws = workspace
    prospect = add(ws, "Piet", "prospect")  # 14 days
    start = clock.now()
    assert [r.contact_id for r in gone_quiet(start + timedelta(days=14))] == []
    [row] = gone_quiet(start + timedelta(days=14, minutes=1))
    assert row.contact_id == prospect and row.last_interaction is None
    assert row.quiet_since == (start + timedelta(days=14)).date()
    ws.pipeline.set_stale_days(ws.pipeline.stage_by_role("prospect").id, 3)
    assert [r.contact_id for r in gone_quiet(start + timedelta(days=4))] == [prospect]
    # A conversation restarts the clock: quiet only after more than the days since it.
    talked_at = start + timedelta(days=5)
    ws.activity.log_interaction(prospect, summary="hi", occurred_at=talked_at)
    assert gone_quiet(talked_at + timedelta(days=3)) == []
    assert [r.contact_id for r in gone_quiet(talked_at + timedelta(days=3, minutes=1))] == [
        prospect
    ]
    ws.activity.log_interaction(prospect, summary="hi", occurred_at=start)  # an older one
    midnight = start.replace(hour=0)
    assert next_quiet_day(midnight) == (talked_at + timedelta(days=3)).date()
