"""The Funnel view's forecast lines: expected revenue from repeat buyers for 30 / 90 days
and the pipeline weighted by the shown funnel's rates, money in the locale's form."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale

from prospectdesk.domain.records import ContactRecord
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.funnel_view import FunnelView
from prospectdesk.ui.money import money, set_money_currency
from prospectdesk.ui.tasks import SynchronousExecutor


@pytest.fixture
def dutch_euros():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    set_money_currency("EUR")
    yield
    set_money_currency("")
    QLocale.setDefault(before)


def add(workspace, name: str, role: str, value_cents: int | None = None) -> int:
    stage = workspace.pipeline.stage_by_role(role)
    contact_id, _ = workspace.contacts.create(
        ContactRecord(given_name=name, expected_value_cents=value_cents), stage_id=stage.id
    )
    return contact_id


def test_the_funnel_shows_expected_revenue_and_the_weighted_pipeline(
    qtbot, workspace, clock, dutch_euros
):
    stages = {s.role: s.id for s in workspace.pipeline.stages()}
    # A repeat buyer: every 30 days, 120.00 each time.
    buyer = add(workspace, "Trouw", "customer")
    for days_ago in (70, 40, 10):
        workspace.sales.presentations.record_sale(
            buyer,
            what="pakket",
            amount_cents=120_00,
            sold_at=clock.now() - timedelta(days=days_ago),
        )
    # Two leads, one of whom went on to become a customer: 50 % went on from lead, 100 %
    # from prospect; of the two who got a presentation, one bought: 50 %.
    won = add(workspace, "Gewonnen", "lead")
    add(workspace, "Blijft", "lead", value_cents=1000_00)
    for role in ("prospect", "presentation", "customer"):
        workspace.pipeline.move_contacts([won], to_stage_id=stages[role])
    add(workspace, "Kans", "presentation", value_cents=300_00)
    controller = AppController(workspace, SynchronousExecutor())
    view = FunnelView(controller)
    qtbot.addWidget(view)
    view.show()
    view.period.setCurrentIndex(view.period.findData("all"))
    revenue = view.forecast.revenue.text()
    # due in 20 days (30 days window: once), then every 30 days (90 days: three times)
    assert money(120_00) in revenue and money(360_00) in revenue
    assert "€\xa0120,00" in revenue  # the Dutch form of the amount
    pipeline = view.forecast.pipeline.text()
    # lead: 1/2 x 1 x 1/2 of 1,000.00 = 250.00; presentation: 1/2 of 300.00 = 150.00
    assert money(400_00) in pipeline and money(1300_00) in pipeline
