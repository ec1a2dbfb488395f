"""The contact's sales record in the detail view: qualification answers as they were
given, presentations and their closes, purchases with the total, consent to stay on the
list. Read-only; the Qualify and Presentation dialogs write."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from prospectdesk.domain.contacts import ContactNotFoundError
from prospectdesk.domain.records import Changes
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.entry_widgets import to_qdatetime
from prospectdesk.ui.money import money
from prospectdesk.ui.sales_labels import answer_label, method_label, outcome_label


class SalesPanel(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.contact_id: int | None = None
        self.setObjectName("sales-panel")
        self.status = QLabel()
        self.status.setObjectName("sales-status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.qualifications = QListWidget()
        self.qualifications.setObjectName("sales-qualifications")
        self.qualifications.setWordWrap(True)
        self.presentations = QListWidget()
        self.presentations.setObjectName("sales-presentations")
        self.presentations.setWordWrap(True)
        self.purchases_title = QLabel()
        self.purchases_title.setTextFormat(Qt.TextFormat.PlainText)
        self.purchases = QListWidget()
        self.purchases.setObjectName("sales-purchases")
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        for title, view, stretch in (
            (QLabel(self.tr("Qualification answers")), self.qualifications, 2),
            (QLabel(self.tr("Presentations")), self.presentations, 1),
        ):
            title.setBuddy(view)  # the list's accessible name
            layout.addWidget(title)
            layout.addWidget(view, stretch)
        self.purchases_title.setBuddy(self.purchases)
        layout.addWidget(self.purchases_title)
        layout.addWidget(self.purchases, 1)
        controller.changes_applied.connect(self._on_controller_changes_applied)

    def show_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id or None
        self.reload()

    def reload(self) -> None:
        for widget in (self.qualifications, self.presentations, self.purchases):
            widget.clear()
        self.status.clear()
        self.purchases_title.setText(self.tr("Purchases"))
        if self.contact_id is None or not self.controller.workspace.contacts.exists(
            self.contact_id
        ):
            return
        sales = self.controller.workspace.sales
        locale = QLocale()

        def when(moment) -> str:
            return locale.toString(to_qdatetime(moment), QLocale.FormatType.ShortFormat)

        status = sales.qualification.status(self.contact_id)
        lines = [
            self.tr("Qualified: %1 of %2 criteria met.")
            .replace("%1", locale.toString(status.met))
            .replace("%2", locale.toString(status.total))
        ]
        consent = sales.presentations.consent(self.contact_id)
        if consent is not None:
            text = (
                self.tr("Agreed to stay on the list (%1).")
                if consent.agreed
                else self.tr("Did not agree to stay on the list (%1).")
            )
            lines.append(text.replace("%1", when(consent.recorded_at)))
        refused_at = sales.presentations.do_not_contact(self.contact_id)
        if refused_at is not None:
            lines.append(self.tr("Asked not to be contacted (%1).").replace("%1", when(refused_at)))
        self.status.setText("\n".join(lines))

        for session in sales.qualification.history(self.contact_id):
            self.qualifications.addItem(
                f"{when(session.asked_at)} · {method_label(session.method)}"
            )
            for answer in session.answers:
                text = f"    {answer.question}: {answer_label(answer.answer)}"
                if answer.note:
                    text += f" — {answer.note}"
                self.qualifications.addItem(text)

        for shown in sales.presentations.presentations(self.contact_id):
            text = f"{when(shown.presented_at)} · {outcome_label(shown.outcome)}"
            if shown.offered:
                text += "\n" + self.tr("Offered: %1").replace("%1", shown.offered)
            if shown.call_to_action:
                text += "\n" + self.tr("Call to action: %1").replace("%1", shown.call_to_action)
            self.presentations.addItem(text)

        history = sales.presentations.purchases(self.contact_id)
        self.purchases_title.setText(
            self.tr("Purchases: %1 in total (%n sale(s))", "", history.count).replace(
                "%1", money(history.total_cents, locale)
            )
        )
        for sale in history.sales:
            self.purchases.addItem(
                f"{when(sale.sold_at)} · {sale.what} · {money(sale.amount_cents, locale)}"
            )

    def _on_controller_changes_applied(self, changes: Changes) -> None:
        if self.contact_id is not None and (
            changes.everything or self.contact_id in changes.contacts
        ):
            try:
                self.reload()
            except ContactNotFoundError:
                self.show_contact(None)
