"""Write contacts as vCard 4.0 (RFC 6350) or 3.0 (RFC 2426, for older phones).

Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character. Labels
that vCard has a TYPE for are written as TYPE; any other label goes into an Apple-style
``itemN.X-ABLabel`` group, which Apple, Google and Android all read back.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime

from prospectdesk.domain.io.vcard_text import escape_text
from prospectdesk.domain.records import ContactRecord

VERSIONS = ("4.0", "3.0")
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


def write_vcards(records: Iterable[ContactRecord], version: str = "4.0") -> str:
    """All ``records`` as one vCard file (``str`` with CRLF line ends; encode as UTF-8)."""
    if version not in VERSIONS:
        raise ValueError(f"vCard version {version!r} is not supported (use 4.0 or 3.0)")
    return "".join(_write_card(record, version) for record in records)


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

    def add_labelled(self, name: str, value: str, label: str, types: dict[str, list[str]]) -> None:
        params: list[str] = []
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
            card.add_labelled("TEL", escape_text(phone.value.strip()), phone.label, _TEL_TYPES)
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
