"""Issue 20: every view in en, nl and hy at 1366x768, and nothing cut off. Each tab of the
main window, the contact detail's tabs and the main dialogs are shown in turn, and every
visible label, button, tab and header is measured against its room (tests/ui/fit.py)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QTabWidget, QWidget

from prospectdesk.autostart import Autostart
from prospectdesk.domain.records import (
    AddressEntry,
    Birthday,
    Changes,
    ContactRecord,
    EmailEntry,
    PhoneEntry,
)
from prospectdesk.ui.app import ProspectDeskApp
from prospectdesk.ui.backup_dialog import BackupDialog
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
from tests.ui.fit import cut_texts

LANGUAGES = ["en", "nl", "hy"]
CSV = Path(__file__).resolve().parents[1] / "fixtures" / "csv"


def fill(app: ProspectDeskApp) -> int:
    """People in several stages, with what Today and the cards show (an overdue follow-up,
    a birthday without a year, a long name), so that every part of every view is drawn."""
    workspace, now = app.workspace, app.workspace.clock.now()
    first = None
    for index, stage in enumerate(workspace.pipeline.stages()):
        record = ContactRecord(
            given_name=f"Maximiliane-Alexandra {index}",
            family_name="Vanderhoeven-Oppenheimer",
            organization="Bakkerij en Banketbakkerij De Gouden Korenschoof",
            emails=[EmailEntry("maximiliane.vanderhoeven@example.com", "work")],
            phones=[PhoneEntry("+31 6 12345678", "mobile")],
            addresses=[AddressEntry(street="Keizersgracht 1", city="Amsterdam", label="home")],
            birthday=Birthday(month=now.month, day=now.day),
            expected_value_cents=125000,
        )
        contact_id, _ = workspace.contacts.create(record, stage_id=stage.id)
        workspace.activity.add_followup(contact_id, due_at=now - timedelta(days=2), what="call")
        first = first or contact_id
    app.controller.changes_applied.emit(Changes(everything=True), None)
    assert first is not None
    return first


def problems_on_every_page(window: QWidget, qtbot) -> list[str]:
    """Every page of every tab widget of ``window`` in turn, and what is cut on each."""
    problems: list[str] = []
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(1)
            problems += cut_texts(window)
    return problems or cut_texts(window)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_main_window_fits_at_1366x768(app_in, qtbot, language: str) -> None:
    app = app_in(language)
    app.window.open_contact(fill(app))
    tabs = app.window.central_tabs
    problems: list[str] = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(1)
        problems += problems_on_every_page(app.window, qtbot)
    assert not problems, "\n".join(sorted(set(problems)))


def dialogs(app: ProspectDeskApp) -> list[QDialog]:
    controller = app.controller
    contact_id = fill(app)
    now = app.window.detail.activity.followup_due.dateTime()
    return [
        QualifyDialog(controller, contact_id),
        PresentationDialog(controller, contact_id),
        CriteriaDialog(controller),
        SettingsDialog(controller, Autostart(), ["prospectdesk"]),
        BackupDialog(controller),
        DeletedContactsDialog(controller),
        NextStepDialog(now),
        DuplicatesDialog(controller),  # the filled people are alike: pairs are listed
        SyncSetupDialog(app.sync, app.window),
        ConflictsDialog(controller),
        ImportHistoryDialog(controller),
        LossReasonsDialog(controller),
        SendMessageDialog(controller, contact_id),
        TemplatesDialog(controller),
        PrintCardsDialog(controller, [contact_id]),
        ImportDialog(
            controller,
            [CSV / "google_current.csv", CSV / "bad_values.csv"],
            executor=SynchronousExecutor(),
        ),
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_dialogs_fit(app_in, qtbot, language: str) -> None:
    app = app_in(language)
    problems: list[str] = []
    for dialog in dialogs(app):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += problems_on_every_page(dialog, qtbot)
        if isinstance(dialog, PresentationDialog):
            for button in dialog.outcome_group.buttons():
                button.setChecked(True)
                problems += cut_texts(dialog)
        dialog.close()
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_check_finds_a_cut_label(qtbot) -> None:
    """The rule can fail: a label squeezed below its text is reported, one that fits not."""
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("A deliberately long label that cannot fit", window)
    window.show()
    label.setFixedWidth(60)
    assert len(cut_texts(window)) == 1
    label.setFixedWidth(label.sizeHint().width())
    assert cut_texts(window) == []
    label.setFixedWidth(60)
    label.setProperty("elided", True)  # the app's own elision, its whole text elsewhere
    assert cut_texts(window) == []


def test_the_check_finds_a_cut_header_and_a_tab_out_of_sight(app_in, qtbot) -> None:
    app = app_in("en")
    app.window.central_tabs.setCurrentWidget(app.window.central_tabs.widget(0))
    app.window.central_tabs.setTabText(0, "A deliberately long title " * 12)
    assert any("out of sight" in p or "needs" in p for p in cut_texts(app.window))
