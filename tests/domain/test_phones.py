"""Phone normalization: the fast path for "+digits" gives what phonenumbers gives."""

from __future__ import annotations

import re

import phonenumbers
import pytest

from prospectdesk.domain.phones import _plus_digits_e164, normalize_phone


def by_phonenumbers(text: str, region: str | None) -> str:
    """The full parse, as normalize_phone did it for every number before the fast path."""
    try:
        parsed = phonenumbers.parse(text.strip(), region)
        if phonenumbers.is_possible_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        pass
    return "".join(re.findall(r"\d", text))


@pytest.mark.parametrize(
    "text",
    [
        "+31612345678",
        "+31 6 12345678",
        "+31 06 12345678",  # a national prefix after the country code is dropped
        "+39 06 1234 5678",  # Italy keeps its leading zero
        "+44 20 7946 0958",
        "+1 415 555 2671",
        "+374 91 234567",
        "+800 1234 5678",  # a non-geographical code
        "+7 966 201 16 41",
        "+31 000",  # all zeros
        "+999 123 456",  # no such country code
        "+3161234567890123456",  # too long
        "+31 6",  # too short
        "+49 1234",
    ],
)
@pytest.mark.parametrize("region", [None, "NL", "US"])
def test_plus_digits_fast_path_matches_phonenumbers(text, region):
    assert normalize_phone(f" {text} ", region) == by_phonenumbers(text, region)


def test_the_fast_path_takes_the_common_forms_and_leaves_the_rest():
    assert _plus_digits_e164("+31 6 12345678") == "+31612345678"
    assert _plus_digits_e164("+31 (0)6 12345678") is None  # parentheses: the full parse
    assert _plus_digits_e164("06 12345678") is None  # national form: the region decides
    assert _plus_digits_e164("+31  6 12345678") is None  # two spaces
