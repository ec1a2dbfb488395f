"""``prospectdesk`` (the ``gui`` command): one window per data dir, started in the tray
at login, opened again after a restore."""

from __future__ import annotations

import argparse
import gc
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from prospectdesk.autostart import IN_TRAY_ARGUMENT
from prospectdesk.paths import resolve_data_dir
from prospectdesk.ui.qt_app import ensure_qapplication, follow_color_scheme
from prospectdesk.ui.single_instance import SingleInstance

# Only Qt and light modules above: the first screen is painted before the rest of the app
# (the store, the domain services, the views) is loaded; those are imported where used.
if TYPE_CHECKING:
    from prospectdesk.ui.app import ProspectDeskApp
    from prospectdesk.ui.crash_report import CrashReporter
    from prospectdesk.ui.first_screen import ShownFirstScreen
    from prospectdesk.ui.main_window import MainWindow

# Reminders are first looked at once the window and the tray icon are in place.
STARTUP_CHECK_DELAY_MS = 1500


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        IN_TRAY_ARGUMENT,
        action="store_true",
        help="start in the system tray without opening the window (used at login)",
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="contact files (.vcf, .csv) to import: opens the import preview, in the "
        "running window when there is one (the desktop's Open with ProspectDesk)",
    )
    parser.add_argument(
        "--sample",
        action="store_true",
        help="try the app on invented people, in a folder of their own under the temporary "
        "folder (the window title says so); your data is not opened",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the main window, paint it once and exit 0 (checks an installed or bundled "
        "app; uses a temporary data dir unless --data-dir or $PROSPECTDESK_DATA_DIR is given)",
    )


def run(
    args: argparse.Namespace,
    *,
    on_opened: Callable[[ProspectDeskApp], None] | None = None,
    on_window: Callable[[MainWindow], None] | None = None,
) -> int:
    """``on_opened``: called with each app as its window is built; ``on_window``: with the
    first screen's window before it is shown (the benchmarks time the first paint)."""
    qt_app = ensure_qapplication(follow_scheme=False)
    if getattr(args, "smoke_test", False):
        from prospectdesk.ui.smoke_test import smoke_start

        follow_color_scheme(qt_app)
        return smoke_start(args)
    sample = getattr(args, "sample", False)
    data_dir = None
    if sample:
        from prospectdesk.domain.sample import sample_data_dir
        from prospectdesk.ui.i18n import choose_language

        data_dir = sample_data_dir(choose_language(args.lang, None))
    data_dir = data_dir or resolve_data_dir(args.data_dir)
    files = [os.path.abspath(path) for path in getattr(args, "files", None) or []]
    instance = SingleInstance(data_dir, files=files)
    # Listening (QtNetwork) waits until the first screen is painted; a later start keeps
    # trying to reach this one meanwhile.
    if not instance.become_primary(listen_later=True):
        return 0  # the running window (or the one starting) came to the front, with the files
    # Until the app is up, files a second start hands over are kept for it (it opens the
    # import preview of any it has): the first screen and a start-up dialog run events.
    instance.files_open_requested.connect(instance.files.extend)
    first = None
    if not (sample or getattr(args, "in_tray", False)):
        from prospectdesk.ui.first_screen import show_first_screen

        first = show_first_screen(data_dir, args.lang, on_window=on_window)
    follow_color_scheme(qt_app)  # after the first paint: see there why
    gc.enable()  # off since cli.main, for the first paint
    instance.listen()  # from now on later starts are answered (False: nowhere to listen)
    # From here on an unexpected error is logged and shown in a dialog, not lost.
    from prospectdesk.logs import setup_logging
    from prospectdesk.ui.crash_report import CrashReporter

    reporter = CrashReporter(setup_logging(debug=getattr(args, "debug", False)))
    reporter.install()
    try:
        return _run_primary(args, qt_app, data_dir, instance, reporter, on_opened, first)
    finally:
        reporter.uninstall()


def _run_primary(
    args: argparse.Namespace,
    qt_app: QApplication,
    data_dir: Path,
    instance: SingleInstance,
    reporter: CrashReporter,
    on_opened: Callable[[ProspectDeskApp], None] | None,
    first: ShownFirstScreen | None = None,
) -> int:
    """The app itself: opened on the first screen's window when one was shown."""
    from prospectdesk.ui.session import GuiSession

    session = GuiSession(data_dir, instance=instance, language=args.lang)
    in_tray = getattr(args, "in_tray", False)

    def start(app: ProspectDeskApp) -> None:
        reporter.parent_window = app.window
        if getattr(args, "sample", False):
            open_sample(app)
        if on_opened is not None:
            on_opened(app)
        if not (in_tray and app.notifier.runs_in_background):
            app.show()
        app.start_reminders(STARTUP_CHECK_DELAY_MS)
        QTimer.singleShot(0, freeze_startup_objects)
        if instance.files:
            files, instance.files = instance.files, []
            QTimer.singleShot(0, lambda: open_files(files))

    def show_window() -> None:
        if session.app is not None:
            session.app.show_window()

    def open_files(files: list[str]) -> None:
        """The import preview of ``files`` (given to this start or handed over)."""
        if session.app is not None and files:
            session.app.show_window()
            session.app.window.import_export.open_import(files)

    session.app_opened.connect(start)
    window = None
    if first is not None:
        first.translations.remove()  # the app installs its own, in the same language
        window = first.window
    if session.open(window=window) is None:
        return 1
    # A second start (or a launcher click while the app sits in the tray) shows the window.
    instance.activation_requested.connect(show_window)
    instance.files_open_requested.disconnect(instance.files.extend)  # from now on, at once
    instance.files_open_requested.connect(open_files)
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


def open_sample(app: ProspectDeskApp) -> None:
    """The sample workspace: marked in the title bar, filled with invented people in the
    interface language the first time (one transaction, through the controller)."""
    from prospectdesk.domain.sample import fill_sample
    from prospectdesk.ui.first_steps import mark_sample

    mark_sample(app.window)
    language = app.translations.language

    def fill() -> None:  # a write: once the start-up check has passed
        app.controller.run(lambda: fill_sample(app.workspace, language))

    if app.startup.is_finished:
        fill()
    else:
        app.startup.finished.connect(fill)
