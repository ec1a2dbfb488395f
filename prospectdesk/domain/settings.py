"""Typed settings kept in the database (they travel with the data and its backups)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from prospectdesk.domain.currency import is_currency_code as is_currency_code
from prospectdesk.domain.records import Changes
from prospectdesk.store.db import database
from prospectdesk.store.models import Setting


@dataclass(frozen=True)
class SettingDef:
    key: str
    default: Any
    title: str  # English; the UI translates


REGISTRY: dict[str, SettingDef] = {}


def define(key: str, default: Any, title: str) -> SettingDef:
    definition = SettingDef(key, default, title)
    REGISTRY[key] = definition
    return definition


BIRTHDAY_LEAD_DAYS = define("reminders.birthday_lead_days", 3, "Days before a birthday to remind")
MORNING_HOUR = define("reminders.morning_hour", 9, "Hour at which date-only reminders fire")
QUALIFICATION_GATE = define(
    "sales.qualification_gate", True, "Moving an unqualified lead on asks for answers or a reason"
)
REMIND_QUIET = define("reminders.quiet_prospects", False, "Remind about quiet prospects")
CLOSE_TO_TRAY = define("ui.close_to_tray", True, "Closing the window keeps the app in the tray")
TRAY_HINT_SHOWN = define("ui.tray_hint_shown", False, "The close-to-tray hint was shown")
LANGUAGE = define("ui.language", "", "Language (empty: the system's)")
CREATED_LANGUAGE = define("store.created_language", "", "Language the database was created in")
PHONE_REGION = define(
    "contacts.phone_region",
    "",
    "Country of phone numbers written without a country code (empty: the system's region)",
)
# One currency for every amount the workspace keeps (an ISO 4217 code): amounts are cents
# of it whatever the interface language, which only decides how numbers are written.
CURRENCY = define("money.currency", "", "Currency of all amounts (ISO 4217 code)")


class Settings:
    def get(self, definition: SettingDef) -> Any:
        row = Setting.get_or_none(Setting.key == definition.key)
        if row is None:
            return definition.default
        try:
            return json.loads(row.value)
        except ValueError:
            return definition.default

    def set(self, definition: SettingDef, value: Any) -> Changes:
        with database.atomic():
            Setting.insert(
                key=definition.key, value=json.dumps(value)
            ).on_conflict_replace().execute()
        return Changes(settings=True)


def set_currency(settings: Settings, code: str) -> None:
    """Change the workspace's currency (Settings): refused unless it looks like a code.
    The stored amounts stay as they are; they are shown in the new currency."""
    code = code.strip().upper()
    if not is_currency_code(code):
        raise ValueError(f"{code!r} is not an ISO 4217 currency code")
    settings.set(CURRENCY, code)


def stored_currency(settings: Settings) -> str:
    """The workspace's currency code, "" while it has none (a read: it never waits)."""
    stored = str(settings.get(CURRENCY) or "")
    return stored if is_currency_code(stored) else ""


def ensure_currency(settings: Settings, guess: str) -> str:
    """The workspace's currency. A new database, or one upgraded from before there was a
    currency, has none: ``guess`` (the system region's currency, from the app) is stored
    then, so the amounts keep that currency whatever language is chosen later. An unusable
    guess stores nothing and gives "" (amounts are then shown without a symbol)."""
    stored = stored_currency(settings)
    if stored:
        return stored
    guess = guess.strip().upper()
    if not is_currency_code(guess):
        return ""
    settings.set(CURRENCY, guess)
    return guess
