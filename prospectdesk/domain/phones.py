"""Phone numbers: kept as written, plus a normalized form for matching (phonenumbers)."""

from __future__ import annotations

import functools
import locale
import operator
import os
import re
import sys
from collections.abc import Callable, Mapping
from typing import Any

# phonenumbers is imported where it is used: loading its metadata costs ~30 ms, a sixth
# of the app's start-up, and the board never needs it (see BENCHMARKS.md).

_DIGITS = re.compile(r"\d")


# The variables that name the user's locale, in POSIX order of precedence (the first one set
# wins, even when it says "C"). LC_MESSAGES is the category the rest of the system reads
# for the user's language and country.
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
# language[_TERRITORY][.codeset][@modifier], or BCP 47 "nl-NL"; the territory two letters.
_POSIX_LOCALE = re.compile(r"^[A-Za-z]{2,3}(?:[_-]([A-Za-z]{2}))?(?:[.@].*)?$")
# Windows names a locale "Dutch_Netherlands" (language and country in English).
_WINDOWS_LOCALE = re.compile(r"^[A-Za-z ()]+_([A-Za-z .,'()-]+?)(?:\.\w+)?$")
_COUNTRY_ALIASES = {
    "czechia": "CZ",
    "korea": "KR",
    "united states of america": "US",
    "great britain": "GB",
    "hong kong sar": "HK",
    "macao sar": "MO",
    "turkiye": "TR",
}


def region_from_locale_name(name: str) -> str | None:
    """The two-letter region a locale name holds: ``nl_NL.UTF-8`` and ``nl-NL`` give NL,
    the Windows name ``Dutch_Netherlands`` gives NL; ``C``, ``POSIX``, ``nl`` or anything
    unknown give None (better no region than a wrong one)."""
    name = name.strip()
    if not name or name.split(".")[0].upper() in ("C", "POSIX"):
        return None
    match = _POSIX_LOCALE.match(name)
    if match:
        return _known_region(match.group(1).upper()) if match.group(1) else None
    match = _WINDOWS_LOCALE.match(name)
    if match:
        return _region_named(match.group(1))
    return None


def _known_region(code: str) -> str | None:
    """``code`` when phonenumbers knows the region, else None."""
    from phonenumbers import SUPPORTED_REGIONS

    return code if code in SUPPORTED_REGIONS else None


def _region_named(country: str) -> str | None:
    """The region whose English name is ``country`` ("Netherlands" -> NL)."""
    wanted = country.strip().casefold()
    if wanted in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[wanted]
    return _english_region_names().get(wanted)


@functools.cache
def _english_region_names() -> dict[str, str]:
    from phonenumbers import SUPPORTED_REGIONS
    from phonenumbers.geocoder import _region_display_name

    names: dict[str, str] = {}
    for region in SUPPORTED_REGIONS:
        english = _region_display_name(region, "en", "", "")
        if english:
            names[english.casefold()] = region
    return names


