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
from prospectdesk.store.rows import tuples

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
    return _key_of_normalized(phone.normalized or normalize_phone(phone.value, region))


_NOT_DIGITS = re.compile(r"\D")


@functools.lru_cache(maxsize=1 << 16)
def _key_of_normalized(normalized: str) -> str:
    """Kept per number: planning asks twice for each phone of 100,000 records."""
    if normalized[:1] == "+" and normalized[1:].isdecimal():
        # E.164, nearly every number: its digits are all but the "+" (isdecimal is \d).
        return normalized if len(normalized) > 6 else ""
    digits = _NOT_DIGITS.sub("", normalized)
    return normalized if len(digits) >= 6 else ""  # "12" or "mobile" match nothing


# Common short forms of given names, each group one name. Small on purpose: a miss only
# means a possible duplicate the owner is asked about, never two people merged.
_NICKNAME_GROUPS = (
    "robert rob bob bobby robbie",
    "william will bill billy willem wim",
    "richard rick dick rich",
    "james jim jimmy",
    "michael mike mick michiel",
    "thomas tom tommy",
    "elizabeth liz beth betty lisa elisabeth",
    "catherine katherine kate katie cathy kathy",
    "margaret maggie meg peggy",
    "jennifer jen jenny",
    "alexander alex sander",
    "nicholas nick nicolaas klaas",
    "johannes jan hans john johan joop",
    "pieter piet peter pete",
    "cornelis kees",
    "hendrik henk",
    "jacobus jaap koos",
    "gerardus gerard gert",
    "anthony tony antonius ton",
    "christopher chris",
    "daniel dan danny",
    "david dave",
    "edward ed eddie ted",
    "joseph joe joey",
    "samuel sam",
    "stephen steve steven",
    "susan sue suzy",
    "patricia pat trish",
)
_NICKNAMES: dict[str, int] = {
    name: number for number, group in enumerate(_NICKNAME_GROUPS) for name in group.split()
}


@functools.lru_cache(maxsize=1 << 16)
def _name_parts(given: str, family: str) -> tuple[str, str]:
    """The first given name and the family name, folded ("J.W." -> "j")."""
    given_words = _fold(given).split()
    return (given_words[0] if given_words else "", " ".join(_fold(family).split()))


def compatible_names(given_a: str, family_a: str, given_b: str, family_b: str) -> bool:
    """Could these two names be the same person's? True when one side has no name, when
    the names are the same in any order, or when the family names agree (or one side
    has none) and the first given names are equal, an initial of one another or one
    short form ("Bob" / "Robert"). "Anna Kok" and "Bert Kok" are not."""
    first_a, last_a = _name_parts(given_a, family_a)
    first_b, last_b = _name_parts(given_b, family_b)
    if not (first_a or last_a) or not (first_b or last_b):
        return True
    if _name_key(given_a, family_a) == _name_key(given_b, family_b):
        return True
    if last_a and last_b and last_a != last_b:
        return False
    if not first_a or not first_b:
        return True
    if first_a == first_b:
        return True
    if (len(first_a) == 1 and first_b.startswith(first_a)) or (
        len(first_b) == 1 and first_a.startswith(first_b)
    ):
        return True
    group = _NICKNAMES.get(first_a)
    return group is not None and group == _NICKNAMES.get(first_b)


# How many of the contacts sharing one e-mail or phone are compared by name one by one (the
# same name is found by a dictionary whatever their number): a shop's info@ address shared
# by thousands of cards must not make planning quadratic.
_SCAN_LIMIT = 16


@dataclass(slots=True)
class _Slot:
    """The contacts sharing one e-mail address or phone number (a key held by one contact
    only, the common case, maps to that contact itself: no slot)."""

    by_name: dict[str, object] = field(default_factory=dict)  # name key -> first target
    targets: list[object] = field(default_factory=list)  # the first _SCAN_LIMIT targets

    def add(self, target: object, key: str) -> None:
        if key not in self.by_name:
            self.by_name[key] = target
            if len(self.targets) < _SCAN_LIMIT:
                self.targets.append(target)


