"""The Qualify and Presentation dialogs driven end to end, then the store checked."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDateTime, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton

from prospectdesk.domain.qualification import Answer
from prospectdesk.domain.records import ContactRecord
from prospectdesk.domain.sales import CloseOutcome
from prospectdesk.store.models import Presentation
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.presentation_dialog import PresentationDialog
from prospectdesk.ui.qualify_dialog import ANSWER_ORDER, QualifyDialog
from tests.ui.conftest import type_text


@pytest.fixture
def controller(workspace):
    return AppController(workspace)


def add(workspace, name: str, role: str = "lead") -> int:
    stage = workspace.pipeline.stage_by_role(role)
    contact_id, _ = workspace.contacts.create(ContactRecord(given_name=name), stage_id=stage.id)
    return contact_id


def role_of(workspace, contact_id: int) -> str:
    stage_id = workspace.pipeline.stage_of(contact_id)
    return next(s.role for s in workspace.pipeline.stages() if s.id == stage_id)


def click(qtbot, button) -> None:
    """Click where a user would: on a radio button's indicator, a push button's middle."""
    if isinstance(button, QAbstractButton) and button.isCheckable():
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer(qtbot, dialog: QualifyDialog, criterion_id: int, value: Answer) -> None:
    click(qtbot, dialog.answer_groups[criterion_id].button(ANSWER_ORDER.index(value)))


def test_qualify_all_yes_offers_prospect_and_moves(qtbot, controller, workspace):
    a = add(workspace, "Anna")
    dialog = QualifyDialog(controller, a)
    qtbot.addWidget(dialog)
    dialog.show()
    for criterion in dialog.criteria:
        answer(qtbot, dialog, criterion.id, Answer.YES)
    dialog.note_edits[dialog.criteria[1].id].setText("spaart al een jaar")
    dialog.method.setCurrentIndex(dialog.method.findData("meeting"))
    assert dialog.preview.text() == "All criteria are met."
    with qtbot.waitSignal(controller.changes_applied):
        click(qtbot, dialog.save_button)
    assert dialog.pages.currentIndex() == 1
    assert "Prospect" in dialog.move_button.text() and dialog.move_button.isVisible()
    assert role_of(workspace, a) == "lead"  # offered, not yet done
    with qtbot.waitSignal(controller.changes_applied):
        click(qtbot, dialog.move_button)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert role_of(workspace, a) == "prospect"
    session = workspace.sales.qualification.history(a)[0]
    assert session.method == "meeting"
    assert [x.answer for x in session.answers] == [Answer.YES] * 3
    assert session.answers[1].note == "spaart al een jaar"


def test_qualify_with_a_no_offers_not_now_and_keep_leaves_them(qtbot, controller, workspace):
    b = add(workspace, "Bram")
    dialog = QualifyDialog(controller, b)
    qtbot.addWidget(dialog)
    dialog.show()
    first, second, _third = dialog.criteria
    answer(qtbot, dialog, first.id, Answer.YES)
    answer(qtbot, dialog, second.id, Answer.NO)
    click(qtbot, dialog.save_button)
    assert "Not now" in dialog.move_button.text()
    click(qtbot, dialog.keep_button)
    assert role_of(workspace, b) == "lead"
    status = workspace.sales.qualification.status(b)
    assert (status.met, status.answers[second.id].answer) == (1, Answer.NO)
    # Asked again, the dialog starts from the answers kept.
    again = QualifyDialog(controller, b)
    qtbot.addWidget(again)
    assert again.answer_groups[second.id].checkedId() == ANSWER_ORDER.index(Answer.NO)
    click(qtbot, again.save_button)
    click(qtbot, again.move_button)
    assert role_of(workspace, b) == "not_now"


def test_qualify_undecided_offers_no_move(qtbot, controller, workspace):
    c = add(workspace, "Cem")
    dialog = QualifyDialog(controller, c)
    qtbot.addWidget(dialog)
    dialog.show()
    answer(qtbot, dialog, dialog.criteria[0].id, Answer.YES)
    click(qtbot, dialog.save_button)
    assert not dialog.move_button.isVisible()
    assert "1 of 3" in dialog.outcome_label.text()


def open_presentation(qtbot, controller, contact_id) -> PresentationDialog:
    dialog = PresentationDialog(controller, contact_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.offered.setText("Starter pakket")
    dialog.call_to_action.setText("Vandaag bestellen")
    return dialog


def test_presentation_sale(qtbot, controller, workspace):
    a = add(workspace, "Anna", "prospect")
    dialog = open_presentation(qtbot, controller, a)
    assert not dialog.save_button.isEnabled()  # no outcome chosen yet
    click(qtbot, dialog.outcome_group.button(0))
    assert dialog.sale_what.text() == "Starter pakket"  # follows the offer
    assert not dialog.save_button.isEnabled()  # no amount yet
    assert "amount" in dialog.missing.text()
    dialog.sale_amount.setValue(129.5)
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(controller.changes_applied):
        click(qtbot, dialog.save_button)
    assert role_of(workspace, a) == "customer"
    purchases = workspace.sales.presentations.purchases(a)
    assert (purchases.total_cents, purchases.sales[0].what) == (12950, "Starter pakket")
    shown = workspace.sales.presentations.presentations(a)[0]
    assert (shown.offered, shown.call_to_action, shown.outcome) == (
        "Starter pakket",
        "Vandaag bestellen",
        CloseOutcome.SALE,
    )


def test_presentation_not_ready_needs_a_date_and_creates_the_followup(
    qtbot, controller, workspace, clock
):
    b = add(workspace, "Bram", "prospect")
    dialog = open_presentation(qtbot, controller, b)
    click(qtbot, dialog.outcome_group.button(1))
    assert dialog.outcome_pages.currentIndex() == 2
    due = QDateTime(2026, 12, 10, 14, 30, 0)
    dialog.follow_up_at.setDateTime(due)
    dialog.follow_up_what.setText("Terugbellen")
    click(qtbot, dialog.save_button)
    assert role_of(workspace, b) == "follow_up"
    (followup,) = workspace.activity.followups(b)
    assert followup.what == "Terugbellen"
    assert followup.due_at.replace(tzinfo=None) == due.toPython()


def test_presentation_no_records_consent_and_contact_again(qtbot, controller, workspace, clock):
    c = add(workspace, "Cem", "prospect")
    dialog = open_presentation(qtbot, controller, c)
    click(qtbot, dialog.outcome_group.button(2))
    assert not dialog.save_button.isEnabled()
    assert "stay on the list" in dialog.missing.text()
    assert not dialog.contact_again.isEnabled()
    click(qtbot, dialog.stays_yes)
    dialog.contact_again.setChecked(True)
    assert not dialog.save_button.isEnabled()  # why "no" is still missing
    assert "why they said no" in dialog.missing.text()
    dialog.no_reason.setCurrentIndex(dialog.no_reason.findText("Timing"))
    click(qtbot, dialog.save_button)
    assert role_of(workspace, c) == "not_now"
    assert Presentation.get(Presentation.contact == c).no_reason == "Timing"
    consent = workspace.sales.presentations.consent(c)
    assert consent.agreed
    (followup,) = workspace.activity.followups(c)
    assert followup.due_at.date() > (clock.now() + timedelta(days=150)).date()


def test_presentation_no_without_consent(qtbot, controller, workspace):
    d = add(workspace, "Dina", "prospect")
    dialog = open_presentation(qtbot, controller, d)
    click(qtbot, dialog.outcome_group.button(2))
    click(qtbot, dialog.stays_no)
    type_text(qtbot, dialog.no_reason.lineEdit(), "Chose a cheaper shop")  # their own words
    click(qtbot, dialog.save_button)
    assert Presentation.get(Presentation.contact == d).no_reason == "Chose a cheaper shop"
    # Not "Not now (kept on the list)": the card stays, marked do-not-contact.
    assert role_of(workspace, d) == "prospect"
    assert workspace.sales.presentations.do_not_contact(d) is not None
    assert workspace.sales.presentations.consent(d).agreed is False
    assert workspace.activity.followups(d) == []


def test_the_reasons_for_no_are_edited_from_the_pipeline_menu(
    qtbot, controller, workspace, tmp_path
):
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialogButtonBox

    from prospectdesk.ui.loss_reasons_dialog import LossReasonsDialog
    from prospectdesk.ui.main_window import MainWindow
    from prospectdesk.ui.sales_wiring import SalesUi

    window = MainWindow(controller, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    SalesUi(window)
    (action,) = [
        a for a in window.menus["pipeline"].actions() if a.text().startswith("Reasons for")
    ]
    assert isinstance(action, QAction)
    action.trigger()
    dialog = window.findChild(LossReasonsDialog)
    assert dialog.editor.toPlainText().splitlines()[0] == "Price"
    dialog.editor.setPlainText("Te duur\nGeen tijd\n")
    click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))

    e = add(workspace, "Eva", "prospect")
    presentation = open_presentation(qtbot, controller, e)
    offered = [presentation.no_reason.itemText(i) for i in range(presentation.no_reason.count())]
    assert offered == ["Te duur", "Geen tijd"]