def region_from_environment(
    environ: Mapping[str, str] | None = None, platform: str | None = None
) -> str | None:
    """The region of the user's locale for the command line (the app asks Qt instead):
    the first of LC_ALL, LC_MESSAGES and LANG that is set decides ("C", "POSIX": none); on
    Windows, when none is set, the Windows user locale. None when unknown."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    for variable in _LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if value:
            return region_from_locale_name(value)
    if platform == "win32":
        return _windows_region()
    return None


def _windows_region() -> str | None:  # pragma: no cover - Windows only
    """The region of the Windows user locale: its LCID mapped by Python's table, else the
    name ``locale.getlocale`` reports ("Dutch_Netherlands")."""
    try:
        import ctypes

        lcid = ctypes.windll.kernel32.GetUserDefaultLCID()  # type: ignore[attr-defined]
        name = locale.windows_locale.get(lcid, "")
        if name:
            return region_from_locale_name(name)
    except (AttributeError, OSError):
        pass
    try:
        return region_from_locale_name(locale.getlocale()[0] or "")
    except ValueError:
        return None


def default_region() -> str | None:
    """The region of the user's locale as the command line sees it (see
    :func:`region_from_environment`)."""
    return region_from_environment()


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
    if region is None and "+" not in text and "\uff0b" not in text:
        # No region and no "+" (nor its full-width form): phonenumbers can only refuse it
        # (no country code), after ~30 us of text handling. Its bare digits, as below.
        return "".join(_DIGITS.findall(text))
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
    util, _codes = _phonenumbers_util()
    digits = text[1:].replace(" ", "")
    size = _calling_code_size(digits)
    if not size:
        return None
    country_code, national = int(digits[:size]), digits[size:]
    if not util._MIN_LENGTH_FOR_NSN < len(national) <= 15:
        return None
    if not national.strip("0"):
        return None
    country = _country(country_code)
    if country is None:
        return None
    metadata, prefix = country
    # A national prefix written after the country code ("+31 06 ...") is dropped when
    # what remains is still long enough, as parse() does. Most numbers start with no
    # prefix at all: then phonenumbers' own stripping would return them unchanged.
    if prefix is not None and prefix.match(national):
        _carrier, stripped, _ = util._maybe_strip_national_prefix_carrier_code(national, metadata)
        if _length_verdict(country_code, len(stripped))[0]:
            national = stripped
    if len(national) < util._MIN_LENGTH_FOR_NSN or not national.strip("0"):
        return None
    if _length_verdict(country_code, len(national))[1]:
        return f"+{country_code}{national}"
    return "".join(_DIGITS.findall(text))


@functools.cache
def _phonenumbers_util() -> tuple[Any, frozenset[str]]:
    """phonenumbers' util module and its calling codes as text, loaded on first use."""
    from phonenumbers import phonenumberutil as util

    return util, frozenset(str(code) for code in util.COUNTRY_CODE_TO_REGION_CODE)


def _calling_code_size(digits: str) -> int:
    """How many of ``digits``' first digits are its calling code (0: none): phonenumbers'
    _extract_country_code (the first 1, 2 or 3 digits that are a calling code) as set
    look-ups; the digits start with 1-9, so their text is the code's."""
    _util, calling_codes = _phonenumbers_util()
    for size in (1, 2, 3):
        if digits[:size] in calling_codes:
            return size
    return 0


@functools.cache
def _country(country_code: int) -> tuple[Any, re.Pattern[str] | None] | None:
    """(metadata, national prefix pattern or None) of a calling code, looked up once per
    code rather than once per number (an import meets the same few codes 100,000 times)."""
    from phonenumbers import phonenumberutil as util
    from phonenumbers.phonemetadata import PhoneMetadata

    metadata = PhoneMetadata.metadata_for_region_or_calling_code(
        country_code, util.region_code_for_country_code(country_code)
    )
    if metadata is None:
        return None
    pattern = metadata.national_prefix_for_parsing
    return metadata, re.compile(pattern) if pattern else None


@functools.cache
def _length_verdict(country_code: int, length: int) -> tuple[bool, bool]:
    """phonenumbers' ``_test_number_length`` for a national number of ``length`` digits
    (it reads the length alone, so it is asked once per code and length), as (a stripped
    national prefix may go: not too short, local-only or of an invalid length; the number
    is possible: possible or possible locally)."""
    from phonenumbers import phonenumberutil as util

    country = _country(country_code)
    assert country is not None
    verdict = util._test_number_length("0" * length, country[0])
    result = util.ValidationResult
    return (
        verdict not in (result.TOO_SHORT, result.IS_POSSIBLE_LOCAL_ONLY, result.INVALID_LENGTH),
        verdict in (result.IS_POSSIBLE, result.IS_POSSIBLE_LOCAL_ONLY),
    )


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


