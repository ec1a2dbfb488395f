"""Reading contact CSV files: Google (old and current), Outlook (English and German),
Thunderbird, LinkedIn, Apple, and any other table through a :class:`ColumnMapping`.

Every column is mapped to a *field key* (see :data:`SCALAR_FIELDS` and the slotted keys
``email.N``, ``email.N.label``, ``phone.N``, ``phone.N.label``, ``address.N.<part>``,
``address.N.label``). Known layouts are recognised by their headers; for any other file
:func:`guess_mapping` proposes a mapping the user can correct in the import dialog.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from prospectdesk.domain.io.base import (
    MAX_CSV_COLUMNS,
    MAX_LINE_BYTES,
    FileTooLargeError,
    ImportProblem,
    NotAContactFileError,
    ParsedRecord,
    ParseResult,
    without_cyclic_gc,
)
from prospectdesk.domain.io.text import decode_text
from prospectdesk.domain.phones import default_region, normalize_phone
from prospectdesk.domain.records import (
    AddressEntry,
    Birthday,
    ContactRecord,
    EmailEntry,
    PhoneEntry,
)

SCALAR_FIELDS = (
    "full_name",
    "given_name",
    "middle_name",
    "family_name",
    "prefix",
    "suffix",
    "nickname",
    "display_name",
    "organization",
    "department",
    "job_title",
    "birthday",
    "birth_year",
    "birth_month",
    "birth_day",
    "notes",
    "tags",
    "uid",
    "ignore",
)
ADDRESS_PARTS = ("street", "street2", "street3", "city", "region", "postal_code", "country")
ADDRESS_PARTS_ALL = (*ADDRESS_PARTS, "formatted", "po_box", "label")

# Google separates several values in one cell with this.
MULTI_VALUE_SEPARATOR = " ::: "
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
_NOTE_PREAMBLE = re.compile(r"^\s*notes?:\s*$", re.IGNORECASE)


@dataclass
class ColumnMapping:
    """Which field each column (by index) holds, plus fixed labels for slotted fields
    (``{"phone.2": "mobile"}``) when the file has no label column of its own."""

    columns: dict[int, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)

    def field_of(self, column: int) -> str:
        return self.columns.get(column, "")

    def is_useful(self) -> bool:
        """True when at least one column gives a name, an e-mail, a phone or a company."""
        for key in self.columns.values():
            base = key.split(".")[0]
            if base in ("email", "phone") or key in (
                "full_name",
                "given_name",
                "family_name",
                "display_name",
                "organization",
            ):
                return True
        return False


@dataclass
class CsvTable:
    """A CSV file split into rows, before any mapping: what the import dialog previews."""

    file_name: str
    encoding: str
    delimiter: str
    header_line: int  # 1-based physical line of the header row
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (1-based physical line, cells)
    layout: str  # "google", "outlook", "thunderbird", "linkedin", "apple" or "generic"
    mapping: ColumnMapping
    problems: list[ImportProblem] = field(default_factory=list)


# -- header knowledge --------------------------------------------------------------------------


def _key(header: str) -> str:
    """Headers compared without case, accents, quotes or repeated spaces."""
    text = unicodedata.normalize("NFKD", header.strip().strip('"').casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", text)


def _slot_labels(kind: str, labels: dict[str, str]) -> dict[str, str]:
    return {f"{kind}.{slot}": label for slot, label in labels.items()}


# Header -> field key. English headers of every known layout plus German Outlook ones.
_ALIASES: dict[str, str] = {}
# Header -> the label its column implies ("Mobile Phone" -> "mobile").
_HEADER_LABELS: dict[str, str] = {}
# Slots of aliased columns start here, far above any "Phone N - Value" a file numbers.
ALIAS_SLOT = 1000


def _alias(field_key: str, *headers: str, label: str = "") -> None:
    for header in headers:
        _ALIASES[_key(header)] = field_key
        if label:
            _HEADER_LABELS[_key(header)] = label


# Names
_alias("full_name", "Name", "Full Name", "Contact Name", "Vollständiger Name", "Naam")
_alias("given_name", "First Name", "Given Name", "Firstname", "Vorname", "Voornaam", "Prénom")
_alias("middle_name", "Middle Name", "Additional Name", "Weitere Vornamen", "Tussenvoegsel")
_alias("family_name", "Last Name", "Family Name", "Surname", "Lastname", "Nachname", "Achternaam")
_alias("prefix", "Title", "Name Prefix", "Anrede", "Prefix")
_alias("suffix", "Suffix", "Name Suffix")
_alias("nickname", "Nickname", "Spitzname")
_alias("display_name", "Display Name", "File As", "Anzeigename")
# Work
_alias(
    "organization",
    "Company",
    "Organization",
    "Organisation",
    "Organization Name",
    "Organization 1 - Name",
    "Firma",
    "Bedrijf",
    "Company Name",
)
_alias("department", "Department", "Organization Department", "Organization 1 - Department")
_alias("department", "Abteilung")
_alias(
    "job_title",
    "Job Title",
    "Position",
    "Organization Title",
    "Organization 1 - Title",
    "Funktion",
    "Occupation",
)
# Dates and the rest
_alias("birthday", "Birthday", "Geburtstag", "Date of Birth", "Verjaardag", "Geboortedatum")
_alias("birth_year", "Birth Year")
_alias("birth_month", "Birth Month")
_alias("birth_day", "Birth Day")
_alias("notes", "Notes", "Note", "Notizen", "Notities", "Comments")
_alias("tags", "Categories", "Kategorien", "Labels", "Group Membership", "Groups", "Tags")
_alias("uid", "UID", "Contact ID")
# Known columns with no field of their own: kept in the notes, never guessed at.
_alias("keep", "Screen Name", "Web Page", "Web Page 1", "Web Page 2", "URL", "Connected On")
_alias("keep", "Custom 1", "Custom 2", "Custom 3", "Custom 4", "Location", "Gender")
# E-mails (Outlook, Thunderbird, LinkedIn, Apple, German Outlook)
_alias("email.1001", "E-mail Address", "Email Address", "Email", "E-mail", "Primary Email")
_alias("email.1001", "E-Mail-Adresse", "E-Mail", "E-mailadres")
_alias("email.1002", "E-mail 2 Address", "Secondary Email", "E-Mail 2: Adresse")
_alias("email.1003", "E-mail 3 Address", "E-Mail 3: Adresse")
_alias("ignore", "E-mail Type", "E-mail 2 Type", "E-mail 3 Type", "E-Mail-Typ")
_alias("ignore", "E-Mail 2: Typ", "E-Mail 3: Typ", "E-mail Display Name")
_alias("ignore", "E-mail 2 Display Name", "E-mail 3 Display Name", "E-Mail: Angezeigter Name")
_alias("ignore", "E-Mail 2: Angezeigter Name", "E-Mail 3: Angezeigter Name")
_alias("email.1004", "Email (home)", "Email address (home)", "Email : home", label="home")
_alias("email.1005", "Email (work)", "Email address (work)", "Email : work", label="work")
_alias("email.1006", "Email (other)", "Email address (other)", "Email : other", label="other")
# Phones
_PHONE_COLUMNS: list[tuple[str, tuple[str, ...]]] = [
    ("mobile", ("Mobile Phone", "Mobile Number", "Mobile", "Mobiltelefon", "Handy", "Mobiel")),
    ("mobile", ("Phone (mobile)", "Phone : mobile", "Mobile phone")),
    ("home", ("Home Phone", "Telefon privat", "Phone (home)", "Phone : home", "Telefoon thuis")),
    ("work", ("Business Phone", "Work Phone", "Telefon geschäftlich", "Phone (work)")),
    ("work", ("Phone : work",)),
    ("home", ("Home Phone 2", "Telefon privat 2")),
    ("work", ("Business Phone 2", "Telefon geschäftlich 2")),
    ("main", ("Primary Phone", "Haupttelefon", "Company Main Phone", "Telefon Firma")),
    ("main", ("Phone (main)", "Phone : main")),
    ("other", ("Other Phone", "Weiteres Telefon", "Phone", "Telephone", "Telefon", "Telefoon")),
    ("other", ("Phone (other)", "Phone : other", "Phone Number")),
    ("fax", ("Fax Number", "Fax", "Phone (fax)")),
    ("work fax", ("Business Fax", "Fax geschäftlich")),
    ("home fax", ("Home Fax", "Fax privat")),
    ("fax", ("Other Fax", "Weiteres Fax")),
    ("pager", ("Pager", "Pager Number", "Phone (pager)")),
    ("car", ("Car Phone", "Autotelefon")),
    ("assistant", ("Assistant's Phone", "Telefon Assistent")),
    ("other", ("Callback", "Rückmeldung", "Radio Phone", "ISDN", "TTY/TDD Phone", "Telex")),
    ("mobile", ("Mobiltelefon 2",)),
]
for _slot, (_label, _headers) in enumerate(_PHONE_COLUMNS, start=ALIAS_SLOT + 20):
    _alias(f"phone.{_slot}", *_headers, label=_label)

# Addresses: (label, {part: headers})
_ADDRESS_COLUMNS: list[tuple[str, dict[str, tuple[str, ...]]]] = [
    (
        "work",
        {
            "street": ("Business Street", "Work Address", "Straße geschäftlich", "Work Street"),
            "street2": ("Business Street 2", "Work Address 2", "Straße geschäftlich 2"),
            "street3": ("Business Street 3", "Straße geschäftlich 3"),
            "city": ("Business City", "Work City", "Ort geschäftlich"),
            "region": ("Business State", "Work State", "Region geschäftlich"),
            "postal_code": ("Business Postal Code", "Work ZipCode", "Postleitzahl geschäftlich"),
            "country": ("Business Country/Region", "Work Country", "Land/Region geschäftlich"),
            "po_box": ("Business Address PO Box", "Postfach geschäftlich"),
        },
    ),
    (
        "home",
        {
            "street": ("Home Street", "Home Address", "Straße privat", "Street"),
            "street2": ("Home Street 2", "Home Address 2", "Straße privat 2"),
            "street3": ("Home Street 3", "Straße privat 3"),
            "city": ("Home City", "Ort privat", "City", "Ort", "Stadt", "Plaats"),
            "region": ("Home State", "Bundesland/Kanton privat", "State", "Region", "Province"),
            "postal_code": (
                "Home Postal Code",
                "Home ZipCode",
                "Postleitzahl privat",
                "Zip",
                "ZIP Code",
                "Postal Code",
                "Postcode",
                "PLZ",
            ),
            "country": ("Home Country/Region", "Home Country", "Land/Region privat", "Country"),
            "po_box": ("Home Address PO Box", "Postfach privat"),
        },
    ),
    (
        "other",
        {
            "street": ("Other Street", "Weitere Straße"),
            "street2": ("Other Street 2", "Weitere Straße 2"),
            "street3": ("Other Street 3", "Weitere Straße 3"),
            "city": ("Other City", "Weiterer Ort"),
            "region": ("Other State", "Weiteres/r Bundesland/Kanton"),
            "postal_code": ("Other Postal Code", "Weitere Postleitzahl"),
            "country": ("Other Country/Region", "Weiteres/r Land/Region"),
            "po_box": ("Other Address PO Box", "Weiteres Postfach"),
        },
    ),
]
for _slot, (_label, _parts) in enumerate(_ADDRESS_COLUMNS, start=ALIAS_SLOT + 20):
    for _part, _headers in _parts.items():
        _alias(f"address.{_slot}.{_part}", *_headers, label=_label)
# Apple-style "Address : home : City" headers.
for _slot, _label in (
    (ALIAS_SLOT + 30, "home"),
    (ALIAS_SLOT + 31, "work"),
    (ALIAS_SLOT + 32, "other"),
):
    for _part, _word in (
        ("street", "Street"),
        ("city", "City"),
        ("region", "State"),
        ("postal_code", "ZIP"),
        ("country", "Country"),
    ):
        _alias(f"address.{_slot}.{_part}", f"Address : {_label} : {_word}", label=_label)
        _alias(f"address.{_slot}.{_part}", f"Address ({_label}) {_word}", label=_label)

# "E-mail 1 - Value", "Phone 2 - Type", "Address 1 - Postal Code" (Google, both exports).
_GOOGLE_SLOTTED = re.compile(
    r"^(e-?mail|phone|address|website|organization|relation|event|im|custom field)\s+(\d+)"
    r"\s*-\s*(.+)$"
)
_GOOGLE_ADDRESS_PARTS = {
    "type": "label",
    "label": "label",
    "formatted": "formatted",
    "street": "street",
    "city": "city",
    "po box": "po_box",
    "region": "region",
    "postal code": "postal_code",
    "country": "country",
    "extended address": "street2",
}


def field_for_header(header: str) -> str:
    """The field key a known header stands for, or "" when unknown."""
    key = _key(header)
    if not key:
        return ""
    if key in _ALIASES:
        return _ALIASES[key]
    match = _GOOGLE_SLOTTED.match(key)
    if match:
        kind, slot, part = match.group(1), int(match.group(2)), match.group(3).strip()
        if kind in ("email", "e-mail", "phone"):
            kind = "email" if "mail" in kind else "phone"
            if part == "value":
                return f"{kind}.{slot}"
            if part in ("type", "label"):
                return f"{kind}.{slot}.label"
        if kind == "address" and part in _GOOGLE_ADDRESS_PARTS:
            return f"address.{slot}.{_GOOGLE_ADDRESS_PARTS[part]}"
        if kind == "website":
            return f"website.{slot}" if part == "value" else f"website.{slot}.label"
        if kind == "organization" and slot == 1:
            return {"name": "organization", "title": "job_title", "department": "department"}.get(
                part, ""
            )
    return ""


def _fuzzy_field(header: str) -> str:
    """A guess for headers no export uses verbatim ("Cell", "E-mailadres klant", ...)."""
    key = _key(header)
    if re.search(r"mail", key):
        return "email.1090"
    if re.search(r"mobile|mobiel|cell|handy|gsm", key):
        return "phone.1090"
    if re.search(r"phone|tel|fon|fax", key):
        return "phone.1091"
    if re.search(r"birth|geburt|geboorte|verjaar", key):
        return "birthday"
    if re.search(r"company|firma|bedrijf|organi[sz]", key):
        return "organization"
    if re.search(r"note|notiz|opmerk|comment", key):
        return "notes"
    if re.search(r"first|given|vorname|voornaam", key):
        return "given_name"
    if re.search(r"last|family|surname|nachname|achternaam", key):
        return "family_name"
    if re.search(r"name|naam", key):
        return "full_name"
    return ""


def guess_mapping(headers: Sequence[str]) -> ColumnMapping:
    """Propose a mapping: known headers exactly first, then the rest by the words they
    contain. A field already taken is not proposed twice."""
    mapping = ColumnMapping()
    taken: set[str] = set()
    proposals: dict[int, str] = {}
    for index, header in enumerate(headers):
        key = field_for_header(header)
        if key:  # an export may repeat a field ("Occupation" and "Title"): values join
            proposals[index] = key
            taken.add(key)
    for index, header in enumerate(headers):
        if index in proposals or _GOOGLE_SLOTTED.match(_key(header)) or _key(header) in _ALIASES:
            continue
        key = _fuzzy_field(header)
        if not key:
            continue
        if key in taken:
            if key.startswith(("email.", "phone.")):
                key = _next_free_slot(key, taken)
            else:
                continue
        proposals[index] = key
        taken.add(key)
    for index in sorted(proposals):
        key = proposals[index]
        mapping.columns[index] = key
        label = _HEADER_LABELS.get(_key(headers[index]))
        if label and "." in key:
            mapping.labels[".".join(key.split(".")[:2])] = label
    return mapping


def _next_free_slot(key: str, taken: set[str]) -> str:
    kind = key.split(".")[0]
    slot = ALIAS_SLOT + 100
    while f"{kind}.{slot}" in taken:
        slot += 1
    return f"{kind}.{slot}"


def detect_layout(headers: Sequence[str]) -> str:
    """Which program wrote the file, from the headers its exports always have."""
    keys = {_key(h) for h in headers}
    if (
        {"given name", "family name", "group membership"} <= keys
        or "name" in keys
        and ("e-mail 1 - type" in keys or "e-mail 1 - value" in keys)
    ):
        return "google"
    if {"first name", "last name", "labels"} <= keys and "e-mail 1 - value" in keys:
        return "google"
    if "organization name" in keys and "e-mail 1 - value" in keys:
        return "google"
    if {"first name", "last name", "connected on"} <= keys:
        return "linkedin"
    if {"primary email", "birth year"} <= keys or {"display name", "primary email"} <= keys:
        return "thunderbird"
    if {"e-mail address", "business phone"} <= keys or {"vorname", "e-mail-adresse"} <= keys:
        return "outlook"
    if {"first name", "job title", "e-mail address"} <= keys and "mobile phone" in keys:
        return "outlook"
    if any(k.startswith(("phone : ", "email : ", "address : ")) for k in keys):
        return "apple"
    return "generic"


# -- splitting the file into rows ----------------------------------------------------------------

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


def _physical_lines(text: str) -> Iterator[str]:
    # CR CR LF comes from a CRLF file passed through a second CRLF conversion: one break.
    text = text.replace("\r\r\n", "\r\n")
    for match in _LINE.finditer(text):
        if match.group(0):
            yield match.group(0)


def _rows(text: str, delimiter: str) -> list[tuple[int, list[str], bool]]:
    """``(first physical line, cells, closed)``; ``closed`` is False for a row cut off
    inside a quoted field (a truncated file)."""
    lines = list(_physical_lines(text))
    csv.field_size_limit(MAX_LINE_BYTES)
    reader = csv.reader(iter(lines), delimiter=delimiter, strict=False)
    rows: list[tuple[int, list[str], bool]] = []
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error:
            # Only raised for an unterminated quote at the end of the data.
            rows.append((start, [], False))
            break
        if "\r" in "".join(cells):  # line breaks inside a quoted value
            cells = [c.replace("\r\n", "\n").replace("\r", "\n") for c in cells]
        rows.append((start, cells, True))
        start = reader.line_num + 1
    if rows and rows[-1][2] and lines and _unclosed_quote(lines[rows[-1][0] - 1 :], delimiter):
        line, cells, _ = rows[-1]
        rows[-1] = (line, cells, False)
    return rows


def _unclosed_quote(lines: list[str], delimiter: str) -> bool:
    """True when the last record opens a quoted field it never closes."""
    text = "".join(lines)
    in_quotes = False
    at_field_start = True
    i = 0
    while i < len(text):
        ch = text[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < len(text) and text[i + 1] == '"':
                    i += 1
                else:
                    in_quotes = False
        elif ch == '"' and at_field_start:
            in_quotes = True
        at_field_start = ch in (delimiter, "\n", "\r") and not in_quotes
        i += 1
    return in_quotes


def _header_score(cells: Sequence[str]) -> int:
    return sum(1 for cell in cells if field_for_header(cell))


def _find_header(rows: list[tuple[int, list[str], bool]]) -> int:
    """Index of the header row: the first of the first rows naming known fields (LinkedIn
    puts a "Notes:" preamble above it), else the first non-empty row."""
    best_index, best_score = -1, 0
    for index, (_line, cells, _closed) in enumerate(rows[:12]):
        if len(cells) == 1 and _NOTE_PREAMBLE.match(cells[0]):
            continue
        score = _header_score(cells)
        if score >= 2 and score > best_score:
            best_index, best_score = index, score
            break
    if best_index >= 0:
        return best_index
    for index, (_line, cells, _closed) in enumerate(rows):
        if any(c.strip() for c in cells) and not (
            len(cells) == 1 and _NOTE_PREAMBLE.match(cells[0])
        ):
            return index
    return -1


def _choose_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one whose header row names the most known fields, else
    the one that splits the first lines into the most (consistent) columns."""
    head = "".join(list(_physical_lines(text[:65536]))[:30])
    best, best_score = ",", (-1, -1)
    for delimiter in (",", ";", "\t", "|"):
        rows = _rows(head, delimiter)
        if not rows:
            continue
        header_index = _find_header(rows)
        known = _header_score(rows[header_index][1]) if header_index >= 0 else 0
        widths = [len(cells) for _line, cells, _closed in rows if len(cells) > 1]
        consistent = max((widths.count(w) for w in set(widths)), default=0)
        width = max(widths, default=1) if consistent else 1
        score = (known, width if consistent >= min(2, len(widths)) else 1)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def check_column_limit(text: str, file_name: str) -> None:
    """Refuse a table wider than MAX_CSV_COLUMNS before splitting it into cells (a million
    columns would otherwise become a million strings first). Counts delimiters in the first
    lines of the first megabyte: cheap, and a header never has that many in quotes."""
    for line in text[: 1024 * 1024].splitlines()[:30]:
        widest = max(line.count(delimiter) for delimiter in (",", ";", "\t", "|")) + 1
        if widest > MAX_CSV_COLUMNS:
            raise FileTooLargeError(
                f"{file_name} has more than {MAX_CSV_COLUMNS} columns; at most "
                f"{MAX_CSV_COLUMNS} can be read"
            )


