"""CSV reading: expected values are written down from the bytes of each file."""

from __future__ import annotations

import pytest

from prospectdesk.domain.io.base import NotAContactFileError
from prospectdesk.domain.io.csv_read import (
    ColumnMapping,
    detect_layout,
    guess_mapping,
    read_csv,
    read_table,
)
from prospectdesk.domain.io.people import parse_birthday
from prospectdesk.domain.records import AddressEntry, Birthday


def _people(result):
    return [(p.record.given_name, p.record.family_name) for p in result.records]


# -- the shared corpus (real client files) --------------------------------------------------------


def test_corpus_thunderbird_plain_trailing_comma_and_split_birthday(corpus_dir):
    data = (corpus_dir / "csv" / "roundcube__tb_plain.csv").read_bytes()
    result = read_csv(data, "tb_plain.csv", region="NL")
    assert result.format == "csv:thunderbird"
    assert result.problems == []
    [parsed] = result.records
    record = parsed.record
    assert parsed.line == 2
    assert (record.given_name, record.family_name) == ("Firstname", "Lastname")
    assert record.display_name == "Displayname"
    assert [e.value for e in record.emails] == ["test@domain.tld", "next@domain.tld"]
    assert [(p.value, p.label) for p in record.phones] == [
        ("mobile", "mobile"),
        ("phone home", "home"),
        ("phone work", "work"),
        ("fax", "fax"),
        ("pager", "pager"),
    ]
    assert record.organization == "Organization"
    assert record.job_title == "title"
    assert record.birthday == Birthday(11, 15, 1970)
    assert record.addresses == [
        AddressEntry("work", "Addr work", "Wcity", "Wstate", "33-333", "Poland"),
        AddressEntry("home", "Priv address", "City", "region", "xx-xxx", "USA"),
    ]
    # Columns without a field of their own are kept, not dropped.
    assert "Web Page 1: http://page.com" in record.notes
    assert "Nickname: Nick" in record.notes


def test_corpus_semicolon_delimiter(corpus_dir):
    data = (corpus_dir / "csv" / "thunderbird__csv_semicolon.csv").read_bytes()
    result = read_csv(data, "csv_semicolon.csv")
    assert _people(result) == [("John", "Doe"), ("Jane", "Doe")]
    assert [p.record.emails[0].value for p in result.records] == [
        "john@doe.invalid",
        "jane@doe.invalid",
    ]
    assert [p.line for p in result.records] == [2, 3]


def test_corpus_shift_jis_other_column_order(corpus_dir):
    data = (corpus_dir / "csv" / "thunderbird__shiftjis_addressbook.csv").read_bytes()
    result = read_csv(data, "shiftjis_addressbook.csv")
    assert result.format == "csv:thunderbird"
    [parsed] = result.records
    assert (parsed.record.given_name, parsed.record.family_name) == ("権兵衛", "名無し")
    assert parsed.record.display_name == "名無しの権兵衛"
    assert [e.value for e in parsed.record.emails] == ["名無しの権兵衛@host.invalid"]
    assert parsed.record.birthday is None


# -- known layouts (our own realistic samples) ----------------------------------------------------


def test_google_current_export(csv_fixture):
    result = read_csv(csv_fixture("google_current.csv"), "contacts.csv", region="NL")
    assert result.format == "csv:google"
    assert result.problems == []
    jan, ani = (p.record for p in result.records)
    assert (jan.given_name, jan.family_name) == ("Jan", "van der Berg")
    assert (jan.organization, jan.job_title) == ("Bakkerij Van der Berg", "Eigenaar")
    assert [(e.value, e.label) for e in jan.emails] == [
        ("jan@bakkerij.example", "work"),
        ("jan.vdb@mail.example", "home"),
    ]
    # " ::: " holds two numbers in one cell; both are kept as written plus normalized.
    assert [(p.value, p.label, p.normalized) for p in jan.phones] == [
        ("+31 6 12345678", "mobile", "+31612345678"),
        ("06-87654321", "mobile", "+31687654321"),
        ("020 123 4567", "work", "+31201234567"),
    ]
    assert jan.birthday == Birthday(4, 12, 1975)
    assert jan.addresses == [
        AddressEntry("work", "Dorpsstraat 1", "Amsterdam", "", "1234 AB", "Nederland")
    ]
    assert jan.tags == ["Klanten"]
    assert jan.notes.startswith("Wil een demo.\nBel na 18:00.")
    assert "Website (Profile): https://example.nl" in jan.notes
    assert (ani.given_name, ani.family_name) == ("Անի", "Հակոբյան")
    assert ani.birthday == Birthday(5, 17)  # "--05-17": no year
    # The first record spans lines 2-5 (a quoted two-line note and three-line address).
    assert [p.line for p in result.records] == [2, 6]


