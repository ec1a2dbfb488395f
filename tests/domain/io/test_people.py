"""One name splitter, one birthday parser for every reader (people.py).

The expected splits are written down by hand from how each name is written and filed in
its own country; they are not produced by the splitter.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prospectdesk.clock import FakeClock
from prospectdesk.domain.io.csv_read import read_csv
from prospectdesk.domain.io.people import PersonName, parse_birthday, split_name
from prospectdesk.domain.io.vcard_read import read_vcards
from prospectdesk.domain.records import Birthday

# (written, given, family, prefix, suffix)
NAMES = [
    # Dutch, Flemish and German particles
    ("Jan van der Berg", "Jan", "van der Berg", "", ""),
    ("Anna de Vries", "Anna", "de Vries", "", ""),
    ("Pieter van den Broek", "Pieter", "van den Broek", "", ""),
    ("Kees van de Kerkhof", "Kees", "van de Kerkhof", "", ""),
    ("Jan 't Hart", "Jan", "'t Hart", "", ""),
    ("Sophie in 't Veld", "Sophie", "in 't Veld", "", ""),
    ("Willem ter Horst", "Willem", "ter Horst", "", ""),
    ("Henk ten Cate", "Henk", "ten Cate", "", ""),
    ("Vincent Willem van Gogh", "Vincent Willem", "van Gogh", "", ""),
    ("Herman Van Rompuy", "Herman", "Van Rompuy", "", ""),
    ("Ludwig von Beethoven", "Ludwig", "von Beethoven", "", ""),
    ("Karl-Theodor zu Guttenberg", "Karl-Theodor", "zu Guttenberg", "", ""),
    ("Gerrit op den Akker", "Gerrit", "op den Akker", "", ""),
    # The name issue 14 was filed for: one family name whatever the file's format
    ("Maria de Souza van Dijk", "Maria", "de Souza van Dijk", "", ""),
    # Romance and Arabic particles
    ("Juan Carlos de la Cruz", "Juan Carlos", "de la Cruz", "", ""),
    ("Leonardo da Vinci", "Leonardo", "da Vinci", "", ""),
    ("Ana dos Santos", "Ana", "dos Santos", "", ""),
    ("Giuseppe di Stefano", "Giuseppe", "di Stefano", "", ""),
    ("Charles du Pont", "Charles", "du Pont", "", ""),
    ("Mohammed bin Rashid al Maktoum", "Mohammed", "bin Rashid al Maktoum", "", ""),
    # "Family, Given" and the Dutch sorting form
    ("Doe, John", "John", "Doe", "", ""),
    ("Bakker, Joost", "Joost", "Bakker", "", ""),
    ("Vries, Jan de", "Jan", "de Vries", "", ""),
    ("Berg, Jan van der", "Jan", "van der Berg", "", ""),
    # Titles before, suffixes after
    ("Dr. Jan de Vries", "Jan", "de Vries", "Dr.", ""),
    ("Ir. Kees Bakker", "Kees", "Bakker", "Ir.", ""),
    ("Mr. drs. Anna Smit", "Anna", "Smit", "Mr. drs.", ""),
    ("prof.dr.ir. Jan Jansen", "Jan", "Jansen", "prof.dr.ir.", ""),
    ("Prof. Dr. Angela Merkel", "Angela", "Merkel", "Prof. Dr.", ""),
    ("Dhr. P. de Boer", "P.", "de Boer", "Dhr.", ""),
    ("Dipl.-Ing. Hans Müller", "Hans", "Müller", "Dipl.-Ing.", ""),
    ("Martin Luther King Jr.", "Martin Luther", "King", "", "Jr."),
    ("John Smith, Jr.", "John", "Smith", "", "Jr."),
    ("King, Martin Luther, Jr.", "Martin Luther", "King", "", "Jr."),
    ("Henry Ford III", "Henry", "Ford", "", "III"),
    ("Robert Downey Sr.", "Robert", "Downey", "", "Sr."),
    ("Dr. Jane Doe PhD", "Jane", "Doe", "Dr.", "PhD"),
    ("Yo-Yo Ma", "Yo-Yo", "Ma", "", ""),
    # Plain names, spacing, one word
    ("Anna Maria Schmidt", "Anna Maria", "Schmidt", "", ""),
    ("Armen Aram Sargsyan", "Armen Aram", "Sargsyan", "", ""),
    ("  Ani   Hakobyan ", "Ani", "Hakobyan", "", ""),
    ("Անի Հակոբյան", "Անի", "Հակոբյան", "", ""),
    ("Иван Петров", "Иван", "Петров", "", ""),
    ("Jean-Luc O'Brien", "Jean-Luc", "O'Brien", "", ""),
    ("Cher", "Cher", "", "", ""),
    ("Van Morrison", "Van", "Morrison", "", ""),
    ("Ursula Le Guin", "Ursula", "Le Guin", "", ""),
    ("J. de Vries", "J.", "de Vries", "", ""),
    # A title or a particle first: what follows is a family name on its own
    ("Dr. Jansen", "", "Jansen", "Dr.", ""),
    ("Mevr. de Vries", "", "de Vries", "Mevr.", ""),
    ("van der Berg", "", "van der Berg", "", ""),
    # Chinese, Japanese and Korean: family name first, with or without a space
    ("王小明", "小明", "王", "", ""),
    ("李娜", "娜", "李", "", ""),
    ("欧阳修", "修", "欧阳", "", ""),
    ("诸葛亮", "亮", "诸葛", "", ""),
    ("山田太郎", "太郎", "山田", "", ""),
    ("佐藤健", "健", "佐藤", "", ""),
    ("山田 太郎", "太郎", "山田", "", ""),
    ("安藤 ロイド", "ロイド", "安藤", "", ""),
    ("安藤ロイド", "ロイド", "安藤", "", ""),
    ("김민수", "민수", "김", "", ""),
    ("남궁민수", "민수", "남궁", "", ""),
    ("김 민수", "민수", "김", "", ""),
]


@pytest.mark.parametrize(("written", "given", "family", "prefix", "suffix"), NAMES)
def test_name_table(written: str, given: str, family: str, prefix: str, suffix: str) -> None:
    name = split_name(written)
    assert (name.given, name.family, name.prefix, name.suffix) == (given, family, prefix, suffix)


def test_the_table_is_big_enough() -> None:
    assert len(NAMES) >= 40


def test_titles_and_suffixes_are_kept_in_the_name_as_written() -> None:
    assert split_name("Dr.  Jan de Vries").with_titles() == "Dr. Jan de Vries"
    assert split_name("Vries, Dr. Jan de").with_titles() == "Dr. Jan de Vries"
    assert split_name("King, Martin Luther, Jr.").with_titles() == "Martin Luther King Jr."
    assert split_name("Jan de Vries").with_titles() is None
    assert split_name("") == PersonName()


@pytest.mark.parametrize(
    "written",
    ["Maria de Souza van Dijk", "Dr. Jan de Vries", "Vries, Jan de", "山田太郎", "Henry Ford III"],
)
def test_csv_and_vcard_split_a_name_the_same_way(written: str) -> None:
    csv_data = f'Name,E-mail\n"{written}",x@example.org\n'.encode()
    vcard_data = f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:{written}\r\nEND:VCARD\r\n".encode()
    [from_csv] = read_csv(csv_data, "a.csv").records
    [from_vcard] = read_vcards(vcard_data, "a.vcf").records
    name = split_name(written)
    for parsed in (from_csv, from_vcard):
        record = parsed.record
        assert (record.given_name, record.family_name) == (name.given, name.family)
    if name.with_titles():  # the title or suffix is shown, in both formats
        assert from_csv.record.display_name == from_vcard.record.display_name == name.written


@pytest.mark.parametrize(
    ("text", "this_year", "expected"),
    [
        ("17.05.80", 2026, Birthday(5, 17, 1980)),
        ("17.05.20", 2026, Birthday(5, 17, 2020)),
        ("17.05.20", 2019, Birthday(5, 17, 1920)),
    ],
)
def test_two_digit_years_follow_the_callers_clock(text, this_year, expected) -> None:
    assert parse_birthday(text, this_year=this_year) == expected


def test_the_csv_reader_takes_the_year_from_its_clock() -> None:
    from datetime import UTC, datetime

    data = b"Name,Birthday\nJan Jansen,17.05.20\n"
    for year, expected in ((2026, 2020), (2019, 1920)):
        clock = FakeClock(datetime(year, 6, 1, tzinfo=UTC))
        [parsed] = read_csv(data, "a.csv", clock=clock).records
        assert parsed.record.birthday == Birthday(5, 17, expected)


_WORDS = ["Anna", "Maria", "smit", "O'Brien", "de", "van", "der", "'t", "Dr.", "mr.", "Jr.", "III"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_WORDS, ",", "  "]), max_size=8).map(" ".join))
def test_a_split_loses_no_word_and_invents_none(written: str) -> None:
    name = split_name(written)
    kept = " ".join((name.prefix, name.given, name.family, name.suffix))
    assert sorted(kept.replace(",", " ").split()) == sorted(written.replace(",", " ").split())
