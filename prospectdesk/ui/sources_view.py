"""Where leads come from: a table of leads per source and how far they got, and the
editable list of sources (add, rename, remove)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.domain.losses import losses
from prospectdesk.domain.sources import SourceRow
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.losses_view import LossesTable
from prospectdesk.ui.refresh_on_show import RefreshOnShow

Index = QModelIndex | QPersistentModelIndex
SourceIdRole = Qt.ItemDataRole.UserRole + 1


class SourcesTableModel(QAbstractTableModel):
    COLUMNS = 5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[SourceRow] = []

    def set_rows(self, rows: list[SourceRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return (
            self.tr("Source"),
            self.tr("Leads"),
            self.tr("Became prospects"),
            self.tr("Became customers"),
            self.tr("Repeat buyers"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == SourceIdRole:
            return row.source_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return row.name or self.tr("(no source)")
        counts = (row.leads, row.prospects, row.customers, row.repeat_buyers)
        value = counts[column - 1]
        text = QLocale().toString(value)
        if column > 1 and row.leads:
            share = QLocale().toString(100 * value / row.leads, "f", 0)
            text = self.tr("%1 (%2 %)").replace("%1", text).replace("%2", share)
        return text


class SourcesView(RefreshOnShow, QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("sources-view")
        self.model = SourcesTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("sources-table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # The counts' titles in full ("Became prospects" and its longer Armenian form).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add source…"))
        self.add_button.clicked.connect(self.add_source)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.clicked.connect(self.rename_source)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.clicked.connect(self.remove_source)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.add_button, self.rename_button, self.remove_button):
            buttons.addWidget(button)
        self.losses = LossesTable(with_source=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.losses)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        controller.changes_applied.connect(self._on_controller_changes_applied)
        # No report yet: it is computed when the tab is first shown (showEvent), so opening
        # the app costs the same at 100 contacts as at 100,000.

    @property
    def service(self):
        return self.controller.workspace.sales.sources

    def refresh(self) -> None:
        selected = self.selected_source_id()
        self.model.set_rows(self.service.report())
        self.losses.set_rows(losses(None, self.controller.workspace.clock.now()))
        self.mark_fresh()
        if selected is not None:
            self.select_source(selected)
        self._update_buttons()

    def selected_source_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(SourceIdRole) if rows else None

    def select_source(self, source_id: int) -> None:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(SourceIdRole) == source_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self, *args) -> None:
        has = self.selected_source_id() is not None
        self.rename_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def add_source(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add source"), self.tr("Name:"))
        if ok and name.strip():
            self.controller.run(lambda: self.service.add_source(name))

    def rename_source(self) -> None:
        source_id = self.selected_source_id()
        if source_id is None:
            return
        current = self.model.rows[self.table.selectionModel().selectedRows()[0].row()].name
        name, ok = QInputDialog.getText(
            self, self.tr("Rename source"), self.tr("New name:"), text=current
        )
        if not (ok and name.strip()):
            return
        try:
            self.controller.run(lambda: self.service.rename_source(source_id, name))
        except ValueError:
            QMessageBox.warning(
                self, self.tr("Rename source"), self.tr("A source with that name exists already.")
            )

    def remove_source(self) -> None:
        source_id = self.selected_source_id()
        if source_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove source"),
            self.tr("Remove this source? Its contacts stay, without a source."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.run(lambda: self.service.remove_source(source_id))
