"""Edit > Deleted contacts…: bring back people deleted in an earlier session (Ctrl+Z covers
this session). Kept until the backup rotation purges them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.domain.trash import deleted_contacts
from prospectdesk.ui.controller import AppController


class DeletedContactsDialog(QDialog):
    """A list of deleted contacts; "Bring back" restores the selected ones through the
    controller, so the board shows them again at once."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("deleted-contacts")
        self.setWindowTitle(self.tr("Deleted contacts"))
        self.resize(480, 420)
        note = QLabel(
            self.tr(
                "Deleted contacts are kept until every backup is newer than the deletion "
                "(a few weeks). Select people to bring them back."
            )
        )
        note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("deleted-list")
        self.list.setAccessibleName(self.windowTitle())
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.restore_button = QPushButton(self.tr("Bring back"))
        self.restore_button.setObjectName("bring-back")
        self.restore_button.clicked.connect(self.restore_selected)
        self.list.itemSelectionChanged.connect(self._on_list_selection_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        locale = QLocale()
        for person in deleted_contacts(self.controller.workspace.clock):
            name = person.display_name or self.tr("(no name)")
            if person.organization and person.organization != name:
                name = f"{name}, {person.organization}"
            when = locale.toString(person.deleted_at.date(), QLocale.FormatType.ShortFormat)
            item = QListWidgetItem(
                self.tr("%1 (deleted %2)").replace("%1", name).replace("%2", when)
            )
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
        self._on_list_selection_changed()

    def selected_ids(self) -> list[int]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]

    def _on_list_selection_changed(self) -> None:
        self.restore_button.setEnabled(bool(self.list.selectedItems()))

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.controller.run(lambda: self.controller.workspace.contacts.restore(ids))
            self.reload()


def install_deleted_contacts_action(window: QMainWindow, controller: AppController) -> QAction:
    action = QAction(
        QCoreApplication.translate("DeletedContactsDialog", "Deleted contacts…"), window
    )
    action.setObjectName("deleted-contacts-action")
    action.triggered.connect(lambda: DeletedContactsDialog(controller, window).exec())
    window.menus["edit"].addAction(action)  # type: ignore[attr-defined]
    return action
