"""The one wiring place: builds the workspace, the one background executor, the controller,
the windows and the parts they are made of, and connects them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from prospectdesk.autostart import Autostart, launch_command
from prospectdesk.clock import Clock
from prospectdesk.domain.default_names import follow_language
from prospectdesk.domain.errors import StorageProblem
from prospectdesk.domain.settings import CLOSE_TO_TRAY, CREATED_LANGUAGE, LANGUAGE, TRAY_HINT_SHOWN
from prospectdesk.domain.workspace import Workspace, open_workspace
from prospectdesk.ui.backup_dialog import install_backup_actions
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.crash_report import install_log_folder_action
from prospectdesk.ui.deleted_dialog import install_deleted_contacts_action
from prospectdesk.ui.duplicates_dialog import install_duplicates_action
from prospectdesk.ui.first_steps import SampleWorkspace
from prospectdesk.ui.i18n import Translations, catalog_translate, choose_language
from prospectdesk.ui.import_history_dialog import install_import_history_action
from prospectdesk.ui.language_menu import LanguageMenu
from prospectdesk.ui.main_window import MainWindow
from prospectdesk.ui.notifier import Notifier, banner_of, make_notifier
from prospectdesk.ui.print_wiring import PrintUi
from prospectdesk.ui.qt_app import app_icon, ensure_qapplication
from prospectdesk.ui.region import apply_region
from prospectdesk.ui.reminder_driver import ReminderDriver
from prospectdesk.ui.sales_wiring import SalesUi
from prospectdesk.ui.startup_relay import StartupCheckRelay
from prospectdesk.ui.storage_problem import read_only_banner_text
from prospectdesk.ui.sync_status import SyncSettings, install_sync
from prospectdesk.ui.tasks import executor_for
from prospectdesk.ui.ui_state import private_settings

__all__ = ["ProspectDeskApp", "app_icon", "ensure_qapplication"]


class ProspectDeskApp:
    """Owns everything the running app is made of, for one data dir."""

    def __init__(
        self,
        data_dir: Path | None,
        *,
        clock: Clock | None = None,
        notifier: Notifier | None = None,
        autostart: Autostart | None = None,
        language: str | None = None,
        read_only: StorageProblem | None = None,
        window: MainWindow | None = None,
    ) -> None:
        """``language`` is ``--lang``; None lets the saved setting or the system decide.
        ``read_only``: why the data dir cannot be written (a read-only or full disk, a folder
        this user may not write): it is opened read-only (no lock, no backup, no migration),
        a banner says why, and the controller refuses every change; File ▸ Export works.
        ``window``: the frame the first screen showed (``ui/first_screen.py``), attached
        here instead of a new window."""
        self.data_dir = data_dir
        self.read_only = read_only
        # The translator must be in place before the workspace opens: a new database gets its
        # stage and lead-source names in this language. The saved LANGUAGE setting can only be
        # read once the database is open, and it exists only in a database that was already
        # seeded, so it is applied right after, before any window is built.
        self.translations = Translations()
        chosen = choose_language(language, None)
        self.translations.install(chosen)
        self.workspace: Workspace = open_workspace(
            data_dir,
            clock=clock,
            translate=QCoreApplication.translate,
            language=chosen,
            check_in_background=data_dir is not None and read_only is None,
            read_only=read_only is not None,
        )
        try:
            self._build(data_dir, language, chosen, notifier, autostart, window)
        except (peewee.DatabaseError, sqlite3.DatabaseError):
            # A read of a damaged file failed before the check could say so: its verdict
            # decides between "damaged" (restore) and a real bug (re-raised).
            check = self.workspace.startup_check
            damage = check.verdict() if check is not None else None
            self.workspace.close()
            if damage is not None:
                raise damage from None
            raise
        self.startup = StartupCheckRelay(self.workspace, self.executor)
        # A currency guessed at first start is stored (a write) once the check has passed.
        if self.workspace.read_only:
            pass  # nothing is stored, not even the guessed currency
        elif self.startup.is_finished:
            self.sales_ui.store_currency()
            self._follow_language()
        else:
            self.startup.finished.connect(self.sales_ui.store_currency)
            self.startup.finished.connect(self._follow_language)

    def _follow_language(self) -> None:
        """Default stage, source and criterion names the owner never renamed follow the
        language of the interface. A write: only once the start-up check has passed."""
        if self._quitting:
            return  # closed before the check finished
        settings = self.workspace.settings
        old = catalog_translate(settings.get(CREATED_LANGUAGE))
        language = self.translations.language
        self.controller.run(
            lambda: follow_language(settings, language, old, QCoreApplication.translate)
        )

    def _build(
        self,
        data_dir: Path | None,
        language: str | None,
        chosen: str,
        notifier: Notifier | None,
        autostart: Autostart | None,
        window: MainWindow | None,
    ) -> None:
        if not language:
            saved = choose_language(None, self.workspace.settings.get(LANGUAGE))
            if self.workspace.settings.get(LANGUAGE) and saved != chosen:
                self.translations.install(saved)
        # One background lane for the whole app: the start-up backup, imports, exports.
        self.executor = executor_for(self.workspace)
        apply_region(self.workspace)  # the Settings choice, else the system's region
        self.controller = AppController(self.workspace, self.executor)
        state_path = (data_dir / "ui-state.ini") if data_dir else None
        self.ui_state = (
            QSettings(str(state_path), QSettings.Format.IniFormat)  # read; a write may fail
            if state_path and self.read_only is not None
            else private_settings(state_path)
            if state_path
            else QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "ProspectDesk-tests"
            )
        )
        if window is not None:
            window.ui_state = self.ui_state  # the frame only read it
            window.attach(self.controller)
            self.window = window
        else:
            self.window = MainWindow(self.controller, self.ui_state)
        self.sales_ui = SalesUi(self.window)
        self.language_menu = LanguageMenu(self.controller, self.window)
        self.window.menus["view"].addSeparator()
        self.window.menus["view"].addMenu(self.language_menu)
        install_backup_actions(self.window, self.controller)
        install_deleted_contacts_action(self.window, self.controller)
        install_duplicates_action(self.window, self.controller)
        install_import_history_action(self.window, self.controller)
        self.sync, _ = install_sync(self.window, self.controller, self.workspace)
        install_log_folder_action(self.window)
        self.print_ui = PrintUi(self.window)
        self.sample = SampleWorkspace(
            self.window, self.window.menus["help"], lambda: self.translations.language
        )
        self._setup_reminders(notifier, autostart or Autostart())
        if self.read_only is not None:
            self._show_read_only(self.read_only)

    def _show_read_only(self, problem: StorageProblem) -> None:
        """The banner above everything, and the edit actions that can only be refused
        greyed out (the controller refuses whatever else asks)."""
        self.read_only_banner = QLabel(read_only_banner_text(problem))
        self.read_only_banner.setObjectName("read-only-banner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "QLabel { background: #fff3cd; color: #664d03; padding: 6px; }"
        )
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.window.takeCentralWidget(), 1)
        self.window.setCentralWidget(container)
        for action in (
            self.window.undo_action,
            self.window.new_contact_action,
            self.window.delete_action,
        ):
            action.setEnabled(False)
        importing = getattr(self.window, "import_export", None)
        if importing is not None:
            importing.import_action.setEnabled(False)

    def show(self) -> None:
        self.window.show()
        if not self.workspace.read_only:  # a sync writes what it brings
            self.sync.start()

    def close(self) -> None:
        """Close for good, without questions (tests, a restore): unsaved edits are dropped."""
        self._quitting = True
        self.startup.cancel()
        self.window.detail.discard_edits()
        self.reminders.stop()
        self.sync.stop()
        hide = getattr(self.notifier, "hide", None)  # the tray icon, where there is one
        if hide is not None:
            hide()
        self.window.save_state()
        self.window.close()
        self.window.deleteLater()
        # A backup or an export still writing: let it finish, without its callback.
        self.executor.close()
        self.workspace.close()
        self.translations.remove()

    # -- reminders, tray and settings ------------------------------------------------------

    def _setup_reminders(self, notifier: Notifier | None, autostart: Autostart) -> None:
        """The tray (or the in-window banner), the reminder timer, close-to-tray, Settings…"""
        self.autostart = autostart
        self.notifier = notifier or make_notifier(self.workspace.clock, self.window)
        banner = banner_of(self.notifier)
        if banner is not None:
            # The banner goes above the board and the detail view.
            container = QWidget()
            layout = QVBoxLayout(container)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(0)
            layout.addWidget(banner)
            layout.addWidget(self.window.takeCentralWidget(), 1)
            self.window.setCentralWidget(container)
        self.reminders = ReminderDriver(self.controller, self.notifier, self.window)
        self.notifier.contact_requested.connect(self.open_contact)
        self.notifier.today_requested.connect(self.show_today)
        self.notifier.window_requested.connect(self.show_window)
        self.notifier.quit_requested.connect(self.quit)
        # Quitting must not be mistaken for "close to the tray".
        self.window.quit_action.triggered.disconnect()
        self.window.quit_action.triggered.connect(self.quit)
        self.settings_action = QAction(
            QCoreApplication.translate("ProspectDeskApp", "Settings…"), self.window
        )
        self.settings_action.setObjectName("settings-action")
        preferences = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        # Windows and GNOME define no Preferences key; Ctrl+, is what most apps use there.
        self.settings_action.setShortcuts(preferences or [QKeySequence("Ctrl+,")])
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.show_settings)
        self.window.menus["edit"].addSeparator()
        self.window.menus["edit"].addAction(self.settings_action)
        self._quitting = False
        self._close_filter = _CloseToTrayFilter(self)
        self.window.installEventFilter(self._close_filter)
        self._update_quit_on_close()

    def start_reminders(self, first_check_after_ms: int = 0) -> None:
        """Show what was missed while the app was closed, then wait for the next one (not
        read-only: snoozing or finishing a reminder would be a change)."""
        if self.workspace.read_only:
            return
        self.reminders.start(first_check_after_ms)

    def keeps_running_in_tray(self) -> bool:
        return (
            self.notifier.runs_in_background
            and not self._quitting
            and bool(self.workspace.settings.get(CLOSE_TO_TRAY))
        )

    def hide_to_tray(self) -> None:
        self.window.save_state()
        self.window.hide()
        settings = self.workspace.settings
        if not settings.get(TRAY_HINT_SHOWN):
            self.notifier.show_hint(
                QCoreApplication.translate("ProspectDeskApp", "ProspectDesk keeps running"),
                QCoreApplication.translate(
                    "ProspectDeskApp",
                    "Reminders still arrive while the window is closed. Quit from the tray "
                    "icon's menu; Settings… can change this.",
                )
                if self.notifier.has_tray
                else QCoreApplication.translate(
                    "ProspectDeskApp",
                    "Reminders still arrive while the window is closed. To quit, use Quit on "
                    "this message, or open ProspectDesk and choose File ▸ Quit; Settings… "
                    "can change this.",
                ),
            )
            self.controller.run(lambda: settings.set(TRAY_HINT_SHOWN, True), initiator=self)

    def _update_quit_on_close(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.setQuitOnLastWindowClosed(not self.keeps_running_in_tray())

    def show_window(self) -> None:
        self.window.show()
        self.window.setWindowState(self.window.windowState() & ~Qt.WindowState.WindowMinimized)
        self.window.raise_()
        self.window.activateWindow()

    def open_contact(self, contact_id: int) -> None:
        self.show_window()
        if self.workspace.contacts.exists(contact_id):
            self.controller.contact_open_requested.emit(contact_id)

    def show_today(self) -> None:
        """The Today tab when there is one (objectName "today" or the view's own
        "today-view"), else just the window."""
        self.show_window()
        tabs = self.window.central_tabs
        for index in range(tabs.count()):
            if tabs.widget(index).objectName() in ("today", "today-view"):
                tabs.setCurrentIndex(index)

    def show_settings(self) -> None:
        from prospectdesk.ui.settings_dialog import SettingsDialog  # on first use: start-up

        dialog = SettingsDialog(
            self.controller,
            self.autostart,
            launch_command(self.data_dir),
            has_tray=self.notifier.runs_in_background,
            sections=[SyncSettings(self.sync)],
            parent=self.window,
        )
        if dialog.exec():  # saved through the controller: the reminders have looked again
            apply_region(self.workspace)  # the phone region may have changed
            self._update_quit_on_close()
        dialog.deleteLater()

    def quit(self) -> None:
        self._quitting = True
        self._update_quit_on_close()
        QApplication.quit()


class _CloseToTrayFilter(QObject):
    """Turns closing the main window into hiding it while the tray keeps the app running."""

    def __init__(self, app: ProspectDeskApp) -> None:
        super().__init__(app.window)
        self.app = app

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Close and self.app.keeps_running_in_tray():
            event.ignore()
            self.app.hide_to_tray()
            return True
        return False
