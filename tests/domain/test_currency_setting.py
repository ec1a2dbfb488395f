"""The workspace's one currency: stored once from the region's guess, kept afterwards,
changed only to something shaped like an ISO 4217 code."""

from __future__ import annotations

import pytest

from prospectdesk.domain.settings import CURRENCY, ensure_currency, set_currency


def test_the_first_guess_is_stored_and_later_guesses_do_not_change_it(workspace):
    settings = workspace.settings
    assert settings.get(CURRENCY) == ""
    assert ensure_currency(settings, "eur") == "EUR"
    assert ensure_currency(settings, "USD") == "EUR"  # another region or language later
    assert settings.get(CURRENCY) == "EUR"


def test_an_unusable_guess_stores_nothing(workspace):
    assert ensure_currency(workspace.settings, "") == ""
    assert ensure_currency(workspace.settings, "euro") == ""
    assert workspace.settings.get(CURRENCY) == ""


def test_the_owner_changes_it_to_a_code_only(workspace):
    settings = workspace.settings
    ensure_currency(settings, "EUR")
    set_currency(settings, " amd ")
    assert settings.get(CURRENCY) == "AMD"
    with pytest.raises(ValueError, match="ISO 4217"):
        set_currency(settings, "€")
    assert settings.get(CURRENCY) == "AMD"