def normalize_phones(values: list[str], region: str | None = None) -> list[str]:
    """:func:`normalize_phone` of each of ``values`` (a column of a table): the same
    results, for 100,000 numbers in a fraction of the time. A number written "+" and
    digits (and single spaces) whose national part does not start with its country's
    national prefix, nearly every number in an export, is decided by its digits' first
    three (its calling code, national prefix and possible lengths, worked out once per
    code; calling codes are prefix-free) and its length. The tests that need no number on
    its own (no line break, double space or space beside "+" or a line end, all ASCII)
    are made on the whole column at once. Every other number goes through
    :func:`normalize_phone`."""
    if not values:
        return []
    by_start = _calling_code_by_start()
    joined = "\n".join(values)
    if (
        joined.count("\n") == len(values) - 1
        and joined.isascii()
        and not any(form in joined for form in ("  ", " \n", "\n ", "+ "))
        and joined[:1] != " "
        and joined[-1:] != " "
    ):
        # No value holds a line break: the values without their spaces, split in C.
        compact = joined.replace(" ", "").split("\n")
    else:
        compact = [_compact(text) for text in values]
    starts = map(operator.itemgetter(slice(1, 4)), compact)
    out: list[str] = []
    append = out.append
    others: list[int] = []  # where normalize_phone decides
    codes = map(by_start.__getitem__, starts)
    longest = max(map(len, values))
    for index, (digits, code) in enumerate(zip(compact, codes, strict=True)):
        # digits: "+" and ASCII digits, a space only between two digits (as _PLUS_DIGITS)
        if (
            code is not None
            and digits[0] == "+"
            and digits[1:].isdigit()
            and (longest <= 40 or len(values[index]) <= 40)
        ):
            size, literal, pattern, possible = code
            # The national number (digits[size + 1:]): of a length with a verdict (more
            # than _MIN_NSN and at most 15 digits), not all zeros, not starting with the
            # national prefix. Then _plus_digits_e164 strips nothing: "+" and its digits
            # when the length is possible, else its digits.
            verdict = possible.get(len(digits) - size - 1)
            if (
                verdict is not None
                and len(digits.rstrip("0")) > size + 1
                and not (
                    digits.startswith(literal, size + 1)
                    if literal
                    else pattern is not None and pattern.match(digits[size + 1 :])
                )
            ):
                append(digits if verdict else digits[1:])
                continue
        append("")
        others.append(index)
    if others:
        _normalize_others(values, others, region, out)
    return out


# Anything but a digit or a line break (\d as _DIGITS: any script's decimal digits).
_NOT_DIGIT = re.compile(r"[^\d\n]")


def _normalize_others(
    values: list[str], others: list[int], region: str | None, out: list[str]
) -> None:
    """:func:`normalize_phone` of ``values`` at ``others`` into ``out``. Without a region
    a number with no "+" (nor its full-width form) is its digits (as _normalized): all of
    them taken in one pass over the joined numbers."""
    plain = [
        index
        for index in others
        if region is None and "+" not in values[index] and "\uff0b" not in values[index]
    ]
    texts = [values[index] for index in plain]
    joined = "\n".join(texts)
    if joined.count("\n") == len(texts) - 1:  # no line break inside a number
        for index, digits in zip(plain, _NOT_DIGIT.sub("", joined).split("\n"), strict=True):
            out[index] = digits
        done = set(plain)
        others = [index for index in others if index not in done]
    national = _national_reader(region) if region is not None and others else None
    if national is not None:
        rest = []
        for index in others:
            found = national(values[index])
            if found is None:
                rest.append(index)
            else:
                out[index] = found
        others = rest
    for index in others:
        out[index] = normalize_phone(values[index], region)


# A number written the national way: a 0 (a national prefix; no calling code starts with
# 0) and ASCII digits, in groups joined by one space or hyphen ("06-12345678").
_NATIONAL_FORM = re.compile(r"0[0-9]*(?:[ -][0-9]+)*")