def test_google_old_export_utf16_with_bom(csv_fixture):
    data = csv_fixture("google_old.csv")
    assert data[:2] == b"\xff\xfe"
    result = read_csv(data, "google.csv", region="DE")
    assert result.format == "csv:google"
    zoe, pieter = (p.record for p in result.records)
    assert (zoe.given_name, zoe.family_name) == ("Zoë", "Müller")
    assert zoe.organization == "Müller & Söhne GmbH"
    assert zoe.job_title == "Inhaberin"
    assert zoe.birthday == Birthday(2, 29, 1980)
    assert [(p.value, p.normalized) for p in zoe.phones] == [
        ("0151 2345678", "+491512345678"),
        ("+49 30 1234567", "+49301234567"),
    ]
    assert zoe.tags == ["Prospects"]
    assert zoe.addresses[0].street == "Hauptstraße 5"
    assert (pieter.given_name, pieter.family_name) == ("Pieter", "de Vries")
    assert pieter.tags == []  # "* My Contacts" is Google's own group, not a tag


def test_outlook_english_cp1252(csv_fixture):
    result = read_csv(csv_fixture("outlook_en.csv"), "outlook.csv", region="IE")
    assert result.format == "csv:outlook"
    chloe, bob = (p.record for p in result.records)
    assert (chloe.given_name, chloe.family_name) == ("Chloë", "O'Brien")
    assert chloe.organization == "Café Noël Ltd"
    assert chloe.birthday == Birthday(5, 17, 1980)  # M/D/YYYY
    assert [e.value for e in chloe.emails] == ["chloe@cafenoel.example"]
    assert [(p.value, p.label) for p in chloe.phones] == [
        ("(085) 123-4567", "mobile"),
        ("+353 1 234 5678", "work"),
    ]
    assert chloe.tags == ["Hot lead", "Dublin"]
    assert chloe.notes == "Met at the fair – likes “green” products"  # cp1252 0x96, 0x93
    assert (bob.given_name, bob.family_name) == ("Bob", "Smith")
    assert bob.birthday is None
    # Outlook's "0/0/00" is reported with its line, not fatal.
    assert [str(p) for p in result.problems] == [
        "outlook.csv:3: birthday '0/0/00' is not a date; birthday skipped"
    ]


def test_outlook_german_headers_semicolons_cp1252(csv_fixture):
    result = read_csv(csv_fixture("outlook_de.csv"), "kontakte.csv", region="DE")
    assert result.format == "csv:outlook"
    juergen, anna = (p.record for p in result.records)
    assert (juergen.given_name, juergen.family_name) == ("Jürgen", "Größe")
    assert juergen.organization == "Bäckerei Größe GmbH"
    assert juergen.job_title == "Geschäftsführer"
    assert juergen.birthday == Birthday(7, 3, 1968)  # 3.7.1968 is day first
    assert [(p.value, p.label, p.normalized) for p in juergen.phones] == [
        ("+49 171 2345678", "mobile", "+491712345678"),
        ("089 1234567", "work", "+49891234567"),
    ]
    assert juergen.addresses == [
        AddressEntry("work", "Hauptstraße 5", "München", "", "80331", "Deutschland")
    ]
    assert juergen.tags == ["Kunde"]
    assert [e.value for e in anna.emails] == ["anna@schaefer.example"]
    assert "Aus" not in anna.notes  # Outlook's filler values are not data
    assert [p.line for p in result.problems] == [3]


def test_linkedin_with_notes_preamble(csv_fixture):
    result = read_csv(csv_fixture("linkedin.csv"), "Connections.csv")
    assert result.format == "csv:linkedin"
    assert result.problems == []
    sanne, arman = (p.record for p in result.records)
    assert (sanne.given_name, sanne.family_name) == ("Sanne", "de Jong")
    assert (sanne.organization, sanne.job_title) == ("Jong & Co", "Sales Lead")
    assert [e.value for e in sanne.emails] == ["sanne@dejong.example"]
    assert "https://www.linkedin.com/in/sannedejong" in sanne.notes
    assert arman.emails == []  # LinkedIn hides most addresses; the row still imports
    assert [p.line for p in result.records] == [5, 6]


