"""The Qualify dialog: one row per criterion (yes / no / don't know yet, with a note) and
how the answers were gathered. On finishing it shows the move the domain rule offers; the
rule itself is :func:`prospectdesk.domain.qualification.decide`."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.domain.qualification import (
    GATHERING_METHODS,
    Answer,
    AnswerInput,
    Outcome,
    QualificationResult,
    decide,
)
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.sales_labels import answer_label, method_label

ANSWER_ORDER = (Answer.YES, Answer.NO, Answer.UNKNOWN)


def plain_label(text: str, *, bold: bool = False) -> QLabel:
    """Owner-typed text is never read as HTML."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class QualifyDialog(QDialog):
    """Asks the criteria for one contact. ``recorded`` holds what was recorded, ``moved_to``
    the stage the owner accepted (None: stayed). Every write goes through the controller, so
    the board and the detail view hear about it."""

    def __init__(
        self, controller: AppController, contact_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.contact_id = contact_id
        self.qualification = controller.workspace.sales.qualification
        self.recorded: QualificationResult | None = None
        self.moved_to: int | None = None
        name = controller.workspace.contacts.get(contact_id).display_name
        self.setWindowTitle(self.tr("Qualify %1").replace("%1", name or self.tr("(no name)")))
        self.setObjectName("qualify-dialog")

        self.criteria = self.qualification.criteria()
        status = self.qualification.status(contact_id)
        self.answer_groups: dict[int, QButtonGroup] = {}
        self.note_edits: dict[int, QLineEdit] = {}

        questions = QWidget()
        grid = QGridLayout(questions)
        for column, title in enumerate(
            (self.tr("Criterion"), *(answer_label(a) for a in ANSWER_ORDER), self.tr("Note")),
        ):
            grid.addWidget(plain_label(title, bold=True), 0, column)
        for row, criterion in enumerate(self.criteria, start=1):
            grid.addWidget(plain_label(criterion.name), row, 0)
            group = QButtonGroup(self)
            previous = status.answers.get(criterion.id)
            chosen = previous.answer if previous else Answer.UNKNOWN
            for offset, answer in enumerate(ANSWER_ORDER):
                button = QRadioButton()
                button.setAccessibleName(f"{criterion.name}: {answer_label(answer)}")
                button.setChecked(answer is chosen)
                group.addButton(button, offset)
                grid.addWidget(button, row, 1 + offset)
            group.idToggled.connect(self._update_preview)
            note = QLineEdit(previous.note if previous else "")
            note.setPlaceholderText(self.tr("optional note"))
            note.setAccessibleName(f"{criterion.name}: {self.tr('Note')}")
            grid.addWidget(note, row, 4)
            self.answer_groups[criterion.id] = group
            self.note_edits[criterion.id] = note
        grid.setColumnStretch(4, 1)

        self.method = QComboBox()
        for method in GATHERING_METHODS:
            self.method.addItem(method_label(method), method)
        method_row = QHBoxLayout()
        how_label = QLabel(self.tr("How were the answers gathered?"))
        how_label.setBuddy(self.method)
        method_row.addWidget(how_label)
        method_row.addWidget(self.method, 1)
        self.preview = QLabel()
        self.preview.setObjectName("qualify-preview")
        self.preview.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save answers"))
        self.save_button.clicked.connect(self.save_answers)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        ask_buttons = QHBoxLayout()
        ask_buttons.addStretch(1)
        ask_buttons.addWidget(cancel)
        ask_buttons.addWidget(self.save_button)
        ask_page = QWidget()
        ask_layout = QVBoxLayout(ask_page)
        ask_layout.addWidget(questions)
        ask_layout.addLayout(method_row)
        ask_layout.addWidget(self.preview)
        ask_layout.addLayout(ask_buttons)

        self.outcome_label = QLabel()
        self.outcome_label.setObjectName("qualify-outcome")
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setTextFormat(Qt.TextFormat.PlainText)
        self.move_button = QPushButton()
        self.move_button.clicked.connect(self.accept_offer)
        self.keep_button = QPushButton(self.tr("Keep where they are"))
        self.keep_button.clicked.connect(self.accept)
        offer_buttons = QHBoxLayout()
        offer_buttons.addStretch(1)
        offer_buttons.addWidget(self.keep_button)
        offer_buttons.addWidget(self.move_button)
        offer_page = QWidget()
        offer_layout = QVBoxLayout(offer_page)
        offer_layout.addWidget(self.outcome_label, 1)
        offer_layout.addLayout(offer_buttons)

        self.pages = QStackedWidget()
        self.pages.addWidget(ask_page)
        self.pages.addWidget(offer_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        # Only once it is in the dialog: the dialog then keeps it as Enter's button also
        # after Tab has passed another button (set before, Cancel took over).
        self.save_button.setDefault(True)
        self._update_preview()

    # -- reading the form ------------------------------------------------------------------

    def answers(self) -> list[AnswerInput]:
        return [
            AnswerInput(
                criterion_id,
                ANSWER_ORDER[max(0, group.checkedId())],
                self.note_edits[criterion_id].text(),
            )
            for criterion_id, group in self.answer_groups.items()
        ]

    def set_answer(self, criterion_id: int, answer: Answer, note: str = "") -> None:
        self.answer_groups[criterion_id].button(ANSWER_ORDER.index(answer)).setChecked(True)
        if note:
            self.note_edits[criterion_id].setText(note)

    def _update_preview(self, *args) -> None:
        given = {a.criterion_id: a.answer for a in self.answers()}
        outcome = decide(given, [c.id for c in self.criteria])
        self.preview.setText(
            {
                Outcome.PROSPECT: self.tr("All criteria are met."),
                Outcome.NOT_NOW: self.tr("At least one criterion is not met."),
                Outcome.UNDECIDED: self.tr("Not everything is known yet."),
            }[outcome]
        )

    # -- finishing -------------------------------------------------------------------------

    def save_answers(self) -> None:
        method = self.method.currentData()
        answers = self.answers()
        self.recorded = self.controller.run(
            lambda: self.qualification.record(self.contact_id, answers, method=method),
            initiator=self,
        )
        if self.recorded is None:
            return  # refused (the contact was deleted meanwhile): the controller said so
        status = self.recorded.status
        progress = (
            self.tr("%1 of %2 criteria met.")
            .replace("%1", QLocale().toString(status.met))
            .replace("%2", QLocale().toString(status.total))
        )
        stage = self._offered_stage_name()
        current = self.controller.workspace.pipeline.stage_of(self.contact_id)
        if stage is None or self.recorded.offered_stage_id == current:
            self.outcome_label.setText(
                progress + "\n" + self.tr("The answers are kept with the contact.")
            )
            self.move_button.hide()
            self.keep_button.setText(self.tr("Close"))
        else:
            offer = (
                self.tr("All criteria are met: move them to “%1”?")
                if status.outcome is Outcome.PROSPECT
                else self.tr("Not all criteria are met: move them to “%1”? They stay on the list.")
            )
            self.outcome_label.setText(progress + "\n" + offer.replace("%1", stage))
            self.move_button.setText(self.tr("Move to %1").replace("%1", stage))
            self.move_button.show()
            self.move_button.setDefault(True)
        self.pages.setCurrentIndex(1)
        # The keyboard focus follows to the offer (it was on the page now hidden): Enter
        # takes the offer, Tab reaches "Keep where they are".
        (self.keep_button if self.move_button.isHidden() else self.move_button).setFocus()

    def _offered_stage_name(self) -> str | None:
        if self.recorded is None or self.recorded.offered_stage_id is None:
            return None
        stages = {s.id: s.name for s in self.controller.workspace.pipeline.stages()}
        return stages.get(self.recorded.offered_stage_id)

    def accept_offer(self) -> None:
        if self.recorded is not None:
            outcome = self.recorded.status.outcome
            self.controller.run(
                lambda: self.qualification.accept_offer(self.contact_id, outcome), initiator=self
            )
            self.moved_to = self.recorded.offered_stage_id
        self.accept()
