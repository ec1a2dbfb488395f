"""At 1366x768 (a small laptop) in en, nl and hy every tab of the contact panel is in sight
(Armenian titles are long: they are shortened, the whole title in the tab's tooltip)."""

from __future__ import annotations

import pytest

from prospectdesk.domain.records import ContactRecord, EmailEntry, PhoneEntry


@pytest.mark.parametrize("language", ["en", "nl", "hy"])
def test_the_contact_panel_fits_at_1366x768(app_in, qtbot, language: str) -> None:
    app = app_in(language)
    contact_id, _ = app.workspace.contacts.create(ContactRecord(given_name="Anna"))
    app.window.open_contact(contact_id)
    bar = app.window.detail.tabs.tabBar()
    for index in range(bar.count()):
        tab = bar.tabRect(index)
        assert bar.rect().contains(tab), (bar.tabText(index), tab, bar.rect())
        assert bar.tabToolTip(index) == bar.tabText(index)  # the whole title, if shortened


@pytest.mark.parametrize("language", ["en", "nl", "hy"])
def test_the_address_table_s_headers_are_not_cut(app_in, qtbot, language: str) -> None:
    app = app_in(language)
    contact_id, _ = app.workspace.contacts.create(ContactRecord(given_name="Anna"))
    app.window.open_contact(contact_id)
    table = app.window.detail.form.addresses
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(table.columnCount()):
        text = table.horizontalHeaderItem(column).text()
        assert header.sectionSize(column) >= metrics.horizontalAdvance(text), text
    # the form still fits its pane: the table scrolls sideways, not the form
    form_area = app.window.detail.form
    assert form_area.widget().minimumSizeHint().width() <= form_area.viewport().width()


def test_phone_and_e_mail_labels_are_shown_in_the_interface_language(app_in, qtbot) -> None:
    app = app_in("nl")
    record = ContactRecord(
        given_name="Anna",
        phones=[PhoneEntry("+31612345678", "mobile"), PhoneEntry("+31201234567", "zaak")],
        emails=[EmailEntry("anna@example.org", "home")],
    )
    contact_id, _ = app.workspace.contacts.create(record)
    app.window.open_contact(contact_id)
    form = app.window.detail.form
    assert [row[1] for row in form.phones.rows()] == ["mobiel", "zaak"]  # typed: as typed
    assert [row[1] for row in form.emails.rows()] == ["thuis"]
    shown, errors = form.record("NL")
    assert not errors
    # stored as before: a save changes no label
    assert [p.label for p in shown.phones] == ["mobile", "zaak"]
    assert [e.label for e in shown.emails] == ["home"]


@pytest.mark.parametrize("language", ["en", "nl", "hy"])
def test_seven_columns_fit_a_1366_pixel_board(app_in, qtbot, language: str) -> None:
    """The board given the whole width of a 1366x768 screen (the detail pane
    hidden) shows all seven default columns, each header in full (wrapped, not cut)."""
    app = app_in(language)
    app.window.detail.hide()
    app.window.central_tabs.setCurrentWidget(app.window.board)
    board = app.window.board
    qtbot.waitUntil(lambda: board.viewport().width() > 1300)
    columns = board.columns
    assert len(columns) == 7
    viewport = board.viewport().rect()
    for column in columns:
        assert column.width() < 190, (column.stage.name, column.width())
        place = column.geometry().translated(-board.horizontalScrollBar().value(), 0)
        assert viewport.contains(place), (column.stage.name, place, viewport)
        header = column.header
        metrics = header.fontMetrics()
        for word in header.text().split():
            assert metrics.horizontalAdvance(word) <= header.contentsRect().width(), word
