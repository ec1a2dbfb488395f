"""Merging: folding an incoming record into a stored one without dropping anything, and the
snapshot of a contact's state that undoing an import restores."""

from __future__ import annotations

import base64
import functools
from dataclasses import dataclass, replace
from typing import Any

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


@dataclass(frozen=True)
class Conflict:
    """Merging would replace a stored value with a different one: a birthday, a given or
    family name, or the label of a phone number both sides have. The stored value is kept
    unless the owner chooses the imported one; the other is recorded in the notes."""

    field: str  # "birthday", "given_name", "family_name" or "phone_label"
    stored: str
    incoming: str
    phone: str = ""  # the number whose label differs

    def describe(self) -> str:
        """English, for the notes and the command line: "birthday 1976-04-12"."""
        if self.field == "phone_label":
            return f"phone {self.phone} labelled {self.incoming}"
        return f"{_FIELD_NAMES[self.field]} {self.incoming}"


_FIELD_NAMES = {"birthday": "birthday", "given_name": "given name", "family_name": "family name"}


@functools.lru_cache(maxsize=1 << 16)
def _folded(name: str) -> str:
    """A name without case, accents or punctuation (kept per text: lists repeat names)."""
    return _fold(name)


def _unspecific(label: str) -> bool:
    """No label, or "other" (what a CSV's plain "Phone" column gets): no fact to differ."""
    return label.strip().casefold() in ("", "other")


def _conflict_note(conflict: Conflict, where: str) -> str:
    origin = f"Also in {where}" if where else "Also imported"
    return f"{origin}: {conflict.describe()} (kept {conflict.stored})"


