"""Amounts of money on screen: every one goes through :func:`money`, numbers written the
interface language's way, in the workspace's one currency (Settings), so switching the
language never turns dollars into euros. Set at start by the sales wiring (or the first
screen) and by Settings. Qt alone: the first screen's board headers show amounts."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from prospectdesk.domain.currency import is_currency_code

_currency = ""
_symbols: dict[str, dict[int, str]] | None = None  # code -> {language: symbol}


def set_money_currency(code: str) -> None:
    global _currency
    _currency = code


def settle_money_currency(stored: str) -> str:
    """Show amounts in the workspace's stored currency, else (none stored, or not a code)
    in the system region's. Returns that guess, for the caller to store ("" when a
    currency was stored): the sales wiring does once the start-up check has passed."""
    if not is_currency_code(stored):
        stored = ""
    guess = "" if stored else system_currency().strip().upper()
    shown = stored or guess
    set_money_currency(shown if is_currency_code(shown) else "")
    return guess


def money_currency() -> str:
    """The workspace's currency code ("" when it has none)."""
    return _currency


def system_currency() -> str:
    """The currency of the system's region (QLocale's territory currency), to start a
    workspace with."""
    iso = QLocale.CurrencySymbolFormat.CurrencyIsoCode
    # A system without a region (the C locale) says nothing: the interface language's
    # region is the next best guess, and it is stored, so it no longer follows the language.
    return QLocale.system().currencySymbol(iso) or QLocale().currencySymbol(iso) or ""


def _symbol_table() -> dict[str, dict[int, str]]:
    """Each currency's symbol per language, from Qt's locale data (read once)."""
    global _symbols
    if _symbols is None:
        table: dict[str, dict[int, str]] = {}
        everywhere = QLocale.matchingLocales(
            QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
        )
        for locale in everywhere:
            code = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
            symbol = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
            if code and symbol:
                table.setdefault(code, {}).setdefault(locale.language().value, symbol)
        _symbols = table
    return _symbols


def known_currencies() -> list[str]:
    """Every currency code some locale uses, sorted (the choices in Settings)."""
    return sorted(_symbol_table())


def currency_symbol(code: str, locale: QLocale | None = None) -> str:
    """How ``code`` is written in ``locale``'s language: its own symbol where a region of
    that language uses it (€ in Dutch, $ in English), else the symbol most regions use,
    else the code itself."""
    locale = locale or QLocale()
    if locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
        return locale.currencySymbol() or code
    by_language = _symbol_table().get(code)
    if not by_language:
        return code
    own = by_language.get(locale.language().value)
    if own:
        return own
    symbols = list(by_language.values())
    return max(symbols, key=symbols.count)


def _spaced(symbol: str, locale: QLocale) -> str:
    """A symbol of letters (CHF) written before the number gets a space: CHF 2,648.50."""
    if symbol[-1:].isalpha():
        probe = locale.toCurrencyString(1.0, "¤")
        if probe.startswith("¤") and probe[1:2].isdigit():
            return symbol + "\u00a0"
    return symbol


def money(cents: int, locale: QLocale | None = None) -> str:
    """An amount in cents of the workspace's currency, e.g. $2,648.50 in English and
    $ 2.648,50 in Dutch for dollars."""
    locale = locale or QLocale()
    if not _currency:
        return locale.toString(cents / 100.0, "f", 2)
    symbol = _spaced(currency_symbol(_currency, locale), locale)
    return locale.toCurrencyString(cents / 100.0, symbol)
