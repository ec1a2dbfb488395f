"""The app without a mouse: menu shortcuts wherever the focus is, every shortcut shown in
the menus, and the whole sales process (add, qualify, present, close) with keys alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QDialog,
    QFileDialog,
    QMenu,
    QPushButton,
    QWidget,
)

from prospectdesk.domain.qualification import Answer
from prospectdesk.domain.records import ContactRecord
from prospectdesk.ui.app import ProspectDeskApp
from prospectdesk.ui.presentation_dialog import PresentationDialog
from prospectdesk.ui.qualify_dialog import ANSWER_ORDER, QualifyDialog


@pytest.fixture
def app(qtbot, clock, tmp_path: Path):
    started = ProspectDeskApp(tmp_path / "data", clock=clock, language="en")
    qtbot.addWidget(started.window)
    started.show()
    qtbot.waitExposed(started.window)
    started.window.activateWindow()
    yield started
    started.close()


def test_menu_shortcuts_work_while_the_search_box_has_the_focus(app, qtbot, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kw: (asked.append("export"), ("", ""))[1]
    )
    search = app.window.search
    search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)
    qtbot.keyClicks(search, "ann")
    qtbot.keyClick(search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["export"]
    assert search.text() == "ann"  # nothing typed or moved in the box
    qtbot.keyClick(search, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert app.window.central_tabs.currentWidget() is app.window.board


class ClaimsCtrlE(QObject):
    """What a line edit does under X11, where Ctrl+E is "end of line": it claims the key
    before the shortcut map sees it (the offscreen platform's key scheme does not)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ShortcutOverride and event.keyCombination() == (
            Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_E
        ):
            event.accept()
            return True
        return False


