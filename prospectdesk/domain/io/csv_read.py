"""Reading contact CSV files: Google (old and current), Outlook (English and German),
Thunderbird, LinkedIn, Apple, and any other table through a :class:`ColumnMapping`.

Three modules, one per seam: :mod:`csv_layouts` (what the headers mean),
:mod:`csv_dialect` (code page, delimiter, header row, rows with their lines) and this one
(a row to a record). The names other modules import from here are re-exported.
"""

from __future__ import annotations

import functools
import operator
import re
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain, compress, repeat
from operator import itemgetter
from typing import NamedTuple, TypeVar

from prospectdesk.clock import Clock, SystemClock
from prospectdesk.domain.io.base import (
    ImportProblem,
    ParsedRecord,
    ParseResult,
    without_cyclic_gc,
)
from prospectdesk.domain.io.csv_dialect import (
    CsvTable,
    RowPiece,
    StreamStopped,
    careful_table,
    check_column_limit,
    looks_like_csv,
    read_table,
    streamed_pieces,
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
    iso_birthdays,
    normalize_label,
    parse_birthday,
    split_name,
)
from prospectdesk.domain.phones import default_region, normalize_phone, normalize_phones
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
    "streamed_records",
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
        record.tags = _tags_of(scalars["tags"])
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

    if not _finish_record(record, scalars.get("notes", ""), extra, file_name, line, problems):
        return None, problems
    return ParsedRecord(record=record, line=line, extra=extra), problems


def _finish_record(
    record: ContactRecord,
    notes: str,
    extra: dict[str, str],
    file_name: str,
    line: int,
    problems: list[ImportProblem],
) -> bool:
    """The row's notes with the cells no field took below them, and whether the row holds
    anyone to import (else a problem naming its line): the row-by-row and the
    column-at-a-time readers end each record the same way."""
    record.notes = _notes_with(notes, extra) if extra else notes
    if (
        record.given_name
        or record.family_name
        or record.organization
        or record.emails
        or record.phones
        or record.display_name_override
    ):
        return True
    problems.append(
        ImportProblem(
            file_name,
            line,
            _NOBODY,
            fatal_for_record=True,
        )
    )
    return False


_NOBODY = "no name, company, e-mail or phone in this row; not imported"


def _notes_with(notes: str, extra: dict[str, str]) -> str:
    """A row's notes with the cells no field took (``extra``, not empty) below them."""
    if len(extra) == 1:  # most often: one line, made without a generator and a join
        ((name, value),) = extra.items()
        joined = f"{name}: {value}"
    else:
        joined = "\n".join(f"{name}: {value}" for name, value in extra.items())
    return f"{notes}\n\n{joined}" if notes else joined


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


# The parts of an address slot _addresses reads (any other: the row-by-row reading).
_ADDRESS_PARTS_READ = frozenset(
    ("label", "street", "street2", "street3", "po_box", "city", "region", "postal_code")
    + ("country", "formatted")
)


def _addresses(
    rows: list[int], parts: dict[str, list[str]], labels: list[str]
) -> list[AddressEntry | None]:
    """:func:`_address_from` for each of ``rows`` (with its label), a column at a time."""
    size = len(rows)
    blank = [""] * size

    def part(name: str) -> list[str]:
        values = parts.get(name)
        return blank if values is None else list(map(values.__getitem__, rows))

    street_parts = [part(p) for p in ("street", "street2", "street3", "po_box") if p in parts]
    streets = (
        street_parts[0]
        if len(street_parts) == 1
        else ["\n".join(s for s in lines if s) for lines in zip(*street_parts, strict=True)]
        if street_parts
        else blank
    )
    cities, regions, codes, countries = (
        part(name) for name in ("city", "region", "postal_code", "country")
    )
    addresses: list[AddressEntry | None] = list(
        map(AddressEntry, labels, streets, cities, regions, codes, countries)
    )
    formatted = part("formatted")
    for index, filled in enumerate(
        map(any, zip(streets, cities, regions, codes, countries, strict=True))
    ):
        if not filled:  # AddressEntry.is_empty
            address = addresses[index]
            assert address is not None
            if formatted[index]:
                address.street = formatted[index]  # only the formatted form: keep it whole
            else:
                addresses[index] = None
    return addresses


