"""At 1366x768 (a small laptop) in en, nl and hy every tab of the contact panel is in sight
(Armenian titles are long: they are shortened, the whole title in the tab's tooltip)."""

from __future__ import annotations

from pathlib import Path

import pytest

from prospectdesk.domain.records import ContactRecord
from prospectdesk.ui.app import ProspectDeskApp


@pytest.fixture
def app_in(qtbot, clock, tmp_path: Path):
    started: list[ProspectDeskApp] = []

    def start(language: str) -> ProspectDeskApp:
        app = ProspectDeskApp(tmp_path / language, clock=clock, language=language)
        qtbot.addWidget(app.window)
        app.window.setGeometry(0, 0, 1366, 768)
        app.show()
        qtbot.waitExposed(app.window)
        started.append(app)
        return app

    yield start
    for app in started:
        app.close()


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
