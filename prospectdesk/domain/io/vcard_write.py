"""Write contacts as vCard 3.0 (RFC 2426) or 4.0 (RFC 6350).

3.0 is the default: it is what Outlook, Google Contacts and iCloud read. Outlook reads only
the first card of a file, so :func:`vcard_files` gives one file per contact. A phone number
whose country is known is written in E.164 (``+31612345678``), which every program dials;
one in national form stays as it was typed (see :func:`international`).

Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character. Labels
that vCard has a TYPE for are written as TYPE; any other label goes into an Apple-style
``itemN.X-ABLabel`` group, which Apple, Google and Android all read back.
"""

from __future__ import annotations

import base64
import re
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime

from prospectdesk.domain.io.vcard_text import escape_text
from prospectdesk.domain.records import ContactRecord, PhoneEntry

VERSIONS = ("3.0", "4.0")
DEFAULT_VERSION = "3.0"
MAX_LINE_OCTETS = 75
PRODID = "-//ProspectDesk//ProspectDesk//EN"

# Namespace for UIDs of contacts that have none yet: the same contact gets the same UID on
# every export, so a phone updates it instead of adding a copy.
_UID_NAMESPACE = uuid.UUID("6f1e4a52-93c1-4d0b-9a43-2f5b8c0e7d11")

_TEL_TYPES = {
    "home": ["home"],
    "work": ["work"],
    "mobile": ["cell"],
    "fax": ["fax"],
    "home fax": ["home", "fax"],
    "work fax": ["work", "fax"],
    "pager": ["pager"],
    "text": ["text"],
    "video": ["video"],
}
_EMAIL_TYPES = {"home": ["home"], "work": ["work"]}
_ADR_TYPES = {"home": ["home"], "work": ["work"]}


def write_vcards(records: Iterable[ContactRecord], version: str = DEFAULT_VERSION) -> str:
    """All ``records`` as one vCard file (``str`` with CRLF line ends; encode as UTF-8)."""
    _check_version(version)
    return "".join(_write_card(record, version) for record in records)


def vcard_files(
    records: Iterable[ContactRecord], version: str = DEFAULT_VERSION
) -> list[tuple[str, str]]:
    """One ``(file name, card)`` per contact, for programs that read only a file's first
    card (Outlook). The names come from the display names, made safe for every file
    system and unique (``Anna Jansen.vcf``, ``Anna Jansen (2).vcf``)."""
    _check_version(version)
    files: list[tuple[str, str]] = []
    taken: set[str] = set()
    for record in records:
        stem = safe_file_stem(record.display_name) or "contact"
        name, n = f"{stem}.vcf", 1
        while name.casefold() in taken:
            n += 1
            name = f"{stem} ({n}).vcf"
        taken.add(name.casefold())
        files.append((name, _write_card(record, version)))
    return files


# Characters no Windows, macOS or Linux file name may hold, and control characters.
_UNSAFE_IN_NAMES = set('<>:"/\\|?*') | {chr(c) for c in range(32)}
_RESERVED_NAMES = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10))} | {
    f"lpt{n}" for n in range(1, 10)
}


def safe_file_stem(name: str, limit: int = 80) -> str:
    """``name`` as a file name without extension: unsafe characters become "_", no
    leading or trailing dots and spaces (Windows drops them), not a reserved device name."""
    stem = "".join("_" if char in _UNSAFE_IN_NAMES else char for char in name)
    stem = stem.strip(" .")[:limit].strip(" .")
    if stem.casefold() in _RESERVED_NAMES:
        stem = f"_{stem}"
    return stem


def _check_version(version: str) -> None:
    if version not in VERSIONS:
        raise ValueError(f"vCard version {version!r} is not supported (use 3.0 or 4.0)")


def contact_uid(record: ContactRecord) -> str:
    """The record's UID, or one derived from its id (stable across exports)."""
    if record.uid:
        return record.uid
    if record.id is not None:
        return str(uuid.uuid5(_UID_NAMESPACE, f"contact:{record.id}"))
    basis = "|".join(
        [record.display_name, *(e.value.lower() for e in record.emails), record.organization]
    )
    return str(uuid.uuid5(_UID_NAMESPACE, f"content:{basis}"))


class _CardWriter:
    def __init__(self, version: str) -> None:
        self.version = version
        self.lines: list[str] = []
        self.groups = 0

    def add(self, name: str, value: str, params: list[str] | None = None) -> None:
        head = ";".join([name, *(params or [])])
        self.lines.append(fold(f"{head}:{value}"))

    def add_labelled(
        self,
        name: str,
        value: str,
        label: str,
        types: dict[str, list[str]],
        extra: list[str] | None = None,
    ) -> None:
        params: list[str] = list(extra or [])
        if self.version == "3.0" and name == "EMAIL":
            params.append("TYPE=INTERNET")
        known = types.get(label.strip().lower()) if label else None
        if known is not None:
            params.append("TYPE=" + ",".join(known))
            self.add(name, value, params)
        elif label.strip():
            self.groups += 1
            group = f"item{self.groups}"
            self.add(f"{group}.{name}", value, params)
            self.add(f"{group}.X-ABLabel", escape_text(label.strip()))
        else:
            self.add(name, value, params)


