"""The contact-detail panel beside the board: every field editable, validation that
explains itself, the conversation log, follow-ups and the stage history."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QSize,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.domain.contacts import ContactNotFoundError
from prospectdesk.domain.records import (
    INTERACTION_KINDS,
    AddressEntry,
    Birthday,
    Changes,
    ContactRecord,
    EmailEntry,
    PhoneEntry,
)
from prospectdesk.domain.validation import Problem, validate_contact
from prospectdesk.ui.controller import AppController

ERROR_STYLE = "border: 1px solid #c0392b;"


class EntryTable(QTableWidget):
    """A small editable table for e-mails, phones or addresses, with add/remove."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setMinimumHeight(60)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """As tall as its rows plus one empty row, so the form stays compact (the default
        hint is a 192 px box whatever it holds)."""
        hint = super().sizeHint()
        rows = max(1, self.rowCount()) + 1
        height = (
            self.horizontalHeader().height() + rows * self.verticalHeader().defaultSectionSize()
        )
        hint.setHeight(max(self.minimumHeight(), height + 2 * self.frameWidth()))
        return hint

    def set_rows(self, rows: list[list[str]]) -> None:
        self.setRowCount(0)
        for row in rows:
            self.add_row(row)

    def add_row(self, values: list[str] | None = None) -> int:
        row = self.rowCount()
        self.insertRow(row)
        for column in range(self.columnCount()):
            text = values[column] if values and column < len(values) else ""
            self.setItem(row, column, QTableWidgetItem(text))
        self.updateGeometry()  # the size hint follows the rows
        return row

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.selectedIndexes()}, reverse=True):
            self.removeRow(row)
        self.updateGeometry()

    def rows(self) -> list[list[str]]:
        result = []
        for row in range(self.rowCount()):
            values = [
                (self.item(row, c).text() if self.item(row, c) else "").strip()
                for c in range(self.columnCount())
            ]
            if any(values):
                result.append(values)
        return result

    def mark_row(self, row: int, bad: bool) -> None:
        for column in range(self.columnCount()):
            item = self.item(row, column)
            if item is not None:
                item.setBackground(Qt.GlobalColor.yellow if bad else Qt.GlobalColor.transparent)


class BirthdayEdit(QWidget):
    """Day, month (in the locale's words) and an optional year: many people give only
    day and month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        locale = QLocale()
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.month = QComboBox()
        self.month.addItem(self.tr("no birthday"), 0)
        for month in range(1, 13):
            self.month.addItem(locale.monthName(month, QLocale.FormatType.LongFormat), month)
        # Sized by a short month name, not the longest entry: "no birthday" in Armenian
        # would otherwise make the form wider than the detail pane.
        self.month.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.month.setMinimumContentsLength(12)
        self.year = QSpinBox()
        self.year.setRange(0, 9999)
        self.year.setSpecialValueText(self.tr("year unknown"))
        self.year.setGroupSeparatorShown(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.day)
        layout.addWidget(self.month, 1)
        layout.addWidget(self.year)
        self.month.currentIndexChanged.connect(self._update_enabled)
        self._update_enabled()

    def _update_enabled(self) -> None:
        has = self.month.currentData() != 0
        self.day.setEnabled(has)
        self.year.setEnabled(has)

    def set_birthday(self, birthday: Birthday | None) -> None:
        if birthday is None:
            self.month.setCurrentIndex(0)
            self.day.setValue(1)
            self.year.setValue(0)
            return
        self.month.setCurrentIndex(birthday.month)
        self.day.setValue(birthday.day)
        self.year.setValue(birthday.year or 0)

    def birthday(self) -> Birthday | None:
        """Raises ValueError for a day the month does not have (31 February)."""
        month = self.month.currentData()
        if not month:
            return None
        return Birthday(month=month, day=self.day.value(), year=self.year.value() or None)


class ContactDetailView(QWidget):
    """Signals:
    saved(int): the contact with this id was saved (created or updated).
    closed(): the panel was emptied.
    contact_shown(int): the panel now shows this contact (0: none or a new one).
    """

    saved = Signal(int)
    contact_shown = Signal(int)

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.contact_id: int | None = None
        self.new_contact_stage: int | None = None
        self._loading = False
        self._dirty = False
        self._photo: bytes | None = None

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.action_bar = QHBoxLayout()  # other parts add buttons here (Qualify…, …)
        self.mark_bar = QHBoxLayout()  # and marks under the title (Do not contact)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_details_tab(), self.tr("Details"))
        self.tabs.addTab(self._build_conversations_tab(), self.tr("Conversations"))
        self.tabs.addTab(self._build_followups_tab(), self.tr("Follow-ups"))
        self.history = QListWidget()
        self.tabs.addTab(self.history, self.tr("Stage history"))

        self.problems = QLabel()
        self.problems.setObjectName("validation-problems")
        self.problems.setStyleSheet("color: #c0392b;")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problems, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addLayout(self.action_bar)
        layout.addLayout(header)
        layout.addLayout(self.mark_bar)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Escape"), self, activated=self.revert)
        controller.changes_applied.connect(self._on_controller_changes_applied)
        self.show_nothing()

    # -- building --------------------------------------------------------------------------

    def _build_details_tab(self) -> QWidget:
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
        self.photo = QLabel()
        self.photo.setFixedSize(72, 72)
        self.photo.setScaledContents(True)
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
        form.addRow(self.tr("E-mail"), self._with_buttons(self.emails))
        form.addRow(self.tr("Phone"), self._with_buttons(self.phones))
        form.addRow(self.tr("Addresses"), self._with_buttons(self.addresses))
        form.addRow(self.tr("Birthday"), self.birthday)
        form.addRow(self.tr("Lead source"), self.source)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Expected value"), self.expected_value)
        form.addRow(self.tr("Photo"), photo_row)
        form.addRow(self.tr("Notes"), self.notes)

        for edit in (self.given_name, self.family_name, self.organization, self.tags):
            edit.textEdited.connect(self._mark_dirty)
        self.given_name.textEdited.connect(self._update_display_placeholder)
        self.family_name.textEdited.connect(self._update_display_placeholder)
        self.organization.textEdited.connect(self._update_display_placeholder)
        for edit in (self.display_name, self.job_title):
            edit.textEdited.connect(self._mark_dirty)
        for table in (self.emails, self.phones, self.addresses):
            table.itemChanged.connect(self._mark_dirty)
        self.notes.textChanged.connect(self._mark_dirty)
        self.source.editTextChanged.connect(self._mark_dirty)
        self.expected_value.valueChanged.connect(self._mark_dirty)
        self.birthday.day.valueChanged.connect(self._mark_dirty)
        self.birthday.month.currentIndexChanged.connect(self._mark_dirty)
        self.birthday.year.valueChanged.connect(self._mark_dirty)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        return scroll

    def _with_buttons(self, table: EntryTable) -> QWidget:
        host = QWidget()
        layout = QHBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table, 1)
        column = QVBoxLayout()
        add = QPushButton("+")
        add.setAccessibleName(self.tr("Add"))
        add.setToolTip(self.tr("Add"))
        remove = QPushButton("−")
        remove.setAccessibleName(self.tr("Remove"))
        remove.setToolTip(self.tr("Remove"))
        add.clicked.connect(
            lambda: (table.add_row(), table.editItem(table.item(table.rowCount() - 1, 0)))
        )
        remove.clicked.connect(lambda: (table.remove_selected(), self._mark_dirty()))
        for button in (add, remove):
            # As narrow as the sign: a style's default button width would squeeze the table.
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("+") * 2 + 24)
            column.addWidget(button)
        column.addStretch(1)
        layout.addLayout(column)
        return host

    def _build_conversations_tab(self) -> QWidget:
        host = QWidget()
        layout = QVBoxLayout(host)
        self.interactions = QListWidget()
        self.interactions.setWordWrap(True)
        self.interactions.itemChanged.connect(self._on_concern_toggled)
        layout.addWidget(self.interactions, 1)
        form = QFormLayout()
        self.interaction_kind = QComboBox()
        for kind in INTERACTION_KINDS:
            self.interaction_kind.addItem(interaction_kind_label(self, kind), kind)
        self.interaction_when = QDateTimeEdit()
        self.interaction_when.setCalendarPopup(True)
        self.interaction_summary = QPlainTextEdit()
        self.interaction_summary.setPlaceholderText(self.tr("What was said"))
        self.interaction_summary.setMaximumHeight(80)
        self.interaction_concerns = QPlainTextEdit()
        self.interaction_concerns.setPlaceholderText(
            self.tr("Their questions and concerns, one per line")
        )
        self.interaction_concerns.setMaximumHeight(60)
        add = QPushButton(self.tr("Add note"))
        add.clicked.connect(self.add_interaction)
        form.addRow(self.tr("Kind"), self.interaction_kind)
        form.addRow(self.tr("When"), self.interaction_when)
        form.addRow(self.tr("Summary"), self.interaction_summary)
        form.addRow(self.tr("Concerns"), self.interaction_concerns)
        form.addRow("", add)
        layout.addLayout(form)
        return host

    def _build_followups_tab(self) -> QWidget:
        host = QWidget()
        layout = QVBoxLayout(host)
        self.followups = QListWidget()
        self.followups.itemChanged.connect(self._on_followup_toggled)
        layout.addWidget(self.followups, 1)
        form = QFormLayout()
        self.followup_due = QDateTimeEdit()
        self.followup_due.setCalendarPopup(True)
        self.followup_what = QLineEdit()
        self.followup_what.setPlaceholderText(self.tr("What to do, e.g. call back about the price"))
        add = QPushButton(self.tr("Add follow-up"))
        add.clicked.connect(self.add_followup)
        form.addRow(self.tr("Due"), self.followup_due)
        form.addRow(self.tr("What"), self.followup_what)
        form.addRow("", add)
        layout.addLayout(form)
        return host

    # -- showing ---------------------------------------------------------------------------

    def show_nothing(self) -> None:
        self.contact_id = None
        self.new_contact_stage = None
        self.title.setText(self.tr("No contact selected"))
        self.tabs.setEnabled(False)
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)
        self._set_dirty(False)
        self.contact_shown.emit(0)

    def start_new(self, stage_id: int | None = None) -> None:
        """An empty form; Save creates the contact in ``stage_id`` (default: first stage)."""
        self.contact_id = None
        self.new_contact_stage = stage_id
        self._fill(ContactRecord())
        self.title.setText(self.tr("New contact"))
        self.tabs.setEnabled(True)
        self.tabs.setCurrentIndex(0)
        for index in (1, 2, 3):
            self.tabs.setTabEnabled(index, False)
        self.save_button.setEnabled(True)
        self.revert_button.setEnabled(True)
        self.given_name.setFocus()
        self.contact_shown.emit(0)

    def show_contact(self, contact_id: int) -> bool:
        try:
            record = self.controller.workspace.contacts.get(contact_id)
        except ContactNotFoundError:
            self.show_nothing()
            return False
        self.contact_id = contact_id
        self.new_contact_stage = None
        self._fill(record)
        self.title.setText(record.display_name or self.tr("(no name)"))
        self.tabs.setEnabled(True)
        for index in (1, 2, 3):
            self.tabs.setTabEnabled(index, True)
        self.save_button.setEnabled(True)
        self.revert_button.setEnabled(True)
        self._load_activity()
        self.contact_shown.emit(contact_id)
        return True

    def _fill(self, record: ContactRecord) -> None:
        self._loading = True
        try:
            self.given_name.setText(record.given_name)
            self.family_name.setText(record.family_name)
            self.display_name.setText(record.display_name_override or "")
            self.organization.setText(record.organization)
            self.job_title.setText(record.job_title)
            self.emails.set_rows([[e.value, e.label] for e in record.emails])
            self.phones.set_rows([[p.value, p.label] for p in record.phones])
            self.addresses.set_rows(
                [
                    [a.label, a.street, a.city, a.region, a.postal_code, a.country]
                    for a in record.addresses
                ]
            )
            self.birthday.set_birthday(record.birthday)
            self.source.clear()
            self.source.addItems(self._source_names())
            self.source.setCurrentText(record.source)
            self.tags.setText(", ".join(record.tags))
            self.expected_value.setValue((record.expected_value_cents or 0) / 100)
            self.notes.setPlainText(record.notes)
            self._photo = record.photo
            self._show_photo()
            self._update_display_placeholder()
            self._show_problems([])
        finally:
            self._loading = False
        self._set_dirty(False)

    def _source_names(self) -> list[str]:
        from prospectdesk.store.models import LeadSource  # read-only list for the combo

        return [s.name for s in LeadSource.select().order_by(LeadSource.position, LeadSource.id)]

    def _load_activity(self) -> None:
        if self.contact_id is None:
            return
        workspace = self.controller.workspace
        locale = QLocale()
        self._loading = True
        try:
            self.interactions.clear()
            for interaction in workspace.activity.interactions(self.contact_id):
                when = format_short(locale, interaction.occurred_at)
                header = QListWidgetItem(
                    f"{when} · {interaction_kind_label(self, interaction.kind)}\n{interaction.summary}"
                )
                header.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.interactions.addItem(header)
                for concern in interaction.concerns:
                    item = QListWidgetItem("    " + concern.text)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(
                        Qt.CheckState.Checked if concern.addressed else Qt.CheckState.Unchecked
                    )
                    item.setData(Qt.ItemDataRole.UserRole, concern.id)
                    item.setToolTip(self.tr("Tick when this concern has been addressed"))
                    self.interactions.addItem(item)
            self.followups.clear()
            now = workspace.clock.now()
            for followup in workspace.activity.followups(self.contact_id):
                when = format_short(locale, followup.due_at)
                item = QListWidgetItem(f"{when} · {followup.what}")
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if followup.done_at else Qt.CheckState.Unchecked
                )
                item.setData(Qt.ItemDataRole.UserRole, followup.id)
                if followup.done_at is None and followup.due_at < now:
                    item.setForeground(Qt.GlobalColor.red)
                self.followups.addItem(item)
            self._load_history()
            default_when = to_qdatetime(now)
            self.interaction_when.setDateTime(default_when)
            self.followup_due.setDateTime(QDateTime(default_when.date().addDays(1), QTime(9, 0)))
        finally:
            self._loading = False

    def _load_history(self) -> None:
        locale = QLocale()
        self.history.clear()
        for change in self.controller.workspace.pipeline.stage_history(self.contact_id):
            when = format_short(locale, change.changed_at)
            if change.from_stage is None:
                text = self.tr("%1: added to %2")
            else:
                text = self.tr("%1: %3 → %2").replace("%3", change.from_stage)
            self.history.addItem(text.replace("%1", when).replace("%2", change.to_stage or "?"))

    # -- editing ---------------------------------------------------------------------------

    def _mark_dirty(self, *args) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setDefault(dirty)

    def discard_edits(self) -> None:
        self._set_dirty(False)

    def is_dirty(self) -> bool:
        return self._dirty

    def _update_display_placeholder(self, *args) -> None:
        derived = " ".join(
            p for p in (self.given_name.text().strip(), self.family_name.text().strip()) if p
        )
        self.display_name.setPlaceholderText(derived or self.organization.text().strip())

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
            self._mark_dirty()

    def _remove_photo(self) -> None:
        self._photo = None
        self._show_photo()
        self._mark_dirty()

    def record_from_form(self) -> tuple[ContactRecord | None, list[str]]:
        """The edited record, or None and the reasons it cannot be saved."""
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
        record = ContactRecord(
            given_name=self.given_name.text(),
            family_name=self.family_name.text(),
            display_name_override=self.display_name.text().strip() or None,
            organization=self.organization.text(),
            job_title=self.job_title.text(),
            emails=[EmailEntry(r[0], r[1]) for r in self.emails.rows()],
            phones=[PhoneEntry(r[0], r[1]) for r in self.phones.rows()],
            addresses=[AddressEntry(*r) for r in self.addresses.rows()],
            birthday=birthday,
            photo=self._photo,
            source=self.source.currentText().strip(),
            notes=self.notes.toPlainText(),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            expected_value_cents=round(value * 100) if value > 0 else None,
        )
        if self.contact_id is not None:
            stored = self.controller.workspace.contacts.get(self.contact_id)
            record.uid = stored.uid
        problems = validate_contact(record, self.controller.workspace.contacts.region)
        errors += [self._problem_text(p) for p in problems]
        self._mark_problem_fields(problems)
        return (None if errors else record), errors

    def _problem_text(self, problem: Problem) -> str:
        if problem.code == "email_no_at":
            return self.tr("The e-mail address “%1” has no @.").replace("%1", problem.value)
        if problem.code == "email_invalid":
            return self.tr("“%1” is not a complete e-mail address.").replace("%1", problem.value)
        if problem.code == "phone_invalid":
            return self.tr("“%1” cannot be a phone number.").replace("%1", problem.value)
        if problem.code == "empty_name":
            return self.tr("Give a name, an organization or an e-mail address.")
        if problem.code == "negative_value":
            return self.tr("The expected value cannot be negative.")
        return problem.code

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

    def _show_problems(self, errors: list[str]) -> None:
        self.problems.setText("\n".join(errors))

    def save(self) -> bool:
        record, errors = self.record_from_form()
        self._show_problems(errors)
        if record is None:
            return False
        contacts = self.controller.workspace.contacts
        if self.contact_id is None:
            stage = self.new_contact_stage
            changes = self.controller.run(lambda: contacts.create(record, stage_id=stage))
            contact_id = changes.created[0]
        else:
            contact_id = self.contact_id
            self.controller.run(lambda: contacts.update(contact_id, record))
        self._set_dirty(False)
        self.show_contact(contact_id)
        self.saved.emit(contact_id)
        return True

    def revert(self) -> None:
        if self.contact_id is not None:
            self.show_contact(self.contact_id)
        elif self.tabs.isEnabled():
            self.show_nothing()

    def confirm_leave(self) -> bool:
        """Before showing another contact: keep the edits (saving them when they are
        valid, asking when they are not). False means stay."""
        if not self._dirty:
            return True
        if self.save():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr(
                "This contact has changes that cannot be saved yet:\n%1\n\nDiscard them?"
            ).replace("%1", self.problems.text()),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._set_dirty(False)
            return True
        return False

    # -- conversation log and follow-ups ---------------------------------------------------

    def add_interaction(self) -> None:
        summary = self.interaction_summary.toPlainText().strip()
        if self.contact_id is None or not summary:
            return
        concerns = [c for c in self.interaction_concerns.toPlainText().splitlines() if c.strip()]
        when = self.interaction_when.dateTime().toPython()
        activity = self.controller.workspace.activity
        contact_id = self.contact_id
        self.controller.run(
            lambda: activity.log_interaction(
                contact_id,
                summary=summary,
                kind=self.interaction_kind.currentData(),
                concerns=concerns,
                occurred_at=local_aware(when, self.controller.workspace.clock.now()),
            )
        )
        self.interaction_summary.clear()
        self.interaction_concerns.clear()
        self._load_activity()

    def add_followup(self) -> None:
        if self.contact_id is None:
            return
        due = local_aware(
            self.followup_due.dateTime().toPython(), self.controller.workspace.clock.now()
        )
        activity = self.controller.workspace.activity
        contact_id = self.contact_id
        what = self.followup_what.text().strip()
        self.controller.run(lambda: activity.add_followup(contact_id, due_at=due, what=what))
        self.followup_what.clear()
        self._load_activity()

    def _on_concern_toggled(self, item: QListWidgetItem) -> None:
        concern_id = item.data(Qt.ItemDataRole.UserRole)
        if self._loading or concern_id is None:
            return
        activity = self.controller.workspace.activity
        addressed = item.checkState() == Qt.CheckState.Checked
        self.controller.run(lambda: activity.set_concern_addressed(concern_id, addressed))

    def _on_followup_toggled(self, item: QListWidgetItem) -> None:
        followup_id = item.data(Qt.ItemDataRole.UserRole)
        if self._loading or followup_id is None:
            return
        activity = self.controller.workspace.activity
        done = item.checkState() == Qt.CheckState.Checked
        self.controller.run(lambda: activity.complete_followup(followup_id, done))

    def _on_controller_changes_applied(self, changes: Changes) -> None:
        if self.contact_id is None or self._dirty:
            return
        if changes.everything or self.contact_id in changes.contacts:
            if not self.controller.workspace.contacts.exists(self.contact_id):
                self.show_nothing()
            elif not self._loading:
                self.show_contact(self.contact_id)
        elif self.contact_id in changes.moved and not self._loading:
            # Dragged to another stage: of what this view shows, only the history changed
            # (reading the whole contact again made dragging the shown card slow).
            self._load_history()