# -- the reader ----------------------------------------------------------------------------------


@without_cyclic_gc  # one pause for the table and its records (see without_cyclic_gc)
def read_csv(
    data: bytes | str,
    file_name: str,
    mapping: ColumnMapping | None = None,
    *,
    region: str | None = None,
    clock: Clock | None = None,
    stream: bool = True,
) -> ParseResult:
    """Read a contact CSV. Without ``mapping`` the headers decide (known layouts, else a
    guess); bad rows and values become problems with their line, the rest goes in.
    ``clock`` (the system clock when None) places two-digit birth years. ``stream``: as
    :func:`read_table`'s."""
    table = read_table(data, file_name, stream=stream)
    return records_from_table(table, mapping, region=region, clock=clock)


@without_cyclic_gc
def records_from_table(
    table: CsvTable,
    mapping: ColumnMapping | None = None,
    *,
    region: str | None = None,
    clock: Clock | None = None,
) -> ParseResult:
    return _records_of(table, [_piece_of(table.rows)], mapping, region=region, clock=clock)


def _piece_of(rows: list[tuple[int, list[str]]]) -> RowPiece:
    """A table's ``(line, cells)`` rows as the piece of rows the records are read from."""
    return RowPiece(list(map(itemgetter(0), rows)), list(map(itemgetter(1), rows)))


@without_cyclic_gc  # one pause for the rows and their records, as read_csv
def streamed_records(
    data: bytes,
    file_name: str,
    mapping: ColumnMapping | None = None,
    *,
    region: str | None = None,
    clock: Clock | None = None,
) -> ParseResult | None:
    """:func:`read_csv` of a UTF-8 file read from its bytes, or None where
    :func:`streamed_table` is None. The records of each piece of rows are made as soon as
    it is read (:func:`streamed_pieces`), so that its cells are let go before the next
    piece is read (whose cells then take their memory, still in the processor's cache)
    instead of the whole file's rows being held first. Where the reading of the bytes
    stops, what was made of the pieces is dropped: the file is read as read_csv reads it."""
    try:
        streamed = streamed_pieces(data, file_name)
        if streamed is None:
            return None
        table, pieces = streamed
        first = _piece_of(table.rows)
        return _records_of(table, chain([first], pieces), mapping, region=region, clock=clock)
    except StreamStopped as stopped:
        if not stopped.whole:
            return None
        table = careful_table(data, file_name)
    return records_from_table(table, mapping, region=region, clock=clock)


def _records_of(
    table: CsvTable,
    pieces: Iterable[RowPiece],
    mapping: ColumnMapping | None,
    *,
    region: str | None,
    clock: Clock | None,
) -> ParseResult:
    """The records of the table whose rows (after its header) are ``pieces``, each read
    as it comes (:func:`records_from_table`, :func:`streamed_records`); a blank row
    gives nothing."""
    chosen = mapping or table.mapping
    result = ParseResult(file=table.file_name, format=f"csv:{table.layout}")
    result.problems.extend(table.problems)
    if not chosen.is_useful():
        deque(pieces, 0)  # every piece read: the reading of the rows may still stop
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
    # A chunk's column plan is made for its widest row: a wider plan would only add
    # columns whose cells are all empty in the chunk, which add nothing to a record.
    plans: dict[int, list[tuple[str, str, str]]] = {}
    seen = _Seen()
    for lines, rows in pieces:
        for start in range(0, len(rows), _CHUNK_ROWS):
            chunk = rows[start : start + _CHUNK_ROWS]
            width = max(map(len, chunk))
            columns = plans.get(width) or plans.setdefault(
                width, column_plan(table.headers, chosen, width)
            )
            _records_by_column(
                table,
                lines[start : start + _CHUNK_ROWS],
                chunk,
                chosen,
                columns,
                result,
                region,
                this_year,
                day_first,
                seen,
            )
    return result


