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
    if extra:
        joined = "\n".join(f"{name}: {value}" for name, value in extra.items())
        notes = f"{notes}\n\n{joined}" if notes else joined
    record.notes = notes
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
            "no name, company, e-mail or phone in this row; not imported",
            fatal_for_record=True,
        )
    )
    return False


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
    _records_by_column(table, chosen, columns, result, region, this_year, day_first)
    return result


# The scalar fields row_to_record reads besides the names (a birthday's parts, tags, ...).
_BIRTHDAY_KEYS = ("birthday", "birth_year", "birth_month", "birth_day")


def _records_by_column(
    table: CsvTable,
    mapping: ColumnMapping,
    columns: list[tuple[str, str, str]],
    result: ParseResult,
    region: str | None,
    this_year: int,
    day_first: bool,
) -> None:
    """:func:`row_to_record` for every row of ``table``, worked out a column at a time:
    each column is stripped, unescaped and read (labels, phone numbers, e-mail addresses)
    in one pass, a value met again (a label, a tag list) costs a dictionary look-up, and
    what is left per row is putting its record together. The records and problems are
    those of :func:`row_to_record` row by row (tests/domain/io compare both)."""
    file_name = table.file_name
    width = len(columns)
    lines = [line for line, _ in table.rows]
    count = len(lines)
    if not count:
        return
    rows = [
        cells if len(cells) == width else cells + [""] * (width - len(cells))
        for _, cells in table.rows
    ]
    empty = [""] * count

    transposed = list(zip(*rows, strict=True))  # the columns, in C

    def column(index: int) -> list[str]:
        values = list(map(str.strip, transposed[index]))
        # A joined search in C first: nearly every column has no value starting with "'".
        if "\n'" in "\n" + "\n".join(values):
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

    given_col, middle_col, family_col = (
        scalar("given_name"),
        scalar("middle_name"),
        scalar("family_name"),
    )
    full_col, display_col = scalar("full_name"), scalar("display_name")
    prefix_col, suffix_col, nick_col = scalar("prefix"), scalar("suffix"), scalar("nickname")
    org_col, title_col, dept_col = scalar("organization"), scalar("job_title"), scalar("department")
    uid_col, tags_col, notes_col = scalar("uid"), scalar("tags"), scalar("notes")
    birthday_cols = [(key, scalars[key]) for key in _BIRTHDAY_KEYS if key in scalars]

    # Per slot (in the order row_to_record takes them), per row: what it adds to the record.
    slot_keys = sorted(slot_parts, key=_slot_order) if len(slot_parts) > 1 else list(slot_parts)
    slot_results = [
        _slot_column(key, slot_parts[key], mapping, file_name, lines, region, count)
        for key in slot_keys
    ]
    tag_lists: dict[str, list[str]] = {}
    birthdays: dict[str, Birthday] = {}  # a date's text read once (not one that failed)
    records = result.records
    problems_out = result.problems
    for i in range(count):
        line = lines[i]
        problems: list[ImportProblem] = []
        extra: dict[str, str] = {}
        for name, values in extras:
            if values[i]:
                extra[name] = values[i]
        record = ContactRecord()
        given, middle, family = given_col[i], middle_col[i], family_col[i]
        full, display = full_col[i], display_col[i]
        if not (given or family) and (full or display):
            person = split_name(full or display)
            given, family, middle = person.given, person.family, ""
            if not display and person.with_titles():
                display = person.with_titles() or ""
        record.given_name = given_name = (
            f"{given} {middle}" if given and middle else given or middle
        )
        record.family_name = family
        composed = f"{given_name} {family}" if given_name and family else given_name or family
        if (given or family) and display and display != composed:
            record.display_name_override = display
        elif (given or family) and full and full != composed and not display:
            extra["Name"] = full
        if prefix_col[i]:
            extra["Prefix"] = prefix_col[i]
        if suffix_col[i]:
            extra["Suffix"] = suffix_col[i]
        if nick_col[i]:
            extra["Nickname"] = nick_col[i]
        record.organization = org_col[i]
        record.job_title = title_col[i]
        if dept_col[i]:
            extra["Department"] = dept_col[i]
        record.uid = uid_col[i] or None
        tags_text = tags_col[i]
        if tags_text:
            tags = tag_lists.get(tags_text)
            if tags is None:
                tags = tag_lists[tags_text] = _tags_of(tags_text)
            record.tags = list(tags)
        if birthday_cols:
            birthday_parts = {key: values[i] for key, values in birthday_cols if values[i]}
            text = birthday_parts.get("birthday", "") if len(birthday_parts) == 1 else ""
            if text and text in birthdays:
                record.birthday = birthdays[text]  # this date's text was read before
            elif birthday_parts:
                record.birthday = _birthday_from(
                    birthday_parts,
                    file_name,
                    line,
                    problems,
                    day_first=day_first,
                    this_year=this_year,
                )
                if text and record.birthday is not None:
                    birthdays[text] = record.birthday  # frozen: one object for every row
        for key, per_row in zip(slot_keys, slot_results, strict=True):
            added = per_row[i]
            if added is None:
                continue
            emails, phones, address, extra_items, slot_problems = added
            if emails:
                record.emails.extend(emails)
            if phones:
                record.phones.extend(phones)
            if address is not None:
                record.addresses.append(address)
            for name, value in extra_items:
                if key.startswith("website.") and name in extra:
                    name = f"{name} {key}"
                extra[name] = value
            if slot_problems:
                problems.extend(slot_problems)
        if not _finish_record(record, notes_col[i], extra, file_name, line, problems):
            problems_out.extend(problems)
            continue
        if problems:
            problems_out.extend(problems)
        records.append(ParsedRecord(record=record, line=line, extra=extra))


def _tags_of(text: str) -> list[str]:
    """The tags of a tags cell (Google's "* myContacts ::: Friends"), as row_to_record
    reads them."""
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


def _slot_column(
    slot_key: str,
    parts: dict[str, list[str]],
    mapping: ColumnMapping,
    file_name: str,
    lines: list[int],
    region: str | None,
    count: int,
) -> list[_SlotAdds | None]:
    """Per row, what one slot (``email.1``, ``phone.2``, ...) adds to its record: e-mails,
    phones, an address, notes lines and problems; None where the row leaves it empty.
    The same steps as row_to_record, a label or a number met again looked up once."""
    kind = slot_key.split(".")[0]
    fixed = mapping.labels.get(slot_key, "")
    label_col = parts.get("label")
    labels: dict[str, str] = {}

    def label_of(i: int) -> str:
        text = (label_col[i] if label_col is not None else "") or fixed
        label = labels.get(text)
        if label is None:
            label = labels[text] = normalize_label(text)
        return label

    present = [False] * count
    for values in parts.values():
        present = [p or bool(v) for p, v in zip(present, values, strict=True)]
    out: list[_SlotAdds | None] = [None] * count
    value_col = parts.get("value")
    for i in range(count):
        if not present[i]:
            continue
        label = label_of(i)
        value = value_col[i] if value_col is not None else ""
        if value and MULTI_VALUE_SEPARATOR not in value:
            # Nearly every cell: one value. Nothing shared between rows is changed later
            # (the empty tuples), the entries are new per row.
            if kind == "phone":
                out[i] = (
                    [],
                    [PhoneEntry(value, label, normalize_phone(value, region))],
                    None,
                    (),
                    (),
                )
                continue
            if kind == "email" and "@" in value and not value.casefold().startswith("mailto:"):
                out[i] = ([EmailEntry(value, label)], [], None, (), ())
                continue
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
        out[i] = (emails, phones, address, extra_items, problems)
    return out