def test_apple_labelled_columns(csv_fixture):
    result = read_csv(csv_fixture("apple.csv"), "apple.csv", region="NL")
    assert result.format == "csv:apple"
    lieke, tom = (p.record for p in result.records)
    assert [(e.value, e.label) for e in lieke.emails] == [
        ("lieke@home.example", "home"),
        ("lieke@work.example", "work"),
    ]
    assert [(p.value, p.label) for p in lieke.phones] == [("+31 6 11122233", "mobile")]
    assert lieke.birthday == Birthday(12, 1, 1990)
    assert lieke.addresses == [
        AddressEntry("home", "Kerkstraat 3", "Utrecht", "", "3511 AB", "Nederland")
    ]
    assert (tom.organization, tom.job_title, tom.notes) == ("Jansen BV", "Owner", "Prefers e-mail")


def test_thunderbird_birthday_parts_with_and_without_year(csv_fixture):
    result = read_csv(csv_fixture("thunderbird.csv"), "tb.csv", region="NL")
    eva, kees = (p.record for p in result.records)
    assert eva.birthday == Birthday(3, 9, 1985)
    assert kees.birthday == Birthday(7, 14)  # Birth Year left empty
    assert eva.addresses == [AddressEntry("home", "Laan 4", "Rotterdam", "", "3011 AA", "NL")]


def test_thunderbird_shift_jis_screen_name_last(csv_fixture):
    result = read_csv(csv_fixture("thunderbird_shiftjis.csv"), "tb_sjis.csv")
    [parsed] = result.records
    record = parsed.record
    assert (record.given_name, record.family_name) == ("太郎", "山田")
    assert (record.organization, record.job_title) == ("山田商事", "営業部長")
    assert record.display_name == "山田太郎"
    assert "Screen Name: ヤマダ" in record.notes


# -- quirks -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, expected",
    [
        ("cr_only.csv", [("Ada", "Lovelace"), ("Alan", "Turing")]),
        ("crcrlf_mixed.csv", [("Ada", "Lovelace"), ("Grace", "Hopper"), ("Edsger", "Dijkstra")]),
        ("tabs.csv", [("Lena", "Vos")]),
        ("utf16be_nobom.csv", [("Հայկ", "Սարգսյան")]),
        ("cp1252_generic.csv", [("François", "Dupré")]),
        ("semicolon_utf8_bom.csv", [("Joost", "van Dijk"), ("Marieke", "Post")]),
    ],
)
def test_line_endings_delimiters_and_encodings(csv_fixture, name, expected):
    result = read_csv(csv_fixture(name), name)
    assert _people(result) == expected
    assert result.problems == []


def test_crcrlf_counts_one_line_per_break(csv_fixture):
    result = read_csv(csv_fixture("crcrlf_mixed.csv"), "x.csv")
    assert [p.line for p in result.records] == [2, 3, 4]


def test_bom_is_not_part_of_the_first_header(csv_fixture):
    table = read_table(csv_fixture("semicolon_utf8_bom.csv"), "x.csv")
    assert table.headers[0] == "Naam"
    assert table.delimiter == ";"
    result = read_csv(csv_fixture("semicolon_utf8_bom.csv"), "x.csv")
    joost, marieke = (p.record for p in result.records)
    assert joost.birthday == Birthday(5, 2, 1979)  # 02-05-1979 in a Dutch file: day first
    assert marieke.birthday == Birthday(2, 29, 1984)


def test_quoted_multiline_field_and_trailing_empty_columns(csv_fixture):
    table = read_table(csv_fixture("multiline_trailing.csv"), "x.csv")
    assert table.headers == ["First Name", "Last Name", "Email", "Notes"]
    result = read_csv(csv_fixture("multiline_trailing.csv"), "x.csv")
    noor, sem = result.records
    assert noor.record.notes == 'Line one\nLine two, with comma\nLine "three"'
    assert (noor.line, sem.line) == (2, 5)


def test_invalid_birthdays_are_reported_with_line_and_skipped(csv_fixture):
    result = read_csv(csv_fixture("bad_values.csv"), "bad.csv")
    assert _people(result) == [
        ("Good", "Row"),
        ("Bad", "Birthday"),
        ("Zero", "Date"),
        ("No", "Year"),
        ("Sentinel", "Year"),
    ]
    birthdays = [p.record.birthday for p in result.records]
    assert birthdays == [Birthday(1, 1, 1970), None, None, Birthday(12, 24), Birthday(6, 15)]
    assert [(p.line, p.fatal_for_record) for p in result.problems] == [
        (3, False),
        (4, False),
        (4, True),  # a row with only a bad birthday names nobody
        (5, False),
    ]
    assert "1980-02-31" in result.problems[0].message


