"""Writing contacts as CSV: Google Contacts' current export layout (:func:`write_csv`), which
Google, Apple (via iCloud import tools) and most CRMs read, and Outlook's
(:func:`write_outlook_csv`), which Outlook for Windows and Outlook.com import.

Both are text; :func:`prospectdesk.domain.io.export.export_contacts` writes them as UTF-8
with a byte-order mark, without which Excel reads UTF-8 as the Windows code page."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

from prospectdesk.domain.io.csv_read import MULTI_VALUE_SEPARATOR
from prospectdesk.domain.records import AddressEntry, ContactRecord

NAME_COLUMNS = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Phonetic First Name",
    "Phonetic Middle Name",
    "Phonetic Last Name",
    "Name Prefix",
    "Name Suffix",
    "Nickname",
    "File As",
    "Organization Name",
    "Organization Title",
    "Organization Department",
    "Birthday",
    "Notes",
    "Photo",
    "Labels",
]
ADDRESS_COLUMNS = [
    "Label",
    "Formatted",
    "Street",
    "City",
    "PO Box",
    "Region",
    "Postal Code",
    "Country",
    "Extended Address",
]
# Our lower-case labels as Google writes them.
_GOOGLE_LABELS = {
    "home": "Home",
    "work": "Work",
    "mobile": "Mobile",
    "main": "Main",
    "other": "Other",
    "pager": "Pager",
    "fax": "Other Fax",
    "home fax": "Home Fax",
    "work fax": "Work Fax",
}
GOOGLE_GROUP = "* myContacts"
# Ours, after Google's columns: the date someone asked not to be contacted again (ISO 8601,
# empty when they did not), so a spreadsheet or another CRM keeps honouring it.
DO_NOT_CONTACT_COLUMN = "Do Not Contact"
# Google marks the preferred e-mail and phone (ours: the first) with a star in the label.
PRIMARY_MARK = "*"


# A spreadsheet opening the file runs a cell that starts with one of these as a formula
# (=HYPERLINK, a DDE "cmd|..." call): OWASP's "CSV Injection" list.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# A phone number as people and importers write it: only digits and separators after the +.
_PHONE_ONLY = re.compile(r"\+[0-9 ().\-/]*[0-9][0-9 ().\-/]*")


def spreadsheet_safe(value: str, *, phone: bool = False) -> str:
    """``value`` with a leading single quote when a spreadsheet would run it as a formula
    (OWASP's advice; the csv module's quoting takes care of embedded separators and quotes).

    The one exception is a phone value made of nothing but a leading + and digits and
    separators ("+31 6 1234 5678"): it stays as it is. The file is meant for Google,
    Outlook and other contact importers, where "'+31..." would arrive as a broken number;
    and without letters, "!", "|" or ":" it can name no function, cell, file or program, so
    the worst a spreadsheet does with it is show a wrong number or a formula error.
    """
    if not value.startswith(FORMULA_TRIGGERS):
        return value
    if phone and _PHONE_ONLY.fullmatch(value):
        return value
    return "'" + value


def google_label(label: str) -> str:
    return _GOOGLE_LABELS.get(label.strip().casefold(), label.strip())


def primary_label(label: str) -> str:
    """``* Work``: how Google marks the preferred one of several."""
    return f"{PRIMARY_MARK} {google_label(label)}".rstrip()


def _formatted(address: AddressEntry) -> str:
    locality = " ".join(p for p in (address.postal_code, address.city) if p)
    if address.region:
        locality = f"{locality}, {address.region}" if locality else address.region
    return "\n".join(p for p in (address.street, locality, address.country) if p)


# Written from numbers, not from what someone typed ("--02-29" is a birthday without a
# year, as Google writes it): nothing in it can name a function, a cell or a program.
_BUILT_FROM_NUMBERS = frozenset({"Birthday"})


def _is_phone_value(header: str) -> bool:
    return header.startswith("Phone ") and header.endswith(" - Value")


def headers_for(records: Sequence[ContactRecord]) -> list[str]:
    emails = max((len(r.emails) for r in records), default=1) or 1
    phones = max((len(r.phones) for r in records), default=1) or 1
    addresses = max((len(r.addresses) for r in records), default=1) or 1
    headers = list(NAME_COLUMNS)
    for n in range(1, emails + 1):
        headers += [f"E-mail {n} - Label", f"E-mail {n} - Value"]
    for n in range(1, phones + 1):
        headers += [f"Phone {n} - Label", f"Phone {n} - Value"]
    for n in range(1, addresses + 1):
        headers += [f"Address {n} - {part}" for part in ADDRESS_COLUMNS]
    headers.append(DO_NOT_CONTACT_COLUMN)
    return headers


def write_csv(records: Sequence[ContactRecord]) -> str:
    """The CSV text (UTF-8 when encoded; CRLF line ends as Google writes them)."""
    headers = headers_for(records)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers)
    for record in records:
        row = dict.fromkeys(headers, "")
        row["First Name"] = record.given_name
        row["Last Name"] = record.family_name
        row["File As"] = record.display_name_override or ""
        row["Organization Name"] = record.organization
        row["Organization Title"] = record.job_title
        row["Birthday"] = record.birthday.to_text() if record.birthday else ""
        row["Notes"] = record.notes
        row["Labels"] = MULTI_VALUE_SEPARATOR.join([GOOGLE_GROUP, *record.tags])
        for n, email in enumerate(record.emails, start=1):
            row[f"E-mail {n} - Label"] = (primary_label if n == 1 else google_label)(email.label)
            row[f"E-mail {n} - Value"] = email.value
        for n, phone in enumerate(record.phones, start=1):
            row[f"Phone {n} - Label"] = (primary_label if n == 1 else google_label)(phone.label)
            row[f"Phone {n} - Value"] = phone.value
        for n, address in enumerate(record.addresses, start=1):
            prefix = f"Address {n} - "
            row[prefix + "Label"] = google_label(address.label)
            row[prefix + "Formatted"] = _formatted(address)
            row[prefix + "Street"] = address.street
            row[prefix + "City"] = address.city
            row[prefix + "Region"] = address.region
            row[prefix + "Postal Code"] = address.postal_code
            row[prefix + "Country"] = address.country
        if record.do_not_contact_at is not None:
            row[DO_NOT_CONTACT_COLUMN] = record.do_not_contact_at.date().isoformat()
        writer.writerow(
            [
                row[h]
                if h in _BUILT_FROM_NUMBERS
                else spreadsheet_safe(row[h], phone=_is_phone_value(h))
                for h in headers
            ]
        )
    return buffer.getvalue()


# -- Outlook ---------------------------------------------------------------------------------

# The columns of Outlook's own "Comma Separated Values" export that hold what we keep (its
# importer maps columns by these English names, whatever the program's language).
OUTLOOK_COLUMNS = [
    "First Name",
    "Middle Name",
    "Last Name",
    "Company",
    "Job Title",
    "Business Street",
    "Business City",
    "Business State",
    "Business Postal Code",
    "Business Country/Region",
    "Home Street",
    "Home City",
    "Home State",
    "Home Postal Code",
    "Home Country/Region",
    "Other Street",
    "Other City",
    "Other State",
    "Other Postal Code",
    "Other Country/Region",
    "Business Fax",
    "Business Phone",
    "Business Phone 2",
    "Home Fax",
    "Home Phone",
    "Home Phone 2",
    "Mobile Phone",
    "Other Fax",
    "Other Phone",
    "Pager",
    "Car Phone",
    "Assistant's Phone",
    "Primary Phone",
    "Birthday",
    "Categories",
    "E-mail Address",
    "E-mail 2 Address",
    "E-mail 3 Address",
    "Notes",
]
# Our phone labels -> Outlook's phone columns, in the order they fill.
_OUTLOOK_PHONES = {
    "mobile": ["Mobile Phone"],
    "home": ["Home Phone", "Home Phone 2"],
    "work": ["Business Phone", "Business Phone 2"],
    "main": ["Primary Phone"],
    "fax": ["Other Fax", "Business Fax"],
    "work fax": ["Business Fax"],
    "home fax": ["Home Fax"],
    "pager": ["Pager"],
    "car": ["Car Phone"],
    "assistant": ["Assistant's Phone"],
}
_OUTLOOK_EMAILS = ["E-mail Address", "E-mail 2 Address", "E-mail 3 Address"]
_OUTLOOK_ADDRESSES = {"work": "Business", "home": "Home"}
# Outlook, like Apple, writes this year for "year not known".
OUTLOOK_NO_YEAR = 1604


def write_outlook_csv(records: Sequence[ContactRecord]) -> str:
    """The CSV text in Outlook's layout. Outlook has a fixed number of phone, e-mail and
    address columns; what does not fit (a fourth e-mail, a third work phone) is written
    into Notes, one "label: value" line each, so nothing is lost."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(OUTLOOK_COLUMNS)
    for record in records:
        row = dict.fromkeys(OUTLOOK_COLUMNS, "")
        row["First Name"] = record.given_name
        row["Last Name"] = record.family_name
        row["Company"] = record.organization
        row["Job Title"] = record.job_title
        if record.birthday is not None:
            year = record.birthday.year or OUTLOOK_NO_YEAR
            row["Birthday"] = f"{year:04d}-{record.birthday.month:02d}-{record.birthday.day:02d}"
        row["Categories"] = ";".join(record.tags)
        overflow: list[str] = []
        for email in record.emails:
            free = next((c for c in _OUTLOOK_EMAILS if not row[c]), None)
            if free is None:
                overflow.append(f"{email.label or 'E-mail'}: {email.value}")
            else:
                row[free] = email.value
        for phone in record.phones:
            columns = _OUTLOOK_PHONES.get(phone.label.strip().casefold(), [])
            free = next((c for c in [*columns, "Other Phone"] if not row[c]), None)
            if free is None:
                overflow.append(f"{phone.label or 'Phone'}: {phone.value}")
            else:
                row[free] = phone.value
        for address in record.addresses:
            if address.is_empty():
                continue
            kind = _OUTLOOK_ADDRESSES.get(address.label.strip().casefold(), "Other")
            if _outlook_address_taken(row, kind):
                kind = "Other"
            if _outlook_address_taken(row, kind):
                overflow.append(f"{address.label or 'Address'}: {_formatted(address)}")
                continue
            row[f"{kind} Street"] = address.street
            row[f"{kind} City"] = address.city
            row[f"{kind} State"] = address.region
            row[f"{kind} Postal Code"] = address.postal_code
            row[f"{kind} Country/Region"] = address.country
        row["Notes"] = "\n".join(part for part in (record.notes, *overflow) if part)
        writer.writerow(
            [
                row[h]
                if h in _BUILT_FROM_NUMBERS
                else spreadsheet_safe(
                    row[h], phone=h.endswith(("Phone", "Phone 2", "Fax", "Pager"))
                )
                for h in OUTLOOK_COLUMNS
            ]
        )
    return buffer.getvalue()


def _outlook_address_taken(row: dict[str, str], kind: str) -> bool:
    parts = ("Street", "City", "State", "Postal Code", "Country/Region")
    return any(row[f"{kind} {part}"] for part in parts)
