"""Edit ▸ Find duplicates…: pairs with reasons, Merge with the field picker, Not a duplicate."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QDialog

from prospectdesk.domain.records import ContactRecord, EmailEntry
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.ui.app import ProspectDeskApp
from prospectdesk.ui.duplicates_dialog import DuplicatesDialog, MergeDialog


def _app(qtbot, data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    anna = ws.contacts.create(
        ContactRecord(
            given_name="Anna", family_name="Kok", job_title="Owner", emails=[EmailEntry("a@kok.nl")]
        )
    )[0]
    clock.advance(timedelta(days=1))
    again = ws.contacts.create(
        ContactRecord(
            given_name="Anna",
            family_name="Kok",
            job_title="Director",
            emails=[EmailEntry("a@kok.nl")],
        )
    )[0]
    ws.contacts.create(ContactRecord(given_name="Piet", family_name="Smit"))
    ws.contacts.create(ContactRecord(given_name="Piet", family_name="Smid"))
    ws.close()
    app = ProspectDeskApp(data_dir, clock=clock)
    qtbot.addWidget(app.window)
    return app, anna, again


def test_merge_with_the_picker_then_undo(qtbot, data_dir, clock, monkeypatch):
    app, anna, again = _app(qtbot, data_dir, clock)
    try:
        assert "Find duplicates…" in [a.text() for a in app.window.menus["edit"].actions()]
        dialog = DuplicatesDialog(app.controller)
        qtbot.addWidget(dialog)
        assert dialog.list.count() == 2
        assert "same e-mail" in dialog.list.item(0).text()
        assert not dialog.merge_button.isEnabled()
        dialog.list.item(0).setSelected(True)

        def pick_older_title(picker: MergeDialog) -> int:
            title = picker.pickers["job_title"]
            assert title.currentData() == again  # the newer value preselected
            title.setCurrentIndex(title.findData(anna))
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(MergeDialog, "exec", pick_older_title)
        with qtbot.waitSignal(app.controller.changes_applied):
            dialog.merge_button.click()
        assert dialog.list.count() == 1
        assert app.workspace.contacts.get(anna).job_title == "Owner"
        assert not app.workspace.contacts.exists(again)
        app.controller.undo()
        assert app.workspace.contacts.exists(again)
    finally:
        app.workspace.close()


def test_not_a_duplicate_is_not_offered_again(qtbot, data_dir, clock):
    app, _anna, _again = _app(qtbot, data_dir, clock)
    try:
        dialog = DuplicatesDialog(app.controller)
        qtbot.addWidget(dialog)
        dialog.list.item(1).setSelected(True)
        assert "Piet" in dialog.list.item(1).text()
        dialog.apart_button.click()
        assert dialog.list.count() == 1
        assert DuplicatesDialog(app.controller).list.count() == 1
    finally:
        app.workspace.close()


@pytest.fixture
def english():
    """The English catalog (its plural forms) installed, as the app does at start."""
    from prospectdesk.ui.i18n import Translations

    translations = Translations()
    translations.install("en")
    yield translations
    translations.remove()


def _window_with_count(qtbot, workspace):
    """A main window's status bar and Edit menu around a controller whose background lane
    is the synchronous one tests inject."""
    from PySide6.QtWidgets import QMainWindow, QMenu, QToolButton

    from prospectdesk.ui.controller import AppController
    from prospectdesk.ui.duplicates_dialog import install_duplicates_action
    from prospectdesk.ui.tasks import SynchronousExecutor

    controller = AppController(workspace, SynchronousExecutor())
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menus = {"edit": QMenu(window)}
    action = install_duplicates_action(window, controller)
    return controller, window, action, window.findChild(QToolButton, "duplicate-count")


def test_after_an_import_the_status_bar_counts_possible_duplicates(
    qtbot, workspace, tmp_path, monkeypatch, english
):
    from PySide6.QtCore import Qt

    from prospectdesk.ui.import_dialog import ImportDialog
    from prospectdesk.ui.tasks import SynchronousExecutor

    controller, window, action, count = _window_with_count(qtbot, workspace)
    ivan = workspace.contacts.create(ContactRecord(given_name="Иван", family_name="Петров"))[0]
    # A change that brings no new contacts from outside does not scan.
    controller.run(
        lambda: workspace.contacts.create(ContactRecord(given_name="Ivan", family_name="Petrov"))[1]
    )
    assert count.isHidden()
    card = tmp_path / "ivan.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Petrov;Ivan;;;\r\nFN:Ivan Petrov\r\n"
        "EMAIL:ivan@example.com\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(controller, [card], executor=SynchronousExecutor())
    qtbot.addWidget(dialog)
    opened: list[bool] = []
    monkeypatch.setattr(DuplicatesDialog, "exec", lambda self: opened.append(True) or 0)
    with qtbot.waitSignal(dialog.import_finished):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not opened  # counted without interrupting
    assert not count.isHidden()
    assert count.text() == "3 possible duplicates"  # three Ivans, two of them typed in Latin
    assert workspace.contacts.count() == 3  # nothing merged by the scan
    assert workspace.contacts.get(ivan).given_name == "Иван"
    qtbot.mouseClick(count, Qt.MouseButton.LeftButton)
    assert opened == [True]  # the click opens Edit ▸ Find duplicates…


def test_the_count_hides_when_no_duplicates_are_left(qtbot, workspace, english):
    from prospectdesk.domain.duplicates import Duplicates

    controller, window, action, count = _window_with_count(qtbot, workspace)

    class Sync:
        brings_new_contacts = True

    a = workspace.contacts.create(ContactRecord(given_name="Աննա", family_name="Պետրոսյան"))[0]
    b = workspace.contacts.create(ContactRecord(given_name="Anna", family_name="Petrosyan"))[0]
    controller.run(
        lambda: workspace.contacts.create(ContactRecord(given_name="Bert"))[1], initiator=Sync()
    )
    assert count.text() == "1 possible duplicate" and not count.isHidden()
    service = Duplicates(workspace.clock, workspace.contacts)
    controller.run(lambda: service.mark_not_duplicate(a, b), initiator=Sync())
    assert count.isHidden()
