"""The one wiring place: builds the workspace, the controller and the windows."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import prospectdesk
from prospectdesk import APP_NAME, __version__
from prospectdesk.clock import Clock
from prospectdesk.domain.settings import LANGUAGE
from prospectdesk.domain.workspace import Workspace, open_workspace
from prospectdesk.paths import DATA_DIR_ENV, resolve_data_dir
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.i18n import Translations, choose_language, normalize
from prospectdesk.ui.language_menu import LanguageMenu
from prospectdesk.ui.main_window import MainWindow


class ProspectDeskApp:
    """Owns everything the running app is made of, for one data dir."""

    def __init__(
        self, data_dir: Path | None, *, clock: Clock | None = None, language: str | None = None
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
            data_dir, clock=clock, translate=QCoreApplication.translate, language=chosen
        )
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

    def show(self) -> None:
        self.window.show()

    def close(self) -> None:
        self.window.save_state()
        self.window.close()
        self.window.deleteLater()
        self.workspace.close()
        self.translations.remove()


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


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the main window, paint it once and exit 0 (checks an installed or bundled "
        "app; uses a temporary data dir unless --data-dir or $PROSPECTDESK_DATA_DIR is given)",
    )


def run(args: argparse.Namespace) -> int:
    qt_app = ensure_qapplication()
    smoke_test = getattr(args, "smoke_test", False)
    with tempfile.TemporaryDirectory(prefix="prospectdesk-smoke-") as scratch:
        if smoke_test and not (args.data_dir or os.environ.get(DATA_DIR_ENV)):
            data_dir = Path(scratch) / "data"  # never create a database in the user's home
        else:
            data_dir = resolve_data_dir(args.data_dir)
        app = ProspectDeskApp(data_dir, language=args.lang)
        app.show()
        if smoke_test:
            return run_smoke_test(app, requested_language=args.lang)
        code = qt_app.exec()
        app.workspace.close()
        return code


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
