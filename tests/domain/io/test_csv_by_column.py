"""The reader maps a table a column at a time (records_from_table); what it gives must be
what row_to_record gives row by row, for every CSV we have and for tables built to hit
each of its rules (two columns for one field, formula escapes, noise, bad values)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from prospectdesk.clock import FakeClock
from prospectdesk.domain.io.base import NotAContactFileError
from prospectdesk.domain.io.csv_layouts import header_key
from prospectdesk.domain.io.csv_read import (
    ColumnMapping,
    column_plan,
    read_table,
    records_from_table,
    row_to_record,
)
from tests.conftest import SHARED_CORPUS

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
CSV_FILES = [
    *sorted((FIXTURES / "csv").glob("*.csv")),
    *sorted((FIXTURES / "charset").glob("*.csv")),
    *(sorted(SHARED_CORPUS.rglob("*.csv")) if SHARED_CORPUS.is_dir() else []),
]
CLOCK = FakeClock(datetime(2026, 6, 1, 12, 0, tzinfo=UTC))


def row_by_row(table, mapping: ColumnMapping | None = None, region: str | None = "NL"):
    """What records_from_table gave before it worked by column: row_to_record per row."""
    chosen = mapping or table.mapping
    day_first = table.delimiter == ";" or any(
        header_key(h) in ("geburtstag", "vorname", "verjaardag", "voornaam") for h in table.headers
    )
    columns = column_plan(table.headers, chosen, max((len(c) for _, c in table.rows), default=0))
    records, problems = [], list(table.problems)
    for line, cells in table.rows:
        parsed, found = row_to_record(
            table.headers,
            cells,
            chosen,
            file_name=table.file_name,
            line=line,
            region=region,
            this_year=2026,
            day_first=day_first,
            columns=columns,
        )
        problems.extend(found)
        if parsed is not None:
            records.append(parsed)
    return records, problems


def assert_same(table, mapping: ColumnMapping | None = None, region: str | None = "NL") -> None:
    result = records_from_table(table, mapping, region=region, clock=CLOCK)
    records, problems = row_by_row(table, mapping, region)
    assert result.records == records
    assert result.problems == problems


@pytest.mark.parametrize("path", CSV_FILES, ids=lambda p: p.name)
def test_every_fixture_reads_as_row_by_row(path):
    try:
        table = read_table(path.read_bytes(), path.name)
    except NotAContactFileError:
        pytest.skip("not a contact file")
    if not (table.mapping).is_useful():
        pytest.skip("no useful column")
    assert_same(table)
    assert_same(table, region=None)


GOOGLE_HEADER = (
    "Name,Given Name,Additional Name,Family Name,Name Prefix,Name Suffix,Nickname,Birthday,"
    "Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,"
    "Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Address 1 - Type,"
    "Address 1 - Street,Address 1 - City,Address 1 - Postal Code,Address 1 - Country,"
    "Organization 1 - Name,Organization 1 - Title,Organization 1 - Department,"
    "Website 1 - Type,Website 1 - Value,Website 2 - Type,Website 2 - Value,Custom Field,Gender"
)
GOOGLE_ROWS = [
    # full name only; a title kept for the display; noise and a custom column for the notes
    "Dr. Anouk de Vries,,,,,,,,,* myContacts ::: Klant,,,,,,,,,,,,,,,,,,,,,,Normal",
    # given + family and a different full name; a second e-mail that is no address
    "Jan Jansen,Jan,Piet,Jansen,Mr.,jr.,Jantje,1990-02-29,Kent Anouk,Klant;vip,* Home,"
    "jan@example.nl ::: j@x.nl,Work,geen-adres,Mobile,06 1234 5678 ::: +31 20 123 4567,,"
    "'+31 6 5555 5555,Home,Dorpsstraat 1,Utrecht,3511AA,NL,ACME,Baas,Verkoop,Blog,"
    "https://a.nl,,https://b.nl,x,false",
    # nobody: not imported
    ",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,",
    # a bad birthday, an address given only a city, a formula escaped by a writer
    ",Zoë,,'t Hart,,,,31-31-31,'=SUM(A1),,,,,,,,,,Work,,Parijs,,,,,,,,,,,",
    # a company only; a short row (cells missing at the end)
    ",,,,,,,,,,,,,,,,,,,,,,,Ararat BV",
    # the same date twice (read once), an address given as mailto:, a name in full only
    ",Mila,,Bos,,,,1985-05-17,,,Home,mailto:mila@example.nl,,,,,,,,,,,,,,,,,,,,",
    "Sara Bos,,,,,,,1985-05-17,,,,MAILTO:sara@example.nl,,,,,,,,,,,,,,,,,,,,",
    # the same website label twice: the second one is told apart by its slot
    "Anna,,,,,,,,,,,,,,,,,,,,,,,,,,Blog,https://c.nl,Blog,https://d.nl,,",
]


def test_tables_built_for_each_rule_read_as_row_by_row():
    text = "\n".join([GOOGLE_HEADER, *GOOGLE_ROWS]) + "\n"
    table = read_table(text.encode("utf-8"), "google.csv")
    assert_same(table)
    assert_same(table, region=None)


def test_two_columns_for_one_field_read_as_row_by_row():
    text = (
        "First,Last,Note,Note,Mail,Mail label,Mail,Extra,Extra\n"
        "Anna,Bos,een,twee,a@x.nl,werk,b@x.nl,p,q\n"
        "Piet,,,drie,,prive,c@x.nl,,r\n"
        ",,,,,,,,\n"
    )
    table = read_table(text.encode("utf-8"), "generic.csv")
    mapping = ColumnMapping(
        columns={
            0: "given_name",
            1: "family_name",
            2: "notes",
            3: "notes",
            4: "email.1",
            5: "email.1.label",
            6: "email.1",
            7: "keep",
            8: "",
        }
    )
    assert_same(table, mapping)


def test_the_record_fields_given_by_position_are_the_records_fields_in_order():
    """The column-at-a-time reader makes each ContactRecord with its fields by position
    (half the time of keywords): their order must be the record's own."""
    from dataclasses import fields

    from prospectdesk.domain.io.csv_read import _RECORD_FIELDS
    from prospectdesk.domain.records import ContactRecord

    names = [field.name for field in fields(ContactRecord)]
    assert tuple(names[: len(_RECORD_FIELDS)]) == _RECORD_FIELDS


