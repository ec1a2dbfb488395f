"""Merging: folding an incoming record into a stored one without dropping anything, and the
snapshot of a contact's state that undoing an import restores."""

from __future__ import annotations

import base64
from dataclasses import replace

from prospectdesk.domain.io.import_match import _fold
from prospectdesk.domain.phones import normalize_phone
from prospectdesk.domain.records import (
    AddressEntry,
    Birthday,
    ContactRecord,
    EmailEntry,
    PhoneEntry,
)


def _address_key(address: AddressEntry) -> tuple[str, ...]:
    return tuple(
        _fold(part)
        for part in (
            address.street,
            address.city,
            address.region,
            address.postal_code,
            address.country,
        )
    )


def merge_records(
    existing: ContactRecord, incoming: ContactRecord, *, update: bool = False, region=None
) -> ContactRecord:
    """``existing`` with ``incoming`` folded in. Empty fields are filled; e-mails, phones,
    addresses and tags are added; nothing stored is dropped. With ``update`` (a newer
    export of the same contact) a changed name, company, title, birthday or photo wins;
    differing notes are appended, never replaced."""
    merged = replace(
        existing,
        emails=list(existing.emails),
        phones=list(existing.phones),
        addresses=list(existing.addresses),
        tags=list(existing.tags),
    )
    for name in ("given_name", "family_name", "organization", "job_title"):
        new_value = getattr(incoming, name).strip()
        if new_value and (update or not getattr(existing, name).strip()):
            setattr(merged, name, new_value)
    if incoming.display_name_override and (update or not existing.display_name_override):
        merged.display_name_override = incoming.display_name_override
    if incoming.birthday is not None:
        old = existing.birthday
        more_precise = (
            old is not None
            and old.year is None
            and (old.month, old.day) == (incoming.birthday.month, incoming.birthday.day)
        )
        if old is None or update or more_precise:
            merged.birthday = incoming.birthday
    if incoming.photo and (update or not existing.photo):
        merged.photo = incoming.photo
    if not existing.source and incoming.source:
        merged.source = incoming.source
    known_emails = {e.value.strip().casefold() for e in merged.emails}
    for email in incoming.emails:
        if email.value.strip().casefold() not in known_emails:
            merged.emails.append(EmailEntry(email.value.strip(), email.label))
            known_emails.add(email.value.strip().casefold())
    known_phones = {p.normalized or normalize_phone(p.value, region) for p in merged.phones}
    known_phones |= {p.value.strip() for p in merged.phones}
    for phone in incoming.phones:
        normalized = phone.normalized or normalize_phone(phone.value, region)
        if normalized not in known_phones and phone.value.strip() not in known_phones:
            merged.phones.append(PhoneEntry(phone.value.strip(), phone.label, normalized))
            known_phones |= {normalized, phone.value.strip()}
    known_addresses = {_address_key(a) for a in merged.addresses}
    for address in incoming.addresses:
        if not address.is_empty() and _address_key(address) not in known_addresses:
            merged.addresses.append(address)
            known_addresses.add(_address_key(address))
    for tag in incoming.tags:
        if tag.strip() and tag.strip() not in merged.tags:
            merged.tags.append(tag.strip())
    incoming_notes = incoming.notes.strip()
    if incoming_notes and incoming_notes not in existing.notes:
        merged.notes = (
            f"{existing.notes.rstrip()}\n\n{incoming_notes}" if existing.notes else incoming_notes
        )
    return merged


def _comparable(record: ContactRecord) -> tuple:
    return (
        record.given_name.strip(),
        record.family_name.strip(),
        (record.display_name_override or "").strip(),
        record.organization.strip(),
        record.job_title.strip(),
        [(e.value.strip(), e.label) for e in record.emails if e.value.strip()],
        [(p.value.strip(), p.label) for p in record.phones if p.value.strip()],
        [a for a in record.addresses if not a.is_empty()],
        record.birthday,
        record.photo,
        record.source,
        record.notes,
        sorted(set(record.tags)),
    )


# -- (de)serialising the state an undo restores ------------------------------------------------


def snapshot_record(record: ContactRecord) -> dict:
    return {
        "given_name": record.given_name,
        "family_name": record.family_name,
        "display_name_override": record.display_name_override,
        "organization": record.organization,
        "job_title": record.job_title,
        "emails": [[e.value, e.label] for e in record.emails],
        "phones": [[p.value, p.label, p.normalized] for p in record.phones],
        "addresses": [
            [a.label, a.street, a.city, a.region, a.postal_code, a.country]
            for a in record.addresses
        ],
        "birthday": record.birthday.to_text() if record.birthday else None,
        "photo": base64.b64encode(record.photo).decode("ascii") if record.photo else None,
        "source": record.source,
        "notes": record.notes,
        "tags": list(record.tags),
        "expected_value_cents": record.expected_value_cents,
    }


def record_from_snapshot(data: dict) -> ContactRecord:
    return ContactRecord(
        given_name=data["given_name"],
        family_name=data["family_name"],
        display_name_override=data["display_name_override"],
        organization=data["organization"],
        job_title=data["job_title"],
        emails=[EmailEntry(*e) for e in data["emails"]],
        phones=[PhoneEntry(*p) for p in data["phones"]],
        addresses=[AddressEntry(*a) for a in data["addresses"]],
        birthday=Birthday.parse(data["birthday"]) if data["birthday"] else None,
        photo=base64.b64decode(data["photo"]) if data["photo"] else None,
        source=data["source"],
        notes=data["notes"],
        tags=list(data["tags"]),
        expected_value_cents=data["expected_value_cents"],
    )
