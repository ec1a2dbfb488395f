"""One charset guesser for every reader: the same bytes give the same letters whether the
file is a CSV or a vCard (fixtures: tests/fixtures/charset, written by make_fixtures.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from prospectdesk.domain.io.detect import read_contact_file
from prospectdesk.domain.io.text import decode_file

CHARSETS = Path(__file__).resolve().parents[2] / "fixtures" / "charset"

# fixture -> (given, family), written down from make_fixtures.py
EXPECTED = {
    "cp1250_czech": ("Jiří", "Dvořák"),
    "cp1250_polish": ("Łukasz", "Wiśniewski"),
    "cp1250_hungarian": ("Győző", "Fűzfői"),
    "cp1251_russian": ("Иван", "Петров"),
    "cp1252_german": ("Jürgen", "Größe"),
    "cp1252_french": ("Françoise", "Lefèvre"),
    "shift_jis": ("太郎", "山田"),
    "utf16le_bom": ("Անի", "Հակոբյան"),
    "utf16be_bom": ("Անի", "Հակոբյան"),
    "utf16le_nobom": ("Zoë", "Ñúñez"),
    "utf32le_bom": ("Ἀλέξανδρος", "Παππάς"),
    "utf32be_nobom": ("Ἀλέξανδρος", "Παππάς"),
    "mac_roman": ("Françoise", "Müller"),
}


@pytest.mark.parametrize("suffix", ["csv", "vcf"])
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_reader_reads_the_same_letters(name: str, suffix: str) -> None:
    data = (CHARSETS / f"{name}.{suffix}").read_bytes()
    result = read_contact_file(data, f"{name}.{suffix}")
    [parsed] = result.records
    record = parsed.record
    assert (record.given_name, record.family_name) == EXPECTED[name]
    assert record.emails[0].value == "p@example.org"
    assert not result.problems


def test_mixed_encodings_are_read_line_by_line_and_reported() -> None:
    data = (
        "First Name,Last Name\r\nJürgen,Größe\r\nAnna,Müller\r\n".encode()
        + "Zoë,Brontë\r\n".encode("cp1252")
    )
    decoded = decode_file(data)
    assert decoded.text.splitlines()[1:] == ["Jürgen,Größe", "Anna,Müller", "Zoë,Brontë"]
    assert decoded.encoding == "utf-8"
    assert decoded.mixed_lines == [4]
    result = read_contact_file(data, "mixed.csv")
    assert [p.record.family_name for p in result.records] == ["Größe", "Müller", "Brontë"]
    [problem] = result.problems
    assert problem.line == 4 and "encoding" in problem.message
    assert not problem.fatal_for_record


def test_a_vcard_file_mixing_encodings_is_read_and_reported() -> None:
    data = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Größe;Jürgen;;;\r\nEND:VCARD\r\n".encode()
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Brontë;Zoë;;;\r\nEND:VCARD\r\n".encode("cp1252")
    )
    result = read_contact_file(data, "mixed.vcf")
    assert [p.record.family_name for p in result.records] == ["Größe", "Brontë"]
    [problem] = result.problems
    assert problem.line == 7 and "mixes" in problem.message


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_mostly_in_another_script(codec: str) -> None:
    rows = "".join(
        f"{given},{family},{i}@example.org\r\n"
        for i, (given, family) in enumerate(
            [("Александра", "Константинопольская"), ("Владислав", "Преображенский")] * 5
        )
    )
    data = ("First Name,Last Name,E-mail Address\r\n" + rows).encode(codec)
    csv_result = read_contact_file(data, "ru.csv")
    assert csv_result.records[0].record.family_name == "Константинопольская"
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Преображенский;Владислав;;;\r\nEND:VCARD\r\n"
    [parsed] = read_contact_file(card.encode(codec), "ru.vcf").records
    assert parsed.record.family_name == "Преображенский"
