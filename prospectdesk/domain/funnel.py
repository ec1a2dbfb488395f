"""The funnel, computed from the stage history alone.

The period runs from ``start`` up to and including ``end`` (so "until now" includes a move
made this very instant).

- people: how many are in each stage at the end of the period;
- conversion: of those who entered a stage during the period, how many went on (before the
  period ended) to the next stage of the main path or any stage past it;
- median days: how long stays in a stage lasted, for stays that ended during the period
  (a stay still going has no length yet, and would pull the median down).

The main path is every stage in board order except the side exits "Follow up later" and
"Not now": someone who is not ready yet has not moved forward.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from prospectdesk.clock import Clock, stored_datetime, utc_naive
from prospectdesk.domain.pipeline import Pipeline
from prospectdesk.domain.records import StageInfo
from prospectdesk.store.db import database

SIDE_ROLES = frozenset({"follow_up", "not_now"})
ALL_TIME_START = datetime(1900, 1, 1)


@dataclass(frozen=True)
class StageEvent:
    """One row of the stage history; times naive UTC like the store keeps them."""

    contact_id: int
    from_stage_id: int | None
    to_stage_id: int | None
    at: datetime


@dataclass(frozen=True)
class FunnelStage:
    stage_id: int
    name: str
    role: str | None
    on_path: bool
    people: int  # in the stage at the end of the period
    entered: int  # different people who entered it during the period
    median_days: float | None  # None: no stay ended during the period
    finished_stays: int


@dataclass(frozen=True)
class FunnelStep:
    from_stage_id: int
    to_stage_id: int
    entered: int
    reached: int

    @property
    def rate(self) -> float | None:
        return self.reached / self.entered if self.entered else None


@dataclass(frozen=True)
class FunnelReport:
    start: datetime  # naive UTC
    end: datetime  # naive UTC
    stages: tuple[FunnelStage, ...]
    steps: tuple[FunnelStep, ...]

    def stage(self, stage_id: int) -> FunnelStage:
        return next(s for s in self.stages if s.stage_id == stage_id)

    def step_from(self, stage_id: int) -> FunnelStep | None:
        return next((s for s in self.steps if s.from_stage_id == stage_id), None)


def build_funnel(
    events: Iterable[StageEvent],
    stages: Sequence[StageInfo],
    *,
    start: datetime,
    end: datetime,
) -> FunnelReport:
    """The funnel for [start, end] from a stage history (pure: tests hand-build it)."""
    ordered_stages = sorted(stages, key=lambda s: (s.position, s.id))
    path = [s.id for s in ordered_stages if s.role not in SIDE_ROLES]
    rank = {stage_id: index for index, stage_id in enumerate(path)}

    by_contact: dict[int, list[StageEvent]] = defaultdict(list)
    for event in events:
        by_contact[event.contact_id].append(event)

    people: dict[int, int] = defaultdict(int)
    entered: dict[int, set[int]] = defaultdict(set)
    stays: dict[int, list[float]] = defaultdict(list)
    cohort: dict[int, set[int]] = defaultdict(set)  # path stage -> contacts entering it
    reached: dict[int, set[int]] = defaultdict(set)  # path stage -> of those, went further

    for contact_id, history in by_contact.items():
        # Stable sort: events at the same instant keep the order they were recorded in.
        history = [e for e in sorted(history, key=lambda e: e.at) if e.at <= end]
        if not history:
            continue
        if history[-1].to_stage_id is not None:
            people[history[-1].to_stage_id] += 1
        for index, event in enumerate(history):
            stage_id = event.to_stage_id
            if stage_id is None:
                continue
            if index + 1 < len(history):
                left_at = history[index + 1].at
                if start <= left_at:
                    stays[stage_id].append((left_at - event.at).total_seconds() / 86400)
            if event.at < start:
                continue
            entered[stage_id].add(contact_id)
            if stage_id in rank and contact_id not in cohort[stage_id]:
                cohort[stage_id].add(contact_id)
                later = history[index + 1 :]
                if any(
                    e.to_stage_id is not None and rank.get(e.to_stage_id, -1) > rank[stage_id]
                    for e in later
                ):
                    reached[stage_id].add(contact_id)

    funnel_stages = tuple(
        FunnelStage(
            stage_id=s.id,
            name=s.name,
            role=s.role,
            on_path=s.id in rank,
            people=people.get(s.id, 0),
            entered=len(entered.get(s.id, ())),
            median_days=statistics.median(stays[s.id]) if stays.get(s.id) else None,
            finished_stays=len(stays.get(s.id, ())),
        )
        for s in ordered_stages
    )
    steps = tuple(
        FunnelStep(
            from_stage_id=a,
            to_stage_id=b,
            entered=len(cohort.get(a, ())),
            reached=len(reached.get(a, ())),
        )
        for a, b in zip(path, path[1:], strict=False)
    )
    return FunnelReport(start, end, funnel_stages, steps)


class FunnelService:
    def __init__(self, clock: Clock, pipeline: Pipeline) -> None:
        self.clock = clock
        self.pipeline = pipeline

    def report(self, start: datetime | None = None, end: datetime | None = None) -> FunnelReport:
        """The funnel between two aware moments (default: all time up to now)."""
        start_utc = utc_naive(start) if start is not None else ALL_TIME_START
        end_utc = utc_naive(end or self.clock.now())
        rows = database.execute_sql(
            "SELECT sc.contact_id, sc.from_stage_id, sc.to_stage_id, sc.changed_at "
            "FROM stage_change sc JOIN contact c ON c.id = sc.contact_id "
            "WHERE c.deleted_at IS NULL AND sc.changed_at <= ? ORDER BY sc.contact_id, sc.id",
            (str(end_utc),),  # the text form peewee stores
        ).fetchall()
        events = [StageEvent(cid, a, b, stored_datetime(at)) for cid, a, b, at in rows]
        return build_funnel(events, self.pipeline.stages(), start=start_utc, end=end_utc)
