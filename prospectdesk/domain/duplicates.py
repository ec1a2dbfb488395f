"""Duplicates among the stored contacts: finding likely pairs, remembering "not a
duplicate", and merging two contacts into one (one transaction, one undo step).

Scanning only reads: it never merges, however certain a pair looks. It is not all-pairs:
every contact is filed under a few blocking keys (each e-mail, each phone, its folded
name in any order, and a short form of that name), and only contacts sharing a key are
compared, so 100,000 contacts take seconds. A key shared by very many contacts (a shop's
info@ address, a common family name) is compared only between neighbours in name order.

Names are folded like the importer's (case, accents, punctuation, word order) and short
forms use its nickname table. Names in other scripts (Armenian, Cyrillic, Greek, ...) are
also filed and compared in Latin letters (``anyascii``'s transliteration, apostrophes
dropped), so "Աննա Պետրոսյան" meets "Anna Petrosyan" and "Иван Петров" meets "Ivan
Petrov", with their own reason. Plain ASCII names (most) skip the transliteration.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from anyascii import anyascii
from peewee import BaseQuery
from rapidfuzz import fuzz

from prospectdesk.clock import Clock, utc_naive
from prospectdesk.domain.contacts import ContactBook, ContactNotFoundError
from prospectdesk.domain.errors import DomainError
from prospectdesk.domain.io.import_match import _NICKNAMES, _fold, compatible_names, org_key
from prospectdesk.domain.records import Changes
from prospectdesk.domain.search import reindex_contacts
from prospectdesk.store.db import database
from prospectdesk.store.models import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactTag,
    FollowUp,
    Interaction,
    LeadSource,
    ListConsent,
    NotDuplicate,
    Presentation,
    Qualification,
    Sale,
    StageChange,
    SyncItem,
)
from prospectdesk.store.rows import tuples

# Reasons, in plain English (the command line prints them; the UI words its own).
SAME_EMAIL = "same e-mail"
SAME_PHONE = "same phone"
SAME_NAME_AND_ORG = "same name and organization"
SAME_NAME = "same name"
OTHER_ORDER = "name written in another order"
ACCENTS = "name differs only in accents"
NICKNAME = "a nickname of the same name"
TYPO = "names differ by a typo"
TRANSLITERATED = "name written in another script"
OTHER_NAMES = "different names"

# Pairs below this score are not offered.
MIN_SCORE = 60
# A name alone (no shared e-mail or phone) must be at least this close.
MIN_NAME_SCORE = 85
# A block larger than this is compared only between neighbours in name order.
_BLOCK_LIMIT = 40
_WINDOW = 6
# Blocks compared between name neighbours when large; other large blocks are skipped.
_WINDOWED = ("e", "p", "n")
# Longer names (rare) are not indexed for typos: their keys would cost more than they find.
_TYPO_KEY_LENGTH = 40

# Contact fields a merge chooses between, one contact's value each.
MERGE_FIELDS = (
    "given_name",
    "family_name",
    "display_name_override",
    "organization",
    "job_title",
    "birthday",
    "photo",
    "source",
    "notes",
    "expected_value_cents",
    "do_not_contact_at",
)
_BIRTHDAY_COLUMNS = ("birthday_year", "birthday_month", "birthday_day")
# Rows of the other contact that a merge moves to the kept one.
_MOVED = (StageChange, Interaction, FollowUp, Qualification, Presentation, Sale, ListConsent)


@dataclass(frozen=True)
class DuplicatePair:
    """Two live contacts that may be one person, why, and how likely (0-100)."""

    ids: tuple[int, int]  # the smaller id first
    names: tuple[str, str]
    reasons: tuple[str, ...]
    score: int
    group: int = 0  # pairs sharing a contact share a group (a person entered three times)

    def as_json(self) -> dict[str, Any]:
        return {
            "ids": list(self.ids),
            "names": list(self.names),
            "reasons": list(self.reasons),
            "score": self.score,
        }


_NON_WORD = re.compile(r"[^\w]+")
_NOT_DIGIT = re.compile(r"\D")


@functools.lru_cache(maxsize=1 << 16)
def _fold_words(text: str) -> tuple[str, ...]:
    """The importer's folding, word by word; kept per text (lists repeat given names), and
    plain ASCII (most names) skips the Unicode decomposition."""
    if text.isascii():
        return tuple(_NON_WORD.sub(" ", text.lower()).split())
    return tuple(_fold(text).split())


@functools.lru_cache(maxsize=1 << 16)
def _latin_word(word: str) -> str:
    """A folded word in Latin letters: "петров" -> "petrov", "խաչատրյան" -> "khachatryan"
    (anyascii's apostrophes for soft signs and aspirates dropped: a name typed in Latin
    rarely has them)."""
    if word.isascii():
        return word
    # Folding split the Armenian ligature "և" into "եւ", whose "ւ" alone reads "w".
    latin = anyascii(word.replace("եւ", "և")).lower()
    return _NON_WORD.sub("", latin).replace("_", "") or word


class _Person:
    """One live contact as the scan sees it: its name folded once, its keys."""

    __slots__ = (
        "id", "given", "family", "display", "organization", "emails", "phones", "folded",
        "tokens", "key", "latin",
    )  # fmt: skip

    def __init__(self, cid: int, given: str, family: str, display: str, organization: str):
        self.id, self.given, self.family = cid, given, family
        self.display, self.organization = display, organization
        self.emails: set[str] = set()
        self.phones: set[str] = set()
        self.folded = _fold_words(given) + _fold_words(family)
        # Short forms as their group ("bob" -> "robert"); the name in any word order.
        self.tokens = [_canonical(word) for word in self.folded]
        self.key = " ".join(sorted(self.tokens))
        # The same key in Latin letters (the key itself for a name already in them).
        if self.key.isascii():
            self.latin = self.key
        else:
            self.latin = " ".join(sorted(_canonical(_latin_word(w)) for w in self.folded))


def _words(text: str) -> list[str]:
    """Words in lower case, accents kept (to tell "José" from "Jose")."""
    return _NON_WORD.sub(" ", text.casefold()).split()


def _canonical(word: str) -> str:
    group = _NICKNAMES.get(word)
    return f"~{group}" if group is not None else word


def _load_people() -> dict[int, _Person]:
    """Every live contact with its e-mails and phone keys, in three queries (read as plain
    rows: peewee's per-row conversion would double the time at 100,000 contacts)."""
    people = {
        row[0]: _Person(*row)
        for row in database.execute_sql(
            'SELECT "id", "given_name", "family_name", "display_name", "organization" '
            'FROM "contact" WHERE "deleted_at" IS NULL'
        )
    }
    for cid, value in database.execute_sql(
        'SELECT e."contact_id", e."value" FROM "contact_email" e '
        'JOIN "contact" c ON c."id" = e."contact_id" WHERE c."deleted_at" IS NULL'
    ):
        email = value.strip().casefold()
        if email:
            people[cid].emails.add(email)
    for cid, value, normalized in database.execute_sql(
        'SELECT p."contact_id", p."value", p."normalized" FROM "contact_phone" p '
        'JOIN "contact" c ON c."id" = p."contact_id" WHERE c."deleted_at" IS NULL'
    ):
        key = _phone_key(value, normalized)
        if key:
            people[cid].phones.add(key)
    return people


def _phone_key(value: str, normalized: str) -> str:
    """The stored E.164 form (digits when it did not parse); short numbers match nothing."""
    key = normalized or _NOT_DIGIT.sub("", value)
    return key if len(_NOT_DIGIT.sub("", key)) >= 6 else ""


def _not_duplicates() -> set[tuple[int, int]]:
    if not database.table_exists("not_duplicate"):  # an older database opened read-only
        return set()
    return {
        (a, b)
        for a, b in tuples(NotDuplicate.select(NotDuplicate.contact_a, NotDuplicate.contact_b))
    }


def find_duplicates(*, min_score: int = MIN_SCORE) -> list[DuplicatePair]:
    """Likely duplicate pairs among the live contacts, best first within groups, groups in
    the order of their best pair. Only reads."""
    people = _load_people()
    # One table per kind of key (plain string keys: 1.5 million of them at 100,000).
    blocks: dict[str, dict[str, list[int]]] = {kind: {} for kind in "epndi"}
    emails, phones, names, typos, initials = (blocks[kind] for kind in "epndi")
    sorted_names: dict[int, str] = {}
    for cid, person in people.items():
        for email in person.emails:
            emails.setdefault(email, []).append(cid)
        for phone in person.phones:
            phones.setdefault(phone, []).append(cid)
        name = person.latin  # in Latin letters: "Иван Петров" is filed with "Ivan Petrov"
        if not name:
            continue
        sorted_names[cid] = name
        names.setdefault(name, []).append(cid)
        # One letter typed wrong, left out, added or swapped: both names lose the same
        # letter somewhere (a deletion neighbourhood, as spelling checkers index words).
        if len(name) <= _TYPO_KEY_LENGTH:
            typos.setdefault(name, []).append(cid)  # meets the other's name less a letter
            for at in range(len(name)):
                typos.setdefault(name[:at] + name[at + 1 :], []).append(cid)
        # An initial for the given name ("J. Smith"): the family name and that letter.
        family = " ".join(_latin_word(word) for word in _fold_words(person.family))
        given = _fold_words(person.given)
        if family and given:
            initials.setdefault(f"{family}|{_latin_word(given[0])[:1]}", []).append(cid)
    candidates: set[tuple[int, int]] = set()
    for kind, table in blocks.items():
        for ids in table.values():
            if len(ids) < 2:
                continue
            ordered = sorted(set(ids))
            if len(ordered) <= _BLOCK_LIMIT:
                for i, a in enumerate(ordered):
                    for b in ordered[i + 1 :]:
                        candidates.add((a, b))
            elif kind in _WINDOWED:
                by_name = sorted(ordered, key=lambda cid: (sorted_names.get(cid, ""), cid))
                for i, a in enumerate(by_name):
                    for b in by_name[i + 1 : i + 1 + _WINDOW]:
                        candidates.add((min(a, b), max(a, b)))
            # else: a letter pattern or initial shared by many says nothing
    candidates -= _not_duplicates()
    pairs = []
    for a, b in candidates:
        pair = _judge(people[a], people[b])
        if pair is not None and pair.score >= min_score:
            pairs.append(pair)
    return _grouped(pairs)


def _judge(a: _Person, b: _Person) -> DuplicatePair | None:
    """The pair's reasons and score, or None when nothing but chance links them."""
    reasons: list[str] = []
    tokens_a, tokens_b = a.tokens, b.tokens
    named = bool(tokens_a) and bool(tokens_b)
    name_a, name_b = a.key, b.key
    # A name in another script is compared in Latin letters ("Иван" and "Ivan").
    transliterated = name_a != name_b and (a.latin != name_a or b.latin != name_b)
    if transliterated:
        name_a, name_b = a.latin, b.latin
    name_score = fuzz.ratio(name_a, name_b) if named else 0.0
    same_org = bool(org_key(a.organization)) and org_key(a.organization) == org_key(b.organization)
    if a.emails & b.emails:
        reasons.append(SAME_EMAIL)
    if a.phones & b.phones:
        reasons.append(SAME_PHONE)
    if named:
        if name_a == name_b and transliterated:
            reasons.append(SAME_NAME_AND_ORG if same_org else SAME_NAME)
            reasons.append(TRANSLITERATED)
        elif name_a == name_b:
            reasons.append(SAME_NAME_AND_ORG if same_org else SAME_NAME)
            folded_a, folded_b = a.folded, b.folded
            raw_a = _words(f"{a.given} {a.family}")
            raw_b = _words(f"{b.given} {b.family}")
            if folded_a != folded_b and sorted(folded_a) == sorted(folded_b):
                reasons.append(OTHER_ORDER)
            if sorted(raw_a) != sorted(raw_b) and sorted(folded_a) == sorted(folded_b):
                reasons.append(ACCENTS)
            if sorted(folded_a) != sorted(folded_b):
                reasons.append(NICKNAME)
        elif name_score >= MIN_NAME_SCORE:
            reasons.append(TYPO)
            if transliterated:
                reasons.append(TRANSLITERATED)
        elif compatible_names(a.given, a.family, b.given, b.family) or (
            transliterated
            and compatible_names(*(anyascii(n) for n in (a.given, a.family, b.given, b.family)))
        ):
            # "J. Smith" and "John Smith": an initial of the same name.
            name_score = max(name_score, float(MIN_NAME_SCORE))
        elif reasons:
            reasons.append(OTHER_NAMES)
    shared_key = SAME_EMAIL in reasons or SAME_PHONE in reasons
    if not shared_key and name_score < MIN_NAME_SCORE:
        return None
    if not reasons:
        reasons.append(SAME_NAME_AND_ORG if same_org else TYPO)
    # How sure: a shared e-mail is strong, a phone (a family's landline) less so; either
    # way the names decide the rest. Unnamed contacts sharing a key get a middling score.
    names_weight = name_score if named else 60.0
    if SAME_EMAIL in reasons:
        score = 60 + 0.4 * names_weight
    elif SAME_PHONE in reasons:
        score = 35 + 0.6 * names_weight
    else:
        score = 0.8 * name_score + (15 if same_org else 5)
    if SAME_EMAIL in reasons and SAME_PHONE in reasons:
        score += 5
    return DuplicatePair(
        ids=(a.id, b.id),
        names=(a.display, b.display),
        reasons=tuple(reasons),
        score=max(0, min(100, round(score))),
    )


def _grouped(pairs: list[DuplicatePair]) -> list[DuplicatePair]:
    """Number the connected pairs (union-find) and order: groups by their best pair,
    pairs by score within a group."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in pairs:
        parent[root(pair.ids[0])] = root(pair.ids[1])
    members: dict[int, list[DuplicatePair]] = defaultdict(list)
    for pair in pairs:
        members[root(pair.ids[0])].append(pair)
    groups = sorted(
        members.values(), key=lambda ps: (-max(p.score for p in ps), min(p.ids for p in ps))
    )
    ordered: list[DuplicatePair] = []
    for number, group in enumerate(groups, start=1):
        for pair in sorted(group, key=lambda p: (-p.score, p.ids)):
            ordered.append(
                DuplicatePair(pair.ids, pair.names, pair.reasons, pair.score, group=number)
            )
    return ordered


@dataclass(frozen=True)
class MergeField:
    """One field that differs between two contacts: both values as text, and whose a merge
    keeps unless told otherwise (the picker preselects it)."""

    name: str
    values: dict[int, str]  # contact id -> the value as shown
    default_id: int


def _shown(row: Mapping[str, Any], name: str) -> str:
    if name == "birthday":
        if row["birthday_month"] is None:
            return ""
        year = f"{row['birthday_year']:04d}-" if row["birthday_year"] else "--"
        return f"{year}{row['birthday_month']:02d}-{row['birthday_day']:02d}"
    value = row[name]
    if name == "photo":
        return f"{len(value)} bytes" if value else ""
    if name == "source" and value is not None:
        return str(LeadSource.get_by_id(value).name)
    return "" if value is None else str(value)


class MergeRefusedError(DomainError):
    """The two ids cannot be merged (the same contact, say)."""


class Duplicates:
    """Remembering pairs that are not duplicates, and merging pairs that are."""

    def __init__(self, clock: Clock, contacts: ContactBook) -> None:
        self.clock = clock
        self.contacts = contacts

    def scan(self, *, min_score: int = MIN_SCORE) -> list[DuplicatePair]:
        return find_duplicates(min_score=min_score)

    def merge_fields(self, keep_id: int, other_id: int) -> list[MergeField]:
        """The fields whose values differ between the two contacts (notes excepted: a
        merge keeps both texts), each with the value a merge keeps by default."""
        rows = _live_rows(keep_id, other_id)
        keep, other = rows[keep_id], rows[other_id]
        newer, older = _newer_older(keep, other)
        fields = []
        for name in MERGE_FIELDS:
            if name == "notes" or _values(keep, name) == _values(other, name):
                continue
            default = newer if _filled(newer, name) else older
            values = {keep_id: _shown(keep, name), other_id: _shown(other, name)}
            fields.append(MergeField(name, values, default["id"]))
        return fields

    def mark_not_duplicate(self, first_id: int, second_id: int) -> Changes:
        """Never offer this pair again."""
        a, b = sorted((first_id, second_id))
        with database.atomic():
            NotDuplicate.insert(
                contact_a=a, contact_b=b, recorded_at=utc_naive(self.clock.now())
            ).on_conflict_ignore().execute()
        return Changes(contacts={a, b})

    def merge(
        self, keep_id: int, other_id: int, choices: Mapping[str, int] | None = None
    ) -> Changes:
        """Make ``keep_id`` and ``other_id`` one contact, the row ``keep_id``.

        ``choices`` maps a field of :data:`MERGE_FIELDS` to the id whose value is kept;
        a field not named takes the value of the contact edited last, unless that one is
        empty (then the other's). Notes keep both texts. Every e-mail, phone, address and
        tag of both are kept (the same value once), and every conversation, follow-up,
        qualification, presentation, sale, consent and stage change moves to the kept
        contact. The kept contact carries the UID the phones know: a synced contact's
        when only one of the two is synced, else the earlier-made contact's; the other
        becomes a tombstone naming the kept one. The sync status rows follow the UIDs, so
        the next sync updates the kept UID's card and deletes the tombstone's. One
        transaction, one undo step that puts both back exactly."""
        if keep_id == other_id:
            raise MergeRefusedError("a contact cannot be merged with itself")
        chosen = dict(choices or {})
        unknown = set(chosen) - set(MERGE_FIELDS)
        if unknown or any(v not in (keep_id, other_id) for v in chosen.values()):
            raise MergeRefusedError(f"unknown merge choice: {sorted(unknown) or chosen}")
        with database.atomic(), self.contacts.undo.step("merge"):
            rows = _live_rows(keep_id, other_id)
            keep, other = rows[keep_id], rows[other_id]
            synced = _synced(keep_id, other_id)
            newer, older = _newer_older(keep, other)
            fields: dict[str, Any] = {}
            for name in MERGE_FIELDS:
                if name in chosen:
                    source = rows[chosen[name]]
                elif name == "notes":
                    fields["notes"] = _joined(newer["notes"], older["notes"])
                    continue
                else:
                    source = newer if _filled(newer, name) else older
                fields.update(_values(source, name))
            earlier = min(
                (keep, other), key=lambda r: (r["id"] not in synced, r["created_at"], r["id"])
            )
            now = utc_naive(self.clock.now())
            if earlier is other:
                # UIDs are unique: the tombstone takes the kept one's former UID.
                Contact.update(uid=f"{keep['uid']}#merging").where(Contact.id == keep_id).execute()
                Contact.update(uid=keep["uid"]).where(Contact.id == other_id).execute()
                fields["uid"] = other["uid"]
                _swap_sync_items(keep_id, other_id)
            fields["display_name"] = _display_name(fields, keep, other)
            fields["updated_at"] = now
            Contact.update(**fields).where(Contact.id == keep_id).execute()
            _merge_children(keep_id, other_id)
            for moved_model in _MOVED:
                moved_model.update(contact=keep_id).where(moved_model.contact == other_id).execute()
            Contact.update(deleted_at=now, updated_at=now, merged_into=keep_id).where(
                Contact.id == other_id
            ).execute()
            reindex_contacts([keep_id, other_id])
        return Changes(stages={keep["stage"], other["stage"]}, contacts={keep_id, other_id})


def _live_rows(*ids: int) -> dict[int, dict[str, Any]]:
    rows = {
        row["id"]: row
        for row in _dicts(Contact.select().where(Contact.id.in_(ids), Contact.deleted_at.is_null()))
    }
    for cid in ids:
        if cid not in rows:
            raise ContactNotFoundError(cid)
    return rows


def _newer_older(
    keep: dict[str, Any], other: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The contact edited last first (the kept one on a tie)."""
    return (keep, other) if keep["updated_at"] >= other["updated_at"] else (other, keep)


def _dicts(query: BaseQuery) -> list[dict[str, Any]]:
    """Each row of ``query`` as a dict (peewee's stubs type ``dicts()`` as model rows)."""
    rows: list[dict[str, Any]] = list(iter(query.dicts()))
    return rows


def _filled(row: Mapping[str, Any], name: str) -> bool:
    if name == "birthday":
        return row["birthday_month"] is not None
    value = row["source" if name == "source" else name]
    return value not in (None, "", b"")


def _values(row: Mapping[str, Any], name: str) -> dict[str, Any]:
    if name == "birthday":
        return {column: row[column] for column in _BIRTHDAY_COLUMNS}
    return {name: row[name]}


def _joined(first: str, second: str) -> str:
    first, second = first.strip(), second.strip()
    if not second or second in first:
        return first
    if not first or first in second:
        return second
    return f"{first}\n\n{second}"


def _display_name(
    fields: Mapping[str, Any], keep: Mapping[str, Any], other: Mapping[str, Any]
) -> str:
    from prospectdesk.domain.records import derive_display_name

    email = (
        ContactEmail.select(ContactEmail.value)
        .where(ContactEmail.contact.in_([keep["id"], other["id"]]))
        .order_by(ContactEmail.contact != keep["id"], ContactEmail.position)
        .scalar()
    )
    return derive_display_name(
        fields["display_name_override"],
        fields["given_name"],
        fields["family_name"],
        fields["organization"],
        email or "",
    )


def _merge_children(keep_id: int, other_id: int) -> None:
    """The other's e-mails, phones, addresses and tags added to the kept contact's, each
    value once, after the kept one's own."""
    emails = {
        v.strip().casefold()
        for (v,) in tuples(
            ContactEmail.select(ContactEmail.value).where(ContactEmail.contact == keep_id)
        )
    }
    position = ContactEmail.select().where(ContactEmail.contact == keep_id).count()
    for row in (
        ContactEmail.select()
        .where(ContactEmail.contact == other_id)
        .order_by(ContactEmail.position)
    ):
        if row.value.strip().casefold() not in emails:
            emails.add(row.value.strip().casefold())
            ContactEmail.create(
                contact=keep_id, value=row.value, label=row.label, position=position
            )
            position += 1
    phones = {
        _phone_key(v, n) or v
        for v, n in tuples(
            ContactPhone.select(ContactPhone.value, ContactPhone.normalized).where(
                ContactPhone.contact == keep_id
            )
        )
    }
    position = len(phones)
    for phone in (
        ContactPhone.select()
        .where(ContactPhone.contact == other_id)
        .order_by(ContactPhone.position)
    ):
        key = _phone_key(phone.value, phone.normalized) or phone.value
        if key not in phones:
            phones.add(key)
            ContactPhone.create(
                contact=keep_id,
                value=phone.value,
                normalized=phone.normalized,
                label=phone.label,
                position=position,
            )
            position += 1
    address_fields = ("street", "city", "region", "postal_code", "country")
    addresses = {
        tuple(_fold(getattr(a, f)) for f in address_fields)
        for a in ContactAddress.select().where(ContactAddress.contact == keep_id)
    }
    position = len(addresses)
    for address in (
        ContactAddress.select()
        .where(ContactAddress.contact == other_id)
        .order_by(ContactAddress.position)
    ):
        place = tuple(_fold(getattr(address, f)) for f in address_fields)
        if place not in addresses:
            addresses.add(place)
            ContactAddress.create(
                contact=keep_id,
                label=address.label,
                position=position,
                **{f: getattr(address, f) for f in address_fields},
            )
            position += 1
    for (tag_id,) in tuples(
        ContactTag.select(ContactTag.tag).where(ContactTag.contact == other_id)
    ):
        ContactTag.insert(contact=keep_id, tag=tag_id).on_conflict_ignore().execute()


def _synced(*ids: int) -> set[int]:
    """Which of ``ids`` have a card on a sync server."""
    query = SyncItem.select(SyncItem.contact).where(SyncItem.contact.in_(ids))
    return {cid for (cid,) in tuples(query)}


def _swap_sync_items(first_id: int, second_id: int) -> tuple[list[int], list[int]]:
    """Swap which contact the sync status rows of the two stand for, as their UIDs were
    swapped: a card belongs to the UID it carries. Returns the ids of the rows that were
    the first's and the second's. Each is marked unsynced (revision -1), so the next sync
    compares it with its new contact."""
    firsts = [
        i for (i,) in tuples(SyncItem.select(SyncItem.id).where(SyncItem.contact == first_id))
    ]
    seconds = [
        i for (i,) in tuples(SyncItem.select(SyncItem.id).where(SyncItem.contact == second_id))
    ]
    _repoint(firsts, seconds, first_id, second_id)
    return firsts, seconds


def _repoint(firsts: list[int], seconds: list[int], first_id: int, second_id: int) -> None:
    """Rows ``firsts`` to ``second_id`` and ``seconds`` to ``first_id`` (one row per
    contact and account: out of the way first)."""
    if firsts:
        SyncItem.update(contact=None).where(SyncItem.id.in_(firsts)).execute()
    if seconds:
        SyncItem.update(contact=first_id, revision=-1).where(SyncItem.id.in_(seconds)).execute()
    if firsts:
        SyncItem.update(contact=second_id, revision=-1).where(SyncItem.id.in_(firsts)).execute()


def pairs_json(pairs: Iterable[DuplicatePair]) -> list[dict[str, Any]]:
    return [pair.as_json() for pair in pairs]
