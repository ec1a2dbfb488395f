"""The contact panel beside the board: the Details form (:mod:`prospectdesk.ui.contact_form`),
the activity tabs (:mod:`prospectdesk.ui.activity_tabs`), Save and Revert, and keeping
unsaved edits when the owner moves on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.domain.contacts import ContactNotFoundError
from prospectdesk.domain.records import Changes, ContactRecord
from prospectdesk.ui.activity_tabs import ContactActivity
from prospectdesk.ui.colors import WARNING, show_in
from prospectdesk.ui.contact_form import ContactForm
from prospectdesk.ui.controller import AppController


class ContactDetailView(QWidget):
    """Signals:
    saved(int): the contact with this id was saved (created or updated).
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

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.action_bar = QHBoxLayout()  # other parts add buttons here (Qualify…, …)
        self.form = ContactForm()
        self.form.edited.connect(self._mark_dirty)
        self.activity = ContactActivity(controller, self)
        self.mark_bar = QHBoxLayout()  # and marks under the title (Do not contact)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("Details"))
        self.tabs.addTab(self.activity.conversations, self.tr("Conversations"))
        self.tabs.addTab(self.activity.followups_page, self.tr("Follow-ups"))
        self.tabs.addTab(self.activity.history, self.tr("Stage history"))
        # Long (Armenian) titles are shortened with "…" before a tab goes out of sight.
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        # A list fills its tab: the tab's title is its accessible name.
        self.activity.interactions.setAccessibleName(self.tr("Conversations"))
        self.activity.followups.setAccessibleName(self.tr("Follow-ups"))
        self.activity.history.setAccessibleName(self.tr("Stage history"))

        self.problems = QLabel()
        self.problems.setObjectName("validation-problems")
        show_in(self.problems, WARNING)  # readable, light or dark
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
        self.form.given_name.setFocus()
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
        self._loading = True
        try:
            self.activity.show_contact(contact_id)
        finally:
            self._loading = False
        self.contact_shown.emit(contact_id)
        return True

    def _fill(self, record: ContactRecord) -> None:
        self._loading = True
        try:
            sources = [s.name for s in self.controller.workspace.sales.sources.sources()]
            self.form.fill(record, sources)
            self._show_problems([])
        finally:
            self._loading = False
        self._set_dirty(False)

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

    def _show_problems(self, errors: list[str]) -> None:
        self.problems.setText("\n".join(errors))

    def save(self) -> bool:
        record, errors = self.form.record(self.controller.workspace.contacts.region)
        self._show_problems(errors)
        if record is None:
            return False
        contacts = self.controller.workspace.contacts
        # Refused by the domain (deleted meanwhile, say): the controller showed why.
        if self.contact_id is None:
            stage = self.new_contact_stage
            created = self.controller.run(
                lambda: contacts.create(record, stage_id=stage), initiator=self
            )
            if created is None:
                return False
            contact_id = created[0]
        else:
            contact_id = self.contact_id
            updated = self.controller.run(
                lambda: contacts.update(contact_id, record), initiator=self
            )
            if updated is None:
                return False
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

    # -- listening -------------------------------------------------------------------------

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
            self.activity.load_history()