@without_cyclic_gc
def read_table(data: bytes | str, file_name: str) -> CsvTable:
    """Split a CSV file into its header and rows; raise NotAContactFileError when it is
    not a table at all."""
    if isinstance(data, bytes):
        text, encoding = decode_text(data)
    else:
        text, encoding = data.removeprefix("\ufeff"), "utf-8"
    if "\x00" in text:
        raise NotAContactFileError(f"{file_name} holds binary data, not a contact list")
    check_column_limit(text, file_name)
    delimiter = _choose_delimiter(text)
    rows = _rows(text, delimiter)
    header_index = _find_header(rows)
    if header_index < 0:
        raise NotAContactFileError(f"{file_name} is empty: there is no header row")
    header_line, headers, _closed = rows[header_index]
    while headers and not headers[-1].strip():
        headers = headers[:-1]  # a trailing delimiter makes an empty last column
    if len(headers) > MAX_CSV_COLUMNS:
        raise FileTooLargeError(
            f"{file_name} has {len(headers)} columns; at most {MAX_CSV_COLUMNS} can be read"
        )
    if len(headers) < 2 and not field_for_header(headers[0] if headers else ""):
        raise NotAContactFileError(
            f"{file_name} is not a contact file: it is neither a vCard nor a table with "
            "named columns"
        )
    problems: list[ImportProblem] = []
    body: list[tuple[int, list[str]]] = []
    for line, cells, closed in rows[header_index + 1 :]:
        if not closed:
            problems.append(
                ImportProblem(
                    file_name,
                    line,
                    "the file ends inside a quoted value (is it cut off?); this row was "
                    "not imported",
                    fatal_for_record=True,
                )
            )
            continue
        if not any(cell.strip() for cell in cells):
            continue
        body.append((line, cells))
    return CsvTable(
        file_name=file_name,
        encoding=encoding,
        delimiter=delimiter,
        header_line=header_line,
        headers=[h.strip() for h in headers],
        rows=body,
        layout=detect_layout(headers),
        mapping=guess_mapping(headers),
        problems=problems,
    )


