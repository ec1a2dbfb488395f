"""Today, Funnel and Sources views, the wiring into the main window, and a restart."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox

from prospectdesk.domain.qualification import Answer, AnswerInput
from prospectdesk.domain.records import Birthday, Changes, ContactRecord
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.funnel_view import FunnelView
from prospectdesk.ui.main_window import MainWindow
from prospectdesk.ui.sales_wiring import SalesUi
from prospectdesk.ui.sources_view import SourcesTableModel, SourcesView
from prospectdesk.ui.today_view import ContactIdRole, TodayView


@pytest.fixture
def controller(workspace):
    return AppController(workspace)


def add(workspace, name: str, role: str = "lead", **fields) -> int:
    stage = workspace.pipeline.stage_by_role(role)
    contact_id, _ = workspace.contacts.create(
        ContactRecord(given_name=name, **fields), stage_id=stage.id
    )
    return contact_id


def ids_in(view: TodayView, section: str) -> list[int]:
    return [item.data(0, ContactIdRole) for item in view.entries(section)]


def click(qtbot, button) -> None:
    if isinstance(button, QAbstractButton) and button.isCheckable():
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_today_lists_followups_birthdays_leads_and_quiet_prospects(
    qtbot, controller, workspace, clock
):
    quiet = add(workspace, "Stil", "prospect")
    clock.advance(timedelta(days=30))
    overdue = add(workspace, "Overdue", "follow_up")
    later = add(workspace, "Later", "follow_up")
    workspace.activity.add_followup(overdue, due_at=clock.now() - timedelta(days=2), what="Bel")
    workspace.activity.add_followup(later, due_at=clock.now() + timedelta(days=3), what="Mail")
    birthday = add(workspace, "Jarig", "customer", birthday=Birthday(12, 25, 1980))  # in two days
    lead = add(workspace, "Nieuw")
    talked = add(workspace, "Gesproken", "prospect")
    workspace.activity.log_interaction(talked, summary="ok")

    view = TodayView(controller)
    qtbot.addWidget(view)
    view.show()
    assert ids_in(view, "followups") == [overdue]
    assert "overdue" in view.entries("followups")[0].text(1)
    assert ids_in(view, "birthdays") == [birthday]
    assert "46" in view.entries("birthdays")[0].text(1)  # turns 46
    assert ids_in(view, "leads") == [lead]
    assert ids_in(view, "quiet") == [quiet]
    # Three days on, the later follow-up is due too.
    clock.advance(timedelta(days=3, hours=1))
    view.refresh()
    assert set(ids_in(view, "followups")) == {overdue, later}


def test_today_click_selects_and_activation_opens(qtbot, controller, workspace):
    lead = add(workspace, "Nieuw")
    view = TodayView(controller)
    qtbot.addWidget(view)
    view.show()
    view.show()
    item = view.entries("leads")[0]
    rect = view.tree.visualItemRect(item)
    with qtbot.waitSignal(view.contact_selected) as selected:
        qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected.args == [lead]
    with qtbot.waitSignal(view.contact_activated) as activated:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert activated.args == [lead]


def test_marking_a_followup_done_asks_for_the_next_step(qtbot, controller, workspace, clock):
    a = add(workspace, "A", "follow_up")
    followup_id, _ = workspace.activity.add_followup(a, due_at=clock.now(), what="Bellen")
    view = TodayView(controller)
    qtbot.addWidget(view)
    view.show()
    view.show()
    view.tree.setCurrentItem(view.entries("followups")[0])
    assert view.done_button.isEnabled()
    click(qtbot, view.done_button)
    dialog = view.next_step_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.what.setText("Offerte sturen")
    with qtbot.waitSignal(controller.changes_applied):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    rows = workspace.activity.followups(a)
    assert [r.done_at is not None for r in rows] == [True, False]
    assert rows[1].what == "Offerte sturen" and rows[1].due_at > clock.now()
    assert ids_in(view, "followups") == []  # the next one is not due today
    assert rows[0].id == followup_id


def test_followup_done_without_a_next_step(qtbot, controller, workspace, clock):
    a = add(workspace, "A", "follow_up")
    workspace.activity.add_followup(a, due_at=clock.now(), what="Bellen")
    view = TodayView(controller)
    qtbot.addWidget(view)
    view.show()
    view.show()
    view.tree.setCurrentItem(view.entries("followups")[0])
    click(qtbot, view.done_button)
    click(qtbot, view.next_step_dialog.nothing)
    click(qtbot, view.next_step_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert workspace.activity.followups(a, include_done=False) == []
    assert view.entries("followups") == []


def test_funnel_view_periods_and_picture(qtbot, controller, workspace, clock):
    stages = {s.role: s.id for s in workspace.pipeline.stages()}
    old = add(workspace, "Oud")
    clock.advance(timedelta(days=100))
    new = add(workspace, "Nieuw")
    workspace.pipeline.move_contacts([new], to_stage_id=stages["prospect"])
    view = FunnelView(controller)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    view.period.setCurrentIndex(view.period.findData("30"))
    step = view.chart.report.step_from(stages["lead"])
    assert (step.reached, step.entered) == (1, 1)  # the old lead entered before the period
    view.period.setCurrentIndex(view.period.findData("all"))
    step = view.chart.report.step_from(stages["lead"])
    assert (step.reached, step.entered) == (1, 2)
    assert any("50 %" in line for line in view.chart.summary_lines())
    image = view.chart.grab().toImage()
    assert not image.isNull() and image.width() > 0
    workspace.pipeline.move_contacts([old], to_stage_id=stages["prospect"])
    controller.run(lambda: workspace.pipeline.move_contacts([old], to_stage_id=stages["not_now"]))
    assert view.chart.report.stage(stages["not_now"]).people == 1


def test_sources_view_table_and_editing(qtbot, qtmodeltester, controller, workspace, monkeypatch):
    add(workspace, "R", source="Referral")
    view = SourcesView(controller)
    qtbot.addWidget(view)
    view.show()
    qtmodeltester.check(view.model)
    names = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert "Referral" in names
    row = names.index("Referral")
    assert view.model.index(row, 1).data() == "1"
    assert view.model.index(row, 2).data().startswith("0")
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Beurs", True)))
    click(qtbot, view.add_button)
    assert "Beurs" in [s.name for s in workspace.sales.sources.sources()]
    assert "Beurs" in [view.model.index(r, 0).data() for r in range(view.model.rowCount())]


def test_sources_model_passes_the_model_tester(qtmodeltester):
    from prospectdesk.domain.sources import SourceRow

    model = SourcesTableModel()
    model.set_rows([SourceRow(1, "Referral", 4, 3, 2, 1), SourceRow(None, "", 1, 0, 0, 0)])
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "(no source)"
    assert model.index(0, 3).data() == "2 (50 %)"


@pytest.fixture
def window(qtbot, controller, tmp_path):
    main = MainWindow(controller, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    SalesUi(main)  # as ui/app.py builds it
    main.show()
    return main


@pytest.fixture
def sales_ui(window) -> SalesUi:
    return window.findChild(SalesUi)


def test_main_window_has_today_home_and_view_menu(window, sales_ui):
    tabs = window.central_tabs
    assert tabs.currentWidget() is sales_ui.today
    sales_ui.funnel_action.trigger()
    assert tabs.currentWidget() is sales_ui.funnel
    sales_ui.sources_action.trigger()
    assert tabs.currentWidget() is sales_ui.sources
    view_menu_texts = [a.text() for a in window.menus["view"].actions()]
    assert {"Today", "Funnel", "Lead sources"} <= set(view_menu_texts)


def test_board_headers_show_value_totals_and_context_menu_offers_sales(
    qtbot, window, controller, workspace, sales_ui
):
    prospect = workspace.pipeline.stage_by_role("prospect")
    a = add(workspace, "A", "prospect", expected_value_cents=150000)
    controller.run(lambda: workspace.sales.presentations.set_expected_value(a, 150000))
    column = window.board.column_of_stage(prospect.id)
    assert column.header_extra != "" and "500" in column.header_extra
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    sales_ui.extend_card_menu(menu, [a])
    texts = [action.text() for action in menu.actions()]
    assert "Qualify…" in texts and "Record presentation…" in texts
    menu.actions()[texts.index("Qualify…")].trigger()
    assert sales_ui.open_dialog is not None
    assert sales_ui.open_dialog.contact_id == a
    sales_ui.open_dialog.reject()


def test_a_drop_moves_the_value_between_the_header_totals(qtbot, window, controller, workspace):
    """The totals are kept and adjusted by moves, not summed again: the headers must still
    show what a fresh sum would."""
    from prospectdesk.ui.money import money

    lead = window.board.column_of_stage(workspace.pipeline.stage_by_role("lead").id)
    prospect = window.board.column_of_stage(workspace.pipeline.stage_by_role("prospect").id)
    a = add(workspace, "A", "lead", expected_value_cents=150000)
    b = add(workspace, "B", "prospect", expected_value_cents=25000)
    add(workspace, "C", "lead")
    controller.run(lambda: Changes(everything=True))
    assert lead.header_extra == money(150000) and prospect.header_extra == money(25000)

    prospect.model.move_here([a], None)
    assert lead.header_extra == "" and prospect.header_extra == money(175000)
    assert "(1)" in lead.header.text() and "(2)" in prospect.header.text()
    controller.run(lambda: workspace.sales.presentations.set_expected_value(b, 5000))
    assert prospect.header_extra == money(155000)
    controller.undo()  # the value edit: every change is undone, latest first
    assert lead.header_extra == "" and prospect.header_extra == money(175000)
    controller.undo()  # the move
    assert lead.header_extra == money(150000) and prospect.header_extra == money(25000)
    assert workspace.sales.presentations.value_totals()[lead.stage.id] == 150000


def test_detail_buttons_and_sales_tab(qtbot, window, sales_ui, controller, workspace):
    a = add(workspace, "Anna")
    window.open_contact(a)
    assert sales_ui.qualify_button.isEnabled()
    click(qtbot, sales_ui.qualify_button)
    dialog = sales_ui.open_dialog
    for criterion in dialog.criteria:
        dialog.set_answer(criterion.id, Answer.YES, "goed")
    click(qtbot, dialog.save_button)
    click(qtbot, dialog.move_button)
    assert workspace.pipeline.stage_of(a) == workspace.pipeline.stage_by_role("prospect").id
    panel = sales_ui.panel
    assert "3 of 3" in panel.status.text()
    assert panel.qualifications.count() == 4  # the session and its three answers
    assert "goed" in panel.qualifications.item(1).text()
    card = window.board.column_of_stage(workspace.pipeline.stage_of(a)).model
    assert card.rowCount() == 1


def test_ui_restart_keeps_the_sales_process(qtbot, data_dir, clock):
    from prospectdesk.ui.app import ProspectDeskApp

    app = ProspectDeskApp(data_dir, clock=clock)
    ws = app.workspace
    a = add(ws, "Anna")
    b = add(ws, "Bram")
    q = ws.sales.qualification
    q.record(a, [AnswerInput(c.id, Answer.YES) for c in q.criteria()], method="meeting")
    q.record(b, [AnswerInput(q.criteria()[0].id, Answer.NO)], method="email")
    ws.activity.add_followup(b, due_at=clock.now(), what="Bellen")
    app.close()

    app = ProspectDeskApp(data_dir, clock=clock)
    app.show()  # opens on Calls (people to call); Today is one tab away
    app.show_today()
    today = app.sales_ui.today
    assert ids_in(today, "leads") == [b]  # Anna is qualified, Bram not yet
    assert ids_in(today, "followups") == [b]
    assert app.workspace.sales.qualification.status(a).met == 3
    app.close()


def test_today_counts_everything_but_lists_a_bounded_number(qtbot, controller, workspace, clock):
    from prospectdesk.ui.today_view import SECTION_LIMIT

    people = [ContactRecord(given_name=f"Overdue {i}") for i in range(SECTION_LIMIT + 25)]
    stage = workspace.pipeline.stage_by_role("follow_up")
    ids = workspace.contacts.create_many(people, stage_id=stage.id)
    for contact_id in ids:
        workspace.activity.add_followup(contact_id, due_at=clock.now() - timedelta(days=1))
    view = TodayView(controller)
    qtbot.addWidget(view)
    view.show()
    assert len(view.entries("followups")) == SECTION_LIMIT
    assert f"({SECTION_LIMIT + 25})" in view.sections["followups"].text(0)


def test_today_is_filled_on_first_show_then_only_after_a_change(qtbot, controller, workspace):
    """Built without reading the agenda (a start on the board or in the tray must not pay
    for it); filled when first shown; a tab switch does not refill it, a change does."""
    view = TodayView(controller)
    qtbot.addWidget(view)
    calls = []
    original = view.refresh
    view.refresh = lambda: (calls.append(1), original())[1]
    assert view.agenda is None
    view.show()
    assert calls == [1]
    view.hide()
    view.show()
    assert calls == [1]
    view.hide()
    add(workspace, "Nieuw")
    controller.run(lambda: Changes(everything=True))
    view.show()
    assert calls == [1, 1]
    assert ids_in(view, "leads")


@pytest.mark.parametrize("view_class", [FunnelView, SourcesView])
def test_reports_are_computed_again_only_after_a_change(qtbot, controller, workspace, view_class):
    """Switching tabs back and forth must not recompute a report that reads every
    contact's history; a change made while hidden is caught up on the next show."""
    view = view_class(controller)
    qtbot.addWidget(view)
    calls = []
    original = view.refresh
    view.refresh = lambda *args: (calls.append(1), original())[1]
    view.show()
    view.hide()
    view.show()
    assert calls == [1]
    view.hide()
    add(workspace, "Nieuw")
    controller.run(lambda: Changes(everything=True))
    assert calls == [1]  # hidden: only marked stale
    view.show()
    assert calls == [1, 1]


