"""The shape of a currency code, with nothing of the store: the first screen's board
(ui/first_screen.py) shows amounts before the settings service is loaded."""

from __future__ import annotations

import re

_ISO_4217 = re.compile(r"[A-Z]{3}")


def is_currency_code(code: str) -> bool:
    """Three capital letters, the shape of an ISO 4217 code (EUR, USD, AMD)."""
    return bool(_ISO_4217.fullmatch(code))