_T = TypeVar("_T")

# The column-at-a-time reading goes through a table this many rows at a time: a chunk's
# cells, entries and records stay in the processor's cache while each column is read
# (at 100,000 rows, reading whole columns took twice the time, waiting on memory).
_CHUNK_ROWS = 2048


@dataclass
class _Seen:
    """What the chunks of one table share: the texts read once for the whole table."""

    tags: _TagLists = field(default_factory=lambda: _TagLists())
    birthdays: dict[str | tuple[str, ...], Birthday | None] = field(default_factory=dict)
    # A birthday's text that is not a date: the problems every row with it gets.
    birthday_problems: dict[str | tuple[str, ...], list[ImportProblem]] = field(
        default_factory=dict
    )


# The scalar fields row_to_record reads besides the names (a birthday's parts, tags, ...).
_BIRTHDAY_KEYS = ("birthday", "birth_year", "birth_month", "birth_day")


def _records_by_column(
    table: CsvTable,
    row_lines: Sequence[int],
    rows: list[list[str]],
    mapping: ColumnMapping,
    columns: list[tuple[str, str, str]],
    result: ParseResult,
    region: str | None,
    this_year: int,
    day_first: bool,
    seen: _Seen,
) -> None:
    """:func:`row_to_record` for every row of ``rows`` (a chunk of ``table``'s rows,
    starting on ``row_lines``) but the blank ones, worked out a column at a time: each
    column is stripped, unescaped and read (labels, dates, tag lists once per distinct
    text; phone numbers, e-mail addresses) in a pass or two in C, what a row adds to its
    notes or problems is kept only where there is any, and the records are made in one
    ``map`` over the columns. The records and problems are those of
    :func:`row_to_record` row by row (tests/domain/io compare both)."""
    file_name = table.file_name
    width = len(columns)
    if not rows:
        return
    if set(map(len, rows)) != {width}:
        rows = [cells + [""] * (width - len(cells)) for cells in rows]
    # Every cell stripped in one pass over the rows, in their order (three times faster
    # than a pass per column: the cells lie in memory as the csv module made them), then
    # each column a slice of it.
    cells = list(map(str.strip, chain.from_iterable(rows)))
    del rows
    lines = row_lines  # a range where the piece's rows span no lines
    if "" in cells[::width]:  # rows whose first cell is blank: blank throughout?
        cells, lines = _without_blank_rows(cells, lines, width)
    count = len(lines)
    if not count:
        return
    every_row = range(count)
    empty = [""] * count

    def column(index: int) -> list[str]:
        values = cells[index::width]
        # Only a file with "'" before =, +, - or @ somewhere can hold an escaped formula.
        if table.formula_escapes:
            values = [
                value[1:] if value[:1] == "'" and value[1:2] in _ESCAPED_FORMULA_STARTS else value
                for value in values
            ]
        return values

    scalar_parts: dict[str, list[list[str]]] = {}
    slot_parts: dict[str, dict[str, list[str]]] = {}
    extras: list[tuple[str, list[str]]] = []
    for index, (what, name, part) in enumerate(columns):
        if what is _IGNORE:
            continue
        values = column(index)
        if what is _SCALAR:
            scalar_parts.setdefault(name, []).append(values)
        elif what is _SLOT:
            earlier = slot_parts.setdefault(name, {}).get(part)
            # Two columns for one part: the later one's value wins where it has one.
            slot_parts[name][part] = (
                values
                if earlier is None
                else [b or a for a, b in zip(earlier, values, strict=True)]
            )
        elif what is _EXTRA:
            extras.append(
                (name, [v if v and v.casefold() not in _NOISE_VALUES else "" for v in values])
            )

    scalars: dict[str, list[str]] = {}
    for name, parts in scalar_parts.items():
        scalars[name] = (
            parts[0]
            if len(parts) == 1
            else ["\n".join(p for p in joined if p) for joined in zip(*parts, strict=True)]
        )

    def scalar(name: str) -> list[str]:
        return scalars.get(name, empty)

    # What each row adds to its notes, in row_to_record's order (the unmapped columns,
    # the name, titles and department, then the slots): one dict per row, since each
    # ParsedRecord keeps its own. Its problems, where it has any, by row.
    extra_of: list[dict[str, str]] = list(map(dict.copy, repeat({}, count)))
    problems_at: dict[int, list[ImportProblem]] = {}

    def to_notes(name: str, values: list[str]) -> None:
        for i in compress(every_row, values):
            extra_of[i][name] = values[i]

    for name, values in extras:
        to_notes(name, values)

    given_names, family_names, overrides = _names(
        scalar("given_name"),
        scalar("middle_name"),
        scalar("family_name"),
        scalar("full_name"),
        scalar("display_name"),
        extra_of,
    )
    for key in ("prefix", "suffix", "nickname", "department"):
        if key in scalars:
            to_notes(key.title(), scalars[key])
    uids = [uid or None for uid in scalars["uid"]] if "uid" in scalars else [None] * count
    # Each distinct text read once (seen.tags), a list of its own per row.
    tags = list(map(list, map(seen.tags.__getitem__, scalar("tags"))))
    birthdays = _birthdays(
        [(key, scalars[key]) for key in _BIRTHDAY_KEYS if key in scalars],
        count,
        file_name,
        lines,
        problems_at,
        seen,
        day_first=day_first,
        this_year=this_year,
    )

    # A new empty list per row, each made in C (copies of one: half a comprehension's time).
    emails: list[list[EmailEntry]] = list(map(list.copy, repeat([], count)))
    phones: list[list[PhoneEntry]] = list(map(list.copy, repeat([], count)))
    addresses: list[list[AddressEntry]] = list(map(list.copy, repeat([], count)))
    # Per slot, in the order row_to_record takes them.
    for key in sorted(slot_parts, key=_slot_order) if len(slot_parts) > 1 else slot_parts:
        read = _slot_column(key, slot_parts[key], mapping, file_name, lines, region, count)
        kind = key.split(".")[0]
        # Each plain cell's entry appended to its row's list, in C (map stops with the
        # shorter of rows and entries, as zip did).
        _append_each(emails, read.rows, read.emails)
        _append_each(phones, read.rows, read.phones)
        if read.addresses:
            made = list(map(operator.is_not, read.addresses, repeat(None)))
            # (an AddressEntry is always true: filter keeps the ones made)
            _append_each(addresses, compress(read.rows, made), filter(None, read.addresses))
        for i, (row_emails, row_phones, address, extra_items, slot_problems) in read.careful:
            if row_emails:
                emails[i].extend(row_emails)
            if row_phones:
                phones[i].extend(row_phones)
            if address is not None:
                addresses[i].append(address)
            extra = extra_of[i]
            for name, value in extra_items:
                if kind == "website" and name in extra:
                    name = f"{name} {key}"
                extra[name] = value
            if slot_problems:
                problems_at.setdefault(i, []).extend(slot_problems)

    notes = scalar("notes")
    noted = list(compress(every_row, extra_of))
    if noted:
        notes = list(notes)
        for i in noted:
            notes[i] = _notes_with(notes[i], extra_of[i])
    organizations = scalar("organization")
    # _finish_record's test, for every row at once: the rows that name nobody. A row
    # with a given name names someone (nearly every row): only the others are looked at.
    nobody = [
        i
        for i in compress(every_row, map(operator.not_, given_names))
        if not (family_names[i] or organizations[i] or emails[i] or phones[i] or overrides[i])
    ]
    # ContactRecord's fields in their order (_RECORD_FIELDS; a test checks it), given by
    # position: half the time of a call with keywords, 100,000 times.
    records = list(
        map(
            ContactRecord,
            given_names,
            family_names,
            overrides,
            organizations,
            scalar("job_title"),
            emails,
            phones,
            addresses,
            birthdays,
            repeat(None),  # photo
            repeat(""),  # source
            notes,
            tags,
            repeat(None),  # expected_value_cents
            uids,
        )
    )
    parsed = list(map(ParsedRecord, records, lines, extra_of))
    for i in nobody:
        problems_at.setdefault(i, []).append(
            ImportProblem(file_name, lines[i], _NOBODY, fatal_for_record=True)
        )
    for i in sorted(problems_at):
        result.problems.extend(problems_at[i])
    if nobody:
        dropped = set(nobody)
        parsed = [record for i, record in enumerate(parsed) if i not in dropped]
    result.records.extend(parsed)


