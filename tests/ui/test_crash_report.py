"""An unexpected error anywhere (a slot, a thread, a background task) is logged and shown
once in plain words, with the log's path and "Copy details"; the app keeps running."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from prospectdesk import logs
from prospectdesk.domain.records import ContactRecord
from prospectdesk.store.db import database
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.crash_report import CrashDialog, CrashReporter
from prospectdesk.ui.tasks import SynchronousExecutor


@pytest.fixture
def reporter(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "logs"))
    log_file = logs.setup_logging()
    reporter = CrashReporter(log_file)
    reporter.install()
    yield reporter
    reporter.uninstall()
    if reporter.dialog is not None:
        reporter.dialog.close()
    logs.stop_logging()


def _log_text() -> str:
    return logs.log_path().read_text(encoding="utf-8")


def test_an_error_in_a_slot_shows_one_dialog_and_is_logged(qtbot, reporter):
    button = QPushButton()
    qtbot.addWidget(button)

    message = "a bug in a slot"  # a runtime value, as contact data would be

    def broken() -> None:
        raise ZeroDivisionError(message)

    button.clicked.connect(broken)
    button.click()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert isinstance(dialog, CrashDialog)
    assert str(logs.log_path()) in dialog.message.text()
    assert "ZeroDivisionError: a bug in a slot" in dialog.details
    # The log has where it happened; the message (it may quote contact data) only at debug.
    assert "ZeroDivisionError" in _log_text() and "in broken" in _log_text()
    assert "a bug in a slot" not in _log_text()
    button.click()  # the same bug again: still one dialog
    visible = [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)]
    assert [w for w in visible if w.isVisible()] == [dialog]


def test_copy_details_puts_the_traceback_on_the_clipboard(qtbot, reporter):
    button = QPushButton()
    qtbot.addWidget(button)
    button.clicked.connect(lambda: {}["missing key"])
    button.click()
    qtbot.waitUntil(lambda: reporter.dialog is not None)
    qtbot.mouseClick(reporter.dialog.copy_button, qtbot_left())
    copied = QGuiApplication.clipboard().text()
    assert "Traceback" in copied and "KeyError: 'missing key'" in copied


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_an_error_in_a_thread_reaches_the_gui_thread(qtbot, reporter):
    def work() -> None:
        raise RuntimeError("a bug in a thread")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert "a bug in a thread" in reporter.dialog.details
    assert "RuntimeError" in _log_text() and "in work" in _log_text()


def test_a_background_bug_is_shown_and_the_data_stays(qtbot, reporter, workspace):
    controller = AppController(workspace, SynchronousExecutor())
    workspace.contacts.create(ContactRecord(given_name="Anna"))

    def half_done() -> None:
        with database.atomic():
            workspace.contacts.create(ContactRecord(given_name="Half"))
            raise ValueError("a bug half-way")

    controller.run(half_done, background=True)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert "a bug half-way" in reporter.dialog.details
    assert [r.given_name for r in workspace.contacts.records()] == ["Anna"]


def test_help_opens_the_log_folder(qtbot, start_app, monkeypatch, tmp_path):
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "the-logs"))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    app = start_app()
    action = next(
        a for a in app.window.menus["help"].actions() if a.objectName() == "open-log-folder"
    )
    action.trigger()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path / "the-logs")]
    assert (tmp_path / "the-logs").is_dir()