@pytest.mark.parametrize("chunk", [1, 2, 3])
def test_a_table_read_in_chunks_reads_as_row_by_row(chunk, monkeypatch):
    """The reader goes through a table a chunk of rows at a time, sharing what it read
    once (tags, birthdays, including those that are not dates) between the chunks."""
    from prospectdesk.domain.io import csv_read

    monkeypatch.setattr(csv_read, "_CHUNK_ROWS", chunk)
    rows = [*GOOGLE_ROWS, *GOOGLE_ROWS[1:4]]
    text = "\n".join([GOOGLE_HEADER, *rows]) + "\n"
    table = read_table(text.encode("utf-8"), "google.csv")
    assert_same(table)
    result = records_from_table(table, region="NL", clock=CLOCK)
    assert [p.line for p in result.problems] == sorted(p.line for p in result.problems)


_FIELD_KEYS = [
    *("full_name", "given_name", "middle_name", "family_name", "prefix", "suffix"),
    *("nickname", "display_name", "organization", "department", "job_title", "birthday"),
    *("birth_year", "birth_month", "birth_day", "notes", "tags", "uid", "ignore", "keep", ""),
    *("email.1", "email.1.label", "email.2", "phone.1", "phone.1.label", "phone.2"),
    *("website.1", "website.1.label", "website.2", "address.1.street", "address.1.street2"),
    *("address.1.po_box", "address.1.city", "address.1.region", "address.1.postal_code"),
    *("address.1.country", "address.1.formatted", "address.1.label", "address.2.city"),
]
_CELLS = [
    *("", "", "", "Jan", "  Anouk ", "de Vries", "Dr. Anouk de Vries", "Vries, Jan de"),
    *("山田太郎", "a@b.nl", "mailto:x@y.nl", "geen", "a@b.nl ::: c@d.nl", "+31 6 1234 5678"),
    *("06-12345678", "+31  6", "+7 966 201 16 41", "1990-02-29", "--03-07", "31-31-31", "5"),
    *("13", "1980", "x", "Home", "* Work", "mobile", "'=SUM(A1)", "'+31 6", "normal", "false"),
    *("Klant;vip", "* myContacts ::: Friends", "https://a.nl", "Blog", "Utrecht", "NL"),
    *("two\nlines", " \t ", "Ararat BV"),
]


@pytest.mark.parametrize("seed", range(4))
def test_random_tables_and_mappings_read_as_row_by_row(seed, monkeypatch):
    """Random tables (short and long rows, every kind of value) under random mappings
    (any field for any column, two columns for one, fixed labels), read in chunks of
    one, two, three or all rows."""
    import csv
    import io
    import random

    from prospectdesk.domain.io import csv_read

    rng = random.Random(seed)
    compared = 0
    for _ in range(60):
        width = rng.randint(2, 9)
        header = [
            rng.choice(["A", "B", "Name", "E-mail", "Phone", "", "Notes"]) for _ in range(width)
        ]
        rows = [
            [rng.choice(_CELLS) for _ in range(width if rng.random() < 0.8 else rng.randint(0, 11))]
            for _ in range(rng.randint(0, 12))
        ]
        out = io.StringIO()
        csv.writer(out).writerows([header, *rows])
        try:
            table = read_table(out.getvalue().encode("utf-8"), "random.csv")
        except NotAContactFileError:
            continue
        mapping = ColumnMapping()
        for index in range(width + 2):
            key = rng.choice(_FIELD_KEYS)
            if key:
                mapping.columns[index] = key
        if rng.random() < 0.5:
            mapping.labels["phone.1"] = "mobile"
        if not mapping.is_useful():
            continue
        monkeypatch.setattr(csv_read, "_CHUNK_ROWS", rng.choice([1, 2, 3, 2048]))
        assert_same(table, mapping)
        assert_same(table, mapping, region=None)
        compared += 1
    assert compared > 30