def _without_blank_rows(
    cells: list[str], lines: Sequence[int], width: int
) -> tuple[list[str], Sequence[int]]:
    """The stripped ``cells`` (``width`` per row) and the ``lines`` of the rows with a
    cell that is not empty: a blank row (every cell blanks, or none) names nobody and
    is no problem either, as the table's reading leaves it out (csv_dialect)."""
    blank = {
        i
        for i in compress(range(len(lines)), map(operator.not_, cells[::width]))
        if not any(cells[i * width : (i + 1) * width])
    }
    if not blank:
        return cells, lines
    kept = [i for i in range(len(lines)) if i not in blank]
    return (
        list(chain.from_iterable(cells[i * width : (i + 1) * width] for i in kept)),
        [lines[i] for i in kept],
    )


def _append_each(lists: list[list[_T]], rows: Iterable[int], items: Iterable[_T]) -> None:
    """``lists[row].append(item)`` for each row and item, pairwise, as a loop in C."""
    deque(map(list.append, map(lists.__getitem__, rows), items), 0)


# The fields the column-at-a-time reader gives ContactRecord by position, in its order.
_RECORD_FIELDS = (
    "given_name",
    "family_name",
    "display_name_override",
    "organization",
    "job_title",
    "emails",
    "phones",
    "addresses",
    "birthday",
    "photo",
    "source",
    "notes",
    "tags",
    "expected_value_cents",
    "uid",
)


