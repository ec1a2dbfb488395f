"""File ▸ Import history…: the imports listed, one undone (after a confirmation naming the
contacts changed since), and after a restart it is still undone."""

from __future__ import annotations

from datetime import timedelta

from prospectdesk.domain.io.importer import import_files, importer_for
from prospectdesk.domain.records import ContactRecord, EmailEntry
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.ui.import_history_dialog import ImportHistoryDialog, ImportHistoryModel


def _imported(data_dir, tmp_path, clock) -> tuple[int, int]:
    ws = open_workspace(data_dir, clock=clock)
    jan, _ = ws.contacts.create(
        ContactRecord(given_name="Jan", family_name="Bakker", emails=[EmailEntry("jan@b.example")])
    )
    clock.advance(timedelta(minutes=5))
    first = tmp_path / "first.csv"
    first.write_text(
        "Name,Email,Organization\nJan Bakker,jan@b.example,Bakkerij\nEva Kok,eva@kok.example,\n",
        encoding="utf-8",
    )
    _plan, outcome = import_files(ws, [first])
    clock.advance(timedelta(minutes=5))
    second = tmp_path / "second.csv"
    second.write_text("Name,Email\nAd Vos,ad@vos.example\n", encoding="utf-8")
    import_files(ws, [second])
    ws.close()
    return jan, outcome.batch_id


def _cells(dialog: ImportHistoryDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_undo_an_import_from_the_history_then_restart(
    start_app, qtbot, data_dir, tmp_path, clock, qtmodeltester
):
    jan, first_batch = _imported(data_dir, tmp_path, clock)
    app = start_app()
    file_menu = [a.text() for a in app.window.menus["file"].actions()]
    assert file_menu.index("Import history…") == file_menu.index("Export…") + 1
    next(
        a for a in app.window.menus["file"].actions() if a.objectName() == "import-history-action"
    ).trigger()
    dialog = app.window.import_history_dialog
    assert isinstance(dialog, ImportHistoryDialog) and dialog.isVisible()
    qtmodeltester.check(dialog.model)
    rows = _cells(dialog)
    assert [row[0] for row in rows] == ["second.csv", "first.csv"]  # newest first
    assert rows[1][2:] == ["1", "1", "0", ""]  # created, merged, skipped, not undone
    assert not dialog.undo_button.isEnabled()
    # Edited since the import: Eva is kept as she is, and the question says so.
    clock.advance(timedelta(hours=1))
    eva = app.workspace.contacts.find_by_uid(
        next(r.uid for r in app.workspace.contacts.records() if r.given_name == "Eva")
    )
    record = app.workspace.contacts.get(eva)
    record.job_title = "Inkoper"
    app.controller.run(lambda: app.workspace.contacts.update(eva, record))
    dialog.table.selectRow(1)
    assert dialog.undo_button.isEnabled()
    asked: list[str] = []
    dialog.confirm = lambda question: asked.append(question) or True
    with qtbot.waitSignal(app.controller.changes_applied):
        dialog.undo_button.click()
    assert "first.csv" in asked[0] and "Eva Kok" in asked[0]
    assert _cells(dialog)[1][5] != ""  # undone, with its time
    assert not dialog.undo_button.isEnabled()
    assert app.workspace.contacts.get(jan).organization == ""  # Jan as before the import
    assert app.workspace.contacts.get(eva).job_title == "Inkoper"
    app.close()

    app = start_app()  # a restart: still undone, and the other import still there
    dialog = ImportHistoryDialog(app.controller, app.window)
    qtbot.addWidget(dialog)
    rows = _cells(dialog)
    assert [row[0] for row in rows] == ["second.csv", "first.csv"]
    assert rows[1][5] != "" and rows[0][5] == ""
    assert app.workspace.contacts.get(jan).organization == ""
    dialog.table.selectRow(1)
    assert not dialog.undo_button.isEnabled()
    # The other one is undone here too; the history follows an undo made elsewhere.
    importer = importer_for(app.workspace)
    app.controller.run(lambda: importer.undo_import(first_batch + 1))
    assert _cells(dialog)[0][5] != ""


def test_an_empty_history(qtbot, workspace, qtmodeltester):
    from prospectdesk.ui.controller import AppController

    dialog = ImportHistoryDialog(AppController(workspace))
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 0 and not dialog.undo_button.isEnabled()
    assert isinstance(dialog.model, ImportHistoryModel)
