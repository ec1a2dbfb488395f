"""``--smoke-test``: start the app, paint the main window once and say whether what a user
would see works (checks an installed or bundled app)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from prospectdesk import APP_NAME, __version__
from prospectdesk.paths import DATA_DIR_ENV, resolve_data_dir
from prospectdesk.ui.app import ProspectDeskApp
from prospectdesk.ui.i18n import normalize


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
