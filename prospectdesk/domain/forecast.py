"""A forecast from the owner's own history (issue 18): repeat buyers due to reorder, the
revenue they are expected to bring in the coming 30 or 90 days, and the open pipeline's
value weighted by the owner's own stage-to-sale rates.

The rules, chosen to be explainable in one sentence each:

- **Purchase days.** A customer's sales are counted per local calendar day (the clock's
  zone): two sales on one day are one purchase of their summed amount (an order split in
  two lines is not a reorder after 0 days).
- **Usual interval.** A repeat buyer has purchases on at least two different days; their
  usual interval is the median of the gaps between consecutive purchase days, in whole
  days (a half day rounds up). The median, not the mean: one long pause (a holiday) does
  not stretch a regular buyer's rhythm. Gaps are counted in calendar days, so a leap day
  is one day like any other (29 February + 365 days is 28 February).
- **Due to reorder.** From the day the last purchase + the usual interval arrives (that
  day included), until the next purchase.
- **Typical amount.** The median of their purchase days' amounts.
- **Expected revenue in the next N days** (today included, N days in all): each repeat
  buyer brings their typical amount on each expected date in the window: the last purchase
  + 1, 2, 3 ... intervals; a date already passed counts as today, once, unless a whole
  further interval has passed too (a buyer who skipped a full cycle is not counted on:
  they are still "due to reorder" in the call list, where a call may win them back).
- **Weighted pipeline.** An open contact's expected value times the chance, by the
  owner's funnel, that someone in their stage goes on to the customer stage: the product
  of the funnel's step rates from their stage to the customer stage. Only stages on the
  main path before the customer stage count (side exits have no step to follow); a stage
  whose steps have no rate yet (nobody entered them) is reported as unrated, not guessed.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from prospectdesk.clock import Clock, from_utc_naive, stored_datetime
from prospectdesk.domain.funnel import FunnelReport
from prospectdesk.domain.records import StageInfo
from prospectdesk.store.db import database

CUSTOMER_ROLE = "customer"


@dataclass(frozen=True)
class RepeatBuyer:
    """One customer with at least two purchase days, and what their history suggests."""

    contact_id: int
    display_name: str
    purchase_days: int
    last_purchase: date
    interval_days: int
    typical_cents: int

    @property
    def next_purchase(self) -> date:
        return self.last_purchase + timedelta(days=self.interval_days)

    def due_on(self, today: date) -> bool:
        return self.next_purchase <= today

    def expected_purchases(self, today: date, days: int) -> int:
        """How many purchases fall in [today, today + days): see the module's rules."""
        if days <= 0:
            return 0
        expected = self.next_purchase
        count = 0
        if expected < today:
            if expected + timedelta(days=self.interval_days) <= today:
                return 0  # skipped a whole cycle: not counted on
            count, expected = 1, expected + timedelta(days=self.interval_days)
        end = today + timedelta(days=days)
        while expected < end:
            count += 1
            expected += timedelta(days=self.interval_days)
        return count


@dataclass(frozen=True)
class ExpectedRevenue:
    days: int
    cents: int
    buyers: int  # repeat buyers expected to buy in the window


@dataclass(frozen=True)
class PipelineValue:
    weighted_cents: int  # open value times each stage's chance of a sale
    open_cents: int  # the same contacts' expected value, unweighted
    contacts: int  # open contacts with an expected value, rated or not
    unrated: int  # of those, in a stage without a rate yet (left out of the weighted value)


