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
    assert (row["E-mail 1 - Label"], row["E-mail 1 - Value"]) == ("Work", "ani@example.am")
    assert (row["Phone 1 - Label"], row["Phone 1 - Value"]) == ("Mobile", "+374 91 234567")
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
