"""The qualification gate in the window: dragging an unqualified lead to Prospect asks for
the missing answers or a reason; the reason lets it through and is kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from prospectdesk.domain.records import ContactRecord
from prospectdesk.store.models import Contact
from prospectdesk.ui.gate_dialog import GateDialog
from tests.ui.conftest import drop_on, type_text

pytestmark = pytest.mark.gate


def lead(app, name: str) -> int:
    stage = app.workspace.pipeline.stage_by_role("lead")
    contact_id, _ = app.controller.run(
        lambda: app.workspace.contacts.create(ContactRecord(given_name=name), stage_id=stage.id)
    )
    return contact_id


def open_gate_dialog() -> GateDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, GateDialog)]
    return next((w for w in found if w.isVisible()), None)


def drag_first_lead_to_prospect(app) -> None:
    board = app.window.board
    lead_column, prospect = board.columns[0], board.columns[1]
    drop_on(
        prospect.view, lead_column.model.mimeData([lead_column.model.index(0, 0)]), QPoint(20, 20)
    )


def test_a_drag_asks_and_a_reason_moves_the_lead(start_app, qtbot):
    app = start_app()
    anna = lead(app, "Anna")
    drag_first_lead_to_prospect(app)
    dialog = open_gate_dialog()
    assert dialog is not None
    assert Contact.get_by_id(anna).stage_id == app.workspace.pipeline.stage_by_role("lead").id
    assert "Anna" in dialog.message.text() and not dialog.move_button.isEnabled()
    type_text(qtbot, dialog.reason, "met at the fair")
    assert dialog.move_button.isEnabled()
    dialog.move_button.click()
    prospect = app.workspace.pipeline.stage_by_role("prospect").id
    assert Contact.get_by_id(anna).stage_id == prospect
    assert app.workspace.sales.gate.override_reasons(anna) == ["met at the fair"]
    app.window.open_contact(anna)  # the reason shows in the stage history
    history = app.window.detail.activity.history
    assert history.item(history.count() - 1).text().endswith("· met at the fair")


def test_cancel_leaves_the_lead_and_a_gate_turned_off_does_not_ask(start_app, qtbot):
    from prospectdesk.domain.settings import QUALIFICATION_GATE

    app = start_app()
    anna = lead(app, "Anna")
    drag_first_lead_to_prospect(app)
    dialog = open_gate_dialog()
    dialog.reject()
    lead_stage = app.workspace.pipeline.stage_by_role("lead").id
    assert Contact.get_by_id(anna).stage_id == lead_stage
    app.workspace.settings.set(QUALIFICATION_GATE, False)
    drag_first_lead_to_prospect(app)
    assert open_gate_dialog() is None
    assert Contact.get_by_id(anna).stage_id != lead_stage


def test_qualify_answers_the_criteria_and_the_move_goes_on(start_app, qtbot):
    from prospectdesk.domain.qualification import Answer
    from prospectdesk.ui.qualify_dialog import QualifyDialog

    app = start_app()
    anna = lead(app, "Anna")
    board = app.window.board  # dropped on Presentation, past Prospect
    drop_on(
        board.columns[2].view,
        board.columns[0].model.mimeData([board.columns[0].model.index(0, 0)]),
        QPoint(20, 20),
    )
    dialog = open_gate_dialog()
    dialog.qualify_button.click()
    qualify = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QualifyDialog) and w.isVisible()
    )
    for criterion in qualify.criteria:
        qualify.set_answer(criterion.id, Answer.YES)
    qualify.save_button.click()
    qualify.keep_button.click()  # the offer to move to Prospect: the drag said further
    presentation = app.workspace.pipeline.stage_by_role("presentation").id
    assert Contact.get_by_id(anna).stage_id == presentation
    assert open_gate_dialog() is None
    assert app.workspace.sales.gate.override_reasons(anna) == []  # qualified: no reason
