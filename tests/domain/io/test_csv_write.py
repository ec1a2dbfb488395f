"""Google's current CSV layout, as written and read back."""

from __future__ import annotations

import csv
import io

from prospectdesk.domain.io.csv_read import read_csv
from prospectdesk.domain.io.csv_write import write_csv
from prospectdesk.domain.records import (
    AddressEntry,
    Birthday,
    ContactRecord,
    EmailEntry,
    PhoneEntry,
)


def _record() -> ContactRecord:
    return ContactRecord(
        given_name="Անի",
        family_name="Հակոբյան",
        organization='Ani, "Quotes" & Co',
        job_title="Owner",
        emails=[EmailEntry("ani@example.am", "work"), EmailEntry("ani@home.example", "")],
        phones=[PhoneEntry("+374 91 234567", "mobile")],
        addresses=[AddressEntry("home", "Abovyan 1\nApt 2", "Yerevan", "", "0001", "Armenia")],
        birthday=Birthday(2, 29),
        notes="Line 1\nLine 2",
        tags=["VIP", "Yerevan"],
    )


def test_google_headers_and_values():
    text = write_csv([_record()])
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    [row] = rows
    assert row["First Name"] == "Անի"
    assert row["Organization Name"] == 'Ani, "Quotes" & Co'
    assert row["Birthday"] == "--02-29"
    assert row["Labels"] == "* myContacts ::: VIP ::: Yerevan"
    # The first (preferred) e-mail and phone marked as Google marks them.
    assert (row["E-mail 1 - Label"], row["E-mail 1 - Value"]) == ("* Work", "ani@example.am")
    assert (row["Phone 1 - Label"], row["Phone 1 - Value"]) == ("* Mobile", "+374 91 234567")
    assert row["Address 1 - Formatted"] == "Abovyan 1\nApt 2\n0001 Yerevan\nArmenia"
    assert text.endswith("\r\n")


def test_written_csv_reads_back_the_same():
    original = _record()
    result = read_csv(write_csv([original]).encode("utf-8"), "export.csv", region="AM")
    assert result.format == "csv:google"
    assert result.problems == []
    back = result.records[0].record
    assert (back.given_name, back.family_name, back.organization, back.job_title) == (
        original.given_name,
        original.family_name,
        original.organization,
        original.job_title,
    )
    assert [(e.value, e.label) for e in back.emails] == [
        (e.value, e.label) for e in original.emails
    ]
    assert [(p.value, p.label) for p in back.phones] == [("+374 91 234567", "mobile")]
    assert back.addresses == original.addresses
    assert (back.birthday, back.notes, back.tags) == (
        Birthday(2, 29),
        "Line 1\nLine 2",
        ["VIP", "Yerevan"],
    )


def _read_back(text: str) -> dict[str, str]:
    [row] = list(csv.DictReader(io.StringIO(text, newline="")))
    return row


def test_cells_a_spreadsheet_would_run_are_escaped():
    """OWASP "CSV Injection": a cell starting with = + - @ tab or CR gets a leading quote,
    whatever column it is in; the csv module (an independent reader) sees the quote."""
    record = ContactRecord(
        given_name='=HYPERLINK("http://evil.example","click")',
        family_name="+1+cmd|' /C calc'!A0",
        organization="-2+3",
        job_title="@SUM(1,2)",
        notes="\t=1+1",
        tags=["\r=1"],
        emails=[EmailEntry("=x@example.com", "work")],
        phones=[PhoneEntry("=cmd|' /C calc'!A0", "mobile"), PhoneEntry("+1 cmd|x!A0", "")],
        addresses=[AddressEntry("home", "=1+1", "@city", "", "-", "+country")],
    )
    row = _read_back(write_csv([record]))
    assert row["First Name"] == '\'=HYPERLINK("http://evil.example","click")'
    assert row["Last Name"] == "'+1+cmd|' /C calc'!A0"
    assert row["Organization Name"] == "'-2+3"
    assert row["Organization Title"] == "'@SUM(1,2)"
    assert row["Notes"] == "'\t=1+1"
    assert row["E-mail 1 - Value"] == "'=x@example.com"
    assert row["Phone 1 - Value"] == "'=cmd|' /C calc'!A0"
    assert row["Phone 2 - Value"] == "'+1 cmd|x!A0"  # not only phone characters
    assert row["Address 1 - Street"] == "'=1+1"
    assert row["Address 1 - City"] == "'@city"
    assert row["Address 1 - Postal Code"] == "'-"
    assert row["Address 1 - Country"] == "'+country"
    # Every cell of the row: nothing left that starts a formula.
    assert not [v for v in row.values() if v[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_plain_cells_and_phone_numbers_stay_as_they_are():
    record = ContactRecord(
        given_name="Jan",
        family_name="de Vries-Bakker",
        notes="called, no answer",
        phones=[PhoneEntry("+31 6 1234 5678", "mobile"), PhoneEntry("+1 (555) 123-4567", "")],
    )
    row = _read_back(write_csv([record]))
    assert (row["First Name"], row["Last Name"]) == ("Jan", "de Vries-Bakker")
    assert row["Notes"] == "called, no answer"
    # A phone number is left usable for contact importers (see spreadsheet_safe).
    assert row["Phone 1 - Value"] == "+31 6 1234 5678"
    assert row["Phone 2 - Value"] == "+1 (555) 123-4567"


def test_escaped_cells_read_back_as_they_were_written():
    """Our own export imported again: the quote added against formula injection goes."""
    record = ContactRecord(
        given_name="=Anna",
        family_name="-Petrosyan",
        organization="@home",
        job_title="+1",
        notes="'kept as typed",
    )
    back = read_csv(write_csv([record]).encode("utf-8"), "export.csv", region="AM")
    got = back.records[0].record
    assert (got.given_name, got.family_name, got.organization, got.job_title) == (
        "=Anna",
        "-Petrosyan",
        "@home",
        "+1",
    )
    assert got.notes == "'kept as typed"  # a quote before anything else is the owner's
