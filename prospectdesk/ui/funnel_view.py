"""The funnel as a picture: a bar per stage (people in it), the conversion between the
stages of the main path as arrows with percentages, and the median days in each stage,
for a chosen period. The numbers are the domain's (:mod:`prospectdesk.domain.funnel`)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from prospectdesk.domain.funnel import FunnelReport, FunnelStage
from prospectdesk.domain.losses import losses
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.forecast_panel import ForecastPanel
from prospectdesk.ui.losses_view import LossesTable
from prospectdesk.ui.refresh_on_show import RefreshOnShow

BAR_COLOR = QColor("#2e86c1")
SIDE_COLOR = QColor("#a6acaf")
ROW_HEIGHT = 30
ARROW_HEIGHT = 26
LABEL_WIDTH = 170
MARGIN = 12

# (key, days back; None: all time, 0: since 1 January)
PERIODS = (("30", 30), ("90", 90), ("365", 365), ("year", 0), ("all", None))


class FunnelChart(QWidget):
    """Paints a :class:`FunnelReport`; no widgets per bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: FunnelReport | None = None
        self.setObjectName("funnel-chart")
        self.setMinimumHeight(200)

    def set_report(self, report: FunnelReport) -> None:
        self.report = report
        self.setAccessibleDescription("\n".join(self.summary_lines()))
        self.updateGeometry()
        self.update()

    def _rows(self) -> tuple[list[FunnelStage], list[FunnelStage]]:
        if self.report is None:
            return [], []
        path = [s for s in self.report.stages if s.on_path]
        side = [s for s in self.report.stages if not s.on_path]
        return path, side

    def sizeHint(self) -> QSize:
        path, side = self._rows()
        height = (
            MARGIN * 2
            + len(path) * ROW_HEIGHT
            + max(0, len(path) - 1) * ARROW_HEIGHT
            + (ARROW_HEIGHT + len(side) * (ROW_HEIGHT + 6) if side else 0)
        )
        return QSize(640, max(200, height))

    # -- words (also the accessible description) -------------------------------------------

    def people_text(self, stage: FunnelStage) -> str:
        return self.tr("%n person(s)", "", stage.people)

    def median_text(self, stage: FunnelStage) -> str:
        if stage.median_days is None:
            return self.tr("median: no stays ended yet")
        return self.tr("median %1 days").replace(
            "%1", QLocale().toString(stage.median_days, "f", 1)
        )

    def conversion_text(self, from_stage_id: int) -> str:
        step = self.report.step_from(from_stage_id) if self.report else None
        if step is None or step.rate is None:
            return self.tr("no one entered in this period")
        return (
            self.tr("%1 % went on (%2 of %3)")
            .replace("%1", QLocale().toString(step.rate * 100, "f", 0))
            .replace("%2", QLocale().toString(step.reached))
            .replace("%3", QLocale().toString(step.entered))
        )

    def summary_lines(self) -> list[str]:
        path, side = self._rows()
        lines = []
        for index, stage in enumerate(path):
            lines.append(f"{stage.name}: {self.people_text(stage)}, {self.median_text(stage)}")
            if index + 1 < len(path):
                lines.append(f"  ↓ {self.conversion_text(stage.stage_id)}")
        for stage in side:
            lines.append(f"{stage.name}: {self.people_text(stage)}, {self.median_text(stage)}")
        return lines

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        path, side = self._rows()
        if not path and not side:
            painter.setPen(text_color)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No stages"))
            return
        biggest = max([s.people for s in path + side] + [1])
        metrics = QFontMetrics(self.font())
        detail_width = max(
            [metrics.horizontalAdvance(f"{self.people_text(s)} · {self.median_text(s)}")
             for s in path + side] + [0]
        )  # fmt: skip
        bar_left = MARGIN + LABEL_WIDTH
        bar_span = max(40, self.width() - bar_left - MARGIN - detail_width - 12)
        y = MARGIN
        for index, stage in enumerate(path):
            self._paint_row(painter, stage, y, bar_left, bar_span, biggest, BAR_COLOR, text_color)
            y += ROW_HEIGHT
            if index + 1 < len(path):
                self._paint_arrow(painter, stage.stage_id, y, bar_left, text_color)
                y += ARROW_HEIGHT
        if side:
            y += ARROW_HEIGHT // 2
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine))
            painter.drawLine(MARGIN, y, self.width() - MARGIN, y)
            y += ARROW_HEIGHT // 2
            for stage in side:
                self._paint_row(
                    painter, stage, y, bar_left, bar_span, biggest, SIDE_COLOR, text_color
                )
                y += ROW_HEIGHT + 6
        painter.end()

    def _paint_row(
        self,
        painter: QPainter,
        stage: FunnelStage,
        y: int,
        bar_left: int,
        bar_span: int,
        biggest: int,
        color: QColor,
        text_color: QColor,
    ) -> None:
        metrics = QFontMetrics(self.font())
        painter.setPen(text_color)
        label = metrics.elidedText(stage.name, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 8)
        painter.drawText(
            QRectF(MARGIN, y, LABEL_WIDTH - 8, ROW_HEIGHT),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            label,
        )
        width = max(2.0, bar_span * stage.people / biggest) if stage.people else 2.0
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(QRectF(bar_left, y + 4, width, ROW_HEIGHT - 8), 3, 3)
        painter.setPen(text_color)
        painter.drawText(
            QRectF(bar_left + width + 8, y, self.width(), ROW_HEIGHT),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            f"{self.people_text(stage)} · {self.median_text(stage)}",
        )

    def _paint_arrow(
        self, painter: QPainter, from_stage_id: int, y: int, bar_left: int, text_color: QColor
    ) -> None:
        x = bar_left + 14
        painter.setPen(QPen(text_color, 1.5))
        painter.drawLine(QPointF(x, y + 2), QPointF(x, y + ARROW_HEIGHT - 6))
        painter.setBrush(text_color)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x - 4, y + ARROW_HEIGHT - 8),
                    QPointF(x + 4, y + ARROW_HEIGHT - 8),
                    QPointF(x, y + ARROW_HEIGHT - 2),
                ]
            )
        )
        painter.drawText(
            QRectF(x + 12, y, self.width(), ARROW_HEIGHT),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            self.conversion_text(from_stage_id),
        )


