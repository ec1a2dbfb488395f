"""The owner's qualification criteria: rename in place, add, remove, reorder."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.ui.controller import AppController

CriterionIdRole = Qt.ItemDataRole.UserRole + 1


class CriteriaDialog(QDialog):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.service = controller.workspace.sales.qualification
        self.setWindowTitle(self.tr("Qualification criteria"))
        self.setObjectName("criteria-dialog")
        self._loading = False
        self.list = QListWidget()
        self.list.setAccessibleName(self.windowTitle())
        self.list.itemChanged.connect(self._on_item_changed)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_criterion)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        side = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "A lead becomes a prospect when every criterion is met. Double-click to rename."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(body)
        layout.addWidget(close)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self._loading = True
        try:
            self.list.clear()
            for criterion in self.service.criteria():
                item = QListWidgetItem(criterion.name)
                item.setData(CriterionIdRole, criterion.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.list.addItem(item)
                if criterion.id == select_id:
                    self.list.setCurrentItem(item)
        finally:
            self._loading = False

    def ids(self) -> list[int]:
        return [self.list.item(i).data(CriterionIdRole) for i in range(self.list.count())]

    def add_criterion(self) -> None:
        name = self.tr("New criterion")
        added = self.controller.run(lambda: self.service.add_criterion(name), initiator=self)
        if added is None:
            return
        self.reload(select_id=added[0])
        self.list.editItem(self.list.currentItem())

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        criterion_id = item.data(CriterionIdRole)
        self.controller.run(lambda: self.service.remove_criterion(criterion_id), initiator=self)
        self.reload()

    def move_selected(self, delta: int) -> None:
        row = self.list.currentRow()
        order = self.ids()
        target = row + delta
        if row < 0 or not 0 <= target < len(order):
            return
        order[row], order[target] = order[target], order[row]
        self.controller.run(lambda: self.service.reorder_criteria(order), initiator=self)
        self.reload(select_id=order[target])

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        criterion_id = item.data(CriterionIdRole)
        name = item.text().strip()
        if name:
            self.controller.run(
                lambda: self.service.rename_criterion(criterion_id, name), initiator=self
            )
        else:
            # An emptied name is put back; not from inside the list's own signal.
            QTimer.singleShot(0, lambda: self.reload(select_id=criterion_id))
