"""The first start: what an empty workspace says on Today, the home tab, and over the empty
board (where to start: add a lead, import a file, connect a phone, with the buttons to do
it; it goes once the first contact is in), Help ▸ The sales process, the steps as the app
models them, and Help ▸ Try a sample workspace…, another window on invented people in a
folder of its own (``prospectdesk gui --sample``), so the real data is never touched."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QProcess, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractScrollArea,
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
    """``window``: where the sync account action (Settings ▸ Sync, the status item) is
    found when "Connect a phone…" is clicked (it is built after this note)."""

    def __init__(
        self,
        controller: AppController,
        new_contact: QAction,
        import_file: QAction | None,
        window: QMainWindow | None = None,
    ) -> None:
        super().__init__()
        self.controller = controller
        self.setObjectName("first-steps")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel(
            self.tr(
                "No contacts yet. Start with your first lead: add one by hand, import the "
                "contacts you already have (vCard or CSV, from Google, Outlook, your "
                "phone…) or connect your phone's address book. Help ▸ The sales process "
                "explains the steps; Help ▸ Try a sample workspace… shows the app on "
                "invented people, without touching your data."
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
        if window is not None:
            # A row of its own: three side by side would widen a narrow window (Armenian).
            self.phone_button = QPushButton(self.tr("Connect a phone…"))
            self.phone_button.setObjectName("first-steps-phone")
            self.phone_button.clicked.connect(lambda: _trigger(window, "sync-action"))
            phone = QHBoxLayout()
            phone.addWidget(self.phone_button)
            phone.addStretch(1)
            layout.addLayout(phone)
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


def _trigger(window: QMainWindow, action_name: str) -> None:
    action = window.findChild(QAction, action_name)
    if action is not None:
        action.trigger()


class BoardNote(QObject):
    """The first steps over an empty board: a note in the lower middle of its viewport
    (not in the layout, which holds the columns), following its size."""

    def __init__(self, board: QAbstractScrollArea, steps: FirstSteps) -> None:
        super().__init__(board)
        self.board = board
        self.steps = steps
        steps.setParent(board.viewport())
        steps.setAutoFillBackground(True)
        steps.setObjectName("board-first-steps")
        board.viewport().installEventFilter(self)
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.place()
        return False

    def place(self) -> None:
        area = self.board.viewport().rect()
        width = min(max(area.width() - 40, 200), 640)
        height = self.steps.heightForWidth(width)
        height = height if height > 0 else self.steps.sizeHint().height()
        self.steps.setGeometry(
            area.x() + (area.width() - width) // 2, area.bottom() - height - 40, width, height
        )
        self.steps.raise_()


def sample_command(language: str) -> list[str]:
    """How to start this installation on the sample workspace (a separate process: its
    own data folder, its own single-instance lock)."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        command = [sys.executable, "-m", "prospectdesk"]
    return [*command, "--lang", language, "gui", "--sample"]


class SampleWorkspace(QObject):
    """Help ▸ Try a sample workspace…: another window on invented people."""

    def __init__(self, window: QMainWindow, help_menu: QMenu, language: Callable[[], str]) -> None:
        super().__init__(window)
        self.language = language  # the interface's, when the action is chosen
        self.action = QAction(self.tr("Try a sample workspace…"), window)
        self.action.setObjectName("sample-workspace-action")
        self.action.triggered.connect(self.start)
        help_menu.addAction(self.action)

    def start(self) -> bool:
        command = sample_command(self.language())
        started = QProcess.startDetached(command[0], command[1:])
        return bool(started[0] if isinstance(started, tuple) else started)


def mark_sample(window: QMainWindow) -> None:
    """The title bar says it is the sample, not the owner's contacts."""
    window.setWindowTitle(
        QCoreApplication.translate(
            "FirstSteps", "ProspectDesk: sample workspace (invented people, not your data)"
        )
    )