class Merger:
    """One contact that records are folded into, one after the other. Keeps the keys of
    what it holds (e-mails, phones, addresses, tags, notes), so each fold costs what the
    incoming record holds, not what was merged before: 20,000 cards sharing one e-mail
    fold in linear time."""

    def __init__(self, existing: ContactRecord, region: str | None = None) -> None:
        self.original = existing
        self.region = region
        self.record = replace(
            existing,
            emails=list(existing.emails),
            phones=list(existing.phones),
            addresses=list(existing.addresses),
            tags=list(existing.tags),
        )
        self._emails = {e.value.strip().casefold() for e in existing.emails}
        # Normalized and written forms of each phone -> its place in record.phones.
        self._phones: dict[str, int] = {}
        for position, phone in enumerate(existing.phones):
            normalized = phone.normalized or normalize_phone(phone.value, region)
            self._phones.setdefault(normalized, position)
            self._phones.setdefault(phone.value.strip(), position)
        self._addresses = {_address_key(a) for a in existing.addresses}
        self._tags = set(existing.tags)
        self._note_parts: list[str] = []
        self._notes_seen: set[str] = set()

    def _has_note(self, text: str) -> bool:
        return text in self._notes_seen or text in self.original.notes

    def _phone_at(self, phone: PhoneEntry) -> tuple[int | None, str]:
        normalized = phone.normalized or normalize_phone(phone.value, self.region)
        position = self._phones.get(normalized)
        if position is None:
            position = self._phones.get(phone.value.strip())
        return position, normalized

    def conflicts(self, incoming: ContactRecord, where: str = "") -> list[Conflict]:
        """What folding ``incoming`` in would replace, leaving out what the notes already
        record from an earlier import of the same file (a re-import asks nothing again)."""
        found: list[Conflict] = []
        current = self.record
        for name in ("given_name", "family_name"):
            old, new = getattr(current, name).strip(), getattr(incoming, name).strip()
            if old and new and old != new and _folded(old) != _folded(new):
                found.append(Conflict(name, old, new))
        old_day, new_day = current.birthday, incoming.birthday
        if old_day is not None and new_day is not None and old_day != new_day:
            same_day = (old_day.month, old_day.day) == (new_day.month, new_day.day)
            if not (same_day and (old_day.year is None or new_day.year is None)):
                found.append(Conflict("birthday", old_day.to_text(), new_day.to_text()))
        for phone in incoming.phones:
            position, _ = self._phone_at(phone)
            if position is None or _unspecific(phone.label):
                continue
            stored = current.phones[position]
            if not _unspecific(stored.label) and stored.label.casefold() != phone.label.casefold():
                found.append(Conflict("phone_label", stored.label, phone.label, phone=stored.value))
        return [c for c in found if not self._has_note(_conflict_note(c, where))]

    def fold(
        self,
        incoming: ContactRecord,
        *,
        update: bool = False,
        take_incoming: bool = False,
        where: str = "",
        conflicts: list[Conflict] | None = None,
    ) -> bool:
        """Fold ``incoming`` in; True when anything changed. Empty fields are filled;
        e-mails, phones, addresses and tags are added; nothing stored is dropped. With
        ``update`` (a newer export of the same contact) a changed company, title, display
        name or photo wins. A differing birthday, name or phone label is a
        :class:`Conflict`: the stored value stays and the other goes into the notes, or
        with ``take_incoming`` (the owner's choice) the imported value wins. ``conflicts``
        are :meth:`conflicts` of ``incoming`` when the caller has them already."""
        merged = self.record
        changed = False
        if conflicts is None:
            conflicts = self.conflicts(incoming, where)
        chosen = {(c.field, c.phone) for c in conflicts} if take_incoming else set()
        for name in ("given_name", "family_name", "organization", "job_title"):
            new_value = getattr(incoming, name).strip()
            old_value = getattr(merged, name).strip()
            if not new_value or new_value == old_value:
                continue
            if name in ("given_name", "family_name") and old_value:
                same = _folded(old_value) == _folded(new_value)
                if not same and (name, "") not in chosen:
                    continue  # a conflict: noted below
                if same and not update:
                    continue
            elif old_value and not update:
                continue
            setattr(merged, name, new_value)
            changed = True
        if incoming.display_name_override and (update or not merged.display_name_override):
            if (incoming.display_name_override or "").strip() != (
                merged.display_name_override or ""
            ).strip():
                changed = True
            merged.display_name_override = incoming.display_name_override
        new_day, old_day = incoming.birthday, merged.birthday
        if new_day is not None and new_day != old_day:
            more_precise = (
                old_day is not None
                and old_day.year is None
                and (old_day.month, old_day.day) == (new_day.month, new_day.day)
            )
            if old_day is None or more_precise or ("birthday", "") in chosen:
                merged.birthday = new_day
                changed = True
        if incoming.photo and incoming.photo != merged.photo and (update or not merged.photo):
            merged.photo = incoming.photo
            changed = True
        if not merged.source and incoming.source:
            merged.source = incoming.source
            changed = True
        for email in incoming.emails:
            key = email.value.strip().casefold()
            if key not in self._emails:
                merged.emails.append(EmailEntry(email.value.strip(), email.label))
                self._emails.add(key)
                changed = changed or bool(key)
        for phone in incoming.phones:
            position, normalized = self._phone_at(phone)
            if position is None:
                self._phones.setdefault(normalized, len(merged.phones))
                self._phones.setdefault(phone.value.strip(), len(merged.phones))
                merged.phones.append(PhoneEntry(phone.value.strip(), phone.label, normalized))
                changed = changed or bool(phone.value.strip())
            elif ("phone_label", merged.phones[position].value) in chosen:
                merged.phones[position] = replace(merged.phones[position], label=phone.label)
                changed = True
        for address in incoming.addresses:
            place = _address_key(address)
            if not address.is_empty() and place not in self._addresses:
                merged.addresses.append(address)
                self._addresses.add(place)
                changed = True
        for tag in incoming.tags:
            tag = tag.strip()
            if tag and tag not in self._tags:
                merged.tags.append(tag)
                self._tags.add(tag)
                changed = True
        notes = [incoming.notes.strip()]
        if not take_incoming:
            notes += [_conflict_note(c, where) for c in conflicts]
        for note in notes:
            if note and not self._has_note(note):
                self._note_parts.append(note)
                self._notes_seen.add(note)
                changed = True
        return changed

    def result(self) -> ContactRecord:
        """The merged record (a new object: the stored one is never mutated)."""
        if self._note_parts:
            added = "\n\n".join(self._note_parts)
            notes = self.original.notes
            self.record.notes = f"{notes.rstrip()}\n\n{added}" if notes else added
        return replace(self.record)


def merge_records(
    existing: ContactRecord,
    incoming: ContactRecord,
    *,
    update: bool = False,
    region: str | None = None,
    take_incoming: bool = False,
    where: str = "",
) -> ContactRecord:
    """``existing`` with ``incoming`` folded in (see :meth:`Merger.fold`)."""
    merger = Merger(existing, region)
    merger.fold(incoming, update=update, take_incoming=take_incoming, where=where)
    return merger.result()


def _comparable(record: ContactRecord) -> tuple[object, ...]:
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


def snapshot_record(record: ContactRecord) -> dict[str, Any]:
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


def record_from_snapshot(data: dict[str, Any]) -> ContactRecord:
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
