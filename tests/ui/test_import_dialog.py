"""The import dialog: preview before writing, decisions, column mapping, progress, cancel,
and the File menu / drag-and-drop wiring in the main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from prospectdesk.domain.io.importer import Decision
from prospectdesk.domain.records import Birthday, ContactRecord, EmailEntry, PhoneEntry
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.import_dialog import ImportDialog, PlanModel, outcome_message
from prospectdesk.ui.main_window import MainWindow
from prospectdesk.ui.tasks import SynchronousExecutor, ThreadExecutor

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "csv"


@pytest.fixture
def controller(workspace):
    workspace.contacts.region = "NL"
    return AppController(workspace)


def _dialog(qtbot, controller, *names, executor=None) -> ImportDialog:
    dialog = ImportDialog(
        controller, [FIXTURES / n for n in names], executor=executor or SynchronousExecutor()
    )
    qtbot.addWidget(dialog)
    return dialog


def test_preview_shows_everything_before_writing(qtbot, controller, workspace, qtmodeltester):
    workspace.contacts.create(ContactRecord(emails=[EmailEntry("jan@bakkerij.example")]))
    dialog = _dialog(qtbot, controller, "google_current.csv", "bad_values.csv")
    assert workspace.contacts.count() == 1  # nothing written yet
    assert dialog.new_model.rowCount() == 6
    assert dialog.duplicate_model.rowCount() == 1
    qtmodeltester.check(dialog.new_model)
    qtmodeltester.check(dialog.duplicate_model)
    match_column = PlanModel.COLUMNS.index("match")
    match_text = dialog.duplicate_model.index(0, match_column).data()
    assert "same e-mail jan@bakkerij.example" in match_text
    problems = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert "bad_values.csv:3: birthday '1980-02-31' is not a date; birthday skipped" in problems
    assert (
        "8 records read: 6 new, 1 to merge, 0 kept apart, 0 skipped, 1 rejected."
        in dialog.summary.text()
    )
    assert dialog.mapping_index >= 0  # bad_values.csv is a CSV of no known layout


def test_import_applies_the_decisions(qtbot, controller, workspace):
    existing, _ = workspace.contacts.create(
        ContactRecord(given_name="J", emails=[EmailEntry("jan@bakkerij.example")])
    )
    dialog = _dialog(qtbot, controller, "google_current.csv")
    dialog.duplicate_view.selectRow(0)
    qtbot.mouseClick(dialog.decision_buttons[Decision.SKIP], Qt.MouseButton.LeftButton)
    assert dialog.plan.duplicates[0].decision == Decision.SKIP
    dialog.source_edit.setText("Beurs")
    dialog.stage_combo.setCurrentIndex(1)
    with (
        qtbot.waitSignal(dialog.import_finished) as finished,
        qtbot.waitSignal(controller.changes_applied),
    ):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    outcome = finished.args[0]
    assert (len(outcome.created), outcome.skipped, outcome.merged) == (1, 1, [])
    assert workspace.contacts.get(existing).family_name == ""  # skipped, not merged
    new = workspace.contacts.get(outcome.created[0])
    assert new.source == "Beurs"
    assert new.stage_id == workspace.pipeline.stages()[1].id
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_unknown_csv_columns_can_be_mapped(qtbot, controller):
    dialog = _dialog(qtbot, controller, "unknown_columns.csv")
    assert dialog.tabs.tabText(dialog.mapping_index) == "Columns"
    table = dialog.mapping_tabs.widget(0)
    headers = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert headers == ["Klantnaam", "Telefoonnummer", "Mail klant", "Woonplaats", "Lievelingskleur"]
    assert table.item(3, 1).text() == "Leiden"
    city_combo = table.cellWidget(3, 2)
    city_combo.setCurrentIndex(city_combo.findData("address.1.city"))
    [item] = dialog.plan.new_items
    assert item.record.addresses[0].city == "Leiden"
    assert "Woonplaats" not in item.record.notes
    ignore_combo = table.cellWidget(4, 2)
    ignore_combo.setCurrentIndex(ignore_combo.findData("ignore"))
    assert "Lievelingskleur" not in dialog.plan.new_items[0].record.notes


def test_cancel_during_import_changes_nothing(qtbot, controller, workspace):
    dialog = _dialog(qtbot, controller, "google_current.csv", "apple.csv")
    dialog.progress_reported.connect(lambda done, total: dialog.request_cancel())
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert workspace.contacts.count() == 0
    assert dialog.status.text() == "Import cancelled; nothing was changed."
    assert dialog.import_button.isEnabled()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_unreadable_file_is_a_problem_not_a_crash(qtbot, controller, tmp_path):
    junk = tmp_path / "junk.vcf"
    junk.write_bytes(bytes(range(256)) * 4)
    dialog = ImportDialog(controller, [junk], executor=SynchronousExecutor())
    qtbot.addWidget(dialog)
    assert dialog.problem_list.item(0).text().startswith("junk.vcf:0: junk.vcf is not a contact")
    assert not dialog.import_button.isEnabled()


def test_import_runs_on_a_worker_thread(qtbot, data_dir, clock):
    workspace = open_workspace(data_dir, clock=clock)
    try:
        executor = ThreadExecutor()  # the app's one lane: reading, planning and the import
        controller = AppController(workspace, executor=executor)
        dialog = ImportDialog(controller, [FIXTURES / "google_current.csv"])
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30000)  # read off-thread
        assert dialog.new_model.rowCount() == 2
        with qtbot.waitSignal(dialog.import_finished, timeout=30000) as finished:
            dialog.start_import()
        assert len(finished.args[0].created) == 2
        assert dialog.progress.value() == 2
        assert workspace.contacts.count() == 2
        executor.pool.waitForDone()
    finally:
        workspace.close()


@pytest.fixture
def window(qtbot, controller, tmp_path):
    state = QSettings(str(tmp_path / "ui-state.ini"), QSettings.Format.IniFormat)
    main = MainWindow(controller, state)
    qtbot.addWidget(main)
    return main


def test_file_menu_has_import_and_export(window):
    texts = [a.text() for a in window.menus["file"].actions()]
    assert "Import…" in texts and "Export…" in texts


# PySide6 marks QDragEnterEvent's only (QPoint) constructor deprecated; there is no other.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_dropping_a_file_opens_the_import_preview(qtbot, window, workspace):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(FIXTURES / "apple.csv"))])
    window.show()
    qtbot.waitExposed(window)
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(10, 10), *args)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPointF(10, 10), *args))
    dialog = window.import_export.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.new_model.rowCount() == 2
    assert workspace.contacts.count() == 0
    with qtbot.waitSignal(dialog.import_finished):
        dialog.start_import()
    assert workspace.contacts.count() == 2
    assert "imported 2 new contacts" in window.statusBar().currentMessage()
    # Ctrl+Z (Edit ▸ Undo) takes the whole import back.
    window.undo_action.trigger()
    assert workspace.contacts.count() == 0


def test_export_writes_the_chosen_format(window, workspace, tmp_path):
    workspace.contacts.create(ContactRecord(given_name="Անի", family_name="Հակոբյան"))
    target = tmp_path / "out.vcf"
    window.import_export.export(target, "vcf3")
    text = target.read_text(encoding="utf-8")
    assert "VERSION:3.0" in text and "Հակոբյան" in text
    assert "Exported 1 contacts" in window.statusBar().currentMessage()


def test_export_for_outlook_and_one_file_per_contact(window, workspace, tmp_path):
    from prospectdesk.ui.import_actions import export_filters

    assert list(export_filters())[:2] == ["vcf3", "vcf3-each"]  # 3.0 is the default
    for name in ("Anna", "Piet"):
        workspace.contacts.create(ContactRecord(given_name=name))
    window.import_export.export(tmp_path / "outlook.csv", "csv-outlook")
    assert (tmp_path / "outlook.csv").read_bytes().startswith(b"\xef\xbb\xbfFirst Name,Middle")
    window.import_export.export(tmp_path / "cards.vcf", "vcf3-each")
    assert sorted(p.name for p in (tmp_path / "cards").iterdir()) == ["Anna.vcf", "Piet.vcf"]
    assert "Exported 2 contacts" in window.statusBar().currentMessage()


def test_a_possible_duplicate_reads_as_such_and_can_be_merged(qtbot, controller, workspace):
    stored, _ = workspace.contacts.create(ContactRecord(given_name="Անի", family_name="Հակոբյան"))
    workspace.contacts.create(ContactRecord(emails=[EmailEntry("jan@bakkerij.example")]))
    dialog = _dialog(qtbot, controller, "google_current.csv")
    by_name = next(i for i in dialog.plan.duplicates if i.match.possible)
    row = dialog.duplicate_model.items.index(by_name)
    match_column = PlanModel.COLUMNS.index("match")
    decision_column = PlanModel.COLUMNS.index("decision")
    assert dialog.duplicate_model.index(row, match_column).data() == (
        "Possibly Անի Հակոբյան (same name only)"
    )
    assert dialog.duplicate_model.index(row, decision_column).data() == "Keep both"
    assert "1 of the duplicates may be someone else" in dialog.summary.text()
    dialog.duplicate_view.selectRow(row)
    qtbot.mouseClick(dialog.decision_buttons[Decision.MERGE], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.import_finished) as finished:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert stored in finished.args[0].merged


def test_planning_runs_off_the_gui_thread(qtbot, data_dir, clock, monkeypatch):
    """Planning reads every stored contact's keys (seconds at 100,000): the dialog stays
    responsive while a worker does it."""
    import threading

    from prospectdesk.domain.io.importer import Importer

    threads: list[str] = []
    real_plan = Importer.plan

    def recording_plan(self, *args, **kwargs):
        threads.append(threading.current_thread().name)
        return real_plan(self, *args, **kwargs)

    monkeypatch.setattr(Importer, "plan", recording_plan)
    workspace = open_workspace(data_dir, clock=clock)
    try:
        executor = ThreadExecutor()
        dialog = ImportDialog(
            AppController(workspace, executor=executor), [FIXTURES / "google_current.csv"]
        )
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.planned, timeout=30000):
            pass
        assert threads and threads[0] != threading.main_thread().name
        assert dialog.new_model.rowCount() == 2 and dialog.import_button.isEnabled()
        executor.pool.waitForDone()
    finally:
        workspace.close()


class _HeldExecutor:
    """Runs submitted tasks only when told to, in any order (a slow and a fast plan)."""

    def __init__(self) -> None:
        self.jobs: list = []

    def submit(self, task, on_done, on_error) -> None:
        self.jobs.append((task, on_done, on_error))

    def run(self, index: int) -> None:
        task, on_done, _ = self.jobs.pop(index)
        on_done(task())


def test_only_the_newest_plan_is_shown(qtbot, controller):
    executor = _HeldExecutor()
    dialog = ImportDialog(controller, [FIXTURES / "google_current.csv"], executor=executor)
    qtbot.addWidget(dialog)
    executor.run(0)  # the files are read; the first plan is submitted
    dialog._replan()  # the owner changed something: a second plan
    executor.run(1)  # the newer plan arrives first
    newest = dialog.plan
    assert newest is not None
    executor.run(0)  # then the older one: ignored
    assert dialog.plan is newest


# -- the phone region, conflicts and counts that add up --------------------------------------


def test_the_preview_shows_the_phone_region(qtbot, controller, workspace):
    dialog = _dialog(qtbot, controller, "google_current.csv")
    assert dialog.region_label.text() == "Netherlands (NL)"
    workspace.contacts.region = None
    unknown = _dialog(qtbot, controller, "google_current.csv")
    assert unknown.region_label.text().startswith("unknown: kept as written")


def test_a_shared_phone_under_another_name_is_shown_as_possible(qtbot, controller, workspace):
    workspace.contacts.create(
        ContactRecord(given_name="Piet", family_name="Kok", phones=[PhoneEntry("+31612345678")])
    )
    dialog = _dialog(qtbot, controller, "google_current.csv")
    [item] = dialog.plan.duplicates
    assert item.decision == Decision.KEEP_BOTH
    row = dialog.duplicate_model.items.index(item)
    text = dialog.duplicate_model.index(row, PlanModel.COLUMNS.index("match")).data()
    assert text.startswith("Possibly Piet Kok (same phone ")


@pytest.fixture
def dutch_locale():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    yield
    QLocale.setDefault(previous)


def test_a_conflict_is_shown_and_the_owner_may_take_the_imported_value(
    qtbot, controller, workspace, dutch_locale
):
    stored, _ = workspace.contacts.create(
        ContactRecord(
            given_name="Jan",
            family_name="van der Berg",
            emails=[EmailEntry("jan@bakkerij.example")],
            birthday=Birthday(4, 12, 1970),
        )
    )
    dialog = _dialog(qtbot, controller, "google_current.csv")
    [item] = dialog.plan.duplicates
    row = dialog.duplicate_model.items.index(item)
    cell = dialog.duplicate_model.index(row, PlanModel.COLUMNS.index("conflicts"))
    # dates in the locale's form (Dutch here), not ISO
    assert cell.data() == "Birthday: 12-04-1970 (kept) / 12-04-1975"
    dialog.duplicate_view.selectRow(row)
    qtbot.mouseClick(dialog.take_imported_button, Qt.MouseButton.LeftButton)
    assert cell.data() == "Birthday: 12-04-1970 / 12-04-1975 (taken)"
    with qtbot.waitSignal(dialog.import_finished):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert workspace.contacts.get(stored).birthday == Birthday(4, 12, 1975)


def test_the_summary_adds_up_when_decisions_change(qtbot, controller, workspace):
    workspace.contacts.create(ContactRecord(emails=[EmailEntry("jan@bakkerij.example")]))
    dialog = _dialog(qtbot, controller, "google_current.csv", "bad_values.csv")
    dialog.duplicate_view.selectRow(0)
    qtbot.mouseClick(dialog.decision_buttons[Decision.SKIP], Qt.MouseButton.LeftButton)
    assert dialog.summary.text().startswith(
        "8 records read: 6 new, 0 to merge, 0 kept apart, 1 skipped, 1 rejected."
    )
    with qtbot.waitSignal(dialog.import_finished) as finished:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert outcome_message(finished.args[0]).startswith(
        "8 records read: imported 6 new contacts, merged 0, 0 unchanged, 0 kept apart, "
        "1 skipped, 1 rejected."
    )


def test_the_preview_shows_birthdays_in_the_locale_s_form(
    qtbot, controller, tmp_path: Path, dutch_locale
) -> None:
    card = tmp_path / "two.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann Year\r\nBDAY:19750203\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Bo Noyear\r\nBDAY:--0203\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(controller, [card], executor=SynchronousExecutor())
    qtbot.addWidget(dialog)
    column = PlanModel.COLUMNS.index("birthday")
    shown = {
        dialog.new_model.index(row, 0).data(): dialog.new_model.index(row, column).data()
        for row in range(dialog.new_model.rowCount())
    }
    assert shown == {"Ann Year": "03-02-1975", "Bo Noyear": "03-02"}
