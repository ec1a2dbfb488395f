"""The app as a person uses it: add, drag, search, edit, delete, restart."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from prospectdesk.domain.records import Changes, ContactRecord, EmailEntry
from prospectdesk.ui.board_model import ContactIdRole, StageColumnModel
from tests.ui.conftest import drop_on, type_text


def add_people(app, *names: str, stage_index: int = 0) -> list[int]:
    stage_id = app.workspace.pipeline.stages()[stage_index].id
    ids = []
    for name in names:
        given, _, family = name.partition(" ")
        contact_id, _ = app.controller.run(
            lambda g=given, f=family: app.workspace.contacts.create(
                ContactRecord(given_name=g, family_name=f), stage_id=stage_id
            )
        )
        ids.append(contact_id)
    return ids


def column_names(column) -> list[str]:
    model = column.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_first_start_shows_the_default_stages(start_app):
    app = start_app()
    headers = [c.header.text() for c in app.window.board.columns]
    assert headers[0] == "Lead (0)"
    assert [c.stage.name for c in app.window.board.columns] == [
        "Lead",
        "Prospect",
        "Presentation",
        "Follow up later",
        "Customer",
        "Repeat buyer",
        "Not now (kept on the list)",
    ]
    assert app.window.windowTitle() == "ProspectDesk"


def test_new_contact_typed_into_the_form_appears_on_the_board(start_app, qtbot):
    app = start_app()
    window = app.window
    window.new_contact_action.trigger()
    qtbot.keyClicks(window.detail.form.given_name, "Lusine")
    qtbot.keyClicks(window.detail.form.family_name, "Grigoryan")
    type_text(qtbot, window.detail.form.organization, "Զարդ ՍՊԸ")
    qtbot.mouseClick(window.detail.save_button, Qt.MouseButton.LeftButton)
    lead = window.board.columns[0]
    assert column_names(lead) == ["Lusine Grigoryan"]
    assert lead.header.text() == "Lead (1)"
    assert window.detail.title.text() == "Lusine Grigoryan"


def test_drag_a_card_to_another_stage(start_app, qtbot):
    app = start_app()
    anna, bram = add_people(app, "Anna de Vries", "Bram Jansen")
    board = app.window.board
    lead, prospect = board.columns[0], board.columns[1]
    mime = lead.model.mimeData([lead.model.index(0, 0)])
    drop_on(prospect.view, mime, QPoint(20, 20))
    assert column_names(lead) == ["Bram Jansen"]
    assert column_names(prospect) == ["Anna de Vries"]
    assert lead.header.text() == "Lead (1)" and prospect.header.text() == "Prospect (1)"
    history = app.workspace.pipeline.stage_history(anna)
    assert history[-1].from_stage == "Lead" and history[-1].to_stage == "Prospect"
    # Only the dragged card moved: Bram's history still ends in Lead.
    bram_history = app.workspace.pipeline.stage_history(bram)
    assert [(h.from_stage, h.to_stage) for h in bram_history] == [(None, "Lead")]


def test_dragging_the_shown_card_updates_its_history_without_reading_it_again(
    start_app, monkeypatch
):
    app = start_app()
    anna, _ = add_people(app, "Anna de Vries", "Bram Jansen")
    board, detail = app.window.board, app.window.detail
    board.select_contact(anna)
    assert detail.contact_id == anna and detail.activity.history.count() == 1
    reads: list[int] = []
    original = app.workspace.contacts.get
    monkeypatch.setattr(
        app.workspace.contacts, "get", lambda cid: reads.append(cid) or original(cid)
    )
    lead, prospect = board.columns[0], board.columns[1]
    drop_on(prospect.view, lead.model.mimeData([lead.model.index(0, 0)]), QPoint(20, 20))
    assert (
        detail.activity.history.count() == 2
        and "Prospect" in detail.activity.history.item(1).text()
    )
    assert reads == []  # only the stage history changed: the form was not filled again
    assert detail.contact_id == anna  # still the card that was dragged
    assert prospect.model.card(0).stage_id == prospect.stage.id  # the card was re-read


def test_drop_on_a_card_in_the_same_column_puts_it_before_that_card(start_app):
    app = start_app()
    add_people(app, "A a", "B b", "C c")
    app.window.central_tabs.setCurrentWidget(app.window.board)
    lead = app.window.board.columns[0]
    mime = lead.model.mimeData([lead.model.index(2, 0)])
    first_card = lead.view.visualRect(lead.model.index(0, 0))
    drop_on(lead.view, mime, first_card.center())
    assert column_names(lead) == ["C c", "A a", "B b"]


def test_moves_from_the_keyboard(start_app, qtbot):
    app = start_app()
    a, b = add_people(app, "A a", "B b")
    board = app.window.board
    app.window.activateWindow()
    qtbot.waitActive(app.window)
    assert board.select_contact(b)
    qtbot.keyClick(board.columns[0].view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert column_names(board.columns[0]) == ["B b", "A a"]
    qtbot.keyClick(board.columns[0].view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert column_names(board.columns[1]) == ["B b"]
    assert app.workspace.pipeline.stage_of(b) == board.columns[1].stage.id
    assert a


def test_several_cards_move_and_get_tagged_together(start_app, monkeypatch):
    app = start_app()
    ids = add_people(app, "A a", "B b", "C c")
    board = app.window.board
    lead = board.columns[0]
    lead.view.selectAll()
    lead.view.setFocus()
    assert board.selected_ids() == ids
    monkeypatch.setattr(
        "prospectdesk.ui.board.QInputDialog.getText", lambda *a, **k: ("beurs", True)
    )
    app.window.tag_selected()
    assert all(app.workspace.contacts.get(i).tags == ["beurs"] for i in ids)
    board.move_to_stage(ids, board.columns[4].stage.id)
    assert column_names(board.columns[4]) == ["A a", "B b", "C c"]


def test_search_filters_the_board_as_you_type(start_app, qtbot):
    app = start_app()
    add_people(app, "Anna de Vries", "Bram Jansen")
    app.workspace.contacts.update(
        2,
        ContactRecord(
            given_name="Bram", family_name="Jansen", emails=[EmailEntry("bram@bakkerij.nl")]
        ),
    )
    qtbot.keyClicks(app.window.search, "bakk")
    lead = app.window.board.columns[0]
    # The filter runs on the next pass of the event loop, with the latest text.
    qtbot.waitUntil(lambda: app.window.board.search == "bakk")
    assert column_names(lead) == ["Bram Jansen"]
    assert lead.header.text() == "Lead (1)"
    app.window.search.clear()
    qtbot.waitUntil(lambda: app.window.board.search == "")
    assert column_names(lead) == ["Anna de Vries", "Bram Jansen"]


def test_headers_show_capped_counts_while_typing_then_the_exact_ones(start_app, qtbot):
    app = start_app()
    add_people(app, *[f"Anna Vries{i}" for i in range(6)])
    add_people(app, "Anna Prospect", stage_index=1)
    board = app.window.board
    board.count_cap = 2
    lead, prospect = board.columns[:2]

    board.set_search("anna")

    assert lead.header.text() == "Lead (2+)"  # never a wrong number: "at least 2"
    assert not lead.count_is_exact
    assert prospect.header.text() == "Prospect (1)"
    assert len(column_names(lead)) == 6
    qtbot.waitUntil(lambda: lead.header.text() == "Lead (6)")
    assert lead.count_is_exact


def test_a_keystroke_drops_the_exact_counting_of_the_text_it_replaces(
    start_app, qtbot, monkeypatch
):
    app = start_app()
    add_people(app, *[f"Anna Vries{i}" for i in range(6)])
    board = app.window.board
    board.count_cap = 2
    lead = board.columns[0]
    board.set_search("anna")
    assert not lead.count_is_exact  # its exact count follows while idle
    counted: list[str] = []
    step = board._count_step
    monkeypatch.setattr(board, "_count_step", lambda: (counted.append(board.search), step()))
    board.request_search("anna v")
    qtbot.waitUntil(lambda: lead.header.text() == "Lead (6)")
    assert "anna" not in counted  # not one more step for the old text
    assert lead.count_is_exact


def test_keystrokes_that_queue_up_are_filtered_once_with_the_latest_text(
    start_app, qtbot, monkeypatch
):
    app = start_app()
    add_people(app, "Anna de Vries", "Anouk Bakker", "Bram Jansen")
    board = app.window.board
    applied: list[str] = []
    set_search = board.set_search
    monkeypatch.setattr(board, "set_search", lambda text: (applied.append(text), set_search(text)))
    for text in ("a", "an", "ano"):  # three keystrokes before the event loop runs again
        board.request_search(text)
    qtbot.waitUntil(lambda: board.search == "ano")
    assert applied == ["ano"]
    assert column_names(board.columns[0]) == ["Anouk Bakker"]


def test_edits_survive_a_restart(start_app, qtbot):
    app = start_app()
    (anna,) = add_people(app, "Anna de Vries")
    app.window.open_contact(anna)
    detail = app.window.detail
    detail.form.organization.clear()
    type_text(qtbot, detail.form.organization, "Bloemenhuis Ütrecht")
    detail.form.birthday.month.setCurrentIndex(2)
    detail.form.birthday.day.setValue(29)
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    app.window.board.move_to_stage([anna], app.window.board.columns[2].stage.id)
    app.close()

    again = start_app()
    record = again.workspace.contacts.get(anna)
    assert record.organization == "Bloemenhuis Ütrecht"
    assert record.birthday is not None and (record.birthday.month, record.birthday.day) == (2, 29)
    assert column_names(again.window.board.columns[2]) == ["Anna de Vries"]


def test_validation_explains_and_does_not_save(start_app, qtbot):
    app = start_app()
    (anna,) = add_people(app, "Anna de Vries")
    detail = app.window.detail
    app.window.open_contact(anna)
    row = detail.form.emails.add_row(["anna.example.com", "work"])
    assert row == 0
    detail.form.birthday.month.setCurrentIndex(2)
    detail.form.birthday.day.setValue(31)
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    text = detail.problems.text()
    assert "has no @" in text and "does not exist" in text
    assert app.workspace.contacts.get(anna).emails == []


def test_delete_asks_and_undo_brings_it_back(start_app, monkeypatch):
    app = start_app()
    a, b = add_people(app, "A a", "B b")
    monkeypatch.setattr(
        "prospectdesk.ui.board.QMessageBox.question",
        lambda *args, **kw: QMessageBox.StandardButton.Yes,
    )
    app.window.board.select_contact(a)
    app.window.delete_selected()
    assert column_names(app.window.board.columns[0]) == ["B b"]
    assert app.window.undo_action.isEnabled()
    app.window.undo_action.trigger()
    assert column_names(app.window.board.columns[0]) == ["A a", "B b"]
    assert b


def test_next_and_previous_contact_without_the_board(start_app, qtbot):
    app = start_app()
    a, b, c = add_people(app, "A a", "B b", "C c")
    window = app.window
    window.open_contact(a)
    window.step_contact(+1)
    assert window.detail.contact_id == b
    window.step_contact(+1)
    assert window.detail.contact_id == c
    window.step_contact(-1)
    assert window.detail.contact_id == b


def test_conversation_and_followup_from_the_detail_view(start_app, qtbot):
    app = start_app()
    (a,) = add_people(app, "A a")
    window = app.window
    window.open_contact(a)
    detail = window.detail
    qtbot.keyClicks(detail.activity.interaction_summary, "Belde over het starterspakket")
    qtbot.keyClicks(detail.activity.interaction_concerns, "Te duur?")
    detail.activity.add_interaction()
    (interaction,) = app.workspace.activity.interactions(a)
    assert interaction.summary == "Belde over het starterspakket"
    assert [c.text for c in interaction.concerns] == ["Te duur?"]
    qtbot.keyClicks(detail.activity.followup_what, "Terugbellen")
    detail.activity.add_followup()
    (followup,) = app.workspace.activity.followups(a)
    assert followup.what == "Terugbellen"
    card = window.board.columns[0].model.card(0)
    assert card.next_followup_due is not None


def test_window_geometry_and_splitter_are_remembered(start_app):
    app = start_app()
    # The offscreen screen is 800x600, and restoreGeometry() keeps a window on screen.
    app.window.resize(790, 560)
    app.window.splitter.setSizes([470, 300])
    expected_size = app.window.size()
    assert expected_size.height() == 560  # differs from the default 1280x800
    sizes = app.window.splitter.sizes()
    app.close()
    again = start_app()
    assert again.window.size() == expected_size
    assert again.window.splitter.sizes() == sizes


def test_column_model_passes_the_model_tester(start_app, qtmodeltester):
    app = start_app()
    add_people(app, "A a", "B b")
    model = StageColumnModel(app.controller, app.workspace.pipeline.stages()[0].id)
    model.reload()
    qtmodeltester.check(model)
    assert model.index(0, 0).data(ContactIdRole) == 1


def test_big_column_loads_in_pages(start_app):
    app = start_app()
    stage_id = app.workspace.pipeline.stages()[1].id
    for i in range(450):
        app.workspace.contacts.create(ContactRecord(given_name=f"P{i:04d}"), stage_id=stage_id)
    app.window.board.reload_all()
    column = app.window.board.columns[1]
    assert column.model.rowCount() == 200
    assert column.header.text() == "Prospect (450)"
    assert app.window.board.select_contact(440)
    assert column.model.rowCount() == 450


def test_cards_fill_their_column_without_a_sideways_scroll(start_app, qtbot):
    """A column long enough for a vertical scroll bar still shows whole cards: the card
    grid follows the column's width, not a fixed card width."""
    app = start_app()
    app.window.central_tabs.setCurrentWidget(app.window.board)
    app.workspace.contacts.create_many([ContactRecord(given_name=f"Lead {i}") for i in range(60)])
    app.controller.run(lambda: Changes(everything=True))
    column = app.window.board.columns[0]
    qtbot.waitUntil(lambda: column.view.verticalScrollBar().isVisible())
    view = column.view
    assert not view.horizontalScrollBar().isVisible()
    assert view.gridSize().width() == view.viewport().width()
    first = view.visualRect(column.model.index(0, 0))
    assert first.width() <= view.viewport().width()


