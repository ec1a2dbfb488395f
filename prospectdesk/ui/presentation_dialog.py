"""The Presentation dialog: date, what was offered, the call to action and the close's
outcome with the fields that outcome needs. Which stage the close leads to, and whether the
form is complete, are the domain's answers (:mod:`prospectdesk.domain.sales`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.domain.losses import reasons_offered
from prospectdesk.domain.sales import CloseOutcome, CloseResult, PresentationInput, missing_for
from prospectdesk.ui.colors import WARNING, show_in
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.entry_widgets import local_aware, to_qdatetime
from prospectdesk.ui.money import currency_symbol, money_currency
from prospectdesk.ui.sales_labels import outcome_label

OUTCOMES = (CloseOutcome.SALE, CloseOutcome.NOT_READY, CloseOutcome.NO)


class PresentationDialog(QDialog):
    """Records one presentation for a contact; ``recorded`` holds what the close did."""

    def __init__(
        self, controller: AppController, contact_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.contact_id = contact_id
        self.sales = controller.workspace.sales.presentations
        self.recorded: CloseResult | None = None
        name = controller.workspace.contacts.get(contact_id).display_name
        self.setWindowTitle(
            self.tr("Presentation to %1").replace("%1", name or self.tr("(no name)"))
        )
        self.setObjectName("presentation-dialog")
        now = to_qdatetime(controller.workspace.clock.now())
        locale = QLocale()

        self.presented_at = self._datetime_edit(now)
        self.offered = QLineEdit()
        self.offered.setPlaceholderText(self.tr("what you offered"))
        self.call_to_action = QLineEdit()
        self.call_to_action.setPlaceholderText(self.tr("what you asked them to do"))
        self.outcome_group = QButtonGroup(self)
        outcome_row = QHBoxLayout()
        for index, outcome in enumerate(OUTCOMES):
            button = QRadioButton(outcome_label(outcome))
            self.outcome_group.addButton(button, index)
            outcome_row.addWidget(button)
        outcome_row.addStretch(1)

        # Sale
        self.sale_what = QLineEdit()
        self.sale_amount = QDoubleSpinBox()
        self.sale_amount.setLocale(locale)
        self.sale_amount.setRange(0, 1e9)
        self.sale_amount.setDecimals(2)
        self.sale_amount.setGroupSeparatorShown(True)
        if money_currency():  # the workspace's currency, not the interface language's
            self.sale_amount.setPrefix(currency_symbol(money_currency(), locale) + " ")
        self.sold_at = self._datetime_edit(now)
        sale_page = QWidget()
        sale_form = QFormLayout(sale_page)
        sale_form.addRow(self.tr("What they bought:"), self.sale_what)
        sale_form.addRow(self.tr("Amount:"), self.sale_amount)
        sale_form.addRow(self.tr("Date of the sale:"), self.sold_at)

        # Not ready
        self.follow_up_at = self._datetime_edit(QDateTime(now.date().addDays(7), QTime(9, 0)))
        self.follow_up_what = QLineEdit(self.tr("Follow up on the presentation"))
        not_ready_page = QWidget()
        not_ready_form = QFormLayout(not_ready_page)
        not_ready_form.addRow(self.tr("Follow up on:"), self.follow_up_at)
        not_ready_form.addRow(self.tr("What to do:"), self.follow_up_what)

        # No
        self.consent_group = QButtonGroup(self)
        self.stays_yes = QRadioButton(self.tr("Yes, they agreed to stay on the list"))
        self.stays_no = QRadioButton(self.tr("No, they did not (mark them “do not contact”)"))
        self.consent_group.addButton(self.stays_yes, 1)
        self.consent_group.addButton(self.stays_no, 0)
        self.contact_again = QCheckBox(self.tr("Contact them again on:"))
        self.contact_again_at = self._datetime_edit(QDateTime(now.date().addMonths(6), QTime(9, 0)))
        self.contact_again_what = QLineEdit(self.tr("Contact again"))
        self.contact_again_at.setAccessibleName(self.contact_again.text())  # its row's label
        no_page = QWidget()
        no_form = QFormLayout(no_page)
        # Why "no": picked from the defaults and the owner's earlier reasons, or typed.
        self.no_reason = QComboBox()
        self.no_reason.setObjectName("no-reason")
        self.no_reason.setEditable(True)
        self.no_reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.no_reason.addItems(
            reasons_offered(
                controller.workspace.settings,
                lambda context, text: QCoreApplication.translate(context, text),
            )
        )
        self.no_reason.setCurrentIndex(-1)
        self.no_reason.lineEdit().setPlaceholderText(self.tr("price, timing, …"))
        self.no_reason.setAccessibleName(self.tr("Why did they say no?"))
        no_form.addRow(self.tr("Why did they say no?"), self.no_reason)
        no_form.addRow(QLabel(self.tr("Did they agree to stay on the list?")))
        no_form.addRow(self.stays_yes)
        no_form.addRow(self.stays_no)
        no_form.addRow(self.contact_again, self.contact_again_at)
        no_form.addRow(self.tr("What to do:"), self.contact_again_what)

        self.outcome_pages = QStackedWidget()
        self.outcome_pages.addWidget(QWidget())  # nothing chosen yet
        for page in (sale_page, not_ready_page, no_page):
            self.outcome_pages.addWidget(page)

        self.missing = QLabel()
        self.missing.setObjectName("presentation-missing")
        show_in(self.missing, WARNING)  # readable, light or dark
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(self.tr("Record"))
        self.save_button.clicked.connect(self.record)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.missing, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)

        form = QFormLayout()
        form.addRow(self.tr("Date:"), self.presented_at)
        form.addRow(self.tr("Offered:"), self.offered)
        form.addRow(self.tr("Call to action:"), self.call_to_action)
        form.addRow(self.tr("Outcome of the close:"), outcome_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.outcome_pages)
        layout.addLayout(buttons)
        self.save_button.setDefault(True)  # once in the dialog: Enter records (see Qualify)

        self.outcome_group.idToggled.connect(self._on_outcome_toggled)
        self.consent_group.idToggled.connect(self._update)
        self.offered.textChanged.connect(self._on_offered_changed)
        self.presented_at.dateTimeChanged.connect(self.sold_at.setDateTime)
        for signal in (
            self.sale_what.textChanged,
            self.sale_amount.valueChanged,
            self.contact_again.toggled,
            self.no_reason.currentTextChanged,
        ):
            signal.connect(self._update)
        self._sale_what_follows_offer = True
        self.sale_what.textEdited.connect(self._on_sale_what_edited)
        self._update()

    def _datetime_edit(self, value: QDateTime) -> QDateTimeEdit:
        edit = QDateTimeEdit(value)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        return edit

    # -- reading the form ------------------------------------------------------------------

    def outcome(self) -> CloseOutcome | None:
        index = self.outcome_group.checkedId()
        return OUTCOMES[index] if index >= 0 else None

    def set_outcome(self, outcome: CloseOutcome) -> None:
        self.outcome_group.button(OUTCOMES.index(outcome)).setChecked(True)

    def _aware(self, edit: QDateTimeEdit):
        return local_aware(edit.dateTime().toPython(), self.controller.workspace.clock.now())

    def presentation_input(self) -> PresentationInput | None:
        outcome = self.outcome()
        if outcome is None:
            return None
        stays = self.consent_group.checkedId()
        follow_up_at = None
        follow_up_what = ""
        if outcome is CloseOutcome.NOT_READY:
            follow_up_at = self._aware(self.follow_up_at)
            follow_up_what = self.follow_up_what.text()
        elif outcome is CloseOutcome.NO and stays == 1 and self.contact_again.isChecked():
            follow_up_at = self._aware(self.contact_again_at)
            follow_up_what = self.contact_again_what.text()
        return PresentationInput(
            presented_at=self._aware(self.presented_at),
            offered=self.offered.text(),
            call_to_action=self.call_to_action.text(),
            outcome=outcome,
            sale_what=self.sale_what.text(),
            sale_amount_cents=round(self.sale_amount.value() * 100),
            sold_at=self._aware(self.sold_at),
            follow_up_at=follow_up_at,
            follow_up_what=follow_up_what,
            stays_on_list=None if stays < 0 else bool(stays),
            no_reason=self.no_reason.currentText() if outcome is CloseOutcome.NO else "",
        )

    def _missing_text(self, field: str) -> str:
        return {
            "sale_what": self.tr("Say what they bought."),
            "sale_amount": self.tr("Enter the amount."),
            "follow_up_at": self.tr("Choose when to follow up."),
            "stays_on_list": self.tr("Say whether they agreed to stay on the list."),
        }.get(field, field)

    # -- reacting --------------------------------------------------------------------------

    def _on_outcome_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.outcome_pages.setCurrentIndex(index + 1)
        self._update()

    def _on_offered_changed(self, text: str) -> None:
        if self._sale_what_follows_offer:
            self.sale_what.setText(text)

    def _on_sale_what_edited(self, text: str) -> None:
        self._sale_what_follows_offer = not text

    def _update(self, *args) -> None:
        staying = self.consent_group.checkedId() == 1
        self.contact_again.setEnabled(staying)
        self.contact_again_at.setEnabled(staying and self.contact_again.isChecked())
        self.contact_again_what.setEnabled(staying and self.contact_again.isChecked())
        data = self.presentation_input()
        if data is None:
            problems = [self.tr("Choose the outcome of the close.")]
        else:
            problems = [self._missing_text(field) for field in missing_for(data)]
            if data.outcome is CloseOutcome.NO and not data.no_reason.strip():
                problems.append(self.tr("Say why they said no."))
        self.missing.setText(" ".join(problems))
        self.save_button.setEnabled(not problems)

    def record(self) -> None:
        data = self.presentation_input()
        if data is None or missing_for(data):
            return
        if data.outcome is CloseOutcome.NO and not data.no_reason.strip():
            return
        self.recorded = self.controller.run(
            lambda: self.sales.record_presentation(self.contact_id, data), initiator=self
        )
        if self.recorded is not None:
            self.accept()
