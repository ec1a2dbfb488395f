"""Edit ▸ Find duplicates…: pairs with reasons, Merge with the field picker, Not a duplicate."""

from __future__ import annotations

from datetime import timedelta

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