def _names(
    given: list[str],
    middle: list[str],
    family: list[str],
    full: list[str],
    display: list[str],
    extra_of: list[dict[str, str]],
) -> tuple[list[str], list[str], list[str | None]]:
    """The given names, family names and display name overrides of every row, as
    row_to_record works them out (a full name split where the row has no given or family
    name; "Name" noted where the full name differs from the one composed)."""
    count = len(given)
    has_full, has_display = any(full), any(display)
    # Rows with neither a given nor a family name (both columns hold an empty cell: a
    # search in C first) take theirs from the full name.
    split_rows = (
        [
            i
            for i, (g, f, whole, shown) in enumerate(zip(given, family, full, display, strict=True))
            if not (g or f) and (whole or shown)
        ]
        if (has_full or has_display) and "" in given and "" in family
        else []
    )
    if split_rows:
        given, middle, family, display = list(given), list(middle), list(family), list(display)
        for i in split_rows:
            person = split_name(full[i] or display[i])
            given[i], family[i], middle[i] = person.given, person.family, ""
            if not display[i] and person.with_titles():
                display[i] = person.with_titles() or ""
        has_display = any(display)
    given_names = (
        [f"{g} {m}" if g and m else g or m for g, m in zip(given, middle, strict=True)]
        if any(middle)
        else given
    )
    overrides: list[str | None] = [None] * count
    if not (has_full or has_display):
        return given_names, family, overrides
    composed = (
        list(map(" ".join, zip(given_names, family, strict=True)))
        if "" not in given_names and "" not in family
        else [f"{g} {f}" if g and f else g or f for g, f in zip(given_names, family, strict=True)]
    )
    if has_display:
        overrides = [
            shown if (g or f) and shown and shown != name else None
            for g, f, shown, name in zip(given, family, display, composed, strict=True)
        ]
    if has_full:
        # Only where the full name is not the composed one (compared in C) is it noted.
        for i in compress(range(count), map(str.__ne__, full, composed)):
            if full[i] and (given[i] or family[i]) and not display[i]:
                extra_of[i]["Name"] = full[i]
    return given_names, family, overrides


