"""Data the owner can trust, on screen: amounts keep the workspace's currency whatever the
interface language, and "do not contact" shows on the card, in the detail view and in the
card menu, set and cleared by hand with undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QMenu

from prospectdesk.domain.records import Changes, ContactRecord
from prospectdesk.domain.sales import CloseOutcome
from prospectdesk.domain.settings import CURRENCY
from prospectdesk.ui import money as sales_money
from prospectdesk.ui.app import ProspectDeskApp
from prospectdesk.ui.card_delegate import CardDelegate, format_money
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.i18n import Translations
from prospectdesk.ui.main_window import MainWindow
from prospectdesk.ui.money import money
from prospectdesk.ui.presentation_dialog import PresentationDialog
from prospectdesk.ui.sales_wiring import SalesUi


@pytest.fixture
def controller(workspace):
    return AppController(workspace)


@pytest.fixture
def window(qtbot, controller, tmp_path):
    main = MainWindow(controller, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def sales_ui(window):
    return SalesUi(window)  # as ui/app.py builds it


def add(workspace, name: str, role: str = "prospect", **fields) -> int:
    stage = workspace.pipeline.stage_by_role(role)
    contact_id, _ = workspace.contacts.create(
        ContactRecord(given_name=name, **fields), stage_id=stage.id
    )
    return contact_id


# -- money --------------------------------------------------------------------------------


def test_switching_the_language_keeps_the_amount_and_its_currency(qapp, monkeypatch):
    monkeypatch.setattr(sales_money, "_currency", "USD")
    translations = Translations()
    try:
        translations.install("en")
        assert money(264850) == format_money(264850) == "$2,648.50"
        translations.install("nl")
        dutch = money(264850)
        assert "$" in dutch and "2.648,50" in dutch and "€" not in dutch
        assert format_money(264850) == dutch
        translations.install("hy")
        armenian = money(264850)
        assert "$" in armenian and "2648,50" in armenian and "֏" not in armenian
    finally:
        translations.remove()


def test_euros_stay_euros_in_english_and_drams_stay_drams_in_dutch(qapp, monkeypatch):
    translations = Translations()
    try:
        translations.install("en")
        monkeypatch.setattr(sales_money, "_currency", "EUR")
        assert money(264850) == "€2,648.50"
        translations.install("nl")
        monkeypatch.setattr(sales_money, "_currency", "AMD")
        assert "֏" in money(264850) and "2.648,50" in money(264850)
    finally:
        translations.remove()


def test_first_start_stores_the_regions_currency_and_a_restart_in_another_language_keeps_it(
    qtbot, clock, tmp_path: Path, monkeypatch
):
    monkeypatch.setattr(sales_money, "_currency", "")
    monkeypatch.setattr(sales_money, "system_currency", lambda: "EUR")
    data = tmp_path / "data"
    app = ProspectDeskApp(data, clock=clock, language="en")
    qtbot.addWidget(app.window)
    try:
        assert app.workspace.settings.get(CURRENCY) == "EUR"
        ws = app.workspace
        anna, _ = ws.contacts.create(ContactRecord(given_name="Anna"))
        app.controller.run(lambda: ws.sales.presentations.set_expected_value(anna, 264850))
        column = app.window.board.column_of_stage(ws.pipeline.stage_of(anna))
        assert column.header_extra == "€2,648.50"
    finally:
        app.close()
    # The region now says dollars and the language is Armenian: the euros stay.
    monkeypatch.setattr(sales_money, "system_currency", lambda: "USD")
    app = ProspectDeskApp(data, clock=clock, language="hy")
    qtbot.addWidget(app.window)
    try:
        assert app.workspace.settings.get(CURRENCY) == "EUR"
        column = app.window.board.columns[0]
        assert "€" in column.header_extra and "2648,50" in column.header_extra
    finally:
        app.close()


def test_the_currency_is_changed_in_settings_and_every_amount_follows(
    qtbot, window, sales_ui, controller, workspace, monkeypatch, tmp_path
):
    from prospectdesk.autostart import Autostart
    from prospectdesk.ui.settings_dialog import SettingsDialog

    monkeypatch.setattr(sales_money, "_currency", "EUR")
    a = add(workspace, "A", expected_value_cents=264850)
    controller.run(lambda: Changes(everything=True))
    column = window.board.column_of_stage(workspace.pipeline.stage_of(a))
    card = workspace.pipeline.cards([a])[a]
    assert column.header_extra == money(264850) and "€" in column.header_extra
    delegate = CardDelegate()
    assert money(264850) in [text for text, _ in delegate.status_parts(card)]

    dialog = SettingsDialog(controller, Autostart("sunos5", home=tmp_path), [])
    qtbot.addWidget(dialog)
    assert dialog.currency.currentData() == "EUR"
    dialog.currency.setCurrentIndex(dialog.currency.findData("GBP"))
    dialog.accept()
    assert workspace.settings.get(CURRENCY) == "GBP"
    assert column.header_extra == money(264850) and "£" in column.header_extra
    assert money(264850) in [text for text, _ in delegate.status_parts(card)]


def test_the_sale_amount_is_entered_in_the_workspace_currency(
    qtbot, controller, workspace, monkeypatch
):
    monkeypatch.setattr(sales_money, "_currency", "AMD")
    dialog = PresentationDialog(controller, add(workspace, "Anna"))
    qtbot.addWidget(dialog)
    assert dialog.sale_amount.prefix().strip() == "֏"


# -- do not contact -------------------------------------------------------------------------


def test_a_refusal_in_the_presentation_dialog_marks_the_card_not_not_now(
    qtbot, window, sales_ui, controller, workspace
):
    d = add(workspace, "Dina", role="presentation")
    dialog = PresentationDialog(controller, d)
    qtbot.addWidget(dialog)
    dialog.set_outcome(CloseOutcome.NO)
    dialog.stays_no.setChecked(True)
    dialog.no_reason.setCurrentIndex(0)  # a "no" says why
    assert dialog.save_button.isEnabled()
    dialog.record()
    assert workspace.pipeline.stage_of(d) == workspace.pipeline.stage_by_role("presentation").id
    card = workspace.pipeline.cards([d])[d]
    parts = CardDelegate().status_parts(card)
    assert parts[0][0] == "do not contact"

    window.open_contact(d)
    checkbox = sales_ui.do_not_contact
    assert checkbox.isEnabled() and checkbox.isChecked()
    assert "Asked not to be contacted" in sales_ui.panel.status.text()


def test_the_detail_checkbox_sets_and_clears_the_mark_and_undo_takes_it_back(
    qtbot, window, sales_ui, controller, workspace
):
    a = add(workspace, "Anna")
    window.open_contact(a)
    checkbox = sales_ui.do_not_contact
    assert not checkbox.isChecked()
    qtbot.mouseClick(checkbox, Qt.MouseButton.LeftButton, pos=QPoint(6, checkbox.height() // 2))
    assert workspace.sales.presentations.do_not_contact(a) is not None
    assert workspace.pipeline.cards([a])[a].do_not_contact
    controller.undo()
    assert workspace.sales.presentations.do_not_contact(a) is None
    assert not checkbox.isChecked()  # the undo shows in the detail view too


def test_the_card_menu_marks_several_cards_at_once(qtbot, sales_ui, controller, workspace):
    a, b = add(workspace, "A"), add(workspace, "B")
    menu = QMenu()
    sales_ui.extend_card_menu(menu, [a, b])
    action = next(x for x in menu.actions() if x.text() == "Do not contact")
    assert action.isCheckable() and not action.isChecked()
    action.trigger()
    sales = workspace.sales.presentations
    assert sales.do_not_contact(a) is not None and sales.do_not_contact(b) is not None
    again = QMenu()
    sales_ui.extend_card_menu(again, [a, b])
    action = next(x for x in again.actions() if x.text() == "Do not contact")
    assert action.isChecked()
    action.trigger()  # cleared for both
    assert sales.do_not_contact(a) is None and sales.do_not_contact(b) is None


def test_a_workspace_made_without_one_gets_it_after_the_health_check_not_before(
    qtbot, clock, tmp_path: Path, monkeypatch
):
    """Made by the command line (no currency), then opened by the app: the window does not
    wait for the health check to store the currency; it is shown at once, stored after."""
    from prospectdesk.domain.workspace import open_workspace

    data = tmp_path / "data"
    open_workspace(data, clock=clock).close()
    monkeypatch.setattr(sales_money, "_currency", "")
    monkeypatch.setattr(sales_money, "system_currency", lambda: "AMD")
    app = ProspectDeskApp(data, clock=clock, language="en")
    qtbot.addWidget(app.window)
    try:
        assert sales_money.money_currency() == "AMD"
        qtbot.waitUntil(lambda: app.workspace.settings.get(CURRENCY) == "AMD", timeout=10000)
    finally:
        app.close()
