"""The first start: what an empty workspace says on Today, the home tab (where to start:
add a lead, import a file, with the buttons to do it; it goes once the first contact is
in), and Help ▸ The sales process, the steps as the app models them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from prospectdesk.domain.records import Changes
from prospectdesk.ui.controller import AppController


class FirstSteps(QFrame):
    def __init__(
        self, controller: AppController, new_contact: QAction, import_file: QAction | None
    ) -> None:
        super().__init__()
        self.controller = controller
        self.setObjectName("first-steps")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel(
            self.tr(
                "No contacts yet. Start with your first lead: add one by hand, or import "
                "the contacts you already have (vCard or CSV, from Google, Outlook, your "
                "phone…). Help ▸ The sales process explains the steps."
            )
        )
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.add_button = QPushButton(self.tr("Add a lead"))
        self.add_button.setObjectName("first-steps-add")
        self.add_button.clicked.connect(new_contact.trigger)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        if import_file is not None:
            self.import_button = QPushButton(self.tr("Import a file…"))
            self.import_button.setObjectName("first-steps-import")
            self.import_button.clicked.connect(import_file.trigger)
            buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        controller.changes_applied.connect(self._on_controller_changes_applied)
        self.update_shown()

    def update_shown(self) -> None:
        self.setVisible(not self.controller.workspace.contacts.any_live())

    def _on_controller_changes_applied(self, changes: Changes, initiator: object = None) -> None:
        if changes.created or changes.contacts or changes.everything:
            self.update_shown()


class SalesGuide(QObject):
    """Help ▸ The sales process: the steps as the app models them, in a few lines."""

    def __init__(self, window: QMainWindow, help_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("The sales process"), window)
        self.action.setObjectName("sales-guide-action")
        self.action.triggered.connect(self.show)
        help_menu.insertAction(help_menu.actions()[0] if help_menu.actions() else None, self.action)

    def text(self) -> str:
        return self.tr(
            "1. Lead: everyone starts here. Add people by hand or import them.\n\n"
            "2. Qualify: ask the qualification questions (Qualify…). When every criterion "
            "is met, the lead becomes a prospect; otherwise they stay a lead or go to "
            "“Not now”.\n\n"
            "3. Present: show your offer and ask for a decision (Record presentation…).\n\n"
            "4. Close: a sale makes them a customer (a repeat buyer after the next one); "
            "“not ready” sets a follow-up; “no” keeps them on the list only if they agree.\n\n"
            "5. Follow up: Today lists the follow-ups that are due, birthdays to send a card "
            "for, leads waiting to be qualified and prospects gone quiet."
        )

    def show(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("The sales process"),
            self.text(),
            parent=self.window,
        )
        box.setObjectName("sales-guide")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