def test_the_board_scrolls_while_a_card_is_dragged_near_its_edge(start_app, qtbot):
    from PySide6.QtCore import QMimeData, QPoint
    from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent
    from PySide6.QtWidgets import QApplication

    app = start_app()
    window = app.window
    window.central_tabs.setCurrentWidget(window.board)
    window.resize(900, 600)
    board = window.board
    qtbot.waitUntil(lambda: board.horizontalScrollBar().maximum() > 0)
    bar = board.horizontalScrollBar()
    assert bar.value() == 0
    # over the last column still in sight, a few pixels from the board's right edge
    edge = board.viewport().mapToGlobal(QPoint(board.viewport().width() - 10, 100))
    column = next(c for c in reversed(board.columns) if not c.visibleRegion().isEmpty())
    point = column.view.viewport().mapFromGlobal(edge)
    mime = QMimeData()
    mime.setData(column.model.mimeTypes()[0], b"")
    for kind in (QDragEnterEvent, QDragMoveEvent):
        event = kind(
            point,
            Qt.DropAction.MoveAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(column.view.viewport(), event)
    assert bar.value() > 0
    qtbot.waitUntil(lambda: bar.value() >= 3 * 40)  # it goes on while the card rests there
    QApplication.sendEvent(column.view.viewport(), QDragLeaveEvent())
    stopped = bar.value()
    qtbot.wait(150)
    assert bar.value() == stopped


def test_a_search_says_which_columns_out_of_sight_hold_matches(start_app, qtbot):
    app = start_app()
    window = app.window
    window.central_tabs.setCurrentWidget(window.board)
    window.resize(900, 600)
    board = window.board
    last = board.columns[-1]
    app.workspace.contacts.create(ContactRecord(given_name="Zora"), stage_id=last.stage.id)
    app.workspace.contacts.create(
        ContactRecord(given_name="Zoe"), stage_id=board.columns[0].stage.id
    )
    board.reload_all()
    qtbot.waitUntil(lambda: board.horizontalScrollBar().maximum() > 0)
    board.set_search("zo")
    shown = window.findChild(QLabel, "hidden-matches")
    assert last.stage.name in shown.text()
    assert board.columns[0].stage.name not in shown.text()  # in sight: no need to say
    board.horizontalScrollBar().setValue(board.horizontalScrollBar().maximum())
    assert last.stage.name not in shown.text()
    assert board.columns[0].stage.name in shown.text()
    board.set_search("")
    assert shown.text() == ""


def test_a_column_collapses_to_its_header_and_still_takes_drops(start_app, qtbot):
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    from prospectdesk.ui.board_model import encode_ids

    app = start_app()
    window = app.window
    window.central_tabs.setCurrentWidget(window.board)
    board = window.board
    anna, _ = app.workspace.contacts.create(
        ContactRecord(given_name="Anna"), stage_id=board.columns[0].stage.id
    )
    board.reload_all()
    target = board.columns[4]
    wide = target.width()
    target.set_collapsed(True)
    qtbot.waitUntil(lambda: target.width() < wide / 2)
    assert not target.view.isVisible() and target.header.isVisible()
    assert target.width() >= target.header.sizeHint().width()  # the header is not cut
    mime: QMimeData = encode_ids([anna])
    point = target.header.geometry().center()
    actions, button = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(target, QDragEnterEvent(point, actions, mime, button, none))
    QApplication.sendEvent(target, QDragMoveEvent(point, actions, mime, button, none))
    drop = QDropEvent(point.toPointF(), actions, mime, button, none)
    drop.setDropAction(Qt.DropAction.MoveAction)
    QApplication.sendEvent(target, drop)
    assert app.workspace.pipeline.stage_of(anna) == target.stage.id
    target.set_collapsed(False)
    qtbot.waitUntil(lambda: target.view.isVisible())


def test_the_frame_keeps_the_detail_s_width_and_shrugs_off_a_broken_value(tmp_path, qtbot):
    """The window's frame (the first screen's) reserves the width the detail needed at
    the last close; a value edited into something else, or negative, reserves none."""
    from PySide6.QtCore import QSettings

    from prospectdesk.ui.main_window import MainWindow

    state = QSettings(str(tmp_path / "ui-state.ini"), QSettings.Format.IniFormat)
    for stored, reserved in (("438", 438), ("wide", 0), ("-5", 0), (None, 0)):
        if stored is None:
            state.remove("main/detail_width")
        else:
            state.setValue("main/detail_width", stored)
        frame = MainWindow(None, state)
        qtbot.addWidget(frame)
        assert frame.splitter.widget(1).minimumWidth() == reserved, stored
