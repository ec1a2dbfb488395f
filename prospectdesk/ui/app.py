"""The one wiring place: builds the workspace, the controller and the windows."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import peewee
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QVBoxLayout, QWidget

import prospectdesk
from prospectdesk import APP_NAME, __version__
from prospectdesk.autostart import IN_TRAY_ARGUMENT, Autostart, launch_command
from prospectdesk.clock import Clock, SystemClock
from prospectdesk.domain.backup import (
    BackupError,
    DatabaseDamagedError,
    newest_good_backup,
    restore_damaged,
)
from prospectdesk.domain.instance_lock import AlreadyOpenError
from prospectdesk.domain.reminders import reminders_for
from prospectdesk.domain.settings import CLOSE_TO_TRAY, LANGUAGE, TRAY_HINT_SHOWN
from prospectdesk.domain.workspace import Workspace, open_workspace
from prospectdesk.paths import DATA_DIR_ENV, resolve_data_dir
from prospectdesk.ui.backup_dialog import ask_to_restore, install_backup_actions
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.deleted_dialog import install_deleted_contacts_action
from prospectdesk.ui.i18n import Translations, choose_language, normalize
from prospectdesk.ui.language_menu import LanguageMenu
from prospectdesk.ui.main_window import MainWindow
from prospectdesk.ui.notifier import Notifier, TrayNotifier, banner_of, make_notifier
from prospectdesk.ui.reminder_driver import ReminderDriver
from prospectdesk.ui.single_instance import SingleInstance
from prospectdesk.ui.sync_status import install_sync
from prospectdesk.ui.tasks import executor_for

log = logging.getLogger(__name__)

# Reminders are first looked at once the window and the tray icon are in place.
STARTUP_CHECK_DELAY_MS = 1500


class StartupCheckRelay(QObject):
    """Brings the background health check's verdict (see ``open_workspace``'s
    ``check_in_background``) to the GUI thread, and finishes opening there.

    Signals:
    finished(): the database is healthy; the day's start-up backup is made.
    damage_found(DatabaseDamagedError): the check failed after the window opened; nothing
        was written (the write gate held it) and the app must be closed and restored.
    """

    finished = Signal()
    damage_found = Signal(object)
    _arrived = Signal()

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self._cancelled = False
        # The day's first start copies the whole database (seconds at 100,000 contacts):
        # on a worker thread with its own connection, a consistent snapshot in WAL mode
        # while the owner goes on working.
        self.executor = executor_for(workspace, self)
        self._arrived.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        check = workspace.startup_check
        # True once nothing of the start is left in the background (nothing was, without a
        # check: an in-memory workspace, or a migration that checked first).
        self.is_finished = check is None
        if check is not None:
            check.on_done(self._arrived.emit)  # from the check's thread: queued over

    def cancel(self) -> None:
        """The workspace is closing: a verdict still on its way is moot."""
        self._cancelled = True

    @Slot()
    def _finish(self) -> None:
        if self._cancelled or self.workspace.startup_check is None:
            return  # closed, or finished already
        try:
            self.workspace.finish_opening(backup=False)
        except DatabaseDamagedError as error:
            self.damage_found.emit(error)
            return
        backups = self.workspace.backups
        if backups is None:
            self._done()
            return
        self.executor.submit(backups.backup_if_due, self._on_backup_done, self._on_backup_failed)

    def _on_backup_done(self, _backup: object) -> None:
        self._done()

    def _on_backup_failed(self, error: BaseException) -> None:
        if not isinstance(error, BackupError):
            log.error("the start-up backup failed", exc_info=error)
        else:
            log.warning("the start-up backup failed: %s", error)
        self._done()

    def _done(self) -> None:
        self.is_finished = True
        self.finished.emit()


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
    ) -> None:
        """``language`` is ``--lang``; None lets the saved setting or the system decide."""
        self.data_dir = data_dir
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
            check_in_background=data_dir is not None,
        )
        try:
            self._build(data_dir, language, chosen, notifier, autostart)
        except (peewee.DatabaseError, sqlite3.DatabaseError):
            # A read of a damaged file failed before the check could say so: its verdict
            # decides between "damaged" (restore) and a real bug (re-raised).
            check = self.workspace.startup_check
            damage = check.verdict() if check is not None else None
            self.workspace.close()
            if damage is not None:
                raise damage from None
            raise
        self.startup = StartupCheckRelay(self.workspace)

    def _build(
        self,
        data_dir: Path | None,
        language: str | None,
        chosen: str,
        notifier: Notifier | None,
        autostart: Autostart | None,
    ) -> None:
        if not language:
            saved = choose_language(None, self.workspace.settings.get(LANGUAGE))
            if self.workspace.settings.get(LANGUAGE) and saved != chosen:
                self.translations.install(saved)
        self.controller = AppController(self.workspace)
        state_path = (data_dir / "ui-state.ini") if data_dir else None
        self.ui_state = (
            QSettings(str(state_path), QSettings.Format.IniFormat)
            if state_path
            else QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "ProspectDesk-tests"
            )
        )
        self.window = MainWindow(self.controller, self.ui_state)
        self.language_menu = LanguageMenu(self.workspace.settings, self.window)
        self.window.menus["view"].addSeparator()
        self.window.menus["view"].addMenu(self.language_menu)
        install_backup_actions(self.window, self.controller)
        install_deleted_contacts_action(self.window, self.controller)
        self.sync, _ = install_sync(self.window, self.controller, self.workspace)
        self._setup_reminders(notifier, autostart or Autostart())

    def show(self) -> None:
        self.window.show()
        self.sync.start()

    def close(self) -> None:
        """Close for good, without questions (tests, a restore): unsaved edits are dropped."""
        self._quitting = True
        self.startup.cancel()
        self.window.detail.discard_edits()
        self.reminders.stop()
        self.sync.stop()
        if isinstance(self.notifier, TrayNotifier):
            self.notifier.hide()
        self.window.save_state()
        self.window.close()
        self.window.deleteLater()
        self.workspace.close()
        self.translations.remove()

    # -- reminders, tray and settings ------------------------------------------------------

    def _setup_reminders(self, notifier: Notifier | None, autostart: Autostart) -> None:
        """The tray (or the in-window banner), the reminder timer, close-to-tray, Settings…"""
        self.autostart = autostart
        self.notifier = notifier or make_notifier(self.window)
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
        self.reminders = ReminderDriver(
            reminders_for(self.workspace), self.notifier, self.workspace.clock, self.window
        )
        self.reminders.changes_made.connect(self.controller.broadcast)
        self.controller.changes_applied.connect(self.reminders.on_changes_applied)
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
        """Show what was missed while the app was closed, then wait for the next one."""
        self.reminders.start(first_check_after_ms)

    def keeps_running_in_tray(self) -> bool:
        return (
            self.notifier.has_tray
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
                ),
            )
        settings.set(TRAY_HINT_SHOWN, True)

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
        """The Today tab when there is one (objectName "today"), else just the window."""
        self.show_window()
        tabs = self.window.central_tabs
        for index in range(tabs.count()):
            if tabs.widget(index).objectName() == "today":
                tabs.setCurrentIndex(index)

    def show_settings(self) -> None:
        from prospectdesk.ui.settings_dialog import SettingsDialog  # on first use: start-up

        dialog = SettingsDialog(
            self.workspace.settings,
            self.autostart,
            launch_command(self.data_dir),
            has_tray=self.notifier.has_tray,
            parent=self.window,
        )
        if dialog.exec():
            self._update_quit_on_close()
            self.reminders.check()
            self.controller.broadcast(dialog.changes)
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


def ensure_qapplication(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("prospectdesk")
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The icon at every rendered size (package data, generated from resources/prospectdesk.svg)."""
    icon = QIcon()
    icons_dir = Path(prospectdesk.__file__).resolve().parent / "resources" / "icons"
    for png in sorted(icons_dir.glob("prospectdesk-*.png")):
        icon.addFile(str(png))
    return icon