# -- values --------------------------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january", "januar", "januari", "janvier", "jän", "jänner"),
            ("feb", "february", "februar", "februari", "fév", "février"),
            ("mar", "march", "märz", "maart", "mrz", "mars"),
            ("apr", "april", "avril"),
            ("may", "mai", "mei"),
            ("jun", "june", "juni", "juin"),
            ("jul", "july", "juli", "juillet"),
            ("aug", "august", "augustus", "août"),
            ("sep", "sept", "september", "septembre"),
            ("oct", "october", "oktober", "okt", "octobre"),
            ("nov", "november", "novembre"),
            ("dec", "december", "dezember", "dez", "décembre"),
        ),
        start=1,
    )
    for name in names
}
# Outlook and Apple write 1604 for "year unknown" (the first year of the Gregorian cycle
# they count from).
NO_YEAR_SENTINELS = {1604, 1900}


def _year(text: str) -> int | None:
    year = int(text)
    if len(text) == 2:
        year += 1900 if year > date.today().year % 100 else 2000
    return None if year in NO_YEAR_SENTINELS and len(text) == 4 else year


def parse_birthday(text: str, *, day_first: bool = False) -> Birthday | None:
    """Every birthday form contact CSVs use; None for an empty cell; ValueError for text
    that is not a date (the caller reports it and skips the birthday).

    ``day_first`` decides an ambiguous ``05/06/1980`` (German and Dutch exports)."""
    value = text.strip()
    if not value:
        return None
    value = re.sub(r"[T ]\d{1,2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$", "", value)
    birthday = _iso_birthday(value)
    if birthday is not None:
        return birthday
    match = re.fullmatch(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})", value)
    if match:
        return _checked(match.group(2), match.group(3), match.group(1))
    match = re.fullmatch(r"(\d{1,2})([./-])(\d{1,2})(?:\2(\d{2}|\d{4}))?\.?", value)
    if match:
        first, separator, second, year = match.groups()
        if separator == "." or day_first or int(first) > 12:
            day, month = first, second
        else:
            month, day = first, second
        if separator != "." and int(second) > 12 and int(first) <= 12:
            month, day = first, second
        return _checked(month, day, year)
    words = re.findall(r"[^\W\d_]+\.?|\d+", value.casefold())
    month_words = [w.rstrip(".") for w in words if w.rstrip(".") in _MONTHS]
    numbers = [w for w in words if w.isdigit()]
    if len(month_words) == 1 and 1 <= len(numbers) <= 2:
        month = _MONTHS[month_words[0]]
        day_text = next((n for n in numbers if len(n) <= 2), None)
        year_text = next((n for n in numbers if len(n) == 4), None)
        if day_text is not None:
            return _checked(str(month), day_text, year_text)
    raise ValueError(f"birthday {text.strip()!r} is not a date")


