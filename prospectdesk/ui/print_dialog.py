"""File ▸ Print envelopes / labels…: birthday cards for the coming days, or for the contacts
chosen on the board, on envelopes or label sheets, through the system print dialog or to a
PDF. "Card sent" is logged for each person once the print dialog was accepted (or the PDF
written), in one transaction."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.domain.cards import Cards, Mailing
from prospectdesk.printing.cards import ENVELOPES, LAYOUTS, SHEETS, Layout, paint, set_up_page
from prospectdesk.printing.cards import write_pdf as write_pdf_file
from prospectdesk.ui.controller import AppController


def card_sent_text() -> str:
    """What is logged for each person: in the owner's language."""
    return QCoreApplication.translate("PrintCardsDialog", "Card sent")


def ask_printer(printer: QPrinter, parent: QWidget) -> bool:
    """The system print dialog (the seam tests replace)."""
    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


def ask_pdf_file(parent: QWidget) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PrintCardsDialog", "Save as PDF"),
        "cards.pdf",
        "PDF (*.pdf)",
    )
    return path


class PrintCardsDialog(QDialog):
    def __init__(
        self,
        controller: AppController,
        selected_ids: Sequence[int] = (),
        parent: QWidget | None = None,
        *,
        printer_asker: Callable[[QPrinter, QWidget], bool] | None = None,
        file_asker: Callable[[QWidget], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.selected_ids = list(dict.fromkeys(selected_ids))
        workspace = controller.workspace
        self.cards = Cards(workspace.clock, workspace.contacts.region)
        self._ask_printer = printer_asker or ask_printer
        self._ask_file = file_asker or ask_pdf_file
        self.mailing = Mailing()
        self.setObjectName("print-cards-dialog")
        self.setWindowTitle(self.tr("Print envelopes / labels"))

        self.birthdays = QRadioButton(self.tr("Birthdays in the next days:"))
        self.birthdays.setObjectName("print-birthdays")
        self.days = QSpinBox()
        self.days.setObjectName("print-days")
        self.days.setRange(0, 364)
        self.days.setValue(14)
        self.days.setAccessibleName(self.tr("Days ahead"))
        self.selection = QRadioButton(
            self.tr("The chosen contacts (%n)", "", len(self.selected_ids))
        )
        self.selection.setObjectName("print-selection")
        self.selection.setEnabled(bool(self.selected_ids))
        group = QButtonGroup(self)
        group.addButton(self.birthdays)
        group.addButton(self.selection)
        (self.selection if self.selected_ids else self.birthdays).setChecked(True)

        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("print-layout")
        for key, sheet in SHEETS.items():
            self.layout_choice.addItem(self.tr("Labels: %1").replace("%1", sheet.title), key)
        for key, envelope in ENVELOPES.items():
            self.layout_choice.addItem(self.tr("Envelopes: %1").replace("%1", envelope.title), key)
        self.people = QListWidget()
        self.people.setObjectName("print-people")
        self.people.setAccessibleName(self.tr("People to print for"))
        self.summary = QLabel()
        self.summary.setObjectName("print-summary")
        self.summary.setWordWrap(True)

        whom = QHBoxLayout()
        whom.addWidget(self.birthdays)
        whom.addWidget(self.days)
        whom.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Print on:"), self.layout_choice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("print-print")
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setObjectName("print-pdf")
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_cards)
        self.pdf_button.clicked.connect(self.save_pdf)
        layout = QVBoxLayout(self)
        layout.addLayout(whom)
        layout.addWidget(self.selection)
        layout.addLayout(form)
        layout.addWidget(self.people)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(520, 440)

        self.days.valueChanged.connect(lambda _days: self.birthdays.setChecked(True))
        self.days.valueChanged.connect(self.refresh)
        group.buttonToggled.connect(lambda _button, checked: checked and self.refresh())
        self.layout_choice.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def chosen_layout(self) -> Layout:
        return LAYOUTS[self.layout_choice.currentData()]

    def refresh(self) -> None:
        """Who is printed for, as chosen now."""
        if self.selection.isChecked():
            order = self.selected_ids
        else:
            order = self.cards.birthday_ids(self.days.value())
        contacts = self.controller.workspace.contacts
        self.mailing = self.cards.mailing(contacts.records(order), order)
        self.people.clear()
        for recipient in self.mailing.recipients:
            self.people.addItem(f"{recipient.display_name} — {', '.join(recipient.lines[1:])}")
        count = len(self.mailing.recipients)
        text = self.tr("%n card(s)", "", count)
        if self.mailing.without_address:
            names = ", ".join(name for _id, name in self.mailing.without_address)
            text += " " + self.tr("Left out, without a postal address: %1").replace("%1", names)
        self.summary.setText(text)
        self.print_button.setEnabled(count > 0)
        self.pdf_button.setEnabled(count > 0)

    def print_cards(self) -> bool:
        """The system print dialog; once accepted, the pages and "card sent" for each."""
        layout = self.chosen_layout()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        set_up_page(printer, layout)
        if not self._ask_printer(printer, self):
            return False
        try:
            paint(printer, layout, self.mailing.recipients)
        except OSError as error:
            return self._failed(error)
        return self._log_sent()

    def save_pdf(self) -> bool:
        path = self._ask_file(self)
        if not path:
            return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_pdf_file(Path(path), self.chosen_layout(), self.mailing.recipients)
        except OSError as error:
            return self._failed(error)
        return self._log_sent()

    def _failed(self, error: OSError) -> bool:
        """Nothing printed or written: said in the dialog, and no card logged."""
        self.summary.setText(self.tr("Nothing was printed: %1").replace("%1", str(error)))
        return False

    def _log_sent(self) -> bool:
        ids = [recipient.contact_id for recipient in self.mailing.recipients]
        cards, summary = self.cards, card_sent_text()
        done = self.controller.run(lambda: cards.log_cards_sent(ids, summary), initiator=self)
        if done is not None:
            self.accept()
        return done is not None