def test_truncated_file_keeps_complete_rows(csv_fixture):
    result = read_csv(csv_fixture("truncated.csv"), "cut.csv")
    assert _people(result) == [("Kept", "Row")]
    [problem] = result.problems
    assert (problem.line, problem.fatal_for_record) == (3, True)
    assert "cut off" in problem.message


def test_unknown_columns_are_guessed_and_the_rest_kept(csv_fixture):
    result = read_csv(csv_fixture("unknown_columns.csv"), "klanten.csv", region="NL")
    assert result.format == "csv:generic"
    [parsed] = result.records
    assert (parsed.record.given_name, parsed.record.family_name) == ("Bram", "Kok")
    assert [p.normalized for p in parsed.record.phones] == ["+31612345678"]
    assert [e.value for e in parsed.record.emails] == ["bram@kok.example"]
    assert parsed.record.notes == "Woonplaats: Leiden\nLievelingskleur: blauw"


def test_a_mapping_chosen_by_the_user_wins(csv_fixture):
    mapping = ColumnMapping(columns={0: "organization", 2: "email.1", 3: "address.1.city"})
    result = read_csv(csv_fixture("unknown_columns.csv"), "klanten.csv", mapping)
    [parsed] = result.records
    assert parsed.record.organization == "Bram Kok"
    assert parsed.record.given_name == ""
    assert parsed.record.addresses[0].city == "Leiden"
    assert "Telefoonnummer: 0612345678" in parsed.record.notes


def test_table_with_no_contact_columns_asks_for_a_mapping(csv_fixture):
    result = read_csv(csv_fixture("not_contacts.csv"), "numbers.csv")
    assert result.records == []
    [problem] = result.problems
    assert problem.fatal_for_record and "choose the columns" in problem.message


def test_text_without_a_table_is_refused():
    with pytest.raises(NotAContactFileError):
        read_csv(b"just one line of prose\n", "prose.txt")


# -- helpers ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1980-05-17", Birthday(5, 17, 1980)),
        ("19800517", Birthday(5, 17, 1980)),
        ("--05-17", Birthday(5, 17)),
        ("--0517", Birthday(5, 17)),
        ("5/17/1980", Birthday(5, 17, 1980)),
        ("17/5/1980", Birthday(5, 17, 1980)),
        ("17.05.1980", Birthday(5, 17, 1980)),
        ("17.05.", Birthday(5, 17)),
        ("1604-05-17", Birthday(5, 17)),
        ("1980/05/17", Birthday(5, 17, 1980)),
        ("1980-05-17T00:00:00Z", Birthday(5, 17, 1980)),
        ("May 17, 1980", Birthday(5, 17, 1980)),
        ("17 mei 1980", Birthday(5, 17, 1980)),
        ("", None),
    ],
)
def test_birthday_forms(text, expected):
    assert parse_birthday(text, this_year=2026) == expected


@pytest.mark.parametrize("text", ["1980-02-31", "0.0.00", "0/0/00", "circa 1800", "31/31/1980"])
def test_invalid_birthdays_raise(text):
    with pytest.raises(ValueError):
        parse_birthday(text, this_year=2026)


def test_guess_mapping_proposes_each_field_once():
    mapping = guess_mapping(["Naam", "Mobiel", "Telefoon", "E-mail", "E-mailadres werk", "Notitie"])
    assert mapping.columns[0] == "full_name"
    fields = list(mapping.columns.values())
    assert fields[1].startswith("phone.") and fields[2].startswith("phone.")
    assert fields[1] != fields[2]
    assert fields[3].startswith("email.") and fields[4].startswith("email.")
    assert fields[3] != fields[4]
    assert mapping.is_useful()


def test_layout_detection():
    assert detect_layout(["First Name", "Last Name", "URL", "Connected On"]) == "linkedin"
    assert detect_layout(["Vorname", "Nachname", "E-Mail-Adresse"]) == "outlook"
    assert detect_layout(["a", "b"]) == "generic"


def test_a_column_mapped_by_hand_to_a_phone_slot_takes_that_slots_label():
    from prospectdesk.domain.io.csv_layouts import SLOT_LABELS, ColumnMapping

    mapping = ColumnMapping()
    mapping.assign(3, "phone.2")
    assert mapping.columns == {3: "phone.2"} and mapping.labels == {
        "phone.2": SLOT_LABELS["phone.2"]
    }
    mapping.assign(3, "")
    assert mapping.columns == {}