@functools.lru_cache(maxsize=1 << 15)
def _iso_birthday(value: str) -> Birthday | None:
    """``YYYY-MM-DD`` and ``--MM-DD`` forms (most exports), kept per text: a list of
    100,000 people has a few thousand distinct birthdays. None for other forms."""
    try:
        birthday = Birthday.parse(value)
    except ValueError:
        return None
    if birthday.year in NO_YEAR_SENTINELS:
        birthday = Birthday(birthday.month, birthday.day)
    return birthday


def _checked(month: str, day: str, year: str | None) -> Birthday:
    try:
        return Birthday(int(month), int(day), _year(year) if year else None)
    except ValueError as error:
        raise ValueError(f"not a date ({error})") from None


_PARTICLES = {
    "van",
    "von",
    "de",
    "der",
    "den",
    "het",
    "ter",
    "ten",
    "te",
    "da",
    "di",
    "del",
    "della",
    "la",
    "le",
    "du",
    "dos",
    "das",
    "zu",
    "in",
    "'t",
    "op",
    "bin",
    "ibn",
    "al",
}


def split_full_name(full: str) -> tuple[str, str]:
    """``(given, family)`` from one name column. ``Family, Given`` is honoured; Dutch and
    German particles stay with the family name (``Jan van der Berg`` -> ``van der Berg``);
    a single word is a given name."""
    text = re.sub(r"\s+", " ", full.strip())
    if not text:
        return "", ""
    if text.count(",") == 1:
        family, given = (part.strip() for part in text.split(","))
        if family and given:
            return given, family
    words = text.split(" ")
    if len(words) == 1:
        return words[0], ""
    family_start = len(words) - 1
    while family_start > 1 and words[family_start - 1].casefold() in _PARTICLES:
        family_start -= 1
    return " ".join(words[:family_start]), " ".join(words[family_start:])


