"""The vCard reader on our own fixtures (tests/fixtures/vcard), one per real-world quirk,
and on hostile input. The expected values are what the fixture bytes spell out."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prospectdesk.domain.io.base import (
    MAX_FILE_BYTES,
    MAX_LINE_BYTES,
    FileTooLargeError,
    NotAContactFileError,
    ParseResult,
)
from prospectdesk.domain.io.vcard_read import (
    decode_base64_tolerant,
    parse_vcard_date,
    read_vcards,
)
from prospectdesk.domain.records import Birthday, ContactRecord

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "vcard"


def read_fixture(name: str) -> ParseResult:
    return read_vcards((FIXTURES / name).read_bytes(), name, region="NL")


def records(name: str) -> list[ContactRecord]:
    return [parsed.record for parsed in read_fixture(name).records]


def test_mixed_line_endings_and_no_final_newline() -> None:
    result = read_fixture("line_endings_mixed.vcf")
    assert [(p.line, p.record.display_name) for p in result.records] == [
        (1, "Anna de Vries"),
        (8, "Joost Bakker"),
    ]
    assert result.records[0].record.emails[0].value == "anna@example.nl"
    assert result.records[1].record.phones[0].normalized == "+31612345678"
    assert result.problems == []


def test_cr_only_line_endings() -> None:
    [record] = records("line_endings_cr_only.vcf")
    assert (record.given_name, record.family_name) == ("Pieter", "Jansen")
    assert record.phones[0].value == "020 555 0101"
    assert record.phones[0].label == "home"


def test_bare_cr_inside_a_value_does_not_end_the_card() -> None:
    [record] = records("bare_cr_in_value.vcf")
    assert record.emails[0].value == "lotte@example.nl"
    assert record.family_name == "Smit"
    assert record.notes == "line one\nline two"


def test_utf8_bom_and_armenian_without_charset() -> None:
    [record] = records("bom_utf8_armenian.vcf")
    assert (record.given_name, record.family_name) == ("Արամ", "Խաչատրյան")
    assert record.display_name == "Արամ Խաչատրյան"
    assert record.display_name_override is None
    address = record.addresses[0]
    assert (address.street, address.city, address.country) == ("Աբովյան 1", "Երևան", "Հայաստան")


@pytest.mark.parametrize("name", ["utf16_le_bom.vcf", "utf16_be_no_bom.vcf"])
def test_utf16(name: str) -> None:
    [record] = records(name)
    assert (record.given_name, record.family_name) == ("Łucja", "Ōtsuka")
    assert record.emails[0].value == "lucja@example.pl"
    assert record.emails[0].label == "other"  # _$!<Other>!$_


def test_folds_split_utf8_tab_folds_and_folds_in_parameters() -> None:
    [record] = records("folds.vcf")
    assert record.display_name == "Գայանե Սարգսյան"
    assert record.display_name_override is None
    assert record.phones[0].label == "mobile"  # TYPE=VOICE,C / <TAB>ELL
    assert record.emails[0].label == "work"  # TYPE=INTERNET / <SPACE>,WORK
    assert record.notes == "This note is folded in the middle of a word and goes on."


def test_quoted_printable() -> None:
    result = read_fixture("quoted_printable.vcf")
    record = result.records[0].record
    assert (record.given_name, record.family_name) == ("Jürgen", "Müller")
    assert record.notes == "Eerste regel\nTweede (hekje ->#<- hekje) regel"
    assert record.job_title == "Geschäftsführer"  # bare QUOTED-PRINTABLE and UTF-8
    assert result.problems == []


def test_backslash_continued_address() -> None:
    [parsed] = read_fixture("adr_backslash_continued.vcf").records
    address = parsed.record.addresses[0]
    assert address.street == "Postbus 12\nGebouw C\nKamer 4"
    assert (address.city, address.postal_code, address.country) == (
        "Utrecht",
        "3511 AA",
        "Nederland",
    )
    assert address.label == "work"
    assert parsed.extra["url"] == "http://visser.example"  # the next property survives


def test_declared_charsets() -> None:
    names = [(r.given_name, r.family_name) for r in records("declared_charsets.vcf")]
    assert names == [
        ("René", "Müller"),
        ("Пётр", "Иванов"),
        ("Nikos", "Παπαδόπουλος"),
        ("Zofia", "Wiśniewska"),
        ("太郎", "山田"),
    ]


def test_undeclared_latin1_with_comma_label_and_unindented_continuation() -> None:
    [record] = records("undeclared_latin1.vcf")
    assert record.family_name == "Kröger"
    assert record.display_name == "Kröger, Sven"
    address = record.addresses[0]
    assert (address.street, address.city, address.postal_code) == ("Straße 5", "Köln", "50667")
    assert len(record.addresses) == 1  # LABEL,TYPE=HOME is not an address of its own


def test_undeclared_qp_polish_is_read_as_central_european() -> None:
    [record] = records("undeclared_qp_latin2.vcf")
    assert (record.given_name, record.family_name) == ("Mańka", "Kołodziejczyk")


def test_undeclared_cyrillic() -> None:
    [record] = records("undeclared_cp1251.vcf")
    assert (record.given_name, record.family_name, record.organization) == (
        "Ольга",
        "Смирнова",
        "Ромашка",
    )


def test_grouped_labels() -> None:
    [record] = records("grouped_labels.vcf")
    assert [(e.value, e.label) for e in record.emails] == [("eva@club.example", "Club")]
    assert [(p.value, p.label) for p in record.phones] == [
        ("06-11223344", "mobile"),  # label before its property
        ("010-9876543", "home fax"),  # upper-case ITEM3 group
    ]
    assert record.addresses[0].label == "Studio"


def test_types_every_way_and_quoted_parameters() -> None:
    [record] = records("types_every_way.vcf")
    assert [(p.value, p.label) for p in record.phones] == [
        ("+31 30 111 2222", "work"),
        ("+31 30 111 3333", "home fax"),
        ("+31 6 4444 5555", "mobile"),
        ("+31 6 7777 8888", "mobile"),
    ]
    assert record.emails[0].label == "home"
    assert record.organization == "Peters BV"
    assert (record.given_name, record.family_name) == ("Daan", "Peters")
    address = record.addresses[0]
    assert (address.street, address.city, address.country) == ("Kade 1", "Rotterdam", "Nederland")


def test_escapes() -> None:
    [record] = records("escapes.vcf")
    assert record.family_name == "Dijk, van"
    assert record.display_name == "Sanne van Dijk"
    assert record.organization == "De Vries, Jansen & Co; Makelaars"
    assert record.notes == ("Regel 1\nRegel 2\nRegel 3 met \\ schuine streep, komma en ; puntkomma")
    assert record.tags == ["klant", "vip", "goud", "Buurt"]


def test_photos_in_every_form() -> None:
    result = read_fixture("photos.vcf")
    photos = {p.record.given_name or p.record.display_name: p.record.photo for p in result.records}
    jpeg = bytes([0xFF, 0xD8, 0xFF, 0xE0]) + bytes(range(256)) * 2 + bytes([0xFF, 0xD9])
    assert photos["Een"] == jpeg  # 2.1, folded with 4 spaces, ended by an empty line
    assert photos["Twee"] is not None and photos["Twee"].startswith(b"\x89PNG")  # 3.0
    assert photos["Foto"] == photos["Twee"]  # 4.0 data: URI ("FN:Foto Drie")
    assert photos["Vier"] == jpeg  # X-MS-CARDPICTURE
    assert photos["Vijf"] is not None and jpeg.startswith(photos["Vijf"])  # damaged: kept
    assert photos["Zes"] is None  # a URL: nothing to keep
    assert photos["Zeven"] is None  # not base64 at all
    messages = [(p.line, p.fatal_for_record, p.message) for p in result.problems]
    assert [(line, fatal) for line, fatal, _ in messages] == [(39, False), (49, False)]
    assert "damaged" in messages[0][2] and "not readable" in messages[1][2]


def test_birthdays_in_every_form() -> None:
    result = read_fixture("birthdays.vcf")
    got = {
        p.record.given_name: p.record.birthday.to_text() if p.record.birthday else None
        for p in result.records
    }
    assert got == {
        "Een": "--04-15",
        "Twee": "--04-15",
        "Drie": "--04-15",
        "Vier": "1980-03-21",
        "Vijf": "1980-03-21",
        "Zes": "1980-03-21",
        "Zeven": "1980-03-21",
        "Acht": None,
        "Negen": None,
        "Tien": None,
        "Elf": "--02-29",
        "Twaalf": "--02-29",
        "Dertien": None,
    }
    problems = [(p.line, p.fatal_for_record) for p in result.problems]
    assert problems == [(39, False), (44, False), (49, False), (64, False)]
    assert "'0.0.00'" in result.problems[2].message


def test_agent_plain_and_embedded() -> None:
    result = read_fixture("agent_and_unknown.vcf")
    assert [p.record.display_name for p in result.records] == ["Plain Agent", "Embedded Agent"]
    plain, embedded = (p.record for p in result.records)
    assert plain.phones[0].value == "030 123 4567"
    # The assistant's embedded card is skipped; the outer card goes on after it.
    assert embedded.phones == []
    assert embedded.emails[0].value == "embedded@example.nl"
    assert result.problems == []


def test_truncated_card_is_kept_with_a_problem() -> None:
    result = read_fixture("truncated.vcf")
    assert [p.record.display_name for p in result.records] == ["Eerst Heel", "Tweede Half"]
    [problem] = result.problems
    assert problem.line == 6
    assert "cut off" in problem.message
    assert str(problem).startswith("truncated.vcf:6: ")


def test_names_without_n() -> None:
    result = read_fixture("names_without_n.vcf")
    maarten, bakery, ilse = (p.record for p in result.records)
    assert (maarten.given_name, maarten.family_name) == ("Maarten", "van der Berg")
    assert maarten.birthday == Birthday(12, 5)
    assert (bakery.given_name, bakery.family_name, bakery.organization) == (
        "",
        "",
        "Bakkerij Brood",
    )
    assert bakery.display_name == "Bakkerij Brood"
    assert ilse.display_name == "Dr. Ilse Maria Bos PhD"  # prefix and suffix without FN
    [problem] = result.problems
    assert problem.fatal_for_record and problem.line == 12


def test_random_bytes_are_refused() -> None:
    rng = random.Random(6)
    data = bytes(rng.getrandbits(8) for _ in range(4096))
    with pytest.raises(NotAContactFileError, match="random.bin is not a vCard"):
        read_vcards(data, "random.bin")


def test_text_that_is_not_a_vcard_is_refused() -> None:
    with pytest.raises(NotAContactFileError):
        read_vcards(b"Name,E-mail\nAnna,anna@example.nl\n", "list.csv")


def test_empty_file_is_refused() -> None:
    with pytest.raises(NotAContactFileError):
        read_vcards(b"", "empty.vcf")


def test_truncated_in_the_parameters() -> None:
    result = read_vcards(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kees\r\nTEL;TYPE=ce", "cut.vcf")
    assert [p.record.display_name for p in result.records] == ["Kees"]
    assert result.records[0].record.phones == []
    assert len(result.problems) == 1


def test_file_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    import prospectdesk.domain.io.vcard_read as module

    monkeypatch.setattr(module, "MAX_FILE_BYTES", 100)
    with pytest.raises(FileTooLargeError, match="limit"):
        read_vcards(b"BEGIN:VCARD\r\n" + b"X" * 200, "big.vcf")
    assert MAX_FILE_BYTES > 100


def test_line_too_long_is_a_problem_not_a_crash() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lang\r\nNOTE:"
        + b"a" * (MAX_LINE_BYTES + 1)
        + b"\r\nEMAIL:lang@example.nl\r\nEND:VCARD\r\n"
    )
    result = read_vcards(data, "long.vcf")
    [parsed] = result.records
    assert parsed.record.notes == ""
    assert parsed.record.emails[0].value == "lang@example.nl"
    assert [(p.line, "longer than" in p.message) for p in result.problems] == [(4, True)]


def test_hostile_parameter_soup_finishes() -> None:
    # Quotes, semicolons and colons in bulk: every step is a linear scan, so this is quick;
    # a backtracking parser would not come back.
    data = (
        b"BEGIN:VCARD\r\nN;"
        + b'"a;' * 20000
        + b":x\r\nADR;LABEL="
        + b":" * 20000
        + b";x\r\nNOTE;X=a="
        + b"\r\n =" * 20000
        + b":y\r\nFN:Soep\r\nEND:VCARD\r\n"
    )
    result = read_vcards(data, "soup.vcf")
    assert [p.record.display_name for p in result.records] == ["Soep"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19800321", Birthday(3, 21, 1980)),
        ("1980-03-21", Birthday(3, 21, 1980)),
        ("--0321", Birthday(3, 21)),
        ("--03-21", Birthday(3, 21)),
        ("1980-03-21T10:00:00+01:00", Birthday(3, 21, 1980)),
        ("1604-03-21", Birthday(3, 21)),
        ("0000-03-21", Birthday(3, 21)),
    ],
)
def test_parse_vcard_date(text: str, expected: Birthday) -> None:
    assert parse_vcard_date(text) == expected


def test_parse_vcard_date_apple_omit_year() -> None:
    assert parse_vcard_date("1972-03-21", omit_year="1972") == Birthday(3, 21)


@pytest.mark.parametrize("text", ["0.0.00", "1980-02-30", "--1301", "21.03.1980", "T1200", ""])
def test_parse_vcard_date_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_vcard_date(text)


def test_kind_org_names_a_company_and_tel_uris_lose_their_scheme() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Brood & Banket\r\n"
        b'TEL;VALUE=uri;TYPE="voice,work":tel:+31-20-555-0101\r\nEND:VCARD\r\n'
    )
    [parsed] = read_vcards(data, "org.vcf", region="NL").records
    record = parsed.record
    assert (record.given_name, record.family_name, record.organization) == (
        "",
        "",
        "Brood & Banket",
    )
    assert [(p.value, p.label, p.normalized) for p in record.phones] == [
        ("+31-20-555-0101", "work", "+31205550101")
    ]


_PIECES = st.sampled_from(
    [
        b"BEGIN:VCARD", b"END:VCARD", b"VERSION:2.1", b"VERSION:4.0", b"\r\n", b"\n", b"\r",
        b" ", b"\t", b"=", b"=\r\n", b";", b":", b",", b'"', b"\\", b"#", b"item1.",
        b"N:", b"FN:", b"TEL;TYPE=cell:", b"EMAIL:", b"ADR;LABEL=a:b:", b"BDAY:", b"--0229",
        b"PHOTO;ENCODING=b:", b"data:image/png;base64,", b"AAAA", b"CHARSET=UTF-8",
        b"ENCODING=QUOTED-PRINTABLE", b"=C3=", b"\xc3", b"\xe4", b"\x00", b"AGENT:",
        b"X-ABLabel:", b"CATEGORIES:", b"KIND:org",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES | st.binary(max_size=8), max_size=60))
def test_any_bytes_give_a_result_or_a_clear_refusal(pieces: list[bytes]) -> None:
    data = b"BEGIN:VCARD\r\n" + b"".join(pieces)
    try:
        result = read_vcards(data, "fuzz.vcf", region="NL")
    except NotAContactFileError as error:
        assert "fuzz.vcf" in str(error)
        return
    for problem in result.problems:
        assert problem.file == "fuzz.vcf" and problem.line >= 1 and problem.message
    for parsed in result.records:
        assert parsed.line >= 1
        record = parsed.record
        assert record.display_name or record.phones or record.emails


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("QUJD", (b"ABC", True)),
        ("QU JD\r\n  RA==", (b"ABCD", True)),
        ("QUJDRA", (b"ABCD", True)),  # padding left out: nothing lost
        ("QUJDR", (b"ABC", False)),  # a lone trailing character
        ("QU!JD", (b"ABC", False)),  # a stray character
        ("!!!!", (b"", False)),
    ],
)
def test_decode_base64_tolerant(text: str, expected: tuple[bytes, bool]) -> None:
    assert decode_base64_tolerant(text) == expected


def test_base64_with_wrong_padding_is_damaged() -> None:
    assert decode_base64_tolerant("QUJD=") == (b"ABC", False)
