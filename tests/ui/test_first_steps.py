"""The first start: an empty workspace says on Today what to do next, with the buttons to
do it; Help ▸ The sales process explains the steps, in each language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from prospectdesk.domain.records import ContactRecord
from prospectdesk.ui.app import ProspectDeskApp
from tests.ui.conftest import type_text


@pytest.fixture
def start(qtbot, clock, tmp_path: Path):
    started: list[ProspectDeskApp] = []

    def start(language: str = "en") -> ProspectDeskApp:
        app = ProspectDeskApp(tmp_path / language, clock=clock, language=language)
        qtbot.addWidget(app.window)
        app.show()
        qtbot.waitExposed(app.window)
        started.append(app)
        return app

    yield start
    for app in started:
        app.close()


def test_an_empty_workspace_says_what_to_do_and_the_buttons_do_it(start, qtbot, monkeypatch):
    app = start()
    steps = app.sales_ui.first_steps
    assert app.window.central_tabs.currentWidget() is app.sales_ui.today
    assert steps.isVisible()
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: (asked.append("import"), ([], ""))[1]
    )
    qtbot.mouseClick(steps.import_button, Qt.MouseButton.LeftButton)
    assert asked == ["import"]
    qtbot.mouseClick(steps.add_button, Qt.MouseButton.LeftButton)
    form = app.window.detail.form
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.given_name)
    type_text(qtbot, form.given_name, "Anna")
    app.window.detail.save()
    assert not steps.isVisible()  # the first contact is in
    app.workspace.contacts.create(ContactRecord(given_name="Bert"))
    assert not steps.isVisible()


def test_a_workspace_with_contacts_does_not_show_it(start) -> None:
    app = start()
    app.workspace.contacts.create(ContactRecord(given_name="Anna"))
    app.close()
    again = start()
    assert not again.sales_ui.first_steps.isVisible()


@pytest.mark.parametrize("language", ["en", "nl", "hy"])
def test_help_explains_the_sales_process(start, qtbot, language: str) -> None:
    app = start(language)
    guide = app.sales_ui.guide
    assert guide.action in app.window.menus["help"].actions()
    guide.action.trigger()
    box = app.window.findChild(QMessageBox, "sales-guide")
    assert box is not None and box.isVisible()
    text = box.text()
    assert text.count("\n\n") == 4  # lead, qualify, present, close, follow up
    if language != "en":
        assert "Lead: everyone starts here" not in text  # translated
    box.close()


def test_deciding_whether_to_show_it_counts_no_contacts(start, monkeypatch) -> None:
    """Asked at every start and after every change: counting 100,000 contacts cost 55 ms
    of the first paint (issue 21). Whether there is one is enough."""
    app = start()
    app.workspace.contacts.create(ContactRecord(given_name="Anna"))
    app.close()
    monkeypatch.setattr(
        "prospectdesk.domain.contacts.ContactBook.count",
        lambda self: pytest.fail("counted every contact"),
    )
    again = start()
    assert not again.sales_ui.first_steps.isVisible()
