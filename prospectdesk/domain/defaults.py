"""What a new database starts with, in the language it is created in.

Strings are marked with ``QT_TRANSLATE_NOOP`` so that pyside6-lupdate collects them while
this module stays free of Qt; the caller passes Qt's translate function when seeding.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]

CONTEXT = "Defaults"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate knows
    return source


def untranslated(context: str, source: str) -> str:
    return source


# (role, name, stale_days): roles tie the sales rules to stages whatever their names.
DEFAULT_STAGES: list[tuple[str, str, int | None]] = [
    ("lead", QT_TRANSLATE_NOOP("Defaults", "Lead"), 14),
    ("prospect", QT_TRANSLATE_NOOP("Defaults", "Prospect"), 14),
    ("presentation", QT_TRANSLATE_NOOP("Defaults", "Presentation"), 7),
    ("follow_up", QT_TRANSLATE_NOOP("Defaults", "Follow up later"), 30),
    ("customer", QT_TRANSLATE_NOOP("Defaults", "Customer"), 90),
    ("repeat_buyer", QT_TRANSLATE_NOOP("Defaults", "Repeat buyer"), 90),
    ("not_now", QT_TRANSLATE_NOOP("Defaults", "Not now (kept on the list)"), None),
]

DEFAULT_SOURCES: list[str] = [
    QT_TRANSLATE_NOOP("Defaults", "Bought list"),
    QT_TRANSLATE_NOOP("Defaults", "Phone book"),
    QT_TRANSLATE_NOOP("Defaults", "Internet search"),
    QT_TRANSLATE_NOOP("Defaults", "Met in person"),
    QT_TRANSLATE_NOOP("Defaults", "Referral"),
    QT_TRANSLATE_NOOP("Defaults", "Import"),
    QT_TRANSLATE_NOOP("Defaults", "Other"),
]

# What a lead must meet to become a prospect; the owner renames, adds and removes them.
DEFAULT_CRITERIA: list[str] = [
    QT_TRANSLATE_NOOP("Defaults", "Fits my target market"),
    QT_TRANSLATE_NOOP("Defaults", "Has the money to buy"),
    QT_TRANSLATE_NOOP("Defaults", "Has the authority to decide"),
]

# Why a "no" close was a no; the owner picks one or types their own (domain/losses.py).
DEFAULT_LOSS_REASONS: list[str] = [
    QT_TRANSLATE_NOOP("Defaults", "Price"),
    QT_TRANSLATE_NOOP("Defaults", "Timing"),
    QT_TRANSLATE_NOOP("Defaults", "No need"),
    QT_TRANSLATE_NOOP("Defaults", "Chose another"),
    QT_TRANSLATE_NOOP("Defaults", "No authority to decide"),
]