def _write_card(record: ContactRecord, version: str) -> str:
    card = _CardWriter(version)
    card.add("BEGIN", "VCARD")
    card.add("VERSION", version)
    card.add("PRODID", PRODID)
    card.add("UID", escape_text(contact_uid(record)))
    is_company = bool(
        record.organization
        and not (record.given_name or record.family_name or record.display_name_override)
    )
    if is_company:
        # So phones show a company entry rather than a person without a name.
        if version == "4.0":
            card.add("KIND", "org")
        else:
            card.add("X-ABShowAs", "COMPANY")
    card.add("FN", escape_text(record.display_name))
    card.add(
        "N",
        ";".join(escape_text(part) for part in (record.family_name, record.given_name, "", "", "")),
    )
    if record.organization:
        card.add("ORG", escape_text(record.organization))
    if record.job_title:
        card.add("TITLE", escape_text(record.job_title))
    for email in record.emails:
        if email.value.strip():
            card.add_labelled("EMAIL", escape_text(email.value.strip()), email.label, _EMAIL_TYPES)
    for phone in record.phones:
        if phone.value.strip():
            number = international(phone)
            if number and version == "4.0":
                # RFC 6350 §6.4.1: a tel: URI, which is what 4.0 readers dial.
                card.add_labelled("TEL", f"tel:{number}", phone.label, _TEL_TYPES, ["VALUE=uri"])
            else:
                value = number or escape_text(phone.value.strip())
                card.add_labelled("TEL", value, phone.label, _TEL_TYPES)
    for address in record.addresses:
        if address.is_empty():
            continue
        parts = (
            "",
            "",
            address.street,
            address.city,
            address.region,
            address.postal_code,
            address.country,
        )
        card.add_labelled(
            "ADR", ";".join(escape_text(part) for part in parts), address.label, _ADR_TYPES
        )
    if record.birthday is not None:
        _add_birthday(card, record, version)
    if record.notes:
        card.add("NOTE", escape_text(record.notes))
    if record.tags:
        card.add("CATEGORIES", ",".join(escape_text(tag) for tag in record.tags))
    if record.photo:
        _add_photo(card, record.photo, version)
    if record.updated_at is not None:
        card.add("REV", _timestamp(record.updated_at, version))
    card.add("END", "VCARD")
    return "".join(line + "\r\n" for line in card.lines)


_E164 = re.compile(r"\+[1-9][0-9]{6,14}")


def international(phone: PhoneEntry) -> str:
    """The number in E.164 when its country is known, else "". Known means written with
    one ("+31 6 ...", "0031 6 ..."): a number in national form ("020 ...") was read with
    a guessed country (the owner's), which the program reading the file guesses as well
    (and a German "089 ..." of a Dutch owner must not become a wrong "+3189...")."""
    written = phone.value.strip()
    if written.startswith(("+", "00")) and _E164.fullmatch(phone.normalized or ""):
        return phone.normalized
    return ""


def _add_birthday(card: _CardWriter, record: ContactRecord, version: str) -> None:
    birthday = record.birthday
    assert birthday is not None
    if version == "4.0":
        if birthday.year is None:
            card.add("BDAY", f"--{birthday.month:02d}{birthday.day:02d}")
        else:
            card.add("BDAY", f"{birthday.year:04d}{birthday.month:02d}{birthday.day:02d}")
        return
    if birthday.year is None:
        # vCard 3.0 has no year-less date. Apple's convention, which iOS, macOS and
        # Android's importers read: year 1604 plus a parameter saying "omit it".
        card.add(
            "BDAY",
            f"1604-{birthday.month:02d}-{birthday.day:02d}",
            ["X-APPLE-OMIT-YEAR=1604"],
        )
    else:
        card.add("BDAY", birthday.to_text(), ["VALUE=date"])


def image_mime_type(data: bytes) -> str:
    """The photo's MIME type from its first bytes (JPEG when unknown: what phones send)."""
    if data.startswith(b"\x89PNG"):
        return "image/png"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data.startswith(b"BM"):
        return "image/bmp"
    return "image/jpeg"


def _add_photo(card: _CardWriter, photo: bytes, version: str) -> None:
    encoded = base64.b64encode(photo).decode("ascii")
    mime = image_mime_type(photo)
    if version == "4.0":
        card.add("PHOTO", f"data:{mime};base64,{encoded}")
    else:
        card.add("PHOTO", encoded, ["ENCODING=b", f"TYPE={mime.split('/')[1].upper()}"])


def _timestamp(moment: datetime, version: str) -> str:
    """REV in UTC. Store times are naive UTC; aware ones are converted."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    if version == "4.0":
        return moment.strftime("%Y%m%dT%H%M%SZ")
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def fold(line: str) -> str:
    """Fold ``line`` so no physical line exceeds 75 octets (the leading space of a
    continuation counts), never inside a UTF-8 character. Returns the folded text with
    CRLF between the pieces (without a final CRLF)."""
    if len(line.encode("utf-8")) <= MAX_LINE_OCTETS:
        return line
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    limit = MAX_LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current = []
            size = 0
            limit = MAX_LINE_OCTETS - 1  # the space that starts a continuation line
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)
