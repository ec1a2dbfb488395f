"""The Today view, the app's home beside the board: follow-ups due today and overdue,
birthdays in the next days (with the card to send), leads not yet qualified and quiet
prospects. Follow-ups, birthdays and quiet prospects come from the agenda
(:func:`prospectdesk.domain.agenda.agenda_at`), the leads from the sales process."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.domain.agenda import Agenda, AgendaItem, agenda_at
from prospectdesk.domain.records import Birthday
from prospectdesk.domain.today import UnqualifiedLead
from prospectdesk.ui.colors import WARNING, readable
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.entry_widgets import local_aware, to_qdatetime
from prospectdesk.ui.formats import format_short
from prospectdesk.ui.refresh_on_show import RefreshOnShow

ContactIdRole = Qt.ItemDataRole.UserRole + 1
FollowUpIdRole = Qt.ItemDataRole.UserRole + 2
KindRole = Qt.ItemDataRole.UserRole + 3
SECTION_LIMIT = 200
FIRST_ROWS = 40  # per section, built before the first paint: more than a screen shows
LEAD_LIMIT = 200  # the longest waiting; the section title gives the full count


class NextStepDialog(QDialog):
    """Asked when a follow-up is marked done: what is the next step?"""

    def __init__(self, now: QDateTime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up done: what next?"))
        self.setObjectName("next-step-dialog")
        self.schedule = QRadioButton(self.tr("Schedule the next follow-up"))
        self.nothing = QRadioButton(self.tr("No next step for now"))
        group = QButtonGroup(self)
        group.addButton(self.schedule)
        group.addButton(self.nothing)
        self.schedule.setChecked(True)
        self.due = QDateTimeEdit(QDateTime(now.date().addDays(7), QTime(9, 0)))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.what = QLineEdit()
        self.what.setPlaceholderText(self.tr("What to do, e.g. send the price list"))
        self.schedule.toggled.connect(self.due.setEnabled)
        self.schedule.toggled.connect(self.what.setEnabled)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form = QFormLayout()
        form.addRow(self.tr("Due"), self.due)
        form.addRow(self.tr("What"), self.what)
        layout = QVBoxLayout(self)
        layout.addWidget(self.schedule)
        layout.addLayout(form)
        layout.addWidget(self.nothing)
        layout.addWidget(buttons)


class TodayView(RefreshOnShow, QWidget):
    """Signals:
    contact_selected(int): an entry was clicked (or chosen with the keys): show that contact
        beside Today, which stays open.
    contact_activated(int): an entry was activated (double-click, Enter): open the contact
        on the board.
    """

    contact_selected = Signal(int)
    contact_activated = Signal(int)

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("today-view")
        self.agenda: Agenda | None = None
        self.leads: list[UnqualifiedLead] = []
        self.next_step_dialog: NextStepDialog | None = None
        # Section rows still to be built after the first paint (see refresh).
        self._rest: dict[str, tuple[list[Any], Callable[[Any], QTreeWidgetItem]]] = {}
        self._rest_current: tuple | None = None
        self._rest_generation = 0

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.tree = QTreeWidget()
        self.tree.setObjectName("today-tree")
        self.heading.setBuddy(self.tree)  # its accessible name: "Today, <date>"
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Who"), self.tr("What")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.tree.itemClicked.connect(self._on_tree_item_clicked)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.sections: dict[str, QTreeWidgetItem] = {}
        self.section_titles: dict[str, str] = {}
        for key, title in (
            ("followups", self.tr("Follow-ups due today and overdue")),
            ("birthdays", self.tr("Birthdays in the next days: send a card")),
            ("leads", self.tr("Leads not yet qualified")),
            ("quiet", self.tr("Prospects gone quiet")),
        ):
            section = QTreeWidgetItem([title])
            bold = section.font(0)
            bold.setBold(True)
            section.setFont(0, bold)
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(section)
            section.setFirstColumnSpanned(True)
            self.sections[key] = section
            self.section_titles[key] = title
        self.done_button = QPushButton(self.tr("Mark follow-up done…"))
        self.done_button.setObjectName("followup-done")
        self.done_button.clicked.connect(self.mark_current_done)
        self.qualify_button = QPushButton(self.tr("Qualify…"))
        self.qualify_button.clicked.connect(self._qualify_current)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.qualify_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        controller.changes_applied.connect(self._on_controller_changes_applied)
        # Filled on its first show (RefreshOnShow): a start on another tab, or in the tray,
        # does not read the agenda before the window can paint.

    # -- filling ---------------------------------------------------------------------------

    def refresh(self) -> None:
        workspace = self.controller.workspace
        now = workspace.clock.now()
        self.mark_fresh()
        locale = QLocale()
        self.heading.setText(
            self.tr("Today, %1").replace(
                "%1", locale.toString(QDate(now.date()), QLocale.FormatType.LongFormat)
            )
        )
        current = self._current_key()
        self.agenda = agenda_at(workspace, now, limit=SECTION_LIMIT)
        self.leads = workspace.sales.today.unqualified_leads(now, limit=LEAD_LIMIT)
        lead_count = (
            workspace.sales.today.unqualified_lead_count(now)
            if len(self.leads) == LEAD_LIMIT
            else len(self.leads)
        )
        # A bought list can leave thousands overdue: the header counts them all, the list
        # shows the first SECTION_LIMIT (rows nobody scrolls through cost start-up time).
        counts = {**self.agenda.counts, "leads": lead_count}
        today = now.date()
        builders: dict[str, tuple[list[Any], Callable[[Any], QTreeWidgetItem]]] = {
            "followups": (self.agenda.followups, lambda i: self._followup_item(i, now)),
            "birthdays": (self.agenda.birthdays, lambda i: self._birthday_item(i, today)),
            "leads": (self.leads, self._lead_item),
            "quiet": (self.agenda.quiet, self._quiet_item),
        }
        # What a screen shows first is built now; the rest of each section (up to
        # SECTION_LIMIT) right after this paint, on a zero timer (issue 21: 800 rows cost
        # ~50 ms of the first paint at 100,000 contacts). entries() completes it at once.
        self._rest = {}
        self._rest_current = current
        for key, (entries, build) in builders.items():
            section = self.sections[key]
            section.takeChildren()
            section.addChildren([build(entry) for entry in entries[:FIRST_ROWS]])
            if len(entries) > FIRST_ROWS:
                self._rest[key] = (entries[FIRST_ROWS:], build)
            section.setText(0, f"{self.section_titles[key]} ({locale.toString(counts[key])})")
            section.setExpanded(True)
        self._fit_names_column()
        self._restore_current(current)
        self._update_buttons()
        if self._rest:
            self._rest_generation += 1
            generation = self._rest_generation
            QTimer.singleShot(0, self, lambda: self._fill_rest(generation))

    def _fill_rest(self, generation: int | None = None) -> None:
        """The rows of each section beyond the first screen (see :meth:`refresh`); a
        newer refresh makes a pending call moot."""
        if not self._rest or (generation is not None and generation != self._rest_generation):
            return
        rest, self._rest = self._rest, {}
        for key, (entries, build) in rest.items():
            self.sections[key].addChildren([build(entry) for entry in entries])
        self._fit_names_column()
        if self._current_key() is None:  # the one chosen before may be among these
            self._restore_current(self._rest_current)
            self._update_buttons()

    def _fit_names_column(self) -> None:
        self.tree.resizeColumnToContents(0)
        # A very long name is elided ("…"), never pushes "What" out of sight: the names
        # column takes at most 40 % of the list's width.
        widest = max(180, int(self.tree.viewport().width() * 0.4))
        self.tree.setColumnWidth(0, min(widest, max(180, self.tree.columnWidth(0))))

    def _item(self, kind: str, contact_id: int, name: str, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([name or self.tr("(no name)"), text])
        item.setData(0, ContactIdRole, contact_id)
        item.setData(0, KindRole, kind)
        return item

    def _followup_item(self, entry: AgendaItem, now: datetime) -> QTreeWidgetItem:
        locale = QLocale()
        due = entry.due
        assert isinstance(due, datetime)
        if due.date() == now.date():
            when = self.tr("today %1").replace(
                "%1", locale.toString(QTime(due.time()), QLocale.FormatType.ShortFormat)
            )
        else:
            when = format_short(locale, due)  # from its parts: no system zone lookup
        text = f"{when} · {entry.detail}" if entry.detail else when
        if entry.overdue:
            text = self.tr("overdue: %1").replace("%1", text)
        item = self._item("followup", entry.contact_id, entry.display_name, text)
        item.setData(0, FollowUpIdRole, entry.followup_id)
        if entry.overdue:
            base = self.tree.palette().color(QPalette.ColorRole.Base)
            item.setForeground(1, QBrush(readable(WARNING, base)))
        return item

    def _birthday_item(self, entry: AgendaItem, today: date) -> QTreeWidgetItem:
        locale = QLocale()
        day = entry.due if isinstance(entry.due, date) else entry.due.date()
        when = (
            self.tr("today")
            if day == today
            else locale.toString(QDate(day), QLocale.FormatType.LongFormat)
        )
        try:
            birthday = Birthday.parse(entry.detail)
        except ValueError:
            birthday = None
        if birthday is not None and birthday.year is not None:
            when += " · " + self.tr("turns %1").replace(
                "%1", locale.toString(day.year - birthday.year)
            )
        text = self.tr("%1 · send a card").replace("%1", when)
        return self._item("birthday", entry.contact_id, entry.display_name, text)

    def _lead_item(self, lead: UnqualifiedLead) -> QTreeWidgetItem:
        locale = QLocale()
        text = (
            self.tr("%1 of %2 criteria met")
            .replace("%1", locale.toString(lead.met))
            .replace("%2", locale.toString(lead.total))
        )
        text += " · " + self.tr("waiting %n day(s)", "", lead.waiting_days)
        return self._item("lead", lead.contact_id, lead.display_name, text)

    def _quiet_item(self, entry: AgendaItem) -> QTreeWidgetItem:
        locale = QLocale()
        if entry.detail:
            last = date.fromisoformat(entry.detail)
            text = self.tr("no contact since %1").replace(
                "%1", locale.toString(QDate(last), QLocale.FormatType.ShortFormat)
            )
        else:
            text = self.tr("never contacted yet")
        return self._item("quiet", entry.contact_id, entry.display_name, text)

    # -- reading ---------------------------------------------------------------------------

    def entries(self, section: str) -> list[QTreeWidgetItem]:
        self._fill_rest()  # every row, also those still to be built after the paint
        parent = self.sections[section]
        return [parent.child(i) for i in range(parent.childCount())]

    def _current_key(self) -> tuple | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, ContactIdRole) is None:
            return None
        return (item.data(0, KindRole), item.data(0, ContactIdRole), item.data(0, FollowUpIdRole))

    def _restore_current(self, key: tuple | None) -> None:
        if key is None:
            return
        for section in self.sections.values():
            for i in range(section.childCount()):
                item = section.child(i)
                if (
                    item.data(0, KindRole),
                    item.data(0, ContactIdRole),
                    item.data(0, FollowUpIdRole),
                ) == key:
                    self.tree.setCurrentItem(item)
                    return

    def _update_buttons(self, *args) -> None:
        item = self.tree.currentItem()
        kind = item.data(0, KindRole) if item is not None else None
        self.done_button.setEnabled(kind == "followup")
        self.qualify_button.setEnabled(kind == "lead")

    # -- acting ----------------------------------------------------------------------------

    def _on_tree_item_clicked(self, item: QTreeWidgetItem, column: int = 0) -> None:
        contact_id = item.data(0, ContactIdRole)
        if contact_id is not None:
            self.contact_selected.emit(contact_id)

    def _on_tree_item_activated(self, item: QTreeWidgetItem, column: int = 0) -> None:
        contact_id = item.data(0, ContactIdRole)
        if contact_id is not None:
            self.contact_activated.emit(contact_id)

    def mark_current_done(self) -> None:
        """Ask for the next step; the follow-up is finished when the owner answers."""
        item = self.tree.currentItem()
        if item is None or item.data(0, FollowUpIdRole) is None:
            return
        followup_id = item.data(0, FollowUpIdRole)
        now = to_qdatetime(self.controller.workspace.clock.now())
        dialog = NextStepDialog(now, self)
        self.next_step_dialog = dialog
        dialog.accepted.connect(lambda: self._finish_followup(followup_id, dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _finish_followup(self, followup_id: int, dialog: NextStepDialog) -> None:
        workspace = self.controller.workspace
        due = None
        if dialog.schedule.isChecked():
            due = local_aware(dialog.due.dateTime().toPython(), workspace.clock.now())
        what = dialog.what.text()
        self.controller.run(
            lambda: workspace.sales.today.finish_followup(
                followup_id, next_due_at=due, next_what=what
            )
        )
        self.next_step_dialog = None

    def _qualify_current(self) -> None:
        item = self.tree.currentItem()
        if item is None or item.data(0, KindRole) != "lead":
            return
        from prospectdesk.ui.qualify_dialog import QualifyDialog

        dialog = QualifyDialog(self.controller, item.data(0, ContactIdRole), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
