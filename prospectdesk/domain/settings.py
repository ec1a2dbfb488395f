"""Typed settings kept in the database (they travel with the data and its backups)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

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
QUIET_PROSPECT_DAYS = define(
    "today.quiet_prospect_days", 21, "Days without contact before a prospect counts as quiet"
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
