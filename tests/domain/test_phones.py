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


def test_fast_path_matches_phonenumbers_for_every_calling_code():
    """The per-code caches (metadata, national prefix, length verdicts) give what the full
    parse gives, for every calling code, every length and numbers written after the
    code with their national prefix ("+31 06...", "+7 8...", "+1 1...")."""
    import random

    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    rng = random.Random(21)
    checked = 0
    for code in sorted(COUNTRY_CODE_TO_REGION_CODE):
        for length in range(2, 17):
            for lead in ("", "0", "1", "8", "00"):
                rest = "".join(rng.choice("0123456789") for _ in range(max(0, length - len(lead))))
                national = (lead + rest)[:length] or "1"
                for text in (f"+{code}{national}", f"+{code} {national[:3]} {national[3:]}"):
                    text = text.strip()
                    assert normalize_phone(text) == by_phonenumbers(text, None), text
                    checked += 1
    assert checked > 10_000


@pytest.mark.parametrize(
    "text",
    [
        "06-53589896",
        "(020) 123 4567",
        "0031 6 12345678",
        "tel:0612345678",
        "＋31 6 12345678",
        "tel:+31-6-12345678",
        "12",
        "call me",
        "00 800 1234 5678",
        "+31 (0)6 1234 5678",
    ],
)
def test_without_a_region_a_number_without_a_plus_is_its_digits_as_phonenumbers_says(text):
    assert normalize_phone(text, None) == by_phonenumbers(text, None)


def test_a_column_of_numbers_normalizes_as_each_number_does():
    """normalize_phones (the CSV reader's column at a time, with its own fast path) gives
    normalize_phone's result for every form: every calling code and length, with and
    without spaces, national prefixes after the code, and forms its string tests must
    refuse (two spaces, a space after "+" or at the end, other digits, "+0")."""
    import random

    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    from prospectdesk.domain.phones import normalize_phones

    rng = random.Random(5)
    texts: list[str] = []
    for code in sorted(COUNTRY_CODE_TO_REGION_CODE):
        for length in range(1, 18):
            for lead in ("", "0", "1", "8", "06", "00"):
                rest = "".join(rng.choice("0123456789") for _ in range(length))
                national = (lead + rest)[:length]
                texts += [f"+{code}{national}", f"+{code} {national[:3]} {national[3:]}"]
    texts += [
        "+31  6 12345678",
        "+ 31 6 12345678",
        "+31 6 12345678 ",
        " +31 6 12345678",
        "+31 6 1234567\u0661",
        "+0 31 6 12345678",
        "+31 000",
        "+",
        "+3",
        "",
        "06-53589896",
        "＋31 6 12345678",
        "+31 (0)6 12345678",
        "+31 6 1234 5678 ext 12",
        "+" + "1" * 45,
        "\u0660\u0666 1234",  # Arabic-Indic digits, no "+"
        "06 12\n345",
        "  ",
        "tel. 020-1234567 (werk)",
    ]
    for region in (None, "NL", "AM", "US"):
        assert normalize_phones(texts, region) == [normalize_phone(t, region) for t in texts]


def test_a_column_of_plus_digits_numbers_normalizes_as_each_number_does():
    """A column of "+digits" numbers only (an export's phone column, all of it on
    normalize_phones' quick path): every code and length, national numbers starting with
    0, 1, 8, 9 or the country's national prefix, all zeros, with and without spaces:
    normalize_phone's result for each."""
    import random

    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    from prospectdesk.domain.phones import normalize_phones

    rng = random.Random(7)
    texts: list[str] = []
    for code in sorted(COUNTRY_CODE_TO_REGION_CODE):
        for length in range(1, 18):
            for lead in ("", "0", "1", "8", "9", "06", "00", "000000000000000000"):
                rest = "".join(rng.choice("0123456789") for _ in range(length))
                national = (lead + rest)[:length]
                texts.append(f"+{code}{national}")
                if len(national) > 3:
                    texts.append(f"+{code} {national[:3]} {national[3:]}")
    rng.shuffle(texts)
    for region in (None, "NL", "US"):
        assert normalize_phones(texts, region) == [normalize_phone(t, region) for t in texts]


def test_numbers_written_the_national_way_normalize_as_each_number_does():
    """With a region, a column's numbers written the national way ("06-12345678", "020
    123 4567") are read with the region's metadata (normalize_phones' _national_reader),
    not parsed one by one: normalize_phone's result for every region phonenumbers knows,
    every length, leads that are or look like national and international prefixes, all
    zeros, and forms it must leave to the full parse."""
    import random

    from phonenumbers import SUPPORTED_REGIONS

    from prospectdesk.domain import phones
    from prospectdesk.domain.phones import normalize_phones

    rng = random.Random(11)
    forms = ["", "-", " ", "--", "  ", "(", "/", ".", "x"]
    for region in sorted(SUPPORTED_REGIONS):
        texts: list[str] = []
        for length in range(1, 20):
            for lead in ("0", "00", "01", "06", "08", "09", "010", "011", "0011", "000", "1"):
                rest = "".join(rng.choice("0123456789") for _ in range(length))
                digits = (lead + rest)[: max(length, len(lead))]
                cut = rng.randrange(1, len(digits) + 1)
                texts.append(digits)
                texts.append(digits[:cut] + rng.choice(forms) + digits[cut:])
        texts += ["0" * 12, "0 6", "06-", "-06", "06 12 34 56 78", "0612345678 "]
        expected = [normalize_phone(text, region) for text in texts]
        assert normalize_phones(texts, region) == expected, region
    assert phones._national_reader("NL")("06-12345678") == "+31612345678"
    assert phones._national_reader("NL")("0031 6 12345678") is None  # the full parse