def test_today_elides_a_long_name_instead_of_hiding_what_to_do(qtbot, workspace, clock):
    from prospectdesk.domain.records import ContactRecord
    from prospectdesk.ui.controller import AppController
    from prospectdesk.ui.today_view import TodayView

    name = "Maria Magdalena van den Heuvel-Oosterbroek " * 4
    anna, _ = workspace.contacts.create(ContactRecord(given_name=name.strip()))
    workspace.activity.add_followup(anna, due_at=clock.now(), what="call about the offer")
    view = TodayView(AppController(workspace))
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    tree = view.tree
    assert tree.columnWidth(0) <= tree.viewport().width() * 0.5
    what = tree.visualItemRect(view.entries("followups")[0])
    assert tree.columnViewportPosition(1) + 100 < tree.viewport().width()  # "What" in sight
    assert what.isValid()


def test_today_builds_a_screen_of_rows_before_its_first_paint_and_the_rest_after(
    workspace, qtbot, clock
):
    """Issue 21: 800 rows at 100,000 contacts cost ~50 ms of the first paint. The first
    FIRST_ROWS of each section are there at once, the rest follow on the next pass of the
    event loop, in order; entries() never shows a half-filled section."""
    from prospectdesk.ui.today_view import FIRST_ROWS

    now = clock.now()
    lead = workspace.pipeline.stage_by_role("lead")
    ids = [
        workspace.contacts.create(ContactRecord(given_name=f"Klant {i:03}"), stage_id=lead.id)[0]
        for i in range(FIRST_ROWS + 15)
    ]
    for offset, contact_id in enumerate(ids):
        workspace.activity.add_followup(contact_id, due_at=now - timedelta(hours=100 - offset))
    view = TodayView(AppController(workspace))
    qtbot.addWidget(view)
    view.refresh()
    section = view.sections["followups"]
    assert section.childCount() == FIRST_ROWS
    assert f"({FIRST_ROWS + 15})" in section.text(0)
    qtbot.waitUntil(lambda: section.childCount() == FIRST_ROWS + 15)
    assert [i.data(0, ContactIdRole) for i in view.entries("followups")] == ids
    view.refresh()
    assert len(view.entries("followups")) == FIRST_ROWS + 15  # completed on asking


