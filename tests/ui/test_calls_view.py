"""The Calls tab: the domain's order, the brief beside the list, dialling through the
system, and one key per outcome that logs the call and reschedules the row."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices

from prospectdesk.domain.calls import CallOutcome, CallReason
from prospectdesk.domain.records import ContactRecord, PhoneEntry
from prospectdesk.store.models import FollowUp, Interaction
from prospectdesk.ui.calls_view import CallsView, ContactIdRole
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.main_window import MainWindow
from prospectdesk.ui.sales_wiring import SalesUi


def add(workspace, name: str, role: str = "lead", phone: str = "") -> int:
    stage = workspace.pipeline.stage_by_role(role)
    record = ContactRecord(given_name=name, phones=[PhoneEntry(phone)] if phone else [])
    contact_id, _ = workspace.contacts.create(record, stage_id=stage.id)
    return contact_id


@pytest.fixture
def view(qtbot, workspace, clock):
    now = clock.now()
    late = add(workspace, "Late", "prospect", phone="+31 20 123 4567")
    today = add(workspace, "Today", "prospect")
    workspace.activity.add_followup(today, due_at=now + timedelta(hours=2), what="demo")
    workspace.activity.add_followup(late, due_at=now - timedelta(days=2), what="offerte")
    add(workspace, "Lead")
    widget = CallsView(AppController(workspace))
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def listed(view: CallsView) -> list[int]:
    model = view.model
    return [model.index(i).data(ContactIdRole) for i in range(model.rowCount())]


def select(view: CallsView, row: int) -> None:
    view.list.setFocus()
    view.list.selectionModel().setCurrentIndex(
        view.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )


def test_the_list_keeps_the_domain_order_and_shows_the_brief(view, workspace, clock, qtmodeltester):
    qtmodeltester.check(view.model)
    expected = [row.contact_id for row in workspace.sales.calls.calls_at(clock.now())]
    assert listed(view) == expected
    assert [row.reason for row in view.model.calls][:2] == [
        CallReason.OVERDUE,
        CallReason.DUE_TODAY,
    ]
    select(view, 0)
    text = view.brief.text()
    assert "Late" in text and "tel:+31201234567" in text
    assert "offerte" in view.model.index(0).data()


def test_a_click_on_the_number_dials_through_the_system(view, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    select(view, 0)
    view.brief.linkActivated.emit("tel:+31201234567")
    assert [url.toString() for url in opened] == ["tel:+31201234567"]


def test_the_no_answer_key_logs_the_call_and_reschedules_the_row(view, qtbot, workspace, clock):
    select(view, 0)
    late = listed(view)[0]
    qtbot.keyClick(view.list, Qt.Key.Key_2)
    call = Interaction.get(Interaction.contact == late)
    assert (call.kind, call.call_outcome) == ("call", CallOutcome.NO_ANSWER.value)
    due = FollowUp.get(FollowUp.contact == late, FollowUp.done_at.is_null()).due_at
    assert due.date() > clock.now().date()  # tried again tomorrow: off today's list
    assert late not in listed(view)
    assert view.current_row() is not None  # the next call is selected at once
    assert view.outcome_buttons[CallOutcome.NO_ANSWER].text().endswith("[2]")


def test_reached_asks_what_was_said_and_logs_it(view, qtbot):
    select(view, 1)
    person = listed(view)[1]
    qtbot.keyClick(view.list, Qt.Key.Key_1)
    dialog = view.note_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.note.setPlainText("Wants the price list")
    dialog.accept()
    call = Interaction.get(Interaction.contact == person)
    assert (call.summary, call.call_outcome) == ("Wants the price list", "reached")


def test_calls_is_the_first_tab_and_the_home_of_a_working_day(qtbot, workspace, tmp_path):
    add(workspace, "Anna")
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppController(workspace), settings)
    qtbot.addWidget(window)
    sales_ui = SalesUi(window)  # as ui/app.py builds it
    window.show()
    assert window.central_tabs.widget(0) is sales_ui.calls
    assert window.central_tabs.currentWidget() is sales_ui.calls
    calls = sales_ui.calls
    assert listed(calls)  # filled on show
    rect = calls.list.visualRect(calls.model.index(0))
    qtbot.mouseClick(calls.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.detail.contact_id == listed(calls)[0]  # shown beside the list


@pytest.mark.parametrize("reason", list(CallReason))
def test_every_reason_has_words(reason: CallReason, clock) -> None:
    """A reason the view has no words for shows only its date (the forecast's "due to
    reorder" came from another branch): every reason of the domain is said."""
    from unittest.mock import Mock

    from prospectdesk.domain.calls import CallRow
    from prospectdesk.ui.calls_view import reason_text

    row = CallRow(1, "Anna", reason, clock.now(), "", Mock())
    text = reason_text(row)
    assert len(text) > 20 and "%1" not in text


def test_a_long_list_is_read_a_page_at_a_time_as_it_scrolls(qtbot, workspace, clock):
    """The first paint reads one page; the heading counts the whole list; scrolling to the
    end reads the rest, in the domain's order; a person selected far down stays selected
    when the list is read again."""
    from prospectdesk.ui.calls_view import PAGE

    now = clock.now()
    for i in range(PAGE + 30):
        person = add(workspace, f"Persoon {i:03d}", "prospect")
        workspace.activity.add_followup(person, due_at=now - timedelta(days=1, minutes=i))
    for i in range(20):
        add(workspace, f"Lead {i}")
    whole = [row.contact_id for row in workspace.sales.calls.calls_at(now)]
    assert len(whole) == PAGE + 50
    widget = CallsView(AppController(workspace))
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    assert len(widget.model.calls) == PAGE
    qtbot.waitUntil(lambda: "150" in widget.heading.text())
    for _ in range(10):
        widget.list.scrollToBottom()
        qtbot.wait(5)
    assert listed(widget) == whole
    select(widget, PAGE + 40)
    kept = listed(widget)[PAGE + 40]
    widget.refresh()
    assert widget.current_row().contact_id == kept
    assert widget.brief.text().count(widget.current_row().display_name) == 1


def test_a_row_with_a_cjk_name_shows_both_its_lines(qtbot, clock):
    """A row is as tall as its two lines need in the tallest script (a CJK fallback font
    is taller than the interface font): sized by the first row alone, a Chinese name's
    row lost its reason to the elision."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    from prospectdesk.domain.calls import CallRow
    from prospectdesk.ui.calls_page import CallsPage

    rows = [
        CallRow(1, "Anna de Vries", CallReason.OVERDUE, clock.now(), "bellen", None, 1),
        CallRow(2, "佐藤敏", CallReason.OVERDUE, clock.now(), "回电话", None, 2),
        CallRow(3, "Աննա Պետրոսյան", CallReason.OVERDUE, clock.now(), "Զանգահարել", None, 3),
    ]
    page = CallsPage()
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show_rows(rows)
    page.show()
    qtbot.waitExposed(page)
    metrics = QFontMetrics(page.list.font())
    for row in range(3):
        index = page.model.index(row)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        needed = metrics.boundingRect(QRect(0, 0, 10_000, 10_000), 0, text).height()
        assert page.list.visualRect(index).height() >= needed, text


def test_the_calls_model_s_roles_are_qt_s_own() -> None:
    """The page names Qt's item data roles as ints (it must not touch the Qt namespace
    before its first paint: see calls_page's docstring); they are Qt's values."""
    from PySide6.QtCore import Qt

    from prospectdesk.ui import calls_page

    assert calls_page.DISPLAY_ROLE == Qt.ItemDataRole.DisplayRole.value
    assert calls_page.TOOLTIP_ROLE == Qt.ItemDataRole.ToolTipRole.value
    assert calls_page.USER_ROLE == Qt.ItemDataRole.UserRole.value