_LABEL_WORDS = {
    "mobile": "mobile",
    "cell": "mobile",
    "mobiel": "mobile",
    "handy": "mobile",
    "home": "home",
    "privat": "home",
    "thuis": "home",
    "work": "work",
    "business": "work",
    "geschäftlich": "work",
    "werk": "work",
    "main": "main",
    "other": "other",
    "pager": "pager",
    "home fax": "home fax",
    "work fax": "work fax",
    "fax": "fax",
    "other fax": "fax",
    "car": "car",
    "assistant": "assistant",
}


def normalize_label(label: str) -> str:
    """Google writes ``* Home`` (the star marks the preferred one) or free text."""
    text = label.strip().lstrip("*").strip()
    folded = text.casefold()
    if folded in _LABEL_WORDS:
        return _LABEL_WORDS[folded]
    return text


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
    day_first: bool = False,
    columns: list[tuple[str, str, str]] | None = None,
) -> tuple[ParsedRecord | None, list[ImportProblem]]:
    """One row -> a record, or None (with a problem saying why) when the row names nobody.

    ``columns`` is :func:`column_plan` of the table, made once by a caller that maps many
    rows."""
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
        given, family = split_full_name(full or display)
        middle = ""
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
    record.birthday = _birthday_from(scalars, file_name, line, problems, day_first=day_first)

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
) -> Birthday | None:
    text = scalars.get("birthday", "")
    if not text and (scalars.get("birth_month") or scalars.get("birth_day")):
        year = scalars.get("birth_year", "")
        text = f"{year or '--'}-{scalars.get('birth_month', '')}-{scalars.get('birth_day', '')}"
        try:
            month = int(scalars.get("birth_month", ""))
            day = int(scalars.get("birth_day", ""))
            return Birthday(month, day, _year(year) if year else None)
        except ValueError:
            pass
    if not text:
        return None
    try:
        return parse_birthday(text, day_first=day_first)
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
) -> ParseResult:
    """Read a contact CSV. Without ``mapping`` the headers decide (known layouts, else a
    guess); bad rows and values become problems with their line, the rest goes in."""
    table = read_table(data, file_name)
    return records_from_table(table, mapping, region=region)


