"""Reading contact CSV files: Google (old and current), Outlook (English and German),
Thunderbird, LinkedIn, Apple, and any other table through a :class:`ColumnMapping`.

Three modules, one per seam: :mod:`csv_layouts` (what the headers mean),
:mod:`csv_dialect` (code page, delimiter, header row, rows with their lines) and this one
(a row to a record). The names other modules import from here are re-exported.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from prospectdesk.clock import Clock, SystemClock
from prospectdesk.domain.io.base import (
    ImportProblem,
    ParsedRecord,
    ParseResult,
    without_cyclic_gc,
)
from prospectdesk.domain.io.csv_dialect import (
    CsvTable,
    check_column_limit,
    looks_like_csv,
    read_table,
)
from prospectdesk.domain.io.csv_layouts import (
    ADDRESS_PARTS,
    ADDRESS_PARTS_ALL,
    MULTI_VALUE_SEPARATOR,
    SCALAR_FIELDS,
    ColumnMapping,
    detect_layout,
    field_for_header,
    guess_mapping,
    header_key,
)
from prospectdesk.domain.io.people import (
    NO_YEAR_SENTINELS,
    birthday_of,
    normalize_label,
    parse_birthday,
    split_name,
)
from prospectdesk.domain.phones import default_region, normalize_phone
from prospectdesk.domain.records import (
    AddressEntry,
    Birthday,
    ContactRecord,
    EmailEntry,
    PhoneEntry,
)

__all__ = [
    "ADDRESS_PARTS",
    "ADDRESS_PARTS_ALL",
    "NO_YEAR_SENTINELS",
    "MULTI_VALUE_SEPARATOR",
    "SCALAR_FIELDS",
    "ColumnMapping",
    "CsvTable",
    "check_column_limit",
    "column_plan",
    "detect_layout",
    "field_for_header",
    "guess_mapping",
    "looks_like_csv",
    "normalize_label",
    "parse_birthday",
    "read_csv",
    "read_table",
    "records_from_table",
    "row_to_record",
]

# Outlook fills every unused column with these; they carry no information.
_NOISE_VALUES = {
    "normal",
    "false",
    "unspecified",
    "nicht angegeben",
    "falsch",
    "0/0/00",
    "0.0.00",
    "00.00.00",
    "smtp",
    "aus",
}


# A cell that a writer (ours, csv_write.spreadsheet_safe, and others following OWASP) gave a
# leading quote so that a spreadsheet does not run it as a formula.
_ESCAPED_FORMULA_STARTS = frozenset("=+-@")


def _split_multi(value: str) -> list[str]:
    return [part.strip() for part in value.split(MULTI_VALUE_SEPARATOR) if part.strip()]


# -- rows to records -----------------------------------------------------------------------------


# What a column holds, worked out once per table (not once per cell): see column_plan.
_SCALAR, _SLOT, _EXTRA, _IGNORE = "scalar", "slot", "extra", "ignore"


def column_plan(
    headers: Sequence[str], mapping: ColumnMapping, width: int
) -> list[tuple[str, str, str]]:
    """Per column index: (what, name, part). ``_SCALAR`` with its field key, ``_SLOT``
    with the slot (``email.1``) and part (``value``, ``label``, ``city``...), ``_EXTRA``
    with the name its value is kept under in the notes, or ``_IGNORE``."""
    plan: list[tuple[str, str, str]] = []
    for index in range(max(width, len(headers))):
        key = mapping.field_of(index)
        if key == "ignore":
            plan.append((_IGNORE, "", ""))
        elif not key or key == "keep":
            header = headers[index] if index < len(headers) and headers[index] else ""
            plan.append((_EXTRA, header or f"Column {index + 1}", ""))
        else:
            parts = key.split(".")
            if len(parts) == 1:
                plan.append((_SCALAR, key, ""))
            else:
                part = parts[2] if len(parts) > 2 else "value"
                plan.append((_SLOT, f"{parts[0]}.{parts[1]}", part))
    return plan


@functools.lru_cache(maxsize=1024)
def _slot_order(slot_key: str) -> tuple[str, int]:
    return slot_key.split(".")[0], int(slot_key.split(".")[1])


def row_to_record(
    headers: Sequence[str],
    cells: Sequence[str],
    mapping: ColumnMapping,
    *,
    file_name: str,
    line: int,
    region: str | None,
    this_year: int,
    day_first: bool = False,
    columns: list[tuple[str, str, str]] | None = None,
) -> tuple[ParsedRecord | None, list[ImportProblem]]:
    """One row -> a record, or None (with a problem saying why) when the row names nobody.

    ``columns`` is :func:`column_plan` of the table, made once by a caller that maps many
    rows. ``this_year`` (from the caller's clock) places two-digit birth years."""
    problems: list[ImportProblem] = []
    scalars: dict[str, str] = {}
    slots: dict[str, dict[str, str]] = {}
    extra: dict[str, str] = {}
    if columns is None or len(cells) > len(columns):
        columns = column_plan(headers, mapping, len(cells))
    for index, raw in enumerate(cells):
        value = raw.strip()
        if not value:
            continue
        if value[0] == "'" and value[1:2] in _ESCAPED_FORMULA_STARTS:
            value = value[1:]  # escaped against formula injection by csv_write: undone
        what, name, part = columns[index]
        if what is _SCALAR:
            if name in scalars:
                scalars[name] += "\n" + value
            else:
                scalars[name] = value
        elif what is _SLOT:
            if name in slots:
                slots[name][part] = value
            else:
                slots[name] = {part: value}
        elif what is _EXTRA:
            if value.casefold() not in _NOISE_VALUES:
                extra[name] = value

    record = ContactRecord()
    given = scalars.get("given_name", "")
    middle = scalars.get("middle_name", "")
    family = scalars.get("family_name", "")
    full = scalars.get("full_name", "")
    display = scalars.get("display_name", "")
    if not (given or family) and (full or display):
        person = split_name(full or display)
        given, family, middle = person.given, person.family, ""
        if not display and person.with_titles():
            display = person.with_titles() or ""  # titles and suffixes live on, shown
    record.given_name = " ".join(p for p in (given, middle) if p)
    record.family_name = family
    composed = " ".join(p for p in (record.given_name, family) if p)
    if (given or family) and display and display != composed:
        record.display_name_override = display
    elif (given or family) and full and full != composed and not display:
        extra["Name"] = full
    for key in ("prefix", "suffix", "nickname"):
        if key in scalars:
            extra[key.title()] = scalars[key]
    record.organization = scalars.get("organization", "")
    record.job_title = scalars.get("job_title", "")
    if scalars.get("department"):
        extra["Department"] = scalars["department"]
    record.uid = scalars.get("uid") or None
    if "tags" in scalars:
        record.tags = [
            tag.strip().lstrip("*").strip()
            for tag in re.split(r" ::: |[;,]", scalars["tags"])
            if tag.strip().lstrip("*").strip()
            and tag.strip().lstrip("*").strip().casefold() not in ("mycontacts", "my contacts")
        ]
    record.birthday = _birthday_from(
        scalars, file_name, line, problems, day_first=day_first, this_year=this_year
    )

    for slot_key in sorted(slots, key=_slot_order) if len(slots) > 1 else slots:
        parts = slots[slot_key]
        kind = slot_key.split(".")[0]
        label = normalize_label(parts.get("label", "") or mapping.labels.get(slot_key, ""))
        if kind == "email":
            for value in _split_multi(parts.get("value", "")):
                if value.casefold().startswith("mailto:"):
                    value = value[7:]
                if "@" not in value:
                    problems.append(
                        ImportProblem(file_name, line, f"{value!r} is not an e-mail address")
                    )
                    extra[f"E-mail ({label or 'other'})"] = value
                    continue
                record.emails.append(EmailEntry(value, label))
        elif kind == "phone":
            for value in _split_multi(parts.get("value", "")):
                record.phones.append(PhoneEntry(value, label, normalize_phone(value, region)))
        elif kind == "website":
            if parts.get("value"):
                name = f"Website ({label})" if label else "Website"
                extra[name if name not in extra else f"{name} {slot_key}"] = parts["value"]
        elif kind == "address":
            address = _address_from(parts, label)
            if address is not None:
                record.addresses.append(address)

    notes = scalars.get("notes", "")
    if extra:
        lines = "\n".join(f"{name}: {value}" for name, value in extra.items())
        notes = f"{notes}\n\n{lines}" if notes else lines
    record.notes = notes
    parsed = ParsedRecord(record=record, line=line, extra=extra)
    if not (
        record.given_name
        or record.family_name
        or record.organization
        or record.emails
        or record.phones
        or record.display_name_override
    ):
        problems.append(
            ImportProblem(
                file_name,
                line,
                "no name, company, e-mail or phone in this row; not imported",
                fatal_for_record=True,
            )
        )
        return None, problems
    return parsed, problems


def _birthday_from(
    scalars: dict[str, str],
    file_name: str,
    line: int,
    problems: list[ImportProblem],
    *,
    day_first: bool,
    this_year: int,
) -> Birthday | None:
    text = scalars.get("birthday", "")
    if not text and (scalars.get("birth_month") or scalars.get("birth_day")):
        year = scalars.get("birth_year", "")
        text = f"{year or '--'}-{scalars.get('birth_month', '')}-{scalars.get('birth_day', '')}"
        try:
            month, day = scalars.get("birth_month", ""), scalars.get("birth_day", "")
            return birthday_of(month, day, year or None, this_year)
        except ValueError:
            pass
    if not text:
        return None
    try:
        return parse_birthday(text, day_first=day_first, this_year=this_year)
    except ValueError:
        problems.append(
            ImportProblem(file_name, line, f"birthday {text!r} is not a date; birthday skipped")
        )
        return None


def _address_from(parts: dict[str, str], label: str) -> AddressEntry | None:
    street_lines = [parts.get(p, "") for p in ("street", "street2", "street3", "po_box")]
    street = "\n".join(s for s in street_lines if s)
    address = AddressEntry(
        label=label,
        street=street,
        city=parts.get("city", ""),
        region=parts.get("region", ""),
        postal_code=parts.get("postal_code", ""),
        country=parts.get("country", ""),
    )
    if address.is_empty() and parts.get("formatted"):
        address.street = parts["formatted"]  # only the formatted form: keep it whole
    return None if address.is_empty() else address


# -- the reader ----------------------------------------------------------------------------------


def read_csv(
    data: bytes | str,
    file_name: str,
    mapping: ColumnMapping | None = None,
    *,
    region: str | None = None,
    clock: Clock | None = None,
) -> ParseResult:
    """Read a contact CSV. Without ``mapping`` the headers decide (known layouts, else a
    guess); bad rows and values become problems with their line, the rest goes in.
    ``clock`` (the system clock when None) places two-digit birth years."""
    table = read_table(data, file_name)
    return records_from_table(table, mapping, region=region, clock=clock)


@without_cyclic_gc
def records_from_table(
    table: CsvTable,
    mapping: ColumnMapping | None = None,
    *,
    region: str | None = None,
    clock: Clock | None = None,
) -> ParseResult:
    chosen = mapping or table.mapping
    result = ParseResult(file=table.file_name, format=f"csv:{table.layout}")
    result.problems.extend(table.problems)
    if not chosen.is_useful():
        result.problems.append(
            ImportProblem(
                table.file_name,
                table.header_line,
                "none of the columns could be recognised as a name, e-mail, phone or "
                "company; choose the columns in the import dialog",
                fatal_for_record=True,
            )
        )
        return result
    region = region if region is not None else default_region()
    day_first = table.delimiter == ";" or any(
        header_key(h) in ("geburtstag", "vorname", "verjaardag", "voornaam") for h in table.headers
    )
    this_year = (clock or SystemClock()).now().year
    columns = column_plan(table.headers, chosen, max((len(c) for _, c in table.rows), default=0))
    for line, cells in table.rows:
        parsed, problems = row_to_record(
            table.headers,
            cells,
            chosen,
            file_name=table.file_name,
            line=line,
            region=region,
            this_year=this_year,
            day_first=day_first,
            columns=columns,
        )
        result.problems.extend(problems)
        if parsed is not None:
            result.records.append(parsed)
    return result
