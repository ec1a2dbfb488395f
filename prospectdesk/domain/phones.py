"""Phone numbers: kept as written, plus a normalized form for matching (phonenumbers)."""

from __future__ import annotations

import functools
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
    """E.164 when the number parses, else its bare digits (still good for matching).

    Results are kept per (written form, region): an import meets the same number in
    several files and rows, and planning and writing ask again for what reading found."""
    text = value.strip()
    if not text:
        return ""
    return _normalized(text, region)


# "+" and then digits and single spaces: how most exports write a number (E.164 or
# "+31 6 1234 5678"). One character class per part: linear, no backtracking.
_PLUS_DIGITS = re.compile(r"\+[1-9](?: ?[0-9])*")


@functools.lru_cache(maxsize=1 << 16)
def _normalized(text: str, region: str | None) -> str:
    fast = _plus_digits_e164(text) if text[0] == "+" else None
    if fast is not None:
        return fast
    import phonenumbers

    try:
        parsed = phonenumbers.parse(text, region)
        if phonenumbers.is_possible_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        pass
    return "".join(_DIGITS.findall(text))


def _plus_digits_e164(text: str) -> str | None:
    """What ``phonenumbers.parse`` + ``is_possible_number`` + E.164 give for "+" followed
    by digits and single spaces, taken in the same steps with phonenumbers' own metadata
    and helpers but without its general text handling (extensions, letters, IDD prefixes,
    "tel:"), which costs ten times more. None when the text is of another form or an
    edge case (no known country code, a too short or too long or all-zero number): the
    full parse decides those. The region does not matter after a "+"."""
    if len(text) > 40 or _PLUS_DIGITS.fullmatch(text) is None:
        return None
    from phonenumbers import phonenumberutil as util

    digits = text[1:].replace(" ", "")
    country_code, national = util._extract_country_code(digits)
    if country_code == 0 or not util._MIN_LENGTH_FOR_NSN < len(national) <= 15:
        return None
    if not national.strip("0"):
        return None
    metadata = util.PhoneMetadata.metadata_for_region_or_calling_code(
        country_code, util.region_code_for_country_code(country_code)
    )
    if metadata is None:
        return None
    # A national prefix written after the country code ("+31 06 ...") is dropped when
    # what remains is still long enough, as parse() does.
    _carrier, stripped, _ = util._maybe_strip_national_prefix_carrier_code(national, metadata)
    if util._test_number_length(stripped, metadata) not in (
        util.ValidationResult.TOO_SHORT,
        util.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
        util.ValidationResult.INVALID_LENGTH,
    ):
        national = stripped
    if len(national) < util._MIN_LENGTH_FOR_NSN or not national.strip("0"):
        return None
    if util._test_number_length(national, metadata) in (
        util.ValidationResult.IS_POSSIBLE,
        util.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
    ):
        return f"+{country_code}{national}"
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