@functools.cache
def _national_reader(region: str) -> Callable[[str], str | None] | None:
    """A function giving ``normalize_phone(text, region)`` for a number written the
    national way (:data:`_NATIONAL_FORM`), or None where the full parse decides (another
    form, the region's international prefix at the start: "0031 ..."): what
    ``phonenumbers.parse`` does for such a number, with its own metadata and helpers but
    without its general text handling, a tenth of the time. None when phonenumbers does
    not know the region."""
    from phonenumbers import SUPPORTED_REGIONS
    from phonenumbers.phonemetadata import PhoneMetadata

    util, _codes = _phonenumbers_util()
    metadata = (
        PhoneMetadata.metadata_for_region(region, None) if region in SUPPORTED_REGIONS else None
    )
    if metadata is None:
        return None
    code = metadata.country_code
    idd = re.compile(metadata.international_prefix) if metadata.international_prefix else None
    result = util.ValidationResult
    refused = (result.TOO_SHORT, result.IS_POSSIBLE_LOCAL_ONLY, result.INVALID_LENGTH)

    @functools.cache
    def strippable(length: int) -> bool:  # parse's test of a number without its prefix
        return util._test_number_length("0" * length, metadata) not in refused

    def read(text: str) -> str | None:
        if len(text) > 40 or _NATIONAL_FORM.fullmatch(text) is None:
            return None
        digits = text.replace(" ", "").replace("-", "")
        if len(digits) < 3 or (idd is not None and idd.match(digits)):
            return None  # too short to be viable, or dialled abroad: the full parse
        # No calling code in it (it starts with 0): the region's, and the national
        # prefix stripped when what remains is long enough for the region.
        _carrier, stripped, _ = util._maybe_strip_national_prefix_carrier_code(digits, metadata)
        national = stripped if strippable(len(stripped)) else digits
        if not _MIN_NSN <= len(national) <= util._MAX_LENGTH_FOR_NSN:
            return digits  # parse refuses it: its digits
        return f"+{code}{national}" if _length_verdict(code, len(national))[1] else digits

    return read


def _compact(text: str) -> str:
    """``text`` without its spaces when it is "+", a digit 1-9 and ASCII digits each
    after at most one space (:data:`_PLUS_DIGITS`), else "" (not for the quick path)."""
    if (
        text[:1] == "+"
        and text.isascii()
        and text[1:2] != " "
        and text[-1:] != " "
        and "  " not in text
        and "\n" not in text
    ):
        return text.replace(" ", "")
    return ""


# phonenumbers' _MIN_LENGTH_FOR_NSN (checked against it where the table is first used).
_MIN_NSN = 2
# The first three digits of a "+" number -> (the calling code's length; its national
# prefix as plain digits, else "" and its pattern, or None; for each national length
# with a verdict (_MIN_NSN + 1 to 15), whether it is possible), or None where the full
# path decides (no calling code there, or one without metadata). Filled as numbers are
# met: a file meets a few codes, and phonenumbers loads a country's metadata when asked.
_CodeEntry = tuple[int, str, "re.Pattern[str] | None", dict[int, bool]]


class _ByStart(dict[str, "_CodeEntry | None"]):
    def __missing__(self, start: str) -> _CodeEntry | None:
        if not (len(start) == 3 and start.isdigit() and start.isascii()):
            return None  # not the start of a "+digits" number: not kept
        entry = self[start] = _calling_code_at(start)
        return entry


_BY_START = _ByStart()


def _calling_code_by_start() -> _ByStart:
    util, _codes = _phonenumbers_util()
    assert util._MIN_LENGTH_FOR_NSN == _MIN_NSN
    return _BY_START


def _calling_code_at(start: str) -> _CodeEntry | None:
    """The entry of :data:`_BY_START` for ``start``."""
    size = _calling_code_size(start)
    if not size:
        return None
    country_code = int(start[:size])
    country = _country(country_code)
    if country is None:
        return None
    pattern = country[1]
    # Most national prefixes are plain digits ("0", "8"): a match is startswith.
    literal = pattern.pattern if pattern and pattern.pattern.isdigit() else ""
    possible = {
        length: _length_verdict(country_code, length)[1] for length in range(_MIN_NSN + 1, 16)
    }
    return (size, literal, None if literal else pattern, possible)
