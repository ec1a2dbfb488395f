"""The forecast (issue 18) on a hand-made purchase history: repeat buyers' usual interval,
"due to reorder" in the call list, expected revenue for 30 / 90 days, and the pipeline
weighted by the funnel's own rates."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from prospectdesk.domain.calls import CallReason
from prospectdesk.domain.forecast import (
    Forecast,
    RepeatBuyer,
    expected_revenue,
    repeat_buyers_from,
    sale_chances,
    weighted_pipeline,
)
from prospectdesk.domain.funnel import FunnelReport, FunnelStep
from prospectdesk.domain.records import ContactRecord, StageInfo
from tests.conftest import AMSTERDAM

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=AMSTERDAM)  # the clock fixture's moment
TODAY = NOW.date()


def buyer(sales: list[tuple[str, int]]) -> RepeatBuyer | None:
    found = repeat_buyers_from([(1, "Anna", date.fromisoformat(d), c) for d, c in sales])
    return found[0] if found else None


def test_one_purchase_is_no_rhythm():
    assert buyer([("2026-10-01", 100_00)]) is None


def test_purchases_on_one_day_are_one_purchase():
    # Two lines of one order, then one again the same day: still a single purchase day.
    assert buyer([("2026-10-01", 60_00), ("2026-10-01", 40_00), ("2026-10-01", 5_00)]) is None
    found = buyer([("2026-09-01", 100_00), ("2026-10-01", 60_00), ("2026-10-01", 40_00)])
    assert found is not None
    assert (found.purchase_days, found.interval_days, found.typical_cents) == (2, 30, 100_00)


def test_the_median_interval_and_amount_resist_one_long_pause():
    found = buyer(
        [
            ("2026-01-05", 80_00),
            ("2026-02-04", 100_00),  # 30 days
            ("2026-03-06", 90_00),  # 30 days
            ("2026-07-04", 500_00),  # 120 days: a holiday, and one big order
            ("2026-08-05", 100_00),  # 32 days
        ]
    )
    assert found.interval_days == 31  # median of 30, 30, 32, 120 = 31
    assert found.typical_cents == 100_00  # median of the five amounts
    assert found.next_purchase == date(2026, 9, 5)


def test_a_leap_day_is_one_day_like_any_other():
    found = buyer([("2027-02-28", 10_00), ("2028-02-29", 10_00)])
    assert found.interval_days == 366  # 2028 is a leap year: one day more
    assert found.next_purchase == date(2029, 3, 1)
    yearly = buyer([("2028-02-29", 10_00), ("2029-02-28", 10_00)])
    assert yearly.interval_days == 365
    assert yearly.next_purchase == date(2030, 2, 28)
    assert not yearly.due_on(date(2030, 2, 27)) and yearly.due_on(date(2030, 2, 28))


def test_a_half_day_median_rounds_up():
    found = buyer([("2026-01-01", 1), ("2026-01-11", 1), ("2026-01-22", 3)])  # 10 and 11
    assert found.interval_days == 11
    assert found.typical_cents == 1


def test_expected_revenue_counts_each_expected_date_in_the_window():
    monthly = RepeatBuyer(1, "A", 3, date(2026, 11, 1), 30, 100_00)  # next: 1 Dec
    weekly = RepeatBuyer(2, "B", 5, date(2026, 11, 20), 7, 10_00)  # 27 Nov, 4 Dec, ...
    yearly = RepeatBuyer(3, "C", 2, date(2026, 3, 1), 365, 1000_00)  # 1 Mar 2027
    late = RepeatBuyer(4, "D", 2, date(2026, 10, 1), 40, 50_00)  # due 10 Nov: counts today
    gone = RepeatBuyer(5, "E", 2, date(2026, 6, 1), 30, 70_00)  # skipped a whole cycle
    buyers = [monthly, weekly, yearly, late, gone]
    thirty = expected_revenue(buyers, TODAY, 30)  # 23 Nov up to 22 Dec
    # monthly 1 Dec; weekly 27 Nov, 4, 11, 18 Dec; late today (its next, 20 Dec, too)
    assert thirty.cents == 100_00 + 4 * 10_00 + 2 * 50_00
    assert thirty.buyers == 3
    ninety = expected_revenue(buyers, TODAY, 90)  # up to 20 Feb 2027
    assert ninety.cents == 3 * 100_00 + 13 * 10_00 + 3 * 50_00
    assert expected_revenue(buyers, TODAY, 0).cents == 0
    assert late.due_on(TODAY) and gone.due_on(TODAY) and not monthly.due_on(TODAY)


def _report(rates: list[tuple[int, int, int, int]]) -> FunnelReport:
    steps = tuple(FunnelStep(a, b, entered, reached) for a, b, entered, reached in rates)
    return FunnelReport(datetime(1900, 1, 1), datetime(2026, 11, 23), (), steps)


STAGES = [
    StageInfo(1, "Lead", 0, "lead", None),
    StageInfo(2, "Prospect", 1, "prospect", None),
    StageInfo(3, "Presentation", 2, "presentation", None),
    StageInfo(5, "Customer", 4, "customer", None),
    StageInfo(6, "Repeat buyer", 5, "repeat_buyer", None),
]


def test_the_pipeline_is_weighted_by_the_chance_of_reaching_a_sale():
    # lead -> prospect 50 %, prospect -> presentation 40 %, presentation -> customer 25 %
    report = _report([(1, 2, 10, 5), (2, 3, 10, 4), (3, 5, 8, 2), (5, 6, 4, 1)])
    assert sale_chances(report, STAGES) == {1: 0.05, 2: 0.1, 3: 0.25}
    value = weighted_pipeline(
        report, STAGES, [(1, 1000_00), (2, 500_00), (3, 200_00), (5, 999_00), (4, 300_00)]
    )
    # customers (already sold) and a side stage (4) are left out
    assert value.weighted_cents == 50_00 + 50_00 + 50_00
    assert (value.open_cents, value.contacts, value.unrated) == (1700_00, 3, 0)


def test_a_stage_without_a_rate_is_unrated_not_guessed():
    report = _report([(1, 2, 0, 0), (2, 3, 10, 4), (3, 5, 8, 2)])
    value = weighted_pipeline(report, STAGES, [(1, 1000_00), (3, 200_00)])
    assert value.weighted_cents == 50_00 and value.unrated == 1


def _customer(ws, name: str, sales: list[tuple[str, int]]) -> int:
    stage = ws.pipeline.stage_by_role("customer")
    contact_id, _ = ws.contacts.create(ContactRecord(given_name=name), stage_id=stage.id)
    for day, cents in sales:
        sold_at = datetime.fromisoformat(day).replace(hour=0, minute=30, tzinfo=AMSTERDAM)
        ws.sales.presentations.record_sale(
            contact_id, what="pakket", amount_cents=cents, sold_at=sold_at
        )
    return contact_id


def test_due_to_reorder_is_in_the_call_list_after_recontacts(workspace, clock):
    ws = workspace
    # 00:30 in Amsterdam is the day before in UTC: days are the owner's local days.
    due = _customer(ws, "Trouw", [("2026-09-20", 40_00), ("2026-10-20", 60_00)])
    not_yet = _customer(ws, "Later", [("2026-10-01", 40_00), ("2026-11-20", 40_00)])
    once = _customer(ws, "Eenmalig", [("2026-01-05", 40_00)])
    blocked = _customer(ws, "Niet bellen", [("2026-01-05", 40_00), ("2026-02-05", 40_00)])
    ws.sales.presentations.set_do_not_contact([blocked], True)
    overdue = _customer(ws, "Druk", [("2026-05-01", 10_00), ("2026-06-01", 10_00)])
    followed = _customer(ws, "Opvolgen", [("2026-08-01", 10_00), ("2026-09-01", 10_00)])
    ws.activity.add_followup(followed, due_at=NOW - timedelta(days=1), what="bellen")
    clock.set(NOW)
    rows = ws.sales.calls.calls_at(NOW)
    reasons = [(r.contact_id, r.reason) for r in rows]
    assert reasons[:3] == [
        (followed, CallReason.OVERDUE),  # its follow-up comes first; listed once
        (overdue, CallReason.REORDER),  # due since 2 July
        (due, CallReason.REORDER),  # due since 19 November
    ]
    assert rows[2].since == datetime(2026, 11, 19, 0, 0, tzinfo=AMSTERDAM)
    listed = {r.contact_id for r in rows}
    assert not_yet not in listed and once not in listed and blocked not in listed

    forecast = Forecast(clock)
    thirty, ninety = forecast.expected(30, 90)
    # "Trouw" (30 days, 50.00) due now, then 19 Dec; "Later" (50 days, 40.00) on 9 Jan;
    # "Opvolgen" (31 days) missed a whole cycle, "Druk" too; "Niet bellen" as well.
    assert thirty.cents == 2 * 50_00
    assert ninety.cents == 4 * 50_00 + 40_00
