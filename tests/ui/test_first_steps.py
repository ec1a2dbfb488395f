"""The first start: an empty workspace says on Today what to do next, with the buttons to
do it; Help ▸ The sales process explains the steps, in each language."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from prospectdesk.cli import build_parser
from prospectdesk.domain.records import ContactRecord
from prospectdesk.domain.sample import PEOPLE, sample_data_dir
from prospectdesk.ui.app import ProspectDeskApp
from prospectdesk.ui.first_steps import FirstSteps
from prospectdesk.ui.launch import open_sample
from prospectdesk.ui.sync_status import SyncSetupDialog
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


def test_an_empty_board_says_it_too_with_the_buttons(start, qtbot, monkeypatch) -> None:
    app = start()
    app.window.central_tabs.setCurrentWidget(app.window.board)
    note = app.window.board.findChild(FirstSteps, "board-first-steps")
    assert note is not None and note.isVisible()
    viewport = app.window.board.viewport().rect()
    assert viewport.contains(note.geometry())  # in sight, over the empty columns
    opened: list[str] = []
    monkeypatch.setattr(SyncSetupDialog, "exec", lambda self: opened.append("sync") or 0)
    qtbot.mouseClick(note.phone_button, Qt.MouseButton.LeftButton)
    assert opened == ["sync"]  # Connect a phone… opens the sync account setup
    qtbot.mouseClick(note.add_button, Qt.MouseButton.LeftButton)
    form = app.window.detail.form
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.given_name)
    type_text(qtbot, form.given_name, "Anna")
    app.window.detail.save()
    assert not note.isVisible()


def test_help_starts_a_sample_workspace_apart_from_the_data(start, monkeypatch) -> None:
    app = start("nl")
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        QProcess,
        "startDetached",
        lambda program, arguments: started.append((program, arguments)) or (True, 1),
    )
    assert app.sample.action in app.window.menus["help"].actions()
    app.sample.action.trigger()
    ((program, arguments),) = started
    assert (
        arguments[-2:] == ["gui", "--sample"] and arguments[arguments.index("--lang") + 1] == "nl"
    )
    assert "--data-dir" not in arguments
    args = build_parser("gui").parse_args(arguments[arguments.index("--lang") :])
    assert args.sample and args.lang == "nl"


def test_the_sample_is_filled_in_the_language_and_marked(qtbot, clock, tmp_path) -> None:
    from prospectdesk.store.models import Contact

    app = ProspectDeskApp(tmp_path / "sample", clock=clock, language="hy")
    qtbot.addWidget(app.window)
    try:
        open_sample(app)
        qtbot.waitUntil(lambda: app.workspace.contacts.count() == len(PEOPLE["hy"]))
        assert app.window.windowTitle() != "ProspectDesk"  # the title says it is the sample
        assert "Անի" in {contact.given_name for contact in Contact.select()}
        assert app.window.board.findChild(FirstSteps, "board-first-steps").isHidden()
        open_sample(app)  # opened again: not filled twice
        assert app.workspace.contacts.count() == len(PEOPLE["hy"])
    finally:
        app.close()
    # a folder of its own per language, in the temporary folder, never the data folder
    assert sample_data_dir("nl") != sample_data_dir("hy")
    assert sample_data_dir("nl").parent == Path(tempfile.gettempdir())
