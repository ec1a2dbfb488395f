"""What the columns of a contact CSV mean: the header vocabulary of every known export
(Google old and current, Outlook English and German, Thunderbird, LinkedIn, Apple) and the
mapping of columns to fields.

Every column is mapped to a *field key* (see :data:`SCALAR_FIELDS` and the slotted keys
``email.N``, ``email.N.label``, ``phone.N``, ``phone.N.label``, ``address.N.<part>``,
``address.N.label``). Known layouts are recognised by their headers; for any other file
:func:`guess_mapping` proposes a mapping the user can correct in the import dialog.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

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


# The label a phone slot gets when the owner maps a column of an unknown CSV to it (the
# file has no label column of its own): the same for the import preview and any other caller.
SLOT_LABELS = {"phone.1": "mobile", "phone.2": "home", "phone.3": "work", "phone.4": "other"}


@dataclass
class ColumnMapping:
    """Which field each column (by index) holds, plus fixed labels for slotted fields
    (``{"phone.2": "mobile"}``) when the file has no label column of its own."""

    columns: dict[int, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)

    def field_of(self, column: int) -> str:
        return self.columns.get(column, "")

    def assign(self, column: int, field_key: str) -> None:
        """The owner says ``column`` holds ``field_key`` ("" for none, its text goes to the
        notes); a phone slot takes its fixed label (:data:`SLOT_LABELS`)."""
        if not field_key:
            self.columns.pop(column, None)
            return
        self.columns[column] = field_key
        slot = ".".join(field_key.split(".")[:2])
        if slot in SLOT_LABELS:
            self.labels[slot] = SLOT_LABELS[slot]

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


# -- header knowledge --------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def header_key(header: str) -> str:
    """Headers compared without case, accents, quotes or repeated spaces. Kept per text:
    finding a file's delimiter and header row asks again for the same first lines (the
    format sniffing, then the reading), each costing a Unicode normalization."""
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
        _ALIASES[header_key(header)] = field_key
        if label:
            _HEADER_LABELS[header_key(header)] = label


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


@functools.lru_cache(maxsize=4096)
def field_for_header(header: str) -> str:
    """The field key a known header stands for, or "" when unknown (kept per text, as
    :func:`header_key`)."""
    key = header_key(header)
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
    key = header_key(header)
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
            if key in taken and key.count(".") == 1 and key.startswith(("email.", "phone.")):
                key = _next_free_slot(key, taken)  # two "E-mail Address" columns: keep both
            proposals[index] = key
            taken.add(key)
    for index, header in enumerate(headers):
        if (
            index in proposals
            or _GOOGLE_SLOTTED.match(header_key(header))
            or header_key(header) in _ALIASES
        ):
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
        label = _HEADER_LABELS.get(header_key(headers[index]))
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
    keys = {header_key(h) for h in headers}
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
