"""Phone numbers get the owner's country, never a guessed one: the region comes from the
locale (parsed properly, Windows names mapped, "C"/unset = unknown) or from Settings, and
where it is unknown a national number is kept as written."""

from __future__ import annotations

import pytest

from prospectdesk.domain.io.importer import import_files
from prospectdesk.domain.phones import region_from_environment, region_from_locale_name
from prospectdesk.domain.settings import PHONE_REGION
from prospectdesk.domain.workspace import open_workspace

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LC_TELEPHONE", "LC_CTYPE", "LANGUAGE")


@pytest.mark.parametrize(
    "name, region",
    [
        ("nl_NL.UTF-8", "NL"),
        ("nl_BE.ISO8859-15@euro", "BE"),
        ("hy-AM", "AM"),
        ("Dutch_Netherlands", "NL"),  # a Windows locale name
        ("Dutch_Netherlands.1252", "NL"),
        ("English_United Kingdom", "GB"),
        ("Armenian_Armenia", "AM"),
        ("C", None),
        ("POSIX", None),
        ("C.UTF-8", None),  # Python calls this en_US; it says nothing of a country
        ("nl", None),
        ("xx_ZZ", None),
        ("", None),
    ],
)
def test_region_from_locale_name(name, region):
    assert region_from_locale_name(name) == region


@pytest.mark.parametrize(
    "environ, region",
    [
        ({}, None),
        ({"LANG": "nl_NL.UTF-8"}, "NL"),
        ({"LC_MESSAGES": "hy_AM.UTF-8", "LANG": "nl_NL.UTF-8"}, "AM"),
        ({"LC_ALL": "de_DE.UTF-8", "LC_MESSAGES": "hy_AM.UTF-8"}, "DE"),
        ({"LC_ALL": "C", "LANG": "nl_NL.UTF-8"}, None),  # the first one set decides
        ({"LC_ALL": "", "LANG": "fr_BE.UTF-8"}, "BE"),  # empty counts as unset
    ],
)
def test_region_from_environment(environ, region):
    assert region_from_environment(environ, "linux") == region


def _clear_locale(monkeypatch):
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def test_without_locale_variables_a_national_number_is_kept_as_written(
    monkeypatch, clock, tmp_path
):
    _clear_locale(monkeypatch)
    workspace = open_workspace(None, clock=clock)
    try:
        assert workspace.contacts.region is None
        path = tmp_path / "list.csv"
        path.write_text("Name,Phone\nEva Kok,06 1234 5678\n", encoding="utf-8")
        _plan, outcome = import_files(workspace, [path])
        [phone] = workspace.contacts.get(outcome.created[0]).phones
        assert phone.value == "06 1234 5678"
        assert not phone.normalized.startswith("+")  # no guessed country code
    finally:
        workspace.close()


def test_the_region_chosen_in_settings_wins_over_the_system(monkeypatch, clock, data_dir):
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    workspace = open_workspace(data_dir, clock=clock)
    assert workspace.contacts.region == "US"
    workspace.settings.set(PHONE_REGION, "NL")
    workspace.close()
    workspace = open_workspace(data_dir, clock=clock)
    try:
        assert workspace.contacts.region == "NL"
    finally:
        workspace.close()


def test_on_windows_the_user_locale_name_is_mapped(monkeypatch):
    import locale

    # No ctypes.windll here: the name Windows gives the locale decides.
    monkeypatch.setattr(locale, "getlocale", lambda *args: ("Dutch_Netherlands", "1252"))
    assert region_from_environment({}, "win32") == "NL"
    assert region_from_environment({"LANG": "hy_AM.UTF-8"}, "win32") == "AM"
