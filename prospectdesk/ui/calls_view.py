"""The Calls tab, the app's first screen for a working day: whom to contact now, in the
order and with the reasons of :meth:`prospectdesk.domain.calls.CallList.calls_at`, the
brief of the selected person beside the list, and one key per call outcome.

The list is a model over the call rows (no widget per row); the brief is one pane that
follows the selection. A phone number is a ``tel:`` link handed to the system, which
dials with whatever the desktop has for it (a softphone, a paired phone)."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.domain.calls import CallBrief, CallOutcome, CallRow
from prospectdesk.ui.activity_tabs import interaction_kind_label
from prospectdesk.ui.calls_page import (  # noqa: F401 - where tests and wiring find them
    PAGE,
    CallsModel,
    CallsPage,
    ContactIdRole,
    ReasonRole,
    reason_text,
)
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.formats import format_short
from prospectdesk.ui.money import money
from prospectdesk.ui.refresh_on_show import RefreshOnShow


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


class CallsView(RefreshOnShow, CallsPage):
    """Signals:
    contact_selected(int): a row was clicked: show that contact beside the list.
    contact_activated(int): a row was activated (double-click, Enter): open the contact
        on the board."""

    contact_selected = Signal(int)
    contact_activated = Signal(int)

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        self.controller = controller  # before the page: RefreshOnShow may read it
        super().__init__(parent)
        self.note_dialog: CallNoteDialog | None = None
        self._at = controller.workspace.clock.now()  # the moment the list was read at
        self._generation = 0  # of the count asked for last
        self.list.activated.connect(self._on_activated)
        self.list.clicked.connect(self._on_clicked)
        self.brief.linkActivated.connect(self.dial)
        controller.changes_applied.connect(self._on_controller_changes_applied)
        self.give_keys()
        self._update_buttons()

    # -- filling ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """The first page (as many rows as were read before, so a kept row stays); the
        count follows from the background: the page is what the first paint needs."""
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
        self.heading.setText(self.tr("Calls to contact now"))
        self._count()
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
        """How many the whole list holds, counted on the app's background lane (it reads
        every part's ids: tens of milliseconds at 100,000 contacts); the heading says it
        and the list scrolls that far once it is known."""
        self._generation += 1
        generation, at = self._generation, self._at
        calls = self.controller.workspace.sales.calls
        self.controller.executor.submit(
            lambda: calls.count_at(at),
            lambda total: self._show_count(generation, int(total)),  # type: ignore[call-overload]
            lambda _error: None,  # the heading keeps saying "to contact now"
        )

    def _show_count(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return  # the list was read again meanwhile: its own count follows
        self.model.set_total(total)
        self.heading.setText(
            self.tr("Calls: %1 to contact now").replace("%1", QLocale().toString(total))
        )

    def can_record(self) -> bool:
        return True

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