@without_cyclic_gc
def records_from_table(
    table: CsvTable, mapping: ColumnMapping | None = None, *, region: str | None = None
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
        _key(h) in ("geburtstag", "vorname", "verjaardag", "voornaam") for h in table.headers
    )
    columns = column_plan(table.headers, chosen, max((len(c) for _, c in table.rows), default=0))
    for line, cells in table.rows:
        parsed, problems = row_to_record(
            table.headers,
            cells,
            chosen,
            file_name=table.file_name,
            line=line,
            region=region,
            day_first=day_first,
            columns=columns,
        )
        result.problems.extend(problems)
        if parsed is not None:
            result.records.append(parsed)
    return result


def looks_like_csv(text: str) -> bool:
    """A cheap test used by format detection: several lines split into the same number
    (>1) of columns by one delimiter, or a header naming known fields."""
    head = "".join(list(_physical_lines(text[:65536]))[:30])
    delimiter = _choose_delimiter(head)
    rows = [cells for _line, cells, _closed in _rows(head, delimiter) if any(cells)]
    if not rows:
        return False
    header_index = _find_header([(0, r, True) for r in rows])
    if header_index >= 0 and _header_score(rows[header_index]) >= 1 and len(rows[header_index]) > 1:
        return True
    widths = [len(r) for r in rows]
    return len(rows) >= 2 and widths[0] > 1 and widths.count(widths[0]) >= max(2, len(rows) // 2)