def test_funnel_and_sources_show_who_said_no_and_why(qtbot, controller, workspace, clock):
    """Issue 18: the owner sees which reasons and which lead sources lose people."""
    from prospectdesk.domain.records import ContactRecord
    from prospectdesk.domain.sales import CloseOutcome, PresentationInput

    prospect = workspace.pipeline.stage_by_role("prospect").id
    for name, source, reason in (
        ("Arev", "Bought list", "Price"),
        ("Bert", "Bought list", "Price"),
        ("Cora", "Met in person", "Timing"),
    ):
        contact_id, _ = workspace.contacts.create(
            ContactRecord(given_name=name, source=source), stage_id=prospect
        )
        data = PresentationInput(
            presented_at=clock.now(),
            offered="Pakket",
            call_to_action="Bestellen",
            outcome=CloseOutcome.NO,
            stays_on_list=True,
            no_reason=reason,
        )
        controller.run(
            lambda c=contact_id, d=data: workspace.sales.presentations.record_presentation(c, d)
        )
    clock.advance(timedelta(minutes=5))
    funnel = FunnelView(controller)
    sources = SourcesView(controller)
    for view in (funnel, sources):
        qtbot.addWidget(view)
        view.show()

    assert funnel.losses.rows_shown() == [["Price", "2"], ["Timing", "1"]]
    assert sources.losses.rows_shown() == [
        ["Bought list", "Price", "2"],
        ["Met in person", "Timing", "1"],
    ]
