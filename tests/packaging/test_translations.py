"""The Dutch and Armenian catalogs are complete, compiled, and match what the code asks for."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import scripts.translations as tool

REQUIRED_LANGUAGES = ("nl", "hy", "en")  # en: the plural forms of the English source
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def needs_trustworthy_lupdate() -> None:
    """lupdate 6.11 loses plural translate() calls; with it these checks would report
    nonsense, so they skip with the reason (the committed catalogs are still checked below)."""
    problem = tool.lupdate_problem()
    if problem:
        pytest.skip(problem)


@pytest.fixture(scope="module")
def fresh() -> dict[str, list[tool.Message]]:
    """lupdate over today's source into temporary copies of the .ts files: a tr() string
    added since the last ``update`` shows up here as unfinished."""
    needs_trustworthy_lupdate()
    return tool.fresh_messages()


@pytest.mark.parametrize("language", REQUIRED_LANGUAGES)
def test_the_committed_catalogs_are_complete(language: str) -> None:
    """Without running lupdate: every message in the .ts is finished."""
    messages = tool.read_messages(tool.ts_files()[language])
    assert messages and not tool.unfinished(messages)


def test_dutch_and_armenian_catalogs_exist() -> None:
    assert set(REQUIRED_LANGUAGES) <= set(tool.languages())


@pytest.mark.parametrize("language", REQUIRED_LANGUAGES)
def test_every_ui_string_has_a_finished_translation(fresh, language: str) -> None:
    missing = [f"[{m.context}] {m.source!r}" for m in tool.unfinished(fresh[language])]
    assert not missing, (
        f"{len(missing)} string(s) untranslated in {language}; run "
        "`python scripts/translations.py update`, translate, then `... build`:\n"
        + "\n".join(missing)
    )


def test_a_new_tr_string_counts_as_untranslated(tmp_path: Path, monkeypatch) -> None:
    """The completeness check above really sees strings nobody has collected yet."""
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        'QCoreApplication.translate("Probe", "A string no catalog has seen")\n',
        encoding="utf-8",
    )
    needs_trustworthy_lupdate()
    real_sources = tool.source_files()
    monkeypatch.setattr(tool, "source_files", lambda: [*real_sources, probe])
    for language, messages in tool.fresh_messages().items():
        if language == tool.SOURCE_LANGUAGE:
            continue  # English collects plural messages only
        assert ("Probe", "A string no catalog has seen") in {
            (m.context, m.source) for m in tool.unfinished(messages)
        }, language


def test_compiled_catalogs_are_up_to_date() -> None:
    problems = tool.stale_qm_files()
    assert not problems, "run `python scripts/translations.py build`:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", REQUIRED_LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(fresh, language: str) -> None:
    wrong = []
    for message in fresh[language]:
        forms = (
            message.translation if isinstance(message.translation, list) else [message.translation]
        )
        for form in forms:
            if not form:
                continue
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(message.source)):
                wrong.append(f"placeholders differ: {message.source!r} -> {form!r}")
            if message.source.replace("&&", "").count("&") != form.replace("&&", "").count("&"):
                wrong.append(f"accelerator lost or added: {message.source!r} -> {form!r}")
    assert not wrong, "\n".join(wrong)


def test_armenian_translations_are_in_armenian_script(fresh) -> None:
    """Catches a Dutch or English text pasted into the Armenian catalog."""
    armenian = re.compile("[\u0531-\u058f]")
    latin_only = [
        m.source
        for m in fresh["hy"]
        if m.source != "ProspectDesk"  # the brand stays in Latin letters
        and re.search("[A-Za-z]", PLACEHOLDER.sub("", m.source))  # not just "%1 (%2 %)"
        and not any(armenian.search(form) for form in _forms(m.translation))
    ]
    assert not latin_only


def _forms(translation: str | list[str]) -> list[str]:
    return translation if isinstance(translation, list) else [translation]


def test_every_collected_context_is_one_the_code_looks_up(fresh) -> None:
    """lupdate and the running app must agree on the context, or a finished translation is
    never shown: a module-level ``tr()`` helper or ``widget.tr()`` gets a context lupdate
    invents (empty, or the variable's name)."""
    strays = tool.stray_contexts(fresh["nl"])
    assert not strays, f"contexts no code uses at run time: {strays}"


def test_a_module_level_tr_helper_is_caught(tmp_path: Path, monkeypatch) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        "from PySide6.QtCore import QCoreApplication\n\n\n"
        "def tr(text):\n"
        '    return QCoreApplication.translate("Probe", text)\n\n\n'
        "class ProbeView:\n"
        "    def title(self):\n"
        '        return tr("Probe title")\n',
        encoding="utf-8",
    )
    needs_trustworthy_lupdate()
    real_sources = tool.source_files()
    monkeypatch.setattr(tool, "source_files", lambda: [*real_sources, probe])
    strays = tool.stray_contexts(tool.fresh_messages()["nl"])
    assert strays == [""]
