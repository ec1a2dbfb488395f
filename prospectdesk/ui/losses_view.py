"""Why people said "no", as a small table under Funnel (per reason, in its period) and
under Sources (per lead source and reason, all time). The counts are the domain's
(:mod:`prospectdesk.domain.losses`)."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.domain.losses import LossRow, by_reason


class LossesTable(QWidget):
    """A title and a read-only table; ``with_source`` adds the lead source column."""

    def __init__(self, with_source: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_source = with_source
        self.title = QLabel(
            self.tr("Said no, by lead source and reason")
            if with_source
            else self.tr("Said no, by reason")
        )
        self.model = QStandardItemModel(self)
        headers = [self.tr("Reason"), self.tr("People")]
        if with_source:
            headers.insert(0, self.tr("Lead source"))
        self.model.setHorizontalHeaderLabels(headers)
        self.table = QTableView()
        self.table.setObjectName("losses-by-source" if with_source else "losses-by-reason")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.title.text())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 2, QHeaderView.ResizeMode.Stretch)
        self.title.setBuddy(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)

    def set_rows(self, rows: list[LossRow]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        if self.with_source:
            shown = [(row.source, row.reason, row.count) for row in rows]
        else:
            shown = [("", reason, count) for reason, count in by_reason(rows)]
        for source, reason, count in shown:
            cells = [
                QStandardItem(reason or self.tr("(no reason given)")),
                QStandardItem(str(count)),
            ]
            if self.with_source:
                cells.insert(0, QStandardItem(source or self.tr("(no source)")))
            self.model.appendRow(cells)

    def rows_shown(self) -> list[list[str]]:
        """What the table shows, cell by cell (for tests and screen readers' checks)."""
        return [
            [self.model.item(r, c).text() for c in range(self.model.columnCount())]
            for r in range(self.model.rowCount())
        ]
