"""Funnel numbers from a known, hand-built stage history."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from prospectdesk.domain.funnel import StageEvent, build_funnel
from prospectdesk.domain.records import ContactRecord, StageInfo

LEAD, PROSPECT, PRESENTATION, FOLLOW_UP, CUSTOMER, REPEAT, NOT_NOW = range(1, 8)
STAGES = [
    StageInfo(LEAD, "Lead", 1, "lead", 14),
    StageInfo(PROSPECT, "Prospect", 2, "prospect", 14),
    StageInfo(PRESENTATION, "Presentation", 3, "presentation", 7),
    StageInfo(FOLLOW_UP, "Follow up later", 4, "follow_up", 30),
    StageInfo(CUSTOMER, "Customer", 5, "customer", 90),
    StageInfo(REPEAT, "Repeat buyer", 6, "repeat_buyer", 90),
    StageInfo(NOT_NOW, "Not now", 7, "not_now", None),
]
DAY0 = datetime(2026, 1, 1, 12, 0)


def day(n: float) -> datetime:
    return DAY0 + timedelta(days=n)


def history(*moves: tuple[int, int | None, int, float]) -> list[StageEvent]:
    return [StageEvent(cid, a, b, day(n)) for cid, a, b, n in moves]


# 1: lead d0 -> prospect d4 -> presentation d10 -> customer d12
# 2: lead d2 -> prospect d8 -> not now d20
# 3: lead d5 -> not now d6
# 4: lead d30 (after the period)
# 5: lead d-10 (before the period) -> prospect d3
EVENTS = history(
    (1, None, LEAD, 0),
    (1, LEAD, PROSPECT, 4),
    (1, PROSPECT, PRESENTATION, 10),
    (1, PRESENTATION, CUSTOMER, 12),
    (2, None, LEAD, 2),
    (2, LEAD, PROSPECT, 8),
    (2, PROSPECT, NOT_NOW, 20),
    (3, None, LEAD, 5),
    (3, LEAD, NOT_NOW, 6),
    (4, None, LEAD, 30),
    (5, None, LEAD, -10),
    (5, LEAD, PROSPECT, 3),
)


def test_people_entries_conversion_and_median_days():
    report = build_funnel(EVENTS, STAGES, start=day(0), end=day(25))
    people = {s.stage_id: s.people for s in report.stages}
    assert people == {
        LEAD: 0, PROSPECT: 1, PRESENTATION: 0, FOLLOW_UP: 0, CUSTOMER: 1, REPEAT: 0, NOT_NOW: 2
    }  # fmt: skip
    entered = {s.stage_id: s.entered for s in report.stages}
    assert entered[LEAD] == 3 and entered[PROSPECT] == 3 and entered[NOT_NOW] == 2
    steps = {(s.from_stage_id, s.to_stage_id): (s.reached, s.entered) for s in report.steps}
    assert steps == {
        (LEAD, PROSPECT): (2, 3),
        (PROSPECT, PRESENTATION): (1, 3),
        (PRESENTATION, CUSTOMER): (1, 1),  # the side exits are not on the path
        (CUSTOMER, REPEAT): (0, 1),
    }
    assert report.step_from(LEAD).rate == pytest.approx(2 / 3)
    assert report.stage(LEAD).median_days == 5.0  # stays of 4, 6, 1 and 13 days
    assert report.stage(PROSPECT).median_days == 9.0  # 6 and 12; contact 5 is still there
    assert report.stage(PRESENTATION).median_days == 2.0
    assert report.stage(CUSTOMER).median_days is None
    assert not report.stage(NOT_NOW).on_path and report.stage(PROSPECT).on_path


def test_a_later_period_counts_only_what_happened_in_it():
    report = build_funnel(EVENTS, STAGES, start=day(9), end=day(25))
    assert report.stage(LEAD).entered == 0
    assert report.step_from(LEAD).rate is None  # nobody entered: no rate, not 0 %
    assert report.stage(PRESENTATION).entered == 1
    assert report.stage(LEAD).median_days is None
    assert report.stage(PROSPECT).median_days == 9.0


def test_conversion_only_counts_moves_before_the_period_ends():
    report = build_funnel(EVENTS, STAGES, start=day(0), end=day(11))
    assert report.step_from(PRESENTATION).entered == 1
    assert report.step_from(PRESENTATION).reached == 0  # the sale came on day 12
    assert report.stage(PRESENTATION).people == 1


def test_workspace_funnel_reads_the_real_history(workspace, clock):
    stages = {s.role: s.id for s in workspace.pipeline.stages()}
    start = clock.now()
    a, _ = workspace.contacts.create(ContactRecord(given_name="A"))
    b, _ = workspace.contacts.create(ContactRecord(given_name="B"))
    clock.advance(timedelta(days=3))
    workspace.pipeline.move_contacts([a], to_stage_id=stages["prospect"])
    clock.advance(timedelta(days=1))
    report = workspace.sales.funnel.report(start, clock.now())
    assert report.stage(stages["lead"]).people == 1
    assert report.step_from(stages["lead"]).reached == 1
    assert report.stage(stages["lead"]).median_days == 3.0
    workspace.contacts.delete([b])
    assert workspace.sales.funnel.report().stage(stages["lead"]).people == 0