# Benchmarks set this to time start-up from outside the process: "board" selects the
# board tab and reports its first paint; any other value reports the first paint of the
# tab the app opens on (its home).
EXIT_AFTER_PAINT_ENV = "PROSPECTDESK_EXIT_AFTER_PAINT"


def _peak_rss_kib() -> int:
    """This process's peak resident set (Linux VmHWM; 0 elsewhere). Measured inside: a
    parent's wait4 rusage would count the memory the child inherited at fork."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class _FirstPaintReporter(QObject):
    """Once the watched view has painted: print the monotonic time and quit (benchmarks)."""

    def __init__(self, window: MainWindow, *, board: bool) -> None:
        super().__init__(window)
        self._done = False
        self._window = window
        self._board = board
        if board:
            window.central_tabs.setCurrentWidget(window.board)
        # On the application: the board may rebuild its columns before it first paints.
        QCoreApplication.instance().installEventFilter(self)

    def _watched(self, widget: QObject) -> bool:
        if self._board:
            return any(widget is column.view.viewport() for column in self._window.board.columns)
        home = self._window.central_tabs.currentWidget()
        return isinstance(widget, QWidget) and (widget is home or home.isAncestorOf(widget))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint and self._watched(watched):
            self._done = True
            QCoreApplication.instance().removeEventFilter(self)
            # Zero timeout: runs after this repaint pass (every child) has finished.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        # time.perf_counter is CLOCK_MONOTONIC on Linux: comparable with the parent's.
        print(f"prospectdesk-painted {time.perf_counter():.6f} {_peak_rss_kib()}", flush=True)
        QCoreApplication.exit(0)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        IN_TRAY_ARGUMENT,
        action="store_true",
        help="start in the system tray without opening the window (used at login)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the main window, paint it once and exit 0 (checks an installed or bundled "
        "app; uses a temporary data dir unless --data-dir or $PROSPECTDESK_DATA_DIR is given)",
    )


def open_app(
    data_dir: Path,
    *,
    clock: Clock | None = None,
    instance: SingleInstance | None = None,
    language: str | None = None,
    damaged: DatabaseDamagedError | None = None,
) -> ProspectDeskApp | None:
    """Open the data dir for the GUI, or say in plain words why not (None: quit).

    A damaged database is never opened for writing: the owner is offered the newest good
    backup instead, and the damaged file is kept aside. When another window holds the
    data dir but was still starting when we looked, it is asked to come forward instead.
    ``damaged``: the health check failed after an earlier window opened (it has been
    closed): start by offering the backup.
    """
    while True:
        try:
            if damaged is not None:
                error, damaged = damaged, None
                raise error
            return ProspectDeskApp(data_dir, clock=clock, language=language)
        except AlreadyOpenError:
            if instance is not None and instance.notify_running(timeout_ms=3000):
                return None
            QMessageBox.information(
                None,
                QCoreApplication.translate("App", "ProspectDesk is already open"),
                QCoreApplication.translate(
                    "App",
                    "Another ProspectDesk is working with these contacts right now (perhaps an "
                    "import on the command line). Close it, then start ProspectDesk again.",
                ),
            )
            return None
        except DatabaseDamagedError as error:
            backup = newest_good_backup(data_dir)
            if not ask_to_restore(None, error, backup):
                return None
            restore_damaged(data_dir, backup, clock or SystemClock())


class GuiSession(QObject):
    """The running app of one data dir, across a restore: when the background health check
    finds damage after the window opened, the window closes, the newest good backup is
    offered, and the app opens again on it (or quits when the owner declines).

    Signals:
    app_opened(ProspectDeskApp): a window is open (the first, or the one after a restore).
    """

    app_opened = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        *,
        clock: Clock | None = None,
        instance: SingleInstance | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.clock = clock
        self.instance = instance
        self.language = language
        self.app: ProspectDeskApp | None = None

    def open(self, damaged: DatabaseDamagedError | None = None) -> ProspectDeskApp | None:
        self.app = open_app(
            self.data_dir,
            clock=self.clock,
            instance=self.instance,
            language=self.language,
            damaged=damaged,
        )
        if self.app is not None:
            self.app.startup.damage_found.connect(self._on_damage_found)
            self.app_opened.emit(self.app)
        return self.app

    def _on_damage_found(self, error: DatabaseDamagedError) -> None:
        if self.app is not None:
            self.app.close()
        if self.open(damaged=error) is None:
            QCoreApplication.exit(1)


def run(args: argparse.Namespace) -> int:
    qt_app = ensure_qapplication()
    if getattr(args, "smoke_test", False):
        return smoke_start(args)
    data_dir = resolve_data_dir(args.data_dir)
    instance = SingleInstance(data_dir)
    if instance.notify_running():
        return 0  # the running window came to the front
    session = GuiSession(data_dir, instance=instance, language=args.lang)
    in_tray = getattr(args, "in_tray", False)

    def start(app: ProspectDeskApp) -> None:
        if os.environ.get(EXIT_AFTER_PAINT_ENV):
            _FirstPaintReporter(app.window, board=os.environ[EXIT_AFTER_PAINT_ENV] == "board")
        if not (in_tray and app.notifier.has_tray):
            app.show()
        app.start_reminders(STARTUP_CHECK_DELAY_MS)
        QTimer.singleShot(0, freeze_startup_objects)

    def show_window() -> None:
        if session.app is not None:
            session.app.show_window()

    session.app_opened.connect(start)
    if session.open() is None:
        return 1
    instance.listen()
    # A second start (or a launcher click while the app sits in the tray) shows the window.
    instance.activation_requested.connect(show_window)
    code = qt_app.exec()
    instance.close()
    if session.app is not None:
        session.app.workspace.close()
    return code


def freeze_startup_objects() -> None:
    """Once the window is up: take what start-up built (the window, its views and models,
    the sales reports) out of the garbage collector's rounds (``gc.freeze``). At 100,000
    contacts the first collection that walked them paused the GUI for ~35 ms, a hitch in
    the first scroll after start. Objects made later are collected as usual. Only the
    real start does this: tests start many apps in one process."""
    gc.freeze()


def smoke_start(args: argparse.Namespace) -> int:
    """--smoke-test: no single-instance hand-over and no dialogs (nothing may wait for a
    click); a temporary data dir unless one was named."""
    with tempfile.TemporaryDirectory(prefix="prospectdesk-smoke-") as scratch:
        if args.data_dir or os.environ.get(DATA_DIR_ENV):
            data_dir = resolve_data_dir(args.data_dir)
        else:
            data_dir = Path(scratch) / "data"  # never create a database in the user's home
        app = ProspectDeskApp(data_dir, language=args.lang)
        app.startup.cancel()
        app.workspace.finish_opening()  # the health check's verdict and the daily backup
        app.show()
        return run_smoke_test(app, requested_language=args.lang)


def run_smoke_test(app: ProspectDeskApp, *, requested_language: str | None) -> int:
    """Paint the main window once and report; non-zero when something a user would see
    is broken (nothing painted, no icon, the requested language's catalog missing)."""
    QApplication.processEvents()
    image = app.window.grab().toImage()
    problems = []
    if image.isNull() or image.width() < 100 or image.height() < 100:
        problems.append("the main window did not paint")
    elif len({image.pixel(x, image.height() // 3) for x in range(0, image.width(), 7)}) < 2:
        problems.append("the main window painted a blank area")
    if QApplication.windowIcon().isNull():
        problems.append("the application icon is missing")
    language = app.translations.language
    if requested_language and normalize(requested_language) != language:
        problems.append(f"no translation catalog for {requested_language!r}")
    stages = [column.stage.name for column in app.window.board.columns]
    print(
        f"smoke test: {APP_NAME} {__version__}, language {language} "
        f"({', '.join(app.translations.loaded) or 'source strings'}), "
        f"window {app.window.windowTitle()!r} {image.width()}x{image.height()}, "
        f"stages: {', '.join(stages)}"
    )
    for problem in problems:
        print(f"smoke test FAILED: {problem}", file=sys.stderr)
    app.close()
    return 1 if problems else 0
