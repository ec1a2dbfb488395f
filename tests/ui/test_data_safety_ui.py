"""The GUI side of data safety: the backups dialog, the damaged-database question, one
window per data dir, and Edit > Undo for an import."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from prospectdesk.domain.io.importer import import_files
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import database_path
from prospectdesk.ui.app import ProspectDeskApp
from prospectdesk.ui.backup_dialog import BackupDialog
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.session import GuiSession, open_app
from prospectdesk.ui.single_instance import SingleInstance, server_name
from tests.reliability.helpers import add_people, damage_middle_pages, file_digest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def controller(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    yield AppController(ws)
    ws.close()


def test_backup_dialog_lists_backs_up_and_restores(qtbot, controller, clock, monkeypatch):
    ws = controller.workspace
    add_people(ws, 4)
    clock.advance(timedelta(minutes=1))
    dialog = BackupDialog(controller)
    qtbot.addWidget(dialog)
    assert dialog.table.topLevelItemCount() == 1  # the start-up backup, with 0 contacts
    assert dialog.table.topLevelItem(0).text(2) == "0"

    qtbot.mouseClick(dialog.backup_button, qtbot_left())
    assert dialog.table.topLevelItemCount() == 2
    top = dialog.table.topLevelItem(0)
    assert (top.text(1), top.text(2)) == ("Backed up by you", "4")

    # Restore the older, empty one: the owner is asked, every view is told to reload.
    dialog.table.setCurrentItem(dialog.table.topLevelItem(1))
    monkeypatch.setattr(dialog, "confirm_restore", lambda backup: True)
    clock.advance(timedelta(minutes=1))
    with qtbot.waitSignal(controller.changes_applied) as signal:
        assert dialog.restore_selected()
    assert signal.args[0].everything
    assert ws.contacts.count() == 0
    assert dialog.table.topLevelItem(0).text(1) == "Before a restore"


def test_a_restore_the_owner_declines_changes_nothing(qtbot, controller, monkeypatch):
    add_people(controller.workspace, 2)
    dialog = BackupDialog(controller)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "confirm_restore", lambda backup: False)
    assert not dialog.restore_selected()
    assert controller.workspace.contacts.count() == 2


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def _answer_next_message_box(button_text: str, seen: list[str]) -> None:
    """Click ``button_text`` in the next modal box (exec() blocks the test otherwise)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
                return
        raise AssertionError(f"no {button_text!r} button in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, click)


@pytest.fixture
def damaged_dir(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    add_people(ws, 30)
    clock.advance(timedelta(minutes=5))
    ws.backups.backup_now("pre-import")
    add_people(ws, 60, prefix="Later")
    ws.close()
    damage_middle_pages(database_path(data_dir))
    return data_dir


def test_damaged_database_offers_the_newest_good_backup(qtbot, damaged_dir, clock):
    seen: list[str] = []
    _answer_next_message_box("Restore the backup", seen)
    app = open_app(damaged_dir, clock=clock)
    assert app is not None
    try:
        assert "damaged" in seen[0] and "30 contacts" in seen[0]
        assert "has not changed the damaged file" in seen[0]
        assert app.workspace.contacts.count() == 30
        assert list(damaged_dir.glob("damaged-*/prospectdesk.sqlite3"))
    finally:
        app.close()


def test_declining_the_restore_leaves_the_damaged_file_alone(qtbot, damaged_dir, clock):
    before = file_digest(database_path(damaged_dir))
    seen: list[str] = []
    _answer_next_message_box("Quit", seen)
    assert open_app(damaged_dir, clock=clock) is None
    assert file_digest(database_path(damaged_dir)) == before
    assert not list(damaged_dir.glob("damaged-*"))


def test_damage_found_after_the_window_opened_closes_it_and_offers_the_backup(
    qtbot, data_dir, clock, monkeypatch
):
    """The health check runs beside the opening window. When its verdict comes after the
    window is up, that window goes (nothing was written), the backup is offered, and the
    app opens again on it."""
    ws = open_workspace(data_dir, clock=clock)
    add_people(ws, 30)
    clock.advance(timedelta(minutes=5))
    ws.backups.backup_now("pre-import")
    add_people(ws, 60, prefix="Later")
    ws.close()
    db_file = database_path(data_dir)
    before = file_digest(db_file)
    verdicts = [["Page 12: btreeInitPage() returns error code 11"]]  # then healthy
    monkeypatch.setattr(
        "prospectdesk.domain.backup.check_database",
        lambda path: verdicts.pop(0) if verdicts else [],
    )
    seen: list[str] = []
    session = GuiSession(data_dir, clock=clock)
    opened: list[ProspectDeskApp] = []
    session.app_opened.connect(opened.append)
    first = session.open()
    assert first is not None and first.workspace.contacts.count() == 90  # reads went on
    _answer_next_message_box("Restore the backup", seen)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10000)
    try:
        assert "damaged" in seen[0] and "30 contacts" in seen[0]
        assert session.app is opened[1] is not first
        assert session.app.workspace.contacts.count() == 30
        aside = list(data_dir.glob("damaged-*/prospectdesk.sqlite3"))
        assert [file_digest(path) for path in aside] == [before]  # kept exactly as it was
    finally:
        session.app.close()


def test_second_start_asks_the_first_to_come_forward(qtbot, data_dir):
    first = SingleInstance(data_dir)
    assert first.listen()
    try:
        with qtbot.waitSignal(first.activation_requested):
            assert SingleInstance(data_dir).notify_running()
        # Another data dir is another app: nobody answers there.
        assert not SingleInstance(data_dir.parent / "other").notify_running(timeout_ms=200)
    finally:
        first.close()
    assert not SingleInstance(data_dir).notify_running(timeout_ms=200)


def test_server_name_depends_on_the_data_dir_only(tmp_path):
    assert server_name(tmp_path / "a") == server_name(tmp_path / "x" / ".." / "a")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert "/" not in server_name(tmp_path / "a")


LISTENER = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from prospectdesk.ui.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(sys.argv[1])
assert instance.listen()
instance.activation_requested.connect(lambda: (print("activated", flush=True), app.quit()))
print("listening", flush=True)
QTimer.singleShot(60_000, app.quit)  # never outlive a broken test
app.exec()
"""


def test_second_process_reaches_the_first(data_dir):
    data_dir.mkdir()
    listener = subprocess.Popen(
        [sys.executable, "-c", LISTENER, str(data_dir)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert listener.stdout.readline().strip() == "listening"
        assert SingleInstance(data_dir).notify_running()
        assert listener.stdout.readline().strip() == "activated"
    finally:
        listener.kill()
        listener.wait()


def test_edit_undo_takes_back_an_import(qtbot, data_dir, clock, tmp_path):
    app = ProspectDeskApp(data_dir, clock=clock)
    qtbot.addWidget(app.window)
    try:
        assert app.window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
        cards = tmp_path / "cards.vcf"
        cards.write_bytes(
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ani Hakobyan\r\nEND:VCARD\r\n"
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jan de Vries\r\nEND:VCARD\r\n"
        )
        app.controller.run(lambda: import_files(app.workspace, [cards])[1].changes)
        assert app.workspace.contacts.count() == 2
        assert app.window.undo_action.isEnabled()
        with qtbot.waitSignal(app.controller.changes_applied) as signal:
            app.window.undo_action.trigger()
        assert signal.args[0].everything
        assert app.workspace.contacts.count() == 0
        assert len(app.workspace.contacts.deleted_ids()) == 2  # recoverable
        names = [a.text() for a in app.window.menus["file"].actions()]
        assert "Back up now" in names and "Restore from backup…" in names
    finally:
        app.workspace.close()


def test_a_held_data_dir_hands_over_or_explains(qtbot, data_dir, clock):
    holder = open_workspace(data_dir, clock=clock)
    running = SingleInstance(data_dir)
    assert running.listen()
    try:
        # The window holding it answers: it is asked forward, nothing else is shown.
        with qtbot.waitSignal(running.activation_requested):
            assert open_app(data_dir, clock=clock, instance=SingleInstance(data_dir)) is None
        running.close()
        # Held by something with no window (a command-line import): say so in words.
        seen: list[str] = []
        _answer_next_message_box("OK", seen)
        assert open_app(data_dir, clock=clock) is None
        assert "Another ProspectDesk is working with these contacts" in seen[0]
    finally:
        running.close()
        holder.close()


def test_deleted_contacts_can_be_brought_back_in_a_later_session(qtbot, data_dir, clock):
    from prospectdesk.ui.deleted_dialog import DeletedContactsDialog

    ws = open_workspace(data_dir, clock=clock)
    kept, gone, also_gone = add_people(ws, 3)
    ws.contacts.delete([gone, also_gone])
    ws.close()
    app = ProspectDeskApp(data_dir, clock=clock)
    qtbot.addWidget(app.window)
    try:
        assert "Deleted contacts…" in [a.text() for a in app.window.menus["edit"].actions()]
        dialog = DeletedContactsDialog(app.controller)
        qtbot.addWidget(dialog)
        assert dialog.list.count() == 2
        assert not dialog.restore_button.isEnabled()
        dialog.list.item(0).setSelected(True)
        with qtbot.waitSignal(app.controller.changes_applied):
            dialog.restore_button.click()
        assert dialog.list.count() == 1
        assert app.workspace.contacts.count() == 2
    finally:
        app.workspace.close()


def test_the_days_first_start_backs_up_after_the_check_on_a_worker(qtbot, data_dir, clock):
    """The start-up backup copies the whole file: it waits for the health check, runs
    off the GUI thread, and the window is usable meanwhile."""
    import threading

    from prospectdesk.domain.backup import list_backups

    ws = open_workspace(data_dir, clock=clock)
    add_people(ws, 20)
    ws.close()
    clock.advance(timedelta(days=1))
    before = [b.reason for b in list_backups(data_dir, clock)].count("daily")

    threads: list[str] = []
    app = ProspectDeskApp(data_dir, clock=clock)
    try:
        backups = app.workspace.backups
        real_backup = backups.backup_if_due
        backups.backup_if_due = lambda: (
            threads.append(threading.current_thread().name),
            real_backup(),
        )[1]
        assert not app.startup.is_finished
        with qtbot.waitSignal(app.startup.finished, timeout=10000):
            pass
        assert app.startup.is_finished
        assert threads and threads[0] != threading.main_thread().name
        assert [b.reason for b in list_backups(data_dir, clock)].count("daily") == before + 1
        assert app.workspace.contacts.count() == 20
    finally:
        app.close()
