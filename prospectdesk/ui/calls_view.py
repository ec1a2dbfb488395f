"""The Calls tab, the app's first screen for a working day: whom to contact now, in the
order and with the reasons of :meth:`prospectdesk.domain.calls.CallList.calls_at`, the
brief of the selected person beside the list, and one key per call outcome.

The list is a model over the call rows (no widget per row); the brief is one pane that
follows the selection. A phone number is a ``tel:`` link handed to the system, which
dials with whatever the desktop has for it (a softphone, a paired phone)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.domain.calls import CallBrief, CallOutcome, CallReason, CallRow
from prospectdesk.ui.activity_tabs import interaction_kind_label
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.entry_widgets import format_short
from prospectdesk.ui.refresh_on_show import RefreshOnShow
from prospectdesk.ui.sales_labels import money

ContactIdRole = Qt.ItemDataRole.UserRole + 1
ReasonRole = Qt.ItemDataRole.UserRole + 2

# One key each, in the order of the buttons.
OUTCOME_KEYS: dict[CallOutcome, str] = {
    CallOutcome.REACHED: "1",
    CallOutcome.NO_ANSWER: "2",
    CallOutcome.LEFT_MESSAGE: "3",
    CallOutcome.WRONG_NUMBER: "4",
    CallOutcome.NOT_INTERESTED: "5",
}


# Rows read at a time: the list of a big workspace holds thousands of people gone quiet.
PAGE = 100


class CallsModel(QAbstractListModel):
    """The call rows, in the domain's order; the display text says who and why. Rows are
    read a page at a time as the list scrolls (``fetchMore``), like the board's columns."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.calls: list[CallRow] = []
        self.total = 0  # how many the whole list holds (once counted; else what is read)
        self._read: Callable[[int], list[CallRow]] | None = None

    def set_rows(self, rows: list[CallRow], read: Callable[[int], list[CallRow]]) -> None:
        """``rows``: the first rows; ``read(n)``: the first ``n`` rows of the same list."""
        self.beginResetModel()
        self.calls = list(rows)
        self.total = len(rows)
        self._read = read
        self.endResetModel()

    def set_total(self, total: int) -> None:
        self.total = max(total, len(self.calls))

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self.calls) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._read is None:
            return
        more = self._read(len(self.calls) + PAGE)[len(self.calls) :]
        if not more:
            self.total = len(self.calls)
            return
        self.beginInsertRows(QModelIndex(), len(self.calls), len(self.calls) + len(more) - 1)
        self.calls.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.calls)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.calls):
            return None
        row = self.calls[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = row.display_name or self.tr("(no name)")
            return f"{name}\n{reason_text(row)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return reason_text(row)
        if role == ContactIdRole:
            return row.contact_id
        if role == ReasonRole:
            return row.reason.value
        return None


def reason_text(row: CallRow) -> str:
    """Why this person is on the list, with the follow-up's "what" or the lead's source."""
    locale = QLocale()
    when = format_short(locale, row.since)
    texts = {
        CallReason.OVERDUE: QCoreApplication.translate("CallsView", "Overdue follow-up, due %1"),
        CallReason.DUE_TODAY: QCoreApplication.translate("CallsView", "Follow-up due today, %1"),
        CallReason.RECONTACT: QCoreApplication.translate(
            "CallsView", "May be contacted again since %1"
        ),
        CallReason.REORDER: QCoreApplication.translate(
            "CallsView", "Due to reorder since %1 (their usual interval has passed)"
        ),
        CallReason.AWAITING_CLOSE: QCoreApplication.translate(
            "CallsView", "Presentation waiting for a close since %1"
        ),
        CallReason.QUIET: QCoreApplication.translate(
            "CallsView", "Gone quiet: no conversation since %1"
        ),
        CallReason.LEAD: QCoreApplication.translate("CallsView", "Lead to qualify, in since %1"),
    }
    text = texts[row.reason].replace("%1", when)  # every reason has words (tested)
    return f"{text} · {row.detail}" if row.detail else text


class CallNoteDialog(QDialog):
    """Asked on "reached": what was said, logged with the call."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("call-note-dialog")
        self.setWindowTitle(self.tr("Call with %1").replace("%1", name))
        label = QLabel(self.tr("What was said"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("call-note")
        self.note.setTabChangesFocus(True)
        label.setBuddy(self.note)
        self.note.setAccessibleName(label.text())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.note)
        layout.addWidget(buttons)


class CallsView(RefreshOnShow, QWidget):
    """Signals:
    contact_selected(int): a row was clicked: show that contact beside the list.
    contact_activated(int): a row was activated (double-click, Enter): open the contact
        on the board."""

    contact_selected = Signal(int)
    contact_activated = Signal(int)

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("calls-view")
        self.note_dialog: CallNoteDialog | None = None
        self._at = controller.workspace.clock.now()  # the moment the list was read at
        self._counted = True
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)

        self.model = CallsModel(self)
        self.list = QListView()
        self.list.setObjectName("calls-list")
        self.list.setModel(self.model)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Whom to call now"))
        self.heading.setBuddy(self.list)
        self.list.selectionModel().currentChanged.connect(self._show_brief)
        self.list.activated.connect(self._on_activated)
        self.list.clicked.connect(self._on_clicked)

        self.brief = QLabel()
        self.brief.setObjectName("call-brief")
        self.brief.setWordWrap(True)
        self.brief.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.brief.setTextFormat(Qt.TextFormat.RichText)
        self.brief.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.brief.setOpenExternalLinks(False)  # dial() hands the number to the system
        self.brief.linkActivated.connect(self.dial)
        self.brief.setAccessibleName(self.tr("Before the call"))
        self.brief.setMinimumWidth(140)

        self.outcome_buttons: dict[CallOutcome, QPushButton] = {}
        self.outcome_actions: dict[CallOutcome, QAction] = {}
        buttons = QVBoxLayout()  # stacked under the brief: the tab stays narrow
        for outcome, title in (
            (CallOutcome.REACHED, self.tr("Reached…")),
            (CallOutcome.NO_ANSWER, self.tr("No answer")),
            (CallOutcome.LEFT_MESSAGE, self.tr("Left a message")),
            (CallOutcome.WRONG_NUMBER, self.tr("Wrong number")),
            (CallOutcome.NOT_INTERESTED, self.tr("Not interested")),
        ):
            key = QKeySequence(OUTCOME_KEYS[outcome])
            action = QAction(title, self)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, o=outcome: self.record(o))
            self.addAction(action)
            shown = key.toString(QKeySequence.SequenceFormat.NativeText)
            button = QPushButton(f"{title} [{shown}]")
            button.setObjectName(f"call-{outcome.value.replace('_', '-')}")
            button.setAccessibleName(title)
            button.setToolTip(self.tr("Key: %1").replace("%1", shown))
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
            self.outcome_buttons[outcome] = button
            self.outcome_actions[outcome] = action

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.list)
        pane = QWidget()
        pane_layout = QVBoxLayout(pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.addWidget(self.brief, 1)
        pane_layout.addLayout(buttons)
        split.addWidget(pane)
        # Half each: the list elides its rows, the brief wraps and must hold a long family
        # name in its heading (the fit test's "Vanderhoeven-Oppenheimer" at 1366x768).
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        controller.changes_applied.connect(self._on_controller_changes_applied)
        self._update_buttons()

    # -- filling ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """The first page (as many rows as were read before, so a kept row stays), then
        the count on a zero timer: the page is what the first paint needs."""
        workspace = self.controller.workspace
        now = workspace.clock.now()
        self._at = now
        self.mark_fresh()
        current = self.current_row()
        keep = current.contact_id if current else None
        row_number = self.list.currentIndex().row()
        calls = workspace.sales.calls

        def read(count: int, at: datetime = now) -> list[CallRow]:
            return calls.calls_at(at, limit=count, briefs=False)

        rows = read(max(PAGE, len(self.model.calls)))
        self.model.set_rows(rows, read)
        self._counted = False
        self.heading.setText(self.tr("Calls to contact now"))
        QTimer.singleShot(0, self._count)
        # The same person when still listed, else the one that took the place of the row
        # just handled: after an outcome the next call is selected.
        target = next((i for i, r in enumerate(rows) if r.contact_id == keep), None)
        if target is None and rows:
            target = min(max(row_number, 0), len(rows) - 1)
        if target is not None:
            index = self.model.index(target)
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._show_brief()

    def _count(self) -> None:
        """How many the whole list holds, in the heading (and how far the list scrolls)."""
        if self._counted:
            return
        self._counted = True
        total = self.controller.workspace.sales.calls.count_at(self._at)
        self.model.set_total(total)
        self.heading.setText(
            self.tr("Calls: %1 to contact now").replace("%1", QLocale().toString(total))
        )

    def current_row(self) -> CallRow | None:
        index = self.list.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.calls):
            return None
        return self.model.calls[index.row()]

    def current_brief(self) -> CallBrief | None:
        """What to know before calling the selected person (read when it is shown)."""
        row = self.current_row()
        if row is None:
            return None
        return self.controller.workspace.sales.calls.brief(row.contact_id, self._at)

    def _show_brief(self, *args: object) -> None:
        self._update_buttons()
        row = self.current_row()
        brief = self.current_brief()
        if row is None or brief is None:
            self.brief.setText(self.tr("Nobody to call now."))
            return
        self.brief.setText(self.brief_html(row, brief))

    def brief_html(self, row: CallRow, brief: CallBrief) -> str:
        locale = QLocale()
        name = row.display_name or self.tr("(no name)")
        parts = [f"<h3>{escape(name)}</h3>"]
        parts.append(f"<p>{escape(reason_text(row))}</p>")
        if brief.phone:
            target = brief.tel_uri or f"tel:{brief.phone}"
            parts.append(f'<p><a href="{escape(target)}">{escape(brief.phone)}</a></p>')
        else:
            parts.append("<p>" + escape(self.tr("No phone number")) + "</p>")
        if brief.hard_to_reach:
            unanswered = self.tr(
                "%n call(s) without an answer in a row", "", brief.no_answer_streak
            )
            parts.append(f"<p><b>{escape(unanswered)}</b></p>")
        last = brief.last_conversation
        if last is None:
            parts.append("<p>" + escape(self.tr("No conversation yet")) + "</p>")
        else:
            head = self.tr("Last conversation: %1, %2").replace(
                "%1", format_short(locale, last.occurred_at)
            )
            head = head.replace("%2", interaction_kind_label(last.kind))
            parts.append(f"<p><b>{escape(head)}</b><br>{escape(last.summary)}</p>")
        if brief.open_concerns:
            items = "".join(f"<li>{escape(text)}</li>" for text in brief.open_concerns)
            parts.append("<p>" + escape(self.tr("Open concerns")) + f"</p><ul>{items}</ul>")
        if brief.unknown_criteria:
            names = ", ".join(brief.unknown_criteria)
            ask = self.tr("Still to ask: %1").replace("%1", names)
            parts.append(f"<p>{escape(ask)}</p>")
        if brief.purchases:
            bought = self.tr("Bought %n time(s), %1", "", brief.purchases).replace(
                "%1", money(brief.purchases_cents)
            )
        else:
            bought = self.tr("No purchases yet")
        parts.append(f"<p>{escape(bought)}</p>")
        return "".join(parts)

    def _update_buttons(self) -> None:
        selected = self.current_row() is not None
        for outcome in OUTCOME_KEYS:
            self.outcome_buttons[outcome].setEnabled(selected)
            self.outcome_actions[outcome].setEnabled(selected)

    # -- acting ----------------------------------------------------------------------------

    def dial(self, link: str) -> None:
        """Hand a ``tel:`` link to the system (the desktop's phone handler dials)."""
        if link.startswith("tel:"):
            QDesktopServices.openUrl(QUrl(link))

    def record(self, outcome: CallOutcome) -> None:
        """The selected call went so: "reached" asks what was said first."""
        row = self.current_row()
        if row is None:
            return
        if outcome is CallOutcome.REACHED:
            dialog = CallNoteDialog(row.display_name, self)
            self.note_dialog = dialog
            dialog.accepted.connect(
                lambda: self._record(row.contact_id, outcome, dialog.note.toPlainText())
            )
            dialog.finished.connect(self._forget_note_dialog)
            dialog.open()
            return
        self._record(row.contact_id, outcome, "")

    def _forget_note_dialog(self) -> None:
        if self.note_dialog is not None:
            self.note_dialog.deleteLater()
            self.note_dialog = None

    def _record(self, contact_id: int, outcome: CallOutcome, note: str) -> None:
        calls = self.controller.workspace.sales.calls
        self.controller.run(
            lambda: calls.record_call_outcome(contact_id, outcome, note=note), initiator=self
        )
        self.list.setFocus()

    def _on_clicked(self, index: QModelIndex) -> None:
        contact_id = index.data(ContactIdRole)
        if contact_id is not None:
            self.contact_selected.emit(int(contact_id))

    def _on_activated(self, index: QModelIndex) -> None:
        contact_id = index.data(ContactIdRole)
        if contact_id is not None:
            self.contact_activated.emit(int(contact_id))
