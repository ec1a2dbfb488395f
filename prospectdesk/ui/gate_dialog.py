"""Asked when a lead that does not meet the qualification criteria is moved to Prospect or
further (a drag, Ctrl+arrows, Move to): ask the missing answers now, or give a short reason
to move anyway (kept on the stage change), or leave the lead where it is. The rule is the
domain's (:mod:`prospectdesk.domain.gate`); this only asks."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.domain.errors import DomainError
from prospectdesk.domain.gate import NotQualifiedError
from prospectdesk.ui.controller import AppController


class GateDialog(QDialog):
    def __init__(
        self, controller: AppController, refusal: NotQualifiedError, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.refusal = refusal
        self.setObjectName("gate-dialog")
        self.setWindowTitle(self.tr("Not qualified yet"))
        lines = [
            self.tr("%1: not yet known or not met: %2")
            .replace("%1", stop.display_name or "?")
            .replace("%2", ", ".join(stop.missing))
            for stop in refusal.stops
        ]
        self.message = QLabel("\n".join(lines))
        self.message.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("gate-reason")
        self.reason.setPlaceholderText(self.tr("e.g. met at the fair, buys for the whole team"))
        reason_label = QLabel(self.tr("Reason to move anyway"))
        reason_label.setBuddy(self.reason)
        self.reason.setAccessibleName(reason_label.text())
        form = QFormLayout()
        form.addRow(reason_label, self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.qualify_button = QPushButton(self.tr("Qualify…"))
        self.qualify_button.setObjectName("gate-qualify")
        # One lead at a time: the criteria are asked per person.
        self.qualify_button.setEnabled(len(refusal.stops) == 1)
        self.qualify_button.clicked.connect(self.qualify)
        self.move_button = QPushButton(self.tr("Move anyway"))
        self.move_button.setObjectName("gate-move")
        self.move_button.setEnabled(False)
        self.move_button.clicked.connect(self.move_anyway)
        buttons.addButton(self.qualify_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(
            lambda text: self.move_button.setEnabled(bool(text.strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.qualify_dialog: QDialog | None = None

    def _move(self, reason: str) -> None:
        gate = self.controller.workspace.sales.gate
        refusal = self.refusal
        self.controller.run(
            lambda: gate.move(
                refusal.contact_ids,
                to_stage_id=refusal.to_stage_id,
                before_id=refusal.before_id,
                override_reason=reason,
            )
        )

    def move_anyway(self) -> None:
        if not self.reason.text().strip():
            return
        self._move(self.reason.text())
        self.accept()

    def qualify(self) -> None:
        """The Qualify dialog for the held-back lead; once answered the move is tried
        again (still short of the criteria: this question comes back)."""
        from prospectdesk.ui.qualify_dialog import QualifyDialog

        dialog = QualifyDialog(self.controller, self.refusal.stops[0].contact_id, self.parent())
        self.qualify_dialog = dialog
        dialog.finished.connect(lambda _: self._move("") if dialog.recorded else None)
        dialog.finished.connect(dialog.deleteLater)
        self.accept()
        dialog.open()


def install_gate_prompt(controller: AppController, parent: QWidget) -> None:
    """A refused move of unqualified leads opens the gate dialog instead of a message."""

    def ask(error: DomainError) -> None:
        assert isinstance(error, NotQualifiedError)
        dialog = GateDialog(controller, error, parent)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    controller.refusal_handlers[NotQualifiedError] = ask