def test_a_field_that_claims_a_menu_shortcut_does_not_swallow_it(app, qtbot, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kw: (asked.append("export"), ("", ""))[1]
    )
    search = app.window.search
    claim = ClaimsCtrlE(search)
    search.installEventFilter(claim)  # part of the field: in place before it gets the focus
    app.window.central_tabs.setCurrentWidget(app.window.board)
    app.window.board.columns[0].view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not search)
    search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search)
    qtbot.keyClick(search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["export"]
    # the keys a text field needs stay its own: Ctrl+Z undoes the typing, not a deletion
    qtbot.keyClicks(search, "ab")
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert search.text() == ""


# -- the sales process with keys alone ------------------------------------------------------


def focus(qtbot) -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is, as a keyboard delivers it."""
    qtbot.keyClick(focus(qtbot), key, modifier)


def type_keys(qtbot, text: str) -> None:
    qtbot.keyClicks(focus(qtbot), text)


def tab_to(qtbot, wanted, limit: int = 60) -> None:
    """Tab until ``wanted(widget)`` holds for the focus widget."""
    for _ in range(limit):
        if wanted(focus(qtbot)):
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached it; stuck at {focus(qtbot)!r}")


def push(qtbot, button: QAbstractButton) -> None:
    """Tab to a button and press Space."""
    tab_to(qtbot, lambda w: w is button)
    press(qtbot, Qt.Key.Key_Space)


def arrow_to(qtbot, group: QButtonGroup, wanted: int) -> None:
    """Arrow keys choose among the radio buttons of a row."""
    for _ in range(len(group.buttons()) + 1):
        at = group.id(focus(qtbot))
        if group.checkedId() == wanted:
            return
        if at == wanted:
            press(qtbot, Qt.Key.Key_Space)
        else:
            press(qtbot, Qt.Key.Key_Left if at > wanted else Qt.Key.Key_Right)
    assert group.checkedId() == wanted, (group.checkedId(), focus(qtbot))


def active_dialog(qtbot, kind: type) -> QDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def role_of(app: ProspectDeskApp, contact_id: int) -> str:
    pipeline = app.workspace.pipeline
    stage_id = pipeline.stage_of(contact_id)
    return next(s.role for s in pipeline.stages() if s.id == stage_id)


def test_the_whole_sales_process_without_a_mouse(app, qtbot) -> None:
    window = app.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    # add: File ▸ New contact, a name, Ctrl+S
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.detail.form.given_name)
    type_keys(qtbot, "Anna")
    with qtbot.waitSignal(window.detail.saved) as saved:
        press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    anna = saved.args[0]
    assert role_of(app, anna) == "lead"

    # qualify: Qualify… beside the contact's name
    push(qtbot, window.findChild(QPushButton, "detail-qualify"))
    dialog = active_dialog(qtbot, QualifyDialog)
    for criterion in dialog.criteria:
        group = dialog.answer_groups[criterion.id]
        tab_to(qtbot, lambda w, g=group: w in g.buttons())
        arrow_to(qtbot, group, ANSWER_ORDER.index(Answer.YES))
    with qtbot.waitSignal(app.controller.changes_applied):
        press(qtbot, Qt.Key.Key_Return)  # Save answers is the default button
    assert dialog.pages.currentIndex() == 1
    press(qtbot, Qt.Key.Key_Return)  # the offer: move to Prospect (now the default)
    qtbot.waitUntil(lambda: role_of(app, anna) == "prospect")

    # present and close with a sale: Record presentation…
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.activateWindow()  # the window manager's part when a dialog closes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    push(qtbot, window.findChild(QPushButton, "detail-presentation"))
    dialog = active_dialog(qtbot, PresentationDialog)
    tab_to(qtbot, lambda w: w is dialog.offered)
    type_keys(qtbot, "Starter kit")
    tab_to(qtbot, lambda w: w is dialog.call_to_action)
    type_keys(qtbot, "Order today")
    tab_to(qtbot, lambda w: w in dialog.outcome_group.buttons())
    arrow_to(qtbot, dialog.outcome_group, 0)  # the first outcome: a sale
    tab_to(qtbot, lambda w: w is dialog.sale_amount or dialog.sale_amount.isAncestorOf(w))
    type_keys(qtbot, "129")
    with qtbot.waitSignal(app.controller.changes_applied):
        press(qtbot, Qt.Key.Key_Return)
    assert role_of(app, anna) == "customer"
    purchases = app.workspace.sales.presentations.purchases(anna)
    assert (purchases.total_cents, purchases.sales[0].what) == (12900, "Starter kit")


def menu_shortcuts(window: QWidget) -> dict[str, str]:
    """Shortcut (as the menus print it) -> the entry that shows it, over every menu."""
    shown: dict[str, str] = {}
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            for sequence in action.shortcuts():
                shown[sequence.toString()] = action.text()
    return shown


def test_the_menus_show_every_shortcut_the_board_s_moves_included(app, qtbot) -> None:
    shown = menu_shortcuts(app.window)
    for keys in ("Ctrl+Left", "Ctrl+Right", "Ctrl+Up", "Ctrl+Down"):
        assert keys in shown, keys
    # every shortcut of the window is in a menu, where the owner can find it
    for action in app.window.actions():
        for sequence in action.shortcuts():
            assert sequence.toString() in shown, (action.text(), sequence.toString())


def test_the_menu_s_move_is_the_board_s_move(app, qtbot) -> None:
    stage = app.workspace.pipeline.stage_by_role("lead")
    anna, _ = app.workspace.contacts.create(ContactRecord(given_name="Anna"), stage_id=stage.id)
    app.window.central_tabs.setCurrentWidget(app.window.board)
    app.window.board.reload_all()
    assert app.window.board.select_contact(anna)
    next_stage = next(
        action
        for action in app.window.menus["pipeline"].actions()
        if action.shortcuts() and action.shortcut().toString() == "Ctrl+Right"
    )
    next_stage.trigger()
    assert app.workspace.pipeline.stage_of(anna) == app.window.board.columns[1].stage.id
