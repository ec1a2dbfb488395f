"""The app starts in English, Dutch and Armenian; the language comes from --lang, the saved
setting or the system; dates and money follow it."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

import prospectdesk
import scripts.translations as tool
from prospectdesk.domain.defaults import DEFAULT_STAGES
from prospectdesk.domain.settings import CREATED_LANGUAGE, LANGUAGE
from prospectdesk.ui.app import ProspectDeskApp
from prospectdesk.ui.card_delegate import format_money
from prospectdesk.ui.i18n import Translations, available_languages, choose_language
from prospectdesk.ui.settings_dialog import SettingsDialog

ARMENIAN_LETTER = re.compile("[\u0531-\u0587]")


def catalog(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation, read from the .ts the translators edit."""
    messages = tool.read_messages(tool.ts_files()[language])
    return {(m.context, m.source): m.translation for m in messages if m.translation}


@pytest.fixture
def start_app(qtbot, clock, tmp_path: Path):
    started: list[ProspectDeskApp] = []

    def start(language: str | None, data_dir: Path | None = None) -> ProspectDeskApp:
        app = ProspectDeskApp(data_dir or tmp_path / "data", clock=clock, language=language)
        app.show()
        started.append(app)
        return app

    yield start
    for app in started:
        try:
            if app.translations.translators or app.window.isVisible():
                app.close()
        except RuntimeError:  # closed by the test, its window already deleted
            pass


def stage_names(app: ProspectDeskApp) -> list[str]:
    return [column.stage.name for column in app.window.board.columns]


def menu_titles(app: ProspectDeskApp) -> list[str]:
    return [action.text() for action in app.window.menuBar().actions()]


@pytest.mark.parametrize("language", ["nl", "hy"])
def test_the_app_starts_in_each_language(start_app, language: str) -> None:
    expected = catalog(language)
    app = start_app(language)

    assert app.window.windowTitle() == expected[("MainWindow", "ProspectDesk")]
    assert "&File" not in menu_titles(app)
    assert expected[("MainWindow", "&File")] in menu_titles(app)
    tabs = app.window.central_tabs
    assert tabs.tabText(tabs.indexOf(app.window.board)) == expected[("MainWindow", "Board")]
    # a new database gets its stage names in the language it is created in
    assert stage_names(app) == [
        expected[("Defaults", name)] for _role, name, _days in DEFAULT_STAGES
    ]
    assert app.workspace.settings.get(CREATED_LANGUAGE) == language
    if language == "hy":
        assert all(ARMENIAN_LETTER.search(name) for name in stage_names(app))


@pytest.mark.parametrize("language", ["en", "nl", "hy"])
def test_the_detail_form_fits_its_pane_without_scrolling_sideways(
    start_app, qtbot, language: str
) -> None:
    """Armenian labels and month names are long: the form wraps them instead of growing
    wider than the detail pane of a window at its default size."""
    from PySide6.QtWidgets import QScrollArea

    app = start_app(language)
    qtbot.waitExposed(app.window)
    form_area = app.window.detail.findChildren(QScrollArea)[0]
    assert form_area.widget().minimumSizeHint().width() <= form_area.viewport().width()
    assert not form_area.horizontalScrollBar().isVisible()


def test_english_is_the_source_language_with_its_own_plurals(start_app) -> None:
    app = start_app("en")
    assert stage_names(app)[:2] == ["Lead", "Prospect"]
    assert "&File" in menu_titles(app)
    assert app.translations.loaded == ["prospectdesk_en"]  # plural forms only, no qtbase
    days = [QCoreApplication.translate("CardDelegate", "%n day(s) in stage", "", n) for n in (1, 3)]
    assert days == ["1 day in stage", "3 days in stage"]


def test_qt_base_translations_come_along_where_qt_has_them(start_app) -> None:
    app = start_app("nl")
    assert app.translations.loaded == ["prospectdesk_nl", "qtbase_nl"]
    assert standard_button_texts() == ["Opslaan", "Annuleren"]


def test_qt_standard_buttons_in_armenian_come_from_our_catalog(start_app) -> None:
    """Qt ships no qtbase_hy.qm; prospectdesk/ui/qt_strings.py fills the gap."""
    app = start_app("hy")
    assert app.translations.loaded == ["prospectdesk_hy"]
    assert all(ARMENIAN_LETTER.search(text) for text in standard_button_texts())


def standard_button_texts() -> list[str]:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    return [button.text() for button in buttons.buttons()]


