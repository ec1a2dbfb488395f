"""Every control a keyboard can reach has a name a screen reader can say, in the main
window and in every dialog (see tests/ui/accessibility.py for the rule)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialog, QTabWidget, QWidget

from prospectdesk.autostart import Autostart
from prospectdesk.domain.records import ContactRecord
from prospectdesk.ui.app import ProspectDeskApp
from prospectdesk.ui.backup_dialog import BackupDialog
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.criteria_dialog import CriteriaDialog
from prospectdesk.ui.deleted_dialog import DeletedContactsDialog
from prospectdesk.ui.duplicates_dialog import DuplicatesDialog
from prospectdesk.ui.import_dialog import ImportDialog
from prospectdesk.ui.import_history_dialog import ImportHistoryDialog
from prospectdesk.ui.loss_reasons_dialog import LossReasonsDialog
from prospectdesk.ui.message_dialogs import SendMessageDialog, TemplatesDialog
from prospectdesk.ui.presentation_dialog import PresentationDialog
from prospectdesk.ui.print_dialog import PrintCardsDialog
from prospectdesk.ui.qualify_dialog import QualifyDialog
from prospectdesk.ui.settings_dialog import SettingsDialog
from prospectdesk.ui.sync_status import ConflictsDialog, SyncSetupDialog
from prospectdesk.ui.tasks import SynchronousExecutor
from prospectdesk.ui.today_view import NextStepDialog
from tests.ui.accessibility import accessible_name, focusable_controls, unnamed_controls

CSV = Path(__file__).resolve().parents[1] / "fixtures" / "csv"


@pytest.fixture
def app(qtbot, clock, tmp_path: Path):
    started = ProspectDeskApp(tmp_path / "data", clock=clock, language="en")
    qtbot.addWidget(started.window)
    started.show()
    qtbot.waitExposed(started.window)
    yield started
    started.close()


def lead(app: ProspectDeskApp, name: str = "Anna") -> int:
    stage = app.workspace.pipeline.stage_by_role("lead")
    contact_id, _ = app.workspace.contacts.create(ContactRecord(given_name=name), stage_id=stage.id)
    return contact_id


def walk_tabs(window: QWidget) -> tuple[set[int], set[str]]:
    """Every page of every tab widget in turn: the controls seen and the unnamed ones."""
    seen: set[int] = set()
    unnamed: set[str] = set()
    for tabs in window.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            seen |= {id(widget) for widget in focusable_controls(window)}
            unnamed |= set(unnamed_controls(window))
    return seen, unnamed


def test_every_control_of_the_main_window_has_a_name(app) -> None:
    app.window.open_contact(lead(app))  # the detail view, its tabs and fields, filled
    seen, unnamed = walk_tabs(app.window)
    assert len(seen) > 50  # the walk does reach the controls
    assert unnamed == set()


def test_paired_add_and_remove_buttons_say_what_they_add_or_remove(app) -> None:
    form = app.window.detail.form
    names = [
        accessible_name(button)
        for button in form.findChildren(QAbstractButton)
        if button.text() in ("+", "−")
    ]
    assert len(names) == 6
    assert len(set(names)) == 6, names


def dialogs(app: ProspectDeskApp) -> list[QDialog]:
    controller: AppController = app.controller
    contact_id = lead(app)
    now = app.window.detail.activity.followup_due.dateTime()
    return [
        QualifyDialog(controller, contact_id),
        PresentationDialog(controller, contact_id),
        CriteriaDialog(controller),
        SettingsDialog(controller, Autostart(), ["prospectdesk"]),
        BackupDialog(controller),
        DeletedContactsDialog(controller),
        ImportHistoryDialog(controller),
        LossReasonsDialog(controller),
        NextStepDialog(now),
        SendMessageDialog(controller, contact_id),
        TemplatesDialog(controller),
        PrintCardsDialog(controller, [contact_id]),
        ImportDialog(controller, [CSV / "bad_values.csv"], executor=SynchronousExecutor()),
        DuplicatesDialog(controller),
        SyncSetupDialog(app.sync, app.window),
        ConflictsDialog(controller),
    ]


def test_every_control_of_every_dialog_has_a_name(app, qtbot) -> None:
    unnamed: dict[str, list[str]] = {}
    for dialog in dialogs(app):
        qtbot.addWidget(dialog)
        dialog.show()
        assert focusable_controls(dialog), type(dialog).__name__
        # every tab page (the import dialog's previews, problems and column mapping)
        if missing := sorted(set(unnamed_controls(dialog)) | walk_tabs(dialog)[1]):
            unnamed[type(dialog).__name__] = missing
        if isinstance(dialog, PresentationDialog):  # a page of fields per outcome
            for button in dialog.outcome_group.buttons():
                button.setChecked(True)
                if missing := unnamed_controls(dialog):
                    unnamed[f"PresentationDialog {button.text()}"] = missing
        if isinstance(dialog, QualifyDialog):  # its second page: the offer to move
            dialog.save_answers()
            assert dialog.pages.currentIndex() == 1
            unnamed_on_offer = unnamed_controls(dialog)
            if unnamed_on_offer:
                unnamed["QualifyDialog offer"] = unnamed_on_offer
        dialog.close()
    assert unnamed == {}, "\n".join(f"{k}: {v}" for k, v in unnamed.items())