def _birthdays(
    columns: list[tuple[str, list[str]]],
    count: int,
    file_name: str,
    lines: Sequence[int],
    problems_at: dict[int, list[ImportProblem]],
    seen: _Seen,
    *,
    day_first: bool,
    this_year: int,
) -> list[Birthday | None]:
    """Every row's birthday from its birthday columns (a date, or a year, month and day),
    each distinct set of texts read once; a row whose text is not a date gets the problem
    row_to_record gives it, with its own line."""
    if not columns:
        return [None] * count
    # The key of a row: its text (one column, nearly every file), else its texts.
    keys: Sequence[str | tuple[str, ...]]
    birthdays, failed = seen.birthdays, seen.birthday_problems
    if len(columns) == 1:
        name, keys = columns[0]
        unread = list(set(keys).difference(birthdays))  # the texts no chunk read yet
        if name == "birthday":  # most exports: ISO dates, read at once
            iso = iso_birthdays(unread)
            birthdays.update(iso)
            unread = [text for text in unread if text not in iso]
        for text in unread:
            found: list[ImportProblem] = []
            birthdays[text] = (
                _birthday_from(
                    {name: text}, file_name, 0, found, day_first=day_first, this_year=this_year
                )
                if text
                else None
            )
            if found:
                failed[text] = found
    else:
        keys = list(zip(*(values for _, values in columns), strict=True))
        for key in [key for key in set(keys) if key not in birthdays]:
            parts = {name: text for (name, _), text in zip(columns, key, strict=True) if text}
            found = []
            birthdays[key] = (
                _birthday_from(parts, file_name, 0, found, day_first=day_first, this_year=this_year)
                if parts
                else None
            )
            if found:
                failed[key] = found
    if failed:
        for i, key in enumerate(keys):
            if key in failed:
                problems_at.setdefault(i, []).extend(
                    ImportProblem(file_name, lines[i], p.message, p.fatal_for_record)
                    for p in failed[key]
                )
    return list(map(birthdays.__getitem__, keys))


class _TagLists(dict[str, list[str]]):
    """The tags of each distinct tags cell, read when first met (:func:`_tags_of`)."""

    def __missing__(self, text: str) -> list[str]:
        tags = self[text] = _tags_of(text)
        return tags


def _tags_of(text: str) -> list[str]:
    """The tags of a tags cell (Google's "* myContacts ::: Friends"): Google's system
    group left out; both readings (row by row and a column at a time) use it."""
    return [
        tag.strip().lstrip("*").strip()
        for tag in re.split(r" ::: |[;,]", text)
        if tag.strip().lstrip("*").strip()
        and tag.strip().lstrip("*").strip().casefold() not in ("mycontacts", "my contacts")
    ]


_SlotAdds = tuple[
    list[EmailEntry],
    list[PhoneEntry],
    AddressEntry | None,
    Sequence[tuple[str, str]],
    Sequence[ImportProblem],
]


class _SlotRead(NamedTuple):
    """What one slot adds to the records (see :func:`_slot_column`)."""

    rows: list[int]  # the rows of the plain cells, each given one of the entries below
    emails: list[EmailEntry]
    phones: list[PhoneEntry]
    addresses: list[AddressEntry | None]  # None: the row's parts make no address
    careful: list[tuple[int, _SlotAdds]]  # per other row with a value: what it adds


class _Labels(dict[str, str]):
    """A slot's labels by the text of its label cell, read when first met (the mapping's
    label for the slot where the cell is empty)."""

    def __init__(self, fixed: str) -> None:
        super().__init__()
        self.fixed = fixed

    def __missing__(self, text: str) -> str:
        label = self[text] = normalize_label(text or self.fixed)
        return label