def test_the_saved_language_applies_at_the_next_start(start_app, qtbot, tmp_path: Path) -> None:
    first = start_app("en", tmp_path / "shared")
    presentation = first.workspace.pipeline.stages()[2]
    first.workspace.pipeline.rename_stage(presentation.id, "Demo")
    first.language_menu.choose("hy", confirm=False)
    assert first.workspace.settings.get(LANGUAGE) == "hy"
    first.close()

    second = start_app(None, tmp_path / "shared")
    assert second.translations.language == "hy"
    assert catalog("hy")[("MainWindow", "&File")] in menu_titles(second)
    # default names follow the language (once the start-up check has passed); a stage the
    # owner renamed keeps the name typed
    expected = [catalog("hy")[("Defaults", name)] for _, name, _ in DEFAULT_STAGES]
    expected[2] = "Demo"
    qtbot.waitUntil(lambda: stage_names(second) == expected)
    assert second.workspace.settings.get(CREATED_LANGUAGE) == "hy"


def test_lang_on_the_command_line_beats_the_saved_setting(start_app, tmp_path: Path) -> None:
    first = start_app("en", tmp_path / "shared")
    first.language_menu.choose("hy", confirm=False)
    first.close()
    second = start_app("nl", tmp_path / "shared")
    assert second.translations.language == "nl"


def test_choose_language_order_and_fallbacks() -> None:
    assert set(available_languages()) >= {"en", "nl", "hy"}
    assert choose_language("nl", "hy", ["en"]) == "nl"
    assert choose_language(None, "hy", ["nl"]) == "hy"
    assert choose_language(None, "", ["de_DE", "nl-BE", "en"]) == "nl"
    assert choose_language(None, None, ["hy_AM.UTF-8"]) == "hy"
    assert choose_language(None, None, ["de", "fr"]) == "en"
    assert choose_language("xx", None, ["nl"]) == "en"  # an unknown --lang: the source text


def test_dates_and_money_follow_the_chosen_language(qapp, monkeypatch) -> None:
    from prospectdesk.ui import money as sales_money

    monkeypatch.setattr(sales_money, "_currency", "EUR")  # the workspace's, not nl's
    translations = Translations()
    before = QLocale().name()
    try:
        translations.install("nl")
        money = format_money(123456)
        assert "€" in money and "1.234,56" in money
        translations.install("hy")
        assert QLocale().language() == QLocale.Language.Armenian
        month = QLocale().toString(date(2026, 11, 23), QLocale.FormatType.LongFormat)
        assert ARMENIAN_LETTER.search(month)
    finally:
        translations.remove()
    assert QLocale().name() == before


def test_about_shows_the_version_and_the_data_folder(start_app, tmp_path: Path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    app = start_app("nl", tmp_path / "about-data")
    app.window.show_about()
    template = next(
        text
        for (context, source), text in catalog("nl").items()
        if context == "MainWindow" and source.startswith("ProspectDesk %1")
    )
    data_dir = str((tmp_path / "about-data").resolve())
    assert shown == [template.replace("%1", prospectdesk.__version__).replace("%2", data_dir)]
    assert prospectdesk.__version__ in shown[0] and data_dir in shown[0]


def test_the_language_menu_offers_each_language_by_its_own_name(start_app) -> None:
    app = start_app("en")
    menu = app.language_menu
    titles = {action.data(): action.text() for action in menu.actions()}
    assert titles["nl"] == "Nederlands" and titles["hy"] == "Հայերեն"
    assert [a.data() for a in menu.actions() if a.isChecked()] == [""]  # follows the system
    with_signal = []
    menu.language_chosen.connect(with_signal.append)
    menu.choose("nl", confirm=False)
    assert with_signal == ["nl"]
    assert app.workspace.settings.get(LANGUAGE) == "nl"


def test_the_settings_dialog_saves_the_language(start_app) -> None:
    app = start_app("en")
    dialog = SettingsDialog(app.controller, app.autostart, ["prospectdesk"])
    chooser = dialog.language
    assert chooser.combo.currentData() == ""  # the system's, until the owner picks one
    chooser.combo.setCurrentIndex(chooser.combo.findData("hy"))
    assert chooser.combo.currentText() == "Հայերեն"
    dialog.accept()
    assert app.workspace.settings.get(LANGUAGE) == "hy"
    dialog.deleteLater()


@pytest.mark.parametrize("language", ["nl", "hy"])
def test_the_import_preview_offers_the_workspace_own_import_source(
    start_app, qtbot, language: str
) -> None:
    """A Dutch workspace has its "Import" lead source in Dutch; the preview's default must
    be that name, or every import adds a second, English "Import" source."""
    from prospectdesk.store.models import LeadSource
    from prospectdesk.ui.import_dialog import ImportDialog
    from prospectdesk.ui.tasks import SynchronousExecutor

    app = start_app(language)
    dialog = ImportDialog(app.controller, [], executor=SynchronousExecutor())
    qtbot.addWidget(dialog)

    expected = catalog(language)[("Defaults", "Import")]
    assert dialog.source_edit.text() == expected
    assert LeadSource.select().where(LeadSource.name == expected).exists()
