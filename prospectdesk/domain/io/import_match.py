"""Matching: which stored contact (or earlier record of the same import) an incoming record
is, and why. Keys are folded (case, accents, punctuation, word order) and looked up in
dictionaries, so planning stays linear in the number of records."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from prospectdesk.domain.contacts import ContactBook
from prospectdesk.domain.phones import normalize_phone
from prospectdesk.domain.records import ContactRecord, PhoneEntry
from prospectdesk.store.models import Contact, ContactEmail, ContactPhone

_ORG_NOISE = re.compile(
    r"\b(gmbh|bv|b\.v\.|nv|inc|ltd|llc|ag|co|kg|vof|the|sa|sarl|srl|plc)\b\.?", re.IGNORECASE
)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^\w]+", " ", text).strip()


def name_key(record: ContactRecord) -> str:
    """Names compared without case, accents, punctuation or word order: "Doe, John" and
    "john doe" are the same person's name."""
    return _name_key(record.given_name, record.family_name)


# Kept per text: a big list repeats names and companies (planning folds each record twice).
@functools.lru_cache(maxsize=1 << 16)
def _name_key(given: str, family: str) -> str:
    return " ".join(sorted(_fold(f"{given} {family}").split()))


@functools.lru_cache(maxsize=1 << 16)
def org_key(organization: str) -> str:
    return " ".join(_ORG_NOISE.sub(" ", _fold(organization)).split())


def _phone_key(phone: PhoneEntry, region: str | None) -> str:
    normalized = phone.normalized or normalize_phone(phone.value, region)
    digits = re.sub(r"\D", "", normalized)
    return normalized if len(digits) >= 6 else ""  # "12" or "mobile" match nothing


@dataclass
class _Index:
    uids: dict[str, object] = field(default_factory=dict)
    emails: dict[str, object] = field(default_factory=dict)
    phones: dict[str, object] = field(default_factory=dict)
    names: dict[tuple[str, str], object] = field(default_factory=dict)

    def add(self, target: object, record: ContactRecord, region: str | None) -> None:
        if record.uid:
            self.uids.setdefault(record.uid, target)
        for email in record.emails:
            self.emails.setdefault(email.value.strip().casefold(), target)
        for phone in record.phones:
            key = _phone_key(phone, region)
            if key:
                self.phones.setdefault(key, target)
        key = (name_key(record), org_key(record.organization))
        if any(key):
            self.names.setdefault(key, target)

    def find(self, record: ContactRecord, region: str | None) -> _Found | None:
        if record.uid and record.uid in self.uids:
            return _Found(self.uids[record.uid], "same UID", by_uid=True)
        for email in record.emails:
            target = self.emails.get(email.value.strip().casefold())
            if target is not None:
                return _Found(target, f"same e-mail {email.value.strip()}")
        for phone in record.phones:
            key = _phone_key(phone, region)
            if key and key in self.phones:
                return _Found(self.phones[key], f"same phone {phone.value.strip()}")
        key = (name_key(record), org_key(record.organization))
        if key[0] and key in self.names:
            if key[1]:
                return _Found(self.names[key], "same name and organization")
            # Names are keyed with the organization, so here neither side has one.
            return _Found(self.names[key], "same name only", possible=True)
        if not key[0] and key[1] and key in self.names:
            return _Found(self.names[key], "same organization, no name")
        return None


@dataclass(frozen=True)
class _Found:
    target: object  # a stored contact id, or "planned:N" for an earlier record
    reason: str
    by_uid: bool = False
    possible: bool = False  # a match by name alone


def store_index(contacts: ContactBook) -> _Index:
    """Every live contact's keys, read in a few queries (not one per contact)."""
    index = _Index()
    live = Contact.deleted_at.is_null()
    for cid, uid, given, family, organization in (
        Contact.select(
            Contact.id, Contact.uid, Contact.given_name, Contact.family_name, Contact.organization
        )
        .where(live)
        .order_by(Contact.id)
        .tuples()
    ):
        index.uids.setdefault(uid, cid)
        key = (
            name_key(ContactRecord(given_name=given, family_name=family)),
            org_key(organization),
        )
        if any(key):
            index.names.setdefault(key, cid)
    for cid, value in (
        ContactEmail.select(ContactEmail.contact, ContactEmail.value)
        .join(Contact)
        .where(live)
        .order_by(ContactEmail.contact)
        .tuples()
    ):
        index.emails.setdefault(value.strip().casefold(), cid)
    for cid, value, normalized in (
        ContactPhone.select(ContactPhone.contact, ContactPhone.value, ContactPhone.normalized)
        .join(Contact)
        .where(live)
        .order_by(ContactPhone.contact)
        .tuples()
    ):
        key = _phone_key(PhoneEntry(value, "", normalized), contacts.region)
        if key:
            index.phones.setdefault(key, cid)
    return index