@dataclass
class _Index:
    uids: dict[str, object] = field(default_factory=dict)
    # E-mail address / phone key -> a contact, or a _Slot when several people share it.
    emails: dict[str, object] = field(default_factory=dict)
    phones: dict[str, object] = field(default_factory=dict)
    names: dict[tuple[str, str], object] = field(default_factory=dict)
    people: dict[object, tuple[str, str]] = field(default_factory=dict)  # (given, family)

    def add(self, target: object, record: ContactRecord, region: str | None) -> None:
        self.people.setdefault(target, (record.given_name, record.family_name))
        if record.uid:
            self.uids.setdefault(record.uid, target)
        person = name_key(record)
        # A key nobody holds yet (nearly every one) is filed here, without add_key's call.
        emails = self.emails
        for email in record.emails:
            key = email.value.strip().casefold()
            if key:
                if key not in emails:
                    emails[key] = target
                else:
                    self.add_key(emails, key, target, person)
        phones = self.phones
        for phone in record.phones:
            key = _phone_key(phone, region)
            if key:
                if key not in phones:
                    phones[key] = target
                else:
                    self.add_key(phones, key, target, person)
        named = (person, org_key(record.organization))
        if any(named):
            self.names.setdefault(named, target)

    def add_key(self, table: dict[str, object], key: str, target: object, person: str) -> None:
        """File ``target`` (named ``person``, a name key) under ``key`` of ``table``."""
        current = table.get(key)
        if current is None:
            table[key] = target
        elif isinstance(current, _Slot):
            current.add(target, person)
        elif current != target:
            slot = _Slot()
            slot.add(current, _name_key(*self.people[current]))
            slot.add(target, person)
            table[key] = slot

    def _key_found(self, entry: object, record: ContactRecord, person: str, reason: str) -> _Found:
        """What an e-mail or phone key filed in ``entry`` finds: the contact under the same
        name, else (possible) the first one filed there under another name. ``reason``:
        the key and its value, as the preview says it."""
        target, first = self._same_person(entry, record, person)
        if target is not None:
            return _Found(target, reason)
        return _Found(first, reason, possible=True, other_name=True)

    def _same_person(
        self, entry: object, record: ContactRecord, person: str
    ) -> tuple[object | None, object]:
        """(the contact filed in ``entry`` whose name fits ``record``'s or None, the first
        contact filed there)."""
        if not isinstance(entry, _Slot):
            given, family = self.people[entry]
            fits = compatible_names(given, family, record.given_name, record.family_name)
            return (entry if fits else None), entry
        target = entry.by_name.get(person)
        if target is not None:
            return target, entry.targets[0]
        for target in entry.targets:
            given, family = self.people[target]
            if compatible_names(given, family, record.given_name, record.family_name):
                return target, entry.targets[0]
        return None, entry.targets[0]

    def find(self, record: ContactRecord, region: str | None) -> _Found | None:
        """The contact ``record`` is, certainly (the same UID, or the same e-mail or
        phone with a compatible name), or possibly (the rest), or None."""
        if record.uid and record.uid in self.uids:
            return _Found(self.uids[record.uid], "same UID", by_uid=True)
        person = name_key(record)
        shared: _Found | None = None
        # The e-mails, then the phones; a loop each, not a list of keys made first (two
        # list comprehensions per record were two fifths of this). The reason is worded
        # only for a key that is found (most records match nothing).
        emails = self.emails
        for email in record.emails:
            key = email.value.strip().casefold()
            entry = emails.get(key) if key else None
            if entry is not None:
                found = self._key_found(entry, record, person, "same e-mail " + email.value.strip())
                if not found.possible:
                    return found
                if shared is None:
                    shared = found
        phones = self.phones
        for phone in record.phones:
            key = _phone_key(phone, region)
            entry = phones.get(key) if key else None
            if entry is not None:
                found = self._key_found(entry, record, person, "same phone " + phone.value.strip())
                if not found.possible:
                    return found
                if shared is None:
                    shared = found
        if shared is not None:
            return shared
        named = (person, org_key(record.organization))
        if named[0] and named in self.names:
            if named[1]:
                return _Found(self.names[named], "same name and organization", possible=True)
            # Names are keyed with the organization, so here neither side has one.
            return _Found(self.names[named], "same name only", possible=True)
        if not named[0] and named[1] and named in self.names:
            return _Found(self.names[named], "same organization, no name", possible=True)
        return None


@dataclass(slots=True)  # slots, not frozen: made for most records of a bought list
class _Found:
    target: object  # a stored contact id, or "planned:N" for an earlier record
    reason: str
    by_uid: bool = False
    possible: bool = False  # not certain: planned as "keep both"
    other_name: bool = False  # the same e-mail or phone under another person's name


def store_index(contacts: ContactBook) -> _Index:
    """Every live contact's keys, read in a few queries (not one per contact)."""
    index = _Index()
    live = Contact.deleted_at.is_null()
    people: dict[int, str] = {}
    for cid, uid, given, family, organization in tuples(
        Contact.select(
            Contact.id, Contact.uid, Contact.given_name, Contact.family_name, Contact.organization
        )
        .where(live)
        .order_by(Contact.id)
    ):
        index.uids.setdefault(uid, cid)
        index.people[cid] = (given, family)
        people[cid] = person = _name_key(given, family)
        named = (person, org_key(organization))
        if any(named):
            index.names.setdefault(named, cid)
    for cid, value in tuples(
        ContactEmail.select(ContactEmail.contact, ContactEmail.value)
        .join(Contact)
        .where(live)
        .order_by(ContactEmail.contact)
    ):
        email = value.strip().casefold()
        if email:
            index.add_key(index.emails, email, cid, people[cid])
    for cid, value, normalized in tuples(
        ContactPhone.select(ContactPhone.contact, ContactPhone.value, ContactPhone.normalized)
        .join(Contact)
        .where(live)
        .order_by(ContactPhone.contact)
    ):
        key = _phone_key(PhoneEntry(value, "", normalized), contacts.region)
        if key:
            index.add_key(index.phones, key, cid, people[cid])
    return index