def interaction_kind_label(widget: QWidget, kind: str) -> str:
    # One fixed context: lupdate cannot see which class ``widget`` is, so ``widget.tr()``
    # was collected under the context "widget" and never matched at run time.
    labels = {
        "call": QCoreApplication.translate("InteractionKind", "Phone call"),
        "meeting": QCoreApplication.translate("InteractionKind", "Meeting"),
        "email": QCoreApplication.translate("InteractionKind", "E-mail"),
        "online_form": QCoreApplication.translate("InteractionKind", "Online form"),
        "in_person": QCoreApplication.translate("InteractionKind", "In person"),
        "other": QCoreApplication.translate("InteractionKind", "Other"),
    }
    return labels.get(kind, kind)


def format_short(locale: QLocale, moment: datetime) -> str:
    """An aware datetime's wall time in the locale's short format, for lists.

    Built as a UTC QDateTime from its parts: converting a Python datetime (or any
    local-time QDateTime) asks the system time zone every time, about 35-70 µs, which
    made a contact with 200 conversations slow to open. The text is the same wall time,
    and a wall time inside the system's DST gap is not shifted."""
    wall = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
        QTimeZone.utc(),
    )
    return locale.toString(wall, QLocale.FormatType.ShortFormat)


def to_qdatetime(moment: datetime) -> QDateTime:
    """An aware datetime (already in the app clock's zone) shown as its wall time."""
    return QDateTime(moment.replace(tzinfo=None))


def local_aware(naive: datetime, now: datetime) -> datetime:
    """A wall time typed by the owner, in the zone of the app's clock.

    A named zone (tests, a FakeClock) is applied as is; the system clock's fixed offset
    would be wrong across a DST change, so the system's own rules decide then."""
    zone = now.tzinfo
    if zone is not None and hasattr(zone, "key"):
        return naive.replace(tzinfo=zone)
    return naive.astimezone()
