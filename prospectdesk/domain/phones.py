"""Phone numbers: kept as written, plus a normalized form for matching (phonenumbers)."""

from __future__ import annotations

import locale
import os
import re

# phonenumbers is imported where it is used: loading its metadata costs ~30 ms, a sixth
# of the app's start-up, and the board never needs it (see BENCHMARKS.md).

_DIGITS = re.compile(r"\d")


def default_region() -> str | None:
    """The two-letter region of the user's locale (``nl_NL.UTF-8`` -> ``NL``), or None."""
    candidates = [os.environ.get(name, "") for name in ("LC_ALL", "LC_TELEPHONE", "LANG")]
    try:
        candidates.append(locale.getlocale()[0] or "")
    except ValueError:
        pass
    for candidate in candidates:
        match = re.match(r"^[a-z]{2,3}[_-]([A-Z]{2})", candidate)
        if match:
            return match.group(1)
    return None


def normalize_phone(value: str, region: str | None = None) -> str:
    """E.164 when the number parses, else its bare digits (still good for matching)."""
    text = value.strip()
    if not text:
        return ""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(text, region)
        if phonenumbers.is_possible_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        pass
    return "".join(_DIGITS.findall(text))


def is_plausible_phone(value: str, region: str | None = None) -> bool:
    """False for text that cannot be a phone number ("call me", "12", letters).

    With a region (or a leading +) phonenumbers decides; without one, any 3 to 17 digits
    with the usual separators pass, since we cannot know the country's rules.
    """
    text = value.strip()
    if not re.fullmatch(r"[+\d\s().\-/]+(?:\s*(?:x|ext\.?)\s*\d+)?", text, re.IGNORECASE):
        return False
    digits = len(_DIGITS.findall(text))
    if not 3 <= digits <= 17:
        return False
    if text.startswith("+") or region:
        import phonenumbers

        try:
            parsed = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_possible_number(parsed) or digits <= 6  # short local numbers
    return True
