"""Under the funnel: what repeat buyers are expected to bring in the next 30 and 90 days,
and the open pipeline weighted by the funnel's own rates (the domain's numbers,
:mod:`prospectdesk.domain.forecast`; money in the locale's form, as Sales shows it)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from prospectdesk.domain.forecast import Forecast
from prospectdesk.domain.funnel import FunnelReport
from prospectdesk.domain.workspace import Workspace
from prospectdesk.ui.money import money


class ForecastPanel(QWidget):
    """Two lines of text; refreshed with the funnel (the same report, so the same rates)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("forecast-panel")
        self.revenue = QLabel()
        self.revenue.setObjectName("forecast-revenue")
        self.pipeline = QLabel()
        self.pipeline.setObjectName("forecast-pipeline")
        for label in (self.revenue, self.pipeline):
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.revenue)
        layout.addWidget(self.pipeline)

    def set_report(self, report: FunnelReport) -> None:
        forecast = Forecast(self.workspace.clock)
        thirty, ninety = forecast.expected(30, 90)
        self.revenue.setText(
            self.tr("Expected from repeat buyers: %1 in the next 30 days, %2 in the next 90 days")
            .replace("%1", money(thirty.cents))
            .replace("%2", money(ninety.cents))
        )
        value = forecast.pipeline(report, self.workspace.pipeline.stages())
        self.pipeline.setText(
            self.tr("Open pipeline weighted by these rates: %1 (of %2 expected)")
            .replace("%1", money(value.weighted_cents))
            .replace("%2", money(value.open_cents))
        )
        self.pipeline.setToolTip(
            self.tr(
                "Each open contact's expected value times the share of their stage that went "
                "on to become a customer. Stages nobody entered in this period count for nothing."
            )
        )
