"""The Details tab of the contact panel: every editable field of one contact, the
explanations of what cannot be saved next to the fields. The rules are the domain's
(:func:`prospectdesk.domain.validation.validate_contact`, the display-name rule of
:func:`prospectdesk.domain.records.derive_display_name`); the form asks and shows."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.domain.records import (
    AddressEntry,
    ContactRecord,
    EmailEntry,
    PhoneEntry,
    derive_display_name,
)
from prospectdesk.domain.validation import Problem, validate_contact
from prospectdesk.ui.entry_widgets import BirthdayEdit, EntryTable
from prospectdesk.ui.problem_texts import problem_text

ERROR_STYLE = "border: 1px solid #c0392b;"


class ContactForm(QScrollArea):
    """Signals:
    edited(): the owner changed a field (not emitted while :meth:`fill` fills them).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self._photo: bytes | None = None
        form_host = QWidget()
        form = QFormLayout(form_host)
        # A label too long to sit beside its field goes above it (Armenian labels are long).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.given_name = QLineEdit()
        self.family_name = QLineEdit()
        self.display_name = QLineEdit()
        self.organization = QLineEdit()
        self.job_title = QLineEdit()
        self.emails = EntryTable([self.tr("E-mail"), self.tr("Label")])
        self.phones = EntryTable([self.tr("Phone"), self.tr("Label")])
        self.addresses = EntryTable(
            [
                self.tr("Label"),
                self.tr("Street"),
                self.tr("City"),
                self.tr("Region"),
                self.tr("Postal code"),
                self.tr("Country"),
            ]
        )
        self.birthday = BirthdayEdit()
        self.source = QComboBox()
        self.source.setEditable(True)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. fair 2026, vip"))
        self.expected_value = QDoubleSpinBox()
        self.expected_value.setRange(0, 1e9)
        self.expected_value.setDecimals(2)
        self.expected_value.setSpecialValueText(self.tr("none"))
        self.expected_value.setGroupSeparatorShown(True)
        self.notes = QPlainTextEdit()
        self.notes.setMinimumHeight(70)
        self.notes.setTabChangesFocus(True)  # Tab leaves the field: no trap for the keyboard
        self.photo = QLabel()
        self.photo.setFixedSize(72, 72)
        self.photo.setScaledContents(True)
        self.photo.setWordWrap(True)  # "no photo" in Armenian is wider than the frame
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose_photo = QPushButton(self.tr("Choose photo…"))
        choose_photo.clicked.connect(self._choose_photo)
        remove_photo = QPushButton(self.tr("Remove photo"))
        remove_photo.clicked.connect(self._remove_photo)
        photo_buttons = QVBoxLayout()  # stacked: side by side they outgrow the pane in Armenian
        photo_buttons.addWidget(choose_photo)
        photo_buttons.addWidget(remove_photo)
        photo_buttons.addStretch(1)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo)
        photo_row.addLayout(photo_buttons)
        photo_row.addStretch(1)

        form.addRow(self.tr("Given name"), self.given_name)
        form.addRow(self.tr("Family name"), self.family_name)
        form.addRow(self.tr("Display name"), self.display_name)
        form.addRow(self.tr("Organization"), self.organization)
        form.addRow(self.tr("Job title"), self.job_title)
        for title, table, add_name, remove_name in (
            (
                self.tr("E-mail"),
                self.emails,
                self.tr("Add an e-mail address"),
                self.tr("Remove the selected e-mail address"),
            ),
            (
                self.tr("Phone"),
                self.phones,
                self.tr("Add a phone number"),
                self.tr("Remove the selected phone number"),
            ),
            (
                self.tr("Addresses"),
                self.addresses,
                self.tr("Add an address"),
                self.tr("Remove the selected address"),
            ),
        ):
            host = self._with_buttons(table, add_name, remove_name)
            form.addRow(title, host)
            form.labelForField(host).setBuddy(table)  # the table's accessible name
        form.addRow(self.tr("Birthday"), self.birthday)
        form.labelForField(self.birthday).setBuddy(self.birthday.month)
        form.addRow(self.tr("Lead source"), self.source)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Expected value"), self.expected_value)
        form.addRow(self.tr("Photo"), photo_row)
        form.addRow(self.tr("Notes"), self.notes)

        for edit in (self.given_name, self.family_name, self.organization, self.tags):
            edit.textEdited.connect(self._on_edited)
        self.given_name.textEdited.connect(self._update_display_placeholder)
        self.family_name.textEdited.connect(self._update_display_placeholder)
        self.organization.textEdited.connect(self._update_display_placeholder)
        for edit in (self.display_name, self.job_title):
            edit.textEdited.connect(self._on_edited)
        for table in (self.emails, self.phones, self.addresses):
            table.itemChanged.connect(self._on_edited)
        self.notes.textChanged.connect(self._on_edited)
        self.source.editTextChanged.connect(self._on_edited)
        self.expected_value.valueChanged.connect(self._on_edited)
        self.birthday.day.valueChanged.connect(self._on_edited)
        self.birthday.month.currentIndexChanged.connect(self._on_edited)
        self.birthday.year.valueChanged.connect(self._on_edited)

        self.setWidgetResizable(True)
        self.setWidget(form_host)
        # Not a tab stop of its own: Tab goes from field to field (each scrolled into view).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _with_buttons(self, table: EntryTable, add_name: str, remove_name: str) -> QWidget:
        host = QWidget()
        layout = QHBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table, 1)
        column = QVBoxLayout()
        add = QPushButton("+")
        add.setAccessibleName(add_name)
        add.setToolTip(add_name)
        remove = QPushButton("−")
        remove.setAccessibleName(remove_name)
        remove.setToolTip(remove_name)
        add.clicked.connect(
            lambda: (table.add_row(), table.editItem(table.item(table.rowCount() - 1, 0)))
        )
        remove.clicked.connect(lambda: (table.remove_selected(), self._on_edited()))
        for button in (add, remove):
            # As narrow as the sign: a style's default button width would squeeze the table.
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("+") * 2 + 24)
            column.addWidget(button)
        column.addStretch(1)
        layout.addLayout(column)
        return host

    def label_names(self) -> dict[str, str]:
        """The labels import and sync store (in English) as the interface language says
        them; a label the owner typed is shown and stored as typed."""
        return {
            "home": self.tr("home"),
            "mobile": self.tr("mobile"),
            "work": self.tr("work"),
            "other": self.tr("other"),
            "fax": self.tr("fax"),
        }

    def fill(self, record: ContactRecord, source_names: list[str]) -> None:
        """Show ``record``; ``source_names`` are the lead sources offered."""
        self._filling = True
        try:
            self.given_name.setText(record.given_name)
            self.family_name.setText(record.family_name)
            self.display_name.setText(record.display_name_override or "")
            self.organization.setText(record.organization)
            self.job_title.setText(record.job_title)
            shown = self.label_names()
            self.emails.set_rows([[e.value, shown.get(e.label, e.label)] for e in record.emails])
            self.phones.set_rows([[p.value, shown.get(p.label, p.label)] for p in record.phones])
            self.addresses.set_rows(
                [
                    [
                        shown.get(a.label, a.label),
                        a.street,
                        a.city,
                        a.region,
                        a.postal_code,
                        a.country,
                    ]
                    for a in record.addresses
                ]
            )
            self.birthday.set_birthday(record.birthday)
            self.source.clear()
            self.source.addItems(source_names)
            self.source.setCurrentText(record.source)
            self.tags.setText(", ".join(record.tags))
            self.expected_value.setValue((record.expected_value_cents or 0) / 100)
            self.notes.setPlainText(record.notes)
            self._photo = record.photo
            self._show_photo()
            self._update_display_placeholder()
            self._mark_problem_fields([])
        finally:
            self._filling = False

    def _on_edited(self, *args) -> None:
        if not self._filling:
            self.edited.emit()

    def _update_display_placeholder(self, *args) -> None:
        """What the card will show when no display name is typed: the domain's rule."""
        emails = self.emails.rows()
        self.display_name.setPlaceholderText(
            derive_display_name(
                None,
                self.given_name.text(),
                self.family_name.text(),
                self.organization.text(),
                emails[0][0] if emails else "",
            )
        )

    def _show_photo(self) -> None:
        if self._photo:
            image = QImage.fromData(self._photo)
            if not image.isNull():
                self.photo.setPixmap(QPixmap.fromImage(image))
                return
        self.photo.clear()
        self.photo.setText(self.tr("no photo"))

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose photo"), "", self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp)")
        )
        if path:
            with open(path, "rb") as handle:
                self._photo = handle.read()
            self._show_photo()
            self.edited.emit()

    def _remove_photo(self) -> None:
        self._photo = None
        self._show_photo()
        self.edited.emit()

    def record(self, region: str | None) -> tuple[ContactRecord | None, list[str]]:
        """The edited record, or None and the reasons it cannot be saved (the fields at
        fault are marked). ``region``: how phone numbers without a country are read."""
        errors: list[str] = []
        try:
            birthday = self.birthday.birthday()
            self.birthday.setStyleSheet("")
        except ValueError:
            birthday = None
            self.birthday.setStyleSheet(ERROR_STYLE)
            month = self.birthday.month.currentData()
            errors.append(
                self.tr("The birthday %1 %2 does not exist.")
                .replace("%1", QLocale().toString(self.birthday.day.value()))
                .replace("%2", QLocale().monthName(month) if month else "")
            )
        value = self.expected_value.value()
        stored = {shown: label for label, shown in self.label_names().items()}
        record = ContactRecord(
            given_name=self.given_name.text(),
            family_name=self.family_name.text(),
            display_name_override=self.display_name.text().strip() or None,
            organization=self.organization.text(),
            job_title=self.job_title.text(),
            emails=[EmailEntry(r[0], stored.get(r[1], r[1])) for r in self.emails.rows()],
            phones=[PhoneEntry(r[0], stored.get(r[1], r[1])) for r in self.phones.rows()],
            addresses=[AddressEntry(stored.get(r[0], r[0]), *r[1:]) for r in self.addresses.rows()],
            birthday=birthday,
            photo=self._photo,
            source=self.source.currentText().strip(),
            notes=self.notes.toPlainText(),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            expected_value_cents=round(value * 100) if value > 0 else None,
        )
        problems = validate_contact(record, region)
        errors += [problem_text(p) for p in problems]
        self._mark_problem_fields(problems)
        return (None if errors else record), errors

    def _mark_problem_fields(self, problems: list[Problem]) -> None:
        bad_emails = {p.index for p in problems if p.field == "email"}
        bad_phones = {p.index for p in problems if p.field == "phone"}
        # Rows were compacted by rows(); map back by counting non-empty rows.
        for table, bad in ((self.emails, bad_emails), (self.phones, bad_phones)):
            kept = 0
            for row in range(table.rowCount()):
                item = table.item(row, 0)
                if item is None or not item.text().strip():
                    continue
                table.mark_row(row, kept in bad)
                kept += 1
        empty = any(p.code == "empty_name" for p in problems)
        self.given_name.setStyleSheet(ERROR_STYLE if empty else "")
