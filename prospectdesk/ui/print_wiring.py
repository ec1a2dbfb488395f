"""Puts messages and birthday cards into the main window: File ▸ Print envelopes /
labels…, Edit ▸ Message templates…, Send… in the contact detail, and Send… and Print
envelopes / labels… on the board's card menu. ``ui/app.py`` builds one :class:`PrintUi`
per main window; the dialogs load on first use."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QMenu, QPushButton

from prospectdesk.ui.main_window import MainWindow


class PrintUi(QObject):
    """``open_dialog`` is the dialog now showing (tests drive it)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.open_dialog: QDialog | None = None
        window.menus["file"].addSeparator()
        self.print_action = window.add_action(
            QCoreApplication.translate("PrintUi", "Print envelopes / labels…"),
            lambda: self.print_cards(window.board.selected_ids()),
            "Ctrl+P",
            "file",
        )
        self.print_action.setObjectName("print-cards-action")
        self.templates_action = window.add_action(
            QCoreApplication.translate("PrintUi", "Message templates…"),
            self.edit_templates,
            None,
            "edit",
        )
        self.templates_action.setObjectName("message-templates-action")
        window.board.menu_extenders.append(self.extend_card_menu)

        detail = window.detail
        self.send_button = QPushButton(QCoreApplication.translate("PrintUi", "Send…"))
        self.send_button.setObjectName("detail-send")
        self.send_button.clicked.connect(lambda: self.send(detail.contact_id))
        detail.mark_bar.addWidget(self.send_button)  # the action bar is full at 1366 px
        detail.contact_shown.connect(
            lambda contact_id: self.send_button.setEnabled(bool(contact_id))
        )
        self.send_button.setEnabled(bool(detail.contact_id))

    def extend_card_menu(self, menu: QMenu, contact_ids: list[int]) -> None:
        menu.addSeparator()
        one = contact_ids[0] if len(contact_ids) == 1 else None
        send = menu.addAction(QCoreApplication.translate("PrintUi", "Send…"))
        send.setObjectName("card-send")
        send.setEnabled(one is not None)
        send.triggered.connect(lambda: self.send(one))
        cards = menu.addAction(QCoreApplication.translate("PrintUi", "Print envelopes / labels…"))
        cards.setObjectName("card-print")
        cards.triggered.connect(lambda: self.print_cards(contact_ids))

    def _open(self, dialog: QDialog) -> QDialog:
        self.open_dialog = dialog
        dialog.finished.connect(lambda _code: self._on_finished(dialog))
        dialog.open()
        return dialog

    def _on_finished(self, dialog: QDialog) -> None:
        if self.open_dialog is dialog:
            self.open_dialog = None
        dialog.deleteLater()

    def send(self, contact_id: int | None, moment: str | None = None) -> QDialog | None:
        """The Send… dialog, on ``moment``'s template (default: the moment the contact is
        at, see :meth:`Messages.suggested_moment`)."""
        if not contact_id:
            return None
        from prospectdesk.ui.message_dialogs import SendMessageDialog, messages_of

        controller = self.window.controller
        if moment is None:
            moment = messages_of(controller).suggested_moment(contact_id)
        return self._open(SendMessageDialog(controller, contact_id, self.window, moment=moment))

    def edit_templates(self) -> QDialog:
        from prospectdesk.ui.message_dialogs import TemplatesDialog

        return self._open(TemplatesDialog(self.window.controller, self.window))

    def print_cards(self, contact_ids: Sequence[int] = ()) -> QDialog:
        from prospectdesk.ui.print_dialog import PrintCardsDialog

        return self._open(PrintCardsDialog(self.window.controller, contact_ids, self.window))
