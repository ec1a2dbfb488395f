"""The activity tabs of the contact panel: the conversation log (with the concerns raised,
ticked off when addressed), the follow-ups and the stage history of one contact."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.domain.records import INTERACTION_KINDS, InteractionInfo
from prospectdesk.ui.colors import WARNING, readable
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.entry_widgets import local_aware, to_qdatetime
from prospectdesk.ui.formats import format_short

INTERACTION_ROLE = Qt.ItemDataRole.UserRole + 1  # a conversation's id, on its header row
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2  # a follow-up row: overdue (shown in red)
# Conversations shown when a contact opens; older ones are added a page at a time as the
# list is scrolled to its end (as the board's columns fetch their cards). A word-wrapped
# list lays out every row it holds before it paints (~20 us a row): the 200 conversations
# and 150 concerns of a long-standing contact were most of a click's time.
CONVERSATION_PAGE = 25


class ContactActivity(QObject):
    """Builds the pages ``conversations``, ``followups_page`` and ``history`` (the detail
    view adds them as tabs) and fills them for :attr:`contact_id`. Every change goes
    through the controller."""

    def __init__(self, controller: AppController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.contact_id: int | None = None
        self.loading = False
        self.editing_id: int | None = None  # the conversation the form is correcting
        self._older: list[InteractionInfo] = []  # read, not in the list yet (newest first)
        self.conversations = self._build_conversations_tab()
        self.followups_page = self._build_followups_tab()
        self.history = QListWidget()

    def show_contact(self, contact_id: int) -> None:
        if contact_id != self.contact_id and self.editing_id is not None:
            self._end_editing()
        self.contact_id = contact_id
        self.load()

    def _build_conversations_tab(self) -> QWidget:
        host = QWidget()
        layout = QVBoxLayout(host)
        self.interactions = _ConversationList()
        self.interactions.setWordWrap(True)
        self.interactions.itemChanged.connect(self._on_concern_toggled)
        bar = self.interactions.verticalScrollBar()
        bar.valueChanged.connect(self._on_conversations_scrolled)
        self.interactions.laid_out.connect(self._on_conversations_scrolled)
        layout.addWidget(self.interactions, 1)
        buttons = QHBoxLayout()
        self.edit_interaction_button = QPushButton(self.tr("Edit conversation"))
        self.edit_interaction_button.clicked.connect(self.edit_selected_interaction)
        self.delete_interaction_button = QPushButton(self.tr("Delete conversation"))
        self.delete_interaction_button.clicked.connect(self.delete_selected_interaction)
        buttons.addWidget(self.edit_interaction_button)
        buttons.addWidget(self.delete_interaction_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        form = QFormLayout()
        self.interaction_kind = QComboBox()
        for kind in INTERACTION_KINDS:
            self.interaction_kind.addItem(interaction_kind_label(kind), kind)
        self.interaction_when = QDateTimeEdit()
        self.interaction_when.setCalendarPopup(True)
        self.interaction_summary = QPlainTextEdit()
        self.interaction_summary.setPlaceholderText(self.tr("What was said"))
        self.interaction_summary.setMaximumHeight(80)
        self.interaction_summary.setTabChangesFocus(True)  # Tab leaves: no keyboard trap
        self.interaction_concerns = QPlainTextEdit()
        self.interaction_concerns.setPlaceholderText(
            self.tr("Their questions and concerns, one per line")
        )
        self.interaction_concerns.setMaximumHeight(60)
        self.interaction_concerns.setTabChangesFocus(True)
        add = QPushButton(self.tr("Add note"))
        add.clicked.connect(self.add_interaction)
        self.add_interaction_button = add
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
        self.followups.installEventFilter(self)  # recoloured on a light/dark switch
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

    def load(self) -> None:
        if self.contact_id is None:
            return
        workspace = self.controller.workspace
        locale = QLocale()
        self.loading = True
        try:
            conversations = workspace.activity.interactions(self.contact_id)
            self._older = []  # nothing of the last contact follows while clearing
            self.interactions.clear()
            self._older = conversations
            self._add_conversations(CONVERSATION_PAGE)
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
                item.setData(OVERDUE_ROLE, followup.done_at is None and followup.due_at < now)
                self.followups.addItem(item)
            self._colour_overdue()
            self.load_history()
            default_when = to_qdatetime(now)
            if self.editing_id is None:
                self.interaction_when.setDateTime(default_when)
            self.followup_due.setDateTime(QDateTime(default_when.date().addDays(1), QTime(9, 0)))
        finally:
            self.loading = False

    def _add_conversations(self, count: int) -> None:
        """Append the next ``count`` conversations (each with its concerns) to the list."""
        page, self._older = self._older[:count], self._older[count:]
        if not page:
            return
        locale = QLocale()
        tip = self.tr("Tick when this concern has been addressed")
        was_loading, self.loading = self.loading, True
        try:
            for interaction in page:
                when = format_short(locale, interaction.occurred_at)
                header = QListWidgetItem(
                    f"{when} · {interaction_kind_label(interaction.kind)}\n{interaction.summary}"
                )
                header.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                header.setData(INTERACTION_ROLE, interaction.id)
                self.interactions.addItem(header)
                for concern in interaction.concerns:
                    item = QListWidgetItem("    " + concern.text)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(
                        Qt.CheckState.Checked if concern.addressed else Qt.CheckState.Unchecked
                    )
                    item.setData(Qt.ItemDataRole.UserRole, concern.id)
                    item.setToolTip(tip)
                    self.interactions.addItem(item)
        finally:
            self.loading = was_loading

    def _on_conversations_scrolled(self, *_args: int) -> None:
        """Older conversations once the list is scrolled to its end, or while what it
        holds does not fill it."""
        bar = self.interactions.verticalScrollBar()
        if self._older and bar.value() >= bar.maximum():
            self._add_conversations(CONVERSATION_PAGE)

    def _colour_overdue(self) -> None:
        """Overdue follow-ups in red readable on the list's background (again after a
        switch between light and dark)."""
        base = self.followups.palette().color(QPalette.ColorRole.Base)
        for row in range(self.followups.count()):
            item = self.followups.item(row)
            if item.data(OVERDUE_ROLE):
                item.setForeground(readable(WARNING, base))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.followups and event.type() == QEvent.Type.PaletteChange:
            self._colour_overdue()
        return False

    def load_history(self) -> None:
        locale = QLocale()
        self.history.clear()
        for change in self.controller.workspace.pipeline.stage_history(self.contact_id):
            when = format_short(locale, change.changed_at)
            if change.from_stage is None:
                text = self.tr("%1: added to %2")
            else:
                text = self.tr("%1: %3 → %2").replace("%3", change.from_stage)
            text = text.replace("%1", when).replace("%2", change.to_stage or "?")
            self.history.addItem(f"{text} · {change.note}" if change.note else text)

    # -- editing ---------------------------------------------------------------------------

    def add_interaction(self) -> None:
        """Log the conversation in the form, or save the one being edited."""
        summary = self.interaction_summary.toPlainText().strip()
        if self.contact_id is None or not summary:
            return
        concerns = [c for c in self.interaction_concerns.toPlainText().splitlines() if c.strip()]
        when = local_aware(
            self.interaction_when.dateTime().toPython(), self.controller.workspace.clock.now()
        )
        kind = self.interaction_kind.currentData()
        activity = self.controller.workspace.activity
        contact_id, editing_id = self.contact_id, self.editing_id
        if editing_id is not None:
            self.controller.run(
                lambda: activity.edit_interaction(
                    editing_id, summary=summary, kind=kind, occurred_at=when, concerns=concerns
                ),
                initiator=self,
            )
        else:
            self.controller.run(
                lambda: activity.log_interaction(
                    contact_id, summary=summary, kind=kind, concerns=concerns, occurred_at=when
                ),
                initiator=self,
            )
        self._end_editing()
        self.load()

    def selected_interaction(self) -> int | None:
        for item in self.interactions.selectedItems():
            interaction_id = item.data(INTERACTION_ROLE)
            if interaction_id is not None:
                return int(interaction_id)
        return None

    def edit_selected_interaction(self) -> None:
        """Put the selected conversation in the form; its button then saves it."""
        interaction_id = self.selected_interaction()
        if self.contact_id is None or interaction_id is None:
            return
        activity = self.controller.workspace.activity
        for interaction in activity.interactions(self.contact_id):
            if interaction.id == interaction_id:
                self.editing_id = interaction_id
                self.interaction_kind.setCurrentIndex(
                    max(0, self.interaction_kind.findData(interaction.kind))
                )
                self.interaction_when.setDateTime(to_qdatetime(interaction.occurred_at))
                self.interaction_summary.setPlainText(interaction.summary)
                self.interaction_concerns.setPlainText(
                    "\n".join(concern.text for concern in interaction.concerns)
                )
                self.add_interaction_button.setText(self.tr("Save conversation"))
                self.interaction_summary.setFocus()
                return

    def delete_selected_interaction(self) -> None:
        """Delete the selected conversation (Edit ▸ Undo brings it back)."""
        interaction_id = self.selected_interaction()
        if interaction_id is None:
            return
        activity = self.controller.workspace.activity
        self.controller.run(lambda: activity.delete_interaction(interaction_id), initiator=self)
        if self.editing_id == interaction_id:
            self._end_editing()
        self.load()

    def _end_editing(self) -> None:
        self.editing_id = None
        self.add_interaction_button.setText(self.tr("Add note"))
        self.interaction_summary.clear()
        self.interaction_concerns.clear()

    def add_followup(self) -> None:
        if self.contact_id is None:
            return
        due = local_aware(
            self.followup_due.dateTime().toPython(), self.controller.workspace.clock.now()
        )
        activity = self.controller.workspace.activity
        contact_id = self.contact_id
        what = self.followup_what.text().strip()
        self.controller.run(
            lambda: activity.add_followup(contact_id, due_at=due, what=what), initiator=self
        )
        self.followup_what.clear()
        self.load()

    def _on_concern_toggled(self, item: QListWidgetItem) -> None:
        concern_id = item.data(Qt.ItemDataRole.UserRole)
        if self.loading or concern_id is None:
            return
        activity = self.controller.workspace.activity
        addressed = item.checkState() == Qt.CheckState.Checked
        self.controller.run(
            lambda: activity.set_concern_addressed(concern_id, addressed), initiator=self
        )

    def _on_followup_toggled(self, item: QListWidgetItem) -> None:
        followup_id = item.data(Qt.ItemDataRole.UserRole)
        if self.loading or followup_id is None:
            return
        activity = self.controller.workspace.activity
        done = item.checkState() == Qt.CheckState.Checked
        self.controller.run(lambda: activity.complete_followup(followup_id, done), initiator=self)


class _ConversationList(QListWidget):
    """Says when it has laid out its rows, so that a page that does not fill it is
    followed by the next (the scroll bar's range does not change then: 0 to 0)."""

    laid_out = Signal()

    def updateGeometries(self) -> None:  # noqa: N802 - Qt's name
        super().updateGeometries()
        self.laid_out.emit()


def interaction_kind_label(kind: str) -> str:
    # One fixed context: a helper's ``widget.tr()`` was collected by lupdate under the
    # context "widget" and never matched at run time.
    labels = {
        "call": QCoreApplication.translate("InteractionKind", "Phone call"),
        "meeting": QCoreApplication.translate("InteractionKind", "Meeting"),
        "email": QCoreApplication.translate("InteractionKind", "E-mail"),
        "online_form": QCoreApplication.translate("InteractionKind", "Online form"),
        "in_person": QCoreApplication.translate("InteractionKind", "In person"),
        "other": QCoreApplication.translate("InteractionKind", "Other"),
    }
    return labels.get(kind, kind)