def repeat_buyers_from(
    sales: list[tuple[int, str, date, int]],
) -> list[RepeatBuyer]:
    """Repeat buyers from (contact id, name, local day, amount in cents) rows (pure: tests
    hand-build them), in contact id order."""
    days: dict[int, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    names: dict[int, str] = {}
    for contact_id, name, day, cents in sales:
        days[contact_id][day] += cents
        names[contact_id] = name
    buyers = []
    for contact_id in sorted(days):
        per_day = days[contact_id]
        ordered = sorted(per_day)
        if len(ordered) < 2:
            continue
        gaps = [(b - a).days for a, b in zip(ordered, ordered[1:], strict=False)]
        buyers.append(
            RepeatBuyer(
                contact_id=contact_id,
                display_name=names[contact_id],
                purchase_days=len(ordered),
                last_purchase=ordered[-1],
                interval_days=_half_up(statistics.median(gaps)),
                typical_cents=_half_up(statistics.median(per_day.values())),
            )
        )
    return buyers


def expected_revenue(buyers: list[RepeatBuyer], today: date, days: int) -> ExpectedRevenue:
    counts = [(b, b.expected_purchases(today, days)) for b in buyers]
    return ExpectedRevenue(
        days=days,
        cents=sum(b.typical_cents * n for b, n in counts),
        buyers=sum(1 for _, n in counts if n),
    )


def sale_chances(report: FunnelReport, stages: list[StageInfo]) -> dict[int, float | None]:
    """Each main-path stage before the customer stage: the chance that someone in it
    reaches the customer stage (None: a step on the way has no rate yet)."""
    customer = next((s.id for s in stages if s.role == CUSTOMER_ROLE), None)
    steps = list(report.steps)  # along the main path, in board order
    ends = [step.to_stage_id for step in steps]
    if customer is None or customer not in ends:
        return {}
    chances: dict[int, float | None] = {}
    chance: float | None = 1.0
    for step in reversed(steps[: ends.index(customer) + 1]):
        rate = step.rate
        chance = None if chance is None or rate is None else chance * rate
        chances[step.from_stage_id] = chance
    return chances


def weighted_pipeline(
    report: FunnelReport, stages: list[StageInfo], values: list[tuple[int, int]]
) -> PipelineValue:
    """The pipeline value of (stage id, expected value in cents) rows (pure)."""
    chances = sale_chances(report, stages)
    weighted = 0.0
    open_cents = contacts = unrated = 0
    for stage_id, cents in values:
        if stage_id not in chances:
            continue
        contacts += 1
        open_cents += cents
        chance = chances[stage_id]
        if chance is None:
            unrated += 1
        else:
            weighted += cents * chance
    return PipelineValue(round(weighted), open_cents, contacts, unrated)


class Forecast:
    """Reads the store for the forecast; only reads."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    def today(self) -> date:
        return self.clock.now().date()

    def repeat_buyers(self, *, contactable_only: bool = False) -> list[RepeatBuyer]:
        """Every live contact's purchase history, in one query (``contactable_only``:
        without those marked "do not contact", for the call list)."""
        zone = self.clock.now().tzinfo
        where = " AND c.do_not_contact_at IS NULL" if contactable_only else ""
        rows = database.execute_sql(
            "SELECT s.contact_id, c.display_name, s.sold_at, s.amount_cents FROM sale s"
            " JOIN contact c ON c.id = s.contact_id WHERE c.deleted_at IS NULL" + where
        )
        return repeat_buyers_from(
            [
                (int(cid), str(name), from_utc_naive(stored_datetime(at), zone).date(), int(cents))
                for cid, name, at, cents in rows
            ]
        )

    def due_to_reorder(self, at: datetime | None = None) -> list[RepeatBuyer]:
        """Contactable repeat buyers due on ``at``'s day, longest due first."""
        today = (at or self.clock.now()).date()
        due = [b for b in self.repeat_buyers(contactable_only=True) if b.due_on(today)]
        return sorted(due, key=lambda b: (b.next_purchase, b.contact_id))

    def expected(self, *windows: int) -> list[ExpectedRevenue]:
        """Expected revenue from repeat buyers for each window of days from today."""
        buyers = self.repeat_buyers()
        today = self.today()
        return [expected_revenue(buyers, today, days) for days in windows]

    def pipeline(self, report: FunnelReport, stages: list[StageInfo]) -> PipelineValue:
        """The open pipeline weighted by ``report``'s rates (the funnel the owner sees)."""
        rows = database.execute_sql(
            "SELECT stage_id, expected_value_cents FROM contact WHERE deleted_at IS NULL"
            " AND expected_value_cents IS NOT NULL AND expected_value_cents > 0"
        )
        return weighted_pipeline(report, stages, [(int(s), int(v)) for s, v in rows])


def _half_up(value: float) -> int:
    return math.floor(value + 0.5)
