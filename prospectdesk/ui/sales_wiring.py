"""Puts the sales process into the main window: Today as the home tab, Funnel and Sources
tabs reachable from the View menu, Qualify… and Record presentation… on the board's card
menu and in the detail view, the value total in each stage header, the contact's sales
record as a detail tab, the "do not contact" mark on the card menu and in the detail view.
It also settles the workspace's currency before anything shows an amount. ``ui/app.py``
builds one :class:`SalesUi` per main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QDialog, QInputDialog, QMenu, QPushButton

from prospectdesk.domain.records import Changes
from prospectdesk.domain.settings import ensure_currency, stored_currency
from prospectdesk.ui.board import StageColumn
from prospectdesk.ui.calls_view import CallsView
from prospectdesk.ui.colors import WARNING, show_in
from prospectdesk.ui.first_steps import BoardNote, FirstSteps, SalesGuide
from prospectdesk.ui.funnel_view import FunnelView
from prospectdesk.ui.gate_dialog import install_gate_prompt
from prospectdesk.ui.main_window import MainWindow
from prospectdesk.ui.money import money, set_money_currency, settle_money_currency
from prospectdesk.ui.sales_panel import SalesPanel
from prospectdesk.ui.sources_view import SourcesView
from prospectdesk.ui.today_view import TodayView
from prospectdesk.ui.ui_state import start_tab


class SalesUi(QObject):
    """The sales pieces of one main window; ``open_dialog`` is the dialog now showing."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        controller = window.controller
        self.open_dialog: QDialog | None = None
        self._settle_currency()

        tabs = window.central_tabs
        self.today = TodayView(controller)
        window.put_tab("today", self.today, QCoreApplication.translate("SalesWiring", "Today"), 0)
        # Calls first: the working day starts with whom to call. Today keeps what the call
        # list does not hold (birthdays, the first steps of an empty workspace).
        self.calls = CallsView(controller)
        window.put_tab("calls", self.calls, QCoreApplication.translate("SalesWiring", "Calls"), 0)
        self.funnel = FunnelView(controller)
        window.put_tab(
            "funnel", self.funnel, QCoreApplication.translate("SalesWiring", "Funnel"), -1
        )
        self.sources = SourcesView(controller)
        window.put_tab(
            "sources", self.sources, QCoreApplication.translate("SalesWiring", "Sources"), -1
        )
        self.sources.table.setAccessibleName(
            QCoreApplication.translate("SalesWiring", "Lead sources")
        )
        import_action = window.findChild(QAction, "import-action")
        self.first_steps = FirstSteps(controller, window.new_contact_action, import_action, window)
        self.today.layout().insertWidget(1, self.first_steps)
        board_steps = FirstSteps(controller, window.new_contact_action, import_action, window)
        self.board_note = BoardNote(window.board, board_steps)  # the same over an empty board
        # The app's home: the call list, or Today with its first steps while there is
        # nobody to call yet (an empty workspace); a restart during the day comes back to
        # the tab the window was closed on.
        empty = not any(controller.workspace.pipeline.column_counts().values())
        again = start_tab(window.ui_state, controller.workspace.clock.now().date())
        if empty:
            tabs.setCurrentWidget(self.today)
        else:
            tabs.setCurrentWidget(window.tab_pages.get(again or "calls", self.calls))
        self.guide = SalesGuide(window, window.menus["help"])

        view = window.menus["view"]
        view.addSeparator()
        self.calls_action = window.add_action(
            QCoreApplication.translate("SalesWiring", "Calls"),
            lambda: tabs.setCurrentWidget(self.calls),
            "Ctrl+9",
            "view",
        )
        self.today_action = window.add_action(
            QCoreApplication.translate("SalesWiring", "Today"),
            lambda: tabs.setCurrentWidget(self.today),
            "Ctrl+0",
            "view",
        )
        self.funnel_action = window.add_action(
            QCoreApplication.translate("SalesWiring", "Funnel"),
            lambda: tabs.setCurrentWidget(self.funnel),
            "Ctrl+2",
            "view",
        )
        self.sources_action = window.add_action(
            QCoreApplication.translate("SalesWiring", "Lead sources"),
            lambda: tabs.setCurrentWidget(self.sources),
            "Ctrl+3",
            "view",
        )
        window.menus["pipeline"].addSeparator()
        window.add_action(
            QCoreApplication.translate("SalesWiring", "Qualification criteria…"),
            self.edit_criteria,
            None,
            "pipeline",
        )
        window.add_action(
            QCoreApplication.translate("SalesWiring", "Reasons for “no”…"),
            self.edit_loss_reasons,
            None,
            "pipeline",
        )
        window.add_action(
            QCoreApplication.translate("SalesWiring", "Days before cards go stale…"),
            self.edit_stale_days,
            None,
            "pipeline",
        )

        self.today.contact_selected.connect(self._on_today_contact_selected)
        self.today.contact_activated.connect(window.open_contact)
        self.calls.contact_activated.connect(window.open_contact)
        self.calls.contact_selected.connect(self._on_today_contact_selected)

        board = window.board
        board.menu_extenders.append(self.extend_card_menu)
        board.header_decorators.append(self.decorate_headers)
        board.refresh_counts()

        detail = window.detail
        self.qualify_button = QPushButton(QCoreApplication.translate("SalesWiring", "Qualify…"))
        self.qualify_button.setObjectName("detail-qualify")
        self.qualify_button.clicked.connect(lambda: self.qualify(detail.contact_id))
        self.present_button = QPushButton(
            QCoreApplication.translate("SalesWiring", "Record presentation…")
        )
        self.present_button.setObjectName("detail-presentation")
        self.present_button.clicked.connect(lambda: self.record_presentation(detail.contact_id))
        detail.action_bar.addWidget(self.qualify_button)
        detail.action_bar.addWidget(self.present_button)
        self.do_not_contact = QCheckBox(QCoreApplication.translate("SalesWiring", "Do not contact"))
        self.do_not_contact.setObjectName("detail-do-not-contact")
        show_in(self.do_not_contact, WARNING, "QCheckBox:checked { color: COLOR; }")
        self.do_not_contact.clicked.connect(self._on_do_not_contact_clicked)
        detail.mark_bar.addWidget(self.do_not_contact)
        detail.mark_bar.addStretch(1)
        controller.changes_applied.connect(self._on_changes_applied)
        install_gate_prompt(controller, window)  # an unqualified lead moved on: ask
        self.panel = SalesPanel(controller)
        detail.tabs.addTab(self.panel, QCoreApplication.translate("SalesWiring", "Sales"))
        for index in range(detail.tabs.count()):  # the whole title, where it is shortened
            detail.tabs.setTabToolTip(index, detail.tabs.tabText(index))
        detail.contact_shown.connect(self._on_detail_contact_shown)
        self._on_detail_contact_shown(detail.contact_id or 0)

    # -- currency ---------------------------------------------------------------------------

    def _settle_currency(self) -> None:
        """A workspace without a currency (new, upgraded, or made by the command line)
        shows the system region's at once; :meth:`store_currency` keeps it."""
        self._currency_guess = settle_money_currency(
            stored_currency(self.window.controller.workspace.settings)
        )

    def store_currency(self) -> None:
        """Store the guessed currency once, so that it no longer follows anything. A write:
        ``ui/app.py`` calls this once the start-up health check has passed (never on a
        damaged file, never while the window is being built)."""
        guess, self._currency_guess = self._currency_guess, ""
        if guess:
            set_money_currency(ensure_currency(self.window.controller.workspace.settings, guess))

    # -- board -----------------------------------------------------------------------------

    def extend_card_menu(self, menu: QMenu, contact_ids: list[int]) -> None:
        menu.addSeparator()
        one = contact_ids[0] if len(contact_ids) == 1 else None
        qualify = menu.addAction(QCoreApplication.translate("SalesWiring", "Qualify…"))
        qualify.setEnabled(one is not None)
        qualify.triggered.connect(lambda: self.qualify(one))
        present = menu.addAction(QCoreApplication.translate("SalesWiring", "Record presentation…"))
        present.setEnabled(one is not None)
        present.triggered.connect(lambda: self.record_presentation(one))
        sales = self.window.controller.workspace.sales.presentations
        marked = len(sales.marked(contact_ids)) == len(set(contact_ids))
        refuse = menu.addAction(QCoreApplication.translate("SalesWiring", "Do not contact"))
        refuse.setCheckable(True)
        refuse.setChecked(marked)
        refuse.triggered.connect(lambda checked: self.set_do_not_contact(contact_ids, checked))

    def set_do_not_contact(self, contact_ids: list[int], marked: bool) -> Changes:
        """Set or clear the mark by hand (Edit ▸ Undo takes it back)."""
        sales = self.window.controller.workspace.sales.presentations
        return self.window.controller.run(lambda: sales.set_do_not_contact(contact_ids, marked))

    def decorate_headers(self, columns: dict[int, StageColumn]) -> None:
        """The expected value of each column, from one GROUP BY."""
        totals = self.window.controller.workspace.sales.presentations.value_totals()
        for stage_id, column in columns.items():
            total = totals.get(stage_id, 0)
            column.header_extra = money(total) if total else ""

    # -- dialogs ---------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        self.open_dialog = dialog
        dialog.finished.connect(lambda _code: self._on_dialog_finished(dialog))
        dialog.open()
        return dialog

    def _on_dialog_finished(self, dialog: QDialog) -> None:
        if self.open_dialog is dialog:
            self.open_dialog = None
        dialog.deleteLater()

    def qualify(self, contact_id: int | None) -> QDialog | None:
        if contact_id is None:
            return None
        from prospectdesk.ui.qualify_dialog import QualifyDialog  # on first use: start-up

        return self._open(QualifyDialog(self.window.controller, contact_id, self.window))

    def record_presentation(self, contact_id: int | None) -> QDialog | None:
        if contact_id is None:
            return None
        from prospectdesk.ui.presentation_dialog import PresentationDialog

        return self._open(PresentationDialog(self.window.controller, contact_id, self.window))

    def edit_criteria(self) -> QDialog:
        from prospectdesk.ui.criteria_dialog import CriteriaDialog

        return self._open(CriteriaDialog(self.window.controller, self.window))

    def edit_loss_reasons(self) -> QDialog:
        from prospectdesk.ui.loss_reasons_dialog import LossReasonsDialog

        return self._open(LossReasonsDialog(self.window.controller, self.window))

    def edit_stale_days(self) -> None:
        """Per stage: how long without a logged conversation before its cards are marked."""
        pipeline = self.window.controller.workspace.pipeline
        stages = pipeline.stages()
        names = [s.name for s in stages]
        choice, ok = QInputDialog.getItem(
            self.window,
            QCoreApplication.translate("SalesWiring", "Going stale"),
            QCoreApplication.translate("SalesWiring", "Stage:"),
            names,
            0,
            False,
        )
        if not ok:
            return
        stage = stages[names.index(choice)]
        days, ok = QInputDialog.getInt(
            self.window,
            QCoreApplication.translate("SalesWiring", "Going stale"),
            QCoreApplication.translate(
                "SalesWiring",
                "Mark cards in “%1” after this many days without a conversation (0: never):",
            ).replace("%1", stage.name),
            stage.stale_days or 0,
            0,
            3650,
        )
        if ok:
            self.window.controller.run(
                lambda: pipeline.set_stale_days(stage.id, days or None), initiator=self
            )

    # -- detail ----------------------------------------------------------------------------

    def _on_today_contact_selected(self, contact_id: int) -> None:
        """Show the contact beside Today without leaving it."""
        detail = self.window.detail
        if contact_id != detail.contact_id and detail.confirm_leave():
            detail.show_contact(contact_id)

    def _on_detail_contact_shown(self, contact_id: int) -> None:
        self.qualify_button.setEnabled(bool(contact_id))
        self.present_button.setEnabled(bool(contact_id))
        self.panel.show_contact(contact_id or None)
        self._show_do_not_contact()

    def _show_do_not_contact(self) -> None:
        contact_id = self.window.detail.contact_id
        contacts = self.window.controller.workspace.contacts
        shown = bool(contact_id) and contacts.exists(contact_id)
        self.do_not_contact.setEnabled(shown)
        sales = self.window.controller.workspace.sales.presentations
        self.do_not_contact.setChecked(shown and sales.do_not_contact(contact_id) is not None)

    def _on_do_not_contact_clicked(self, checked: bool) -> None:
        contact_id = self.window.detail.contact_id
        if contact_id:
            self.set_do_not_contact([contact_id], checked)

    def _on_changes_applied(self, changes: Changes) -> None:
        contact_id = self.window.detail.contact_id
        if changes.everything or (contact_id and contact_id in changes.contacts):
            self._show_do_not_contact()
