"""Which language the UI speaks, and the Qt translators that make it speak it.

The choice, strongest first: ``--lang``, the LANGUAGE setting (Settings, stored with the data),
the system's preferred UI languages. The compiled catalogs live in the package
(prospectdesk/resources/translations/prospectdesk_<code>.qm); Qt's own strings (standard
buttons, context menus of line edits) come from Qt's qtbase_<code>.qm where Qt ships one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import prospectdesk

SOURCE_LANGUAGE = "en"
CATALOG = "prospectdesk"
# Names shown in the language menu, each in its own language.
NATIVE_NAMES = {"en": "English", "nl": "Nederlands", "hy": "Հայերեն"}


def translations_dir() -> Path:
    return Path(prospectdesk.__file__).resolve().parent / "resources" / "translations"


def available_languages() -> list[str]:
    """English (the source) plus every language with a compiled catalog in the package."""
    catalogs = translations_dir().glob(f"{CATALOG}_*.qm")
    codes = {path.stem.removeprefix(f"{CATALOG}_") for path in catalogs}
    return [SOURCE_LANGUAGE, *sorted(codes - {SOURCE_LANGUAGE})]


def native_name(code: str) -> str:
    if code in NATIVE_NAMES:
        return NATIVE_NAMES[code]
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def normalize(code: str | None) -> str:
    """``nl_BE.UTF-8``, ``nl-NL`` and ``NL`` all mean ``nl``; the catalogs are per language."""
    if not code:
        return ""
    return code.split(".")[0].replace("-", "_").split("_")[0].lower()


def system_languages() -> list[str]:
    """The system's preferred UI languages, best first (LANGUAGE, LC_MESSAGES, LANG...)."""
    return [normalize(code) for code in QLocale.system().uiLanguages()]


def choose_language(
    explicit: str | None, setting: str | None, preferred: list[str] | None = None
) -> str:
    """The first supported language among ``--lang``, the setting and the system's list."""
    supported = available_languages()
    for candidate in (explicit, setting):
        code = normalize(candidate)
        if code:
            return code if code in supported else SOURCE_LANGUAGE
    for code in system_languages() if preferred is None else preferred:
        if normalize(code) in supported:
            return normalize(code)
    return SOURCE_LANGUAGE


@dataclass
class Translations:
    """The translators installed on the application, removable again (tests start the app
    in several languages in one process)."""

    language: str = SOURCE_LANGUAGE
    translators: list[QTranslator] = field(default_factory=list)
    loaded: list[str] = field(default_factory=list)  # file names, for the smoke test's report
    _previous_locale: QLocale | None = None

    def install(self, language: str) -> bool:
        """Install the catalogs for ``language``; False when its own catalog is missing
        (a broken install), in which case the UI stays in English."""
        self.remove()
        self.language = language
        self._previous_locale = QLocale()
        if normalize(QLocale.system().name()) != language:
            # Dates, numbers and money follow the chosen language, unless it is the system's
            # own (then the system's full locale, e.g. nl_BE, keeps its regional habits).
            QLocale.setDefault(QLocale(language))
        found = self._load(translations_dir(), f"{CATALOG}_{language}")
        if language == SOURCE_LANGUAGE:
            return True  # its catalog only holds plural forms ("1 day", "2 days")
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        self._load(qt_dir, f"qtbase_{language}")  # Qt ships none for some languages (hy)
        return found

    def _load(self, directory: Path, name: str) -> bool:
        translator = QTranslator()
        if not translator.load(name, str(directory)):
            return False
        QCoreApplication.installTranslator(translator)
        self.translators.append(translator)
        self.loaded.append(name)
        return True

    def remove(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        self.loaded.clear()
        if self._previous_locale is not None:
            QLocale.setDefault(self._previous_locale)
            self._previous_locale = None
        self.language = SOURCE_LANGUAGE


def catalog_translate(language: str) -> Callable[[str, str], str]:
    """``translate(context, text)`` from ``language``'s catalog, without installing it and
    without a QApplication: for a command that writes text in the owner's language (the
    calendar export's titles), and for what the default data was called in the language a
    database was made in. English, no language, or a text the catalog lacks: the source."""
    translator = QTranslator()
    if (
        not language
        or language == SOURCE_LANGUAGE
        or not translator.load(f"{CATALOG}_{language}", str(translations_dir()))
    ):
        return lambda context, text: text

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return translate