def _slot_column(
    slot_key: str,
    parts: dict[str, list[str]],
    mapping: ColumnMapping,
    file_name: str,
    lines: Sequence[int],
    region: str | None,
    count: int,
) -> _SlotRead:
    """What one slot (``email.1``, ``phone.2``, ``address.1``, ...) adds to the records,
    as row_to_record reads it. A plain cell of an e-mail or phone slot (one value, an
    address) gives one entry, an address slot an address (or nothing) per row with a
    part, made in passes over the columns, each label read once; ``careful`` holds, per
    other row where the slot has a value, its e-mails, phones, address, notes lines and
    problems, read row by row."""
    kind = slot_key.split(".")[0]
    fixed = mapping.labels.get(slot_key, "")
    label_col = parts.get("label")
    value_col = parts.get("value")
    labels = _Labels(fixed)  # each distinct label read when first asked for
    label_col = label_col or [""] * count
    read = _SlotRead([], [], [], [], [])
    careful_rows: list[int] = []
    if kind in ("email", "phone") and value_col is not None and parts.keys() <= {"value", "label"}:
        # Only the rows with a value add anything here (a label alone gives nothing).
        rows = list(compress(range(count), value_col))
        values = list(compress(value_col, value_col))
        joined = "\n".join(values)
        if MULTI_VALUE_SEPARATOR not in joined and (
            kind == "phone"
            # casefold maps each character on its own: no "mailto:" in the column's
            # casefolded text, none of its values starts with one.
            or (
                "mailto:" not in joined.casefold()
                and all(map(str.__contains__, values, repeat("@")))
            )
        ):
            single_rows, single_values = rows, values
            single_labels = list(map(labels.__getitem__, compress(label_col, value_col)))
        else:
            single_rows, single_values = [], []
            for i, value in zip(rows, values, strict=True):
                if MULTI_VALUE_SEPARATOR not in value and (
                    kind == "phone"
                    or ("@" in value and not value[:7].casefold().startswith("mailto:"))
                ):
                    single_rows.append(i)
                    single_values.append(value)
                else:
                    careful_rows.append(i)
            single_labels = [labels[label_col[i]] for i in single_rows]
        read = read._replace(rows=single_rows)
        if kind == "phone":
            normalized = normalize_phones(single_values, region)
            read.phones.extend(map(PhoneEntry, single_values, single_labels, normalized))
        else:
            read.emails.extend(map(EmailEntry, single_values, single_labels))
    elif kind == "address" and parts.keys() <= _ADDRESS_PARTS_READ:
        rows = list(compress(range(count), map(any, zip(*parts.values(), strict=True))))
        read = read._replace(rows=rows)
        read.addresses.extend(_addresses(rows, parts, [labels[label_col[i]] for i in rows]))
    else:
        present = [False] * count
        for values in parts.values():
            present = [p or bool(v) for p, v in zip(present, values, strict=True)]
        careful_rows = list(compress(range(count), present))
    careful = read.careful
    for i in careful_rows:
        label = labels[label_col[i]]
        value = value_col[i] if value_col is not None else ""
        emails: list[EmailEntry] = []
        phones: list[PhoneEntry] = []
        address: AddressEntry | None = None
        extra_items: list[tuple[str, str]] = []
        problems: list[ImportProblem] = []
        if kind == "email":
            for one in (
                _split_multi(value)
                if MULTI_VALUE_SEPARATOR in value
                else ([value] if value else [])
            ):
                if one.casefold().startswith("mailto:"):
                    one = one[7:]
                if "@" not in one:
                    problems.append(
                        ImportProblem(file_name, lines[i], f"{one!r} is not an e-mail address")
                    )
                    extra_items.append((f"E-mail ({label or 'other'})", one))
                    continue
                emails.append(EmailEntry(one, label))
        elif kind == "phone":
            for one in (
                _split_multi(value)
                if MULTI_VALUE_SEPARATOR in value
                else ([value] if value else [])
            ):
                phones.append(PhoneEntry(one, label, normalize_phone(one, region)))
        elif kind == "website":
            if value:
                extra_items.append((f"Website ({label})" if label else "Website", value))
        elif kind == "address":
            address = _address_from({p: v[i] for p, v in parts.items() if v[i]}, label)
        careful.append((i, (emails, phones, address, extra_items, problems)))
    return read
