"""Pipeline ▸ Reasons for "no"…: the owner's list of reasons a "no" close offers, one a
line (rename a line, delete it, add one). Stored through the domain
(:func:`prospectdesk.domain.losses.set_reason_list`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.domain.losses import reason_list, set_reason_list
from prospectdesk.ui.controller import AppController


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class LossReasonsDialog(QDialog):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("loss-reasons-dialog")
        self.setWindowTitle(self.tr("Reasons for “no”"))
        label = QLabel(self.tr("The reasons a “no” close offers, one a line:"))
        label.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("loss-reasons")
        self.editor.setAccessibleName(self.tr("Reasons for “no”"))
        settings = controller.workspace.settings
        self.editor.setPlainText("\n".join(reason_list(settings, _translate)))
        label.setBuddy(self.editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)

    def save(self) -> None:
        lines = self.editor.toPlainText().splitlines()
        settings = self.controller.workspace.settings
        done = self.controller.run(
            lambda: set_reason_list(settings, lines, _translate), initiator=self
        )
        if done is not None:
            self.accept()
