"""Edit ▸ Undo and Redo as the owner uses them: the keys, the words in the menu, and what
is left in the data afterwards (checked on the data, not on the screen)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import drop_on, type_text
from tests.ui.test_main_window import add_people, column_names

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def keys_on_the_board(app, qtbot, key: Qt.Key, modifiers) -> None:
    view = app.window.board.columns[0].view
    app.window.central_tabs.setCurrentWidget(app.window.board)
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    qtbot.keyClick(view, key, modifiers)


def test_ctrl_z_after_a_drag_leaves_no_trace_and_redo_moves_it_again(start_app, qtbot):
    app = start_app()
    (anna,) = add_people(app, "Anna Petrosyan")
    board = app.window.board
    lead, prospect = board.columns[0], board.columns[1]
    history = app.workspace.pipeline.stage_history(anna)
    drop_on(prospect.view, lead.model.mimeData([lead.model.index(0, 0)]), QPoint(20, 20))
    assert column_names(prospect) == ["Anna Petrosyan"]
    assert app.window.undo_action.text() == "Undo move of Anna Petrosyan"

    keys_on_the_board(app, qtbot, Qt.Key.Key_Z, CTRL)
    assert column_names(lead) == ["Anna Petrosyan"] and column_names(prospect) == []
    assert app.workspace.pipeline.stage_history(anna) == history  # no "Prospect -> Lead"
    assert app.window.redo_action.text() == "Redo move of Anna Petrosyan"
    assert app.window.undo_action.text() == "Undo adding Anna Petrosyan"

    keys_on_the_board(app, qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert column_names(prospect) == ["Anna Petrosyan"]
    assert app.workspace.pipeline.stage_of(anna) == prospect.stage.id
    keys_on_the_board(app, qtbot, Qt.Key.Key_Z, CTRL)
    keys_on_the_board(app, qtbot, Qt.Key.Key_Y, CTRL)  # Ctrl+Y redoes too
    assert app.workspace.pipeline.stage_of(anna) == prospect.stage.id
    assert len(app.workspace.pipeline.stage_history(anna)) == len(history) + 1


def test_ctrl_z_after_a_field_edit(start_app, qtbot):
    app = start_app()
    (anna,) = add_people(app, "Anna Petrosyan")
    app.window.open_contact(anna)
    detail = app.window.detail
    type_text(qtbot, detail.form.organization, "Zard LLC")
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    assert app.workspace.contacts.get(anna).organization == "Zard LLC"
    assert app.window.undo_action.text() == "Undo edit of Anna Petrosyan"

    keys_on_the_board(app, qtbot, Qt.Key.Key_Z, CTRL)
    assert app.workspace.contacts.get(anna).organization == ""
    assert detail.form.organization.text() == ""  # the open contact shows it


def test_undo_is_offered_after_a_restart(start_app):
    app = start_app()
    (anna,) = add_people(app, "Anna Petrosyan")
    app.close()
    again = start_app()
    assert again.window.undo_action.isEnabled()
    assert again.window.undo_action.text() == "Undo adding Anna Petrosyan"
    again.window.undo_action.trigger()
    assert not again.workspace.contacts.exists(anna)


def test_a_conversation_is_edited_and_deleted_from_the_detail_view(start_app, qtbot):
    app = start_app()
    (a,) = add_people(app, "Anna Petrosyan")
    app.window.open_contact(a)
    activity = app.window.detail.activity
    qtbot.keyClicks(activity.interaction_summary, "Called about the kit")
    qtbot.keyClicks(activity.interaction_concerns, "Too dear?")
    activity.add_interaction()
    activity.interactions.item(0).setSelected(True)
    qtbot.mouseClick(activity.edit_interaction_button, Qt.MouseButton.LeftButton)
    assert activity.interaction_summary.toPlainText() == "Called about the kit"
    activity.interaction_summary.setPlainText("Called about the starter kit")
    activity.interaction_concerns.setPlainText("Too dear?\nDelivery time")
    activity.add_interaction()
    (conversation,) = app.workspace.activity.interactions(a)
    assert conversation.summary == "Called about the starter kit"
    assert [c.text for c in conversation.concerns] == ["Too dear?", "Delivery time"]
    assert app.window.undo_action.text() == "Undo conversation with Anna Petrosyan"

    activity.interactions.item(0).setSelected(True)
    qtbot.mouseClick(activity.delete_interaction_button, Qt.MouseButton.LeftButton)
    assert app.workspace.activity.interactions(a) == []
    app.window.undo_action.trigger()
    assert app.workspace.activity.interactions(a) == [conversation]
    assert activity.interactions.count() == 3  # the conversation and its two concerns