class FunnelView(RefreshOnShow, QWidget):
    """A period selector over the funnel chart; it re-reads the history on every change."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("funnel-view")
        self.period = QComboBox()
        self.period.setObjectName("funnel-period")
        labels = {
            "30": self.tr("Last 30 days"),
            "90": self.tr("Last 90 days"),
            "365": self.tr("Last 12 months"),
            "year": self.tr("This year"),
            "all": self.tr("All time"),
        }
        for key, _days in PERIODS:
            self.period.addItem(labels[key], key)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(self.refresh)
        self.note = QLabel(
            self.tr(
                "Bars: people in each stage at the end of the period. Arrows: of those who "
                "entered a stage in the period, the share that went further. Follow up later "
                "and Not now are side exits."
            )
        )
        self.note.setWordWrap(True)
        self.chart = FunnelChart()
        top = QHBoxLayout()
        period_label = QLabel(self.tr("Period:"))
        period_label.setBuddy(self.period)
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.note)
        # The forecast: expected revenue and the weighted pipeline (ui/forecast_panel.py).
        self.forecast = ForecastPanel(controller.workspace)
        layout.addWidget(self.forecast)
        self.losses = LossesTable(with_source=False)
        layout.addWidget(self.losses)
        controller.changes_applied.connect(self._on_controller_changes_applied)
        # No report yet: it is computed when the tab is first shown (showEvent), so opening
        # the app costs the same at 100 contacts as at 100,000.

    def period_bounds(self) -> tuple[datetime | None, datetime]:
        now = self.controller.workspace.clock.now()
        days = dict(PERIODS)[self.period.currentData()]
        if days is None:
            return None, now
        if days == 0:
            return now.replace(month=1, day=1, hour=0, minute=0, second=0, microsecond=0), now
        return now - timedelta(days=days), now

    def refresh(self, *args) -> None:
        start, end = self.period_bounds()
        self.chart.set_report(self.controller.workspace.sales.funnel.report(start, end))
        if self.chart.report is not None:
            self.forecast.set_report(self.chart.report)
        self.losses.set_rows(losses(start, end))
        self.mark_fresh()
