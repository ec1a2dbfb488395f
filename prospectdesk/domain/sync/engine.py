"""Two-way sync of contacts with one CardDAV address book.

The algorithm follows vdirsyncer's: a status row per card (models.SyncItem) holds the
href, the ETag, the server's copy of the card and what our side held at the last sync.
Against that base, each field is changed here, there, both or neither:

- changed on one side: that side's value goes to the other;
- changed on both sides to different values: a **conflict**. The phone's value is kept
  on both sides (the phone cannot show a conflict; ProspectDesk can), and ours is kept
  in the conflict list (models.SyncConflict), where the owner can pick it instead;
- deleted on the phone: the contact becomes a tombstone here (Deleted contacts can bring
  it back), unless it was edited here since, then it is uploaded again;
- deleted here: the card is deleted with If-Match; if it changed there meanwhile, the
  contact comes back here with the phone's changes (a change beats a delete);
- one side suddenly empty: nothing is deleted; the sync stops and asks (SyncStopped).

A kill at any moment is harmless: a new card's href is derived from its UID and created
with If-None-Match: *, a card that is already there is matched by UID, and the server's
sync token is stored only after every action succeeded.
"""

from __future__ import annotations

import base64
import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from prospectdesk.clock import Clock, utc_naive
from prospectdesk.domain.contacts import ContactBook
from prospectdesk.domain.records import (
    AddressEntry,
    Birthday,
    Changes,
    ContactRecord,
    EmailEntry,
    PhoneEntry,
)
from prospectdesk.domain.sync.card import (
    FIELDS,
    State,
    card_uid,
    changed_fields,
    content_hash,
    dumps,
    is_empty_value,
    new_card,
    patch_card,
    read_card,
    state_of,
    union_field,
    with_fields,
)
from prospectdesk.domain.sync.dav import (
    AuthenticationError,
    DavClient,
    DavError,
    InvalidSyncToken,
    Listing,
    NotFound,
    PreconditionFailed,
    Unreachable,
)
from prospectdesk.domain.sync.followups import EventReport, sync_followups
from prospectdesk.store.db import database
from prospectdesk.store.models import Contact, SyncAccount, SyncConflict, SyncItem
from prospectdesk.store.rows import tuples

KEPT_SIDE = "phone"  # the conflict rule: see the module's docstring
MAX_RETRIES = 3
_SAFE_HREF = re.compile(r"[A-Za-z0-9._-]{1,120}")
_HREF_NAMESPACE = uuid.UUID("0b8f3a5e-6c1d-4f57-9a2e-53d1c7e4b912")


class SyncStopped(Exception):
    """The sync would delete everything on one side: nothing was deleted; ask first."""


@dataclass(frozen=True)
class Match:
    """A card on the server and a contact here found to be the same person (``how``:
    uid, email, phone) or possibly the same (``name``: kept apart, listed)."""

    href: str
    contact_id: int
    remote_name: str
    local_name: str
    how: str


@dataclass
class Plan:
    """What a first sync into an address book that already holds cards will do."""

    download: int = 0
    upload: int = 0
    matched: list[Match] = field(default_factory=list)
    possible: list[Match] = field(default_factory=list)


@dataclass
class SyncReport:
    downloaded: int = 0
    uploaded: int = 0
    deleted_here: int = 0
    deleted_there: int = 0
    conflicts: int = 0
    errors: list[str] = field(default_factory=list)
    plan: Plan | None = None
    events: EventReport = field(default_factory=EventReport)

    @property
    def changes(self) -> Changes:
        """What the views reload: everything when anything came down or went away here
        (a sync may touch thousands of contacts at once)."""
        return Changes(everything=bool(self.downloaded or self.deleted_here))

    def as_json(self) -> dict[str, int]:
        return {
            "downloaded": self.downloaded,
            "uploaded": self.uploaded,
            "deleted_here": self.deleted_here,
            "deleted_there": self.deleted_there,
            "conflicts": self.conflicts,
        }


def href_for(book: str, uid: str) -> str:
    """The href a new card gets: derived from its UID, so a retried create lands on the
    same href (and meets If-None-Match) instead of making a second copy."""
    tail = uid[len("urn:uuid:") :] if uid.lower().startswith("urn:uuid:") else uid
    if not _SAFE_HREF.fullmatch(tail):
        tail = str(uuid.uuid5(_HREF_NAMESPACE, uid))
    return f"{book.rstrip('/')}/{tail}.vcf"


# ---------------------------------------------------------------------------- field values


def field_value(record: ContactRecord, name: str) -> Any:
    """A field as JSON (what a conflict keeps: the photo itself, not its hash)."""
    if name == "photo":
        return base64.b64encode(record.photo).decode("ascii") if record.photo else ""
    if name == "birthday":
        return record.birthday.to_text() if record.birthday else ""
    if name == "emails":
        return [[e.value, e.label] for e in record.emails]
    if name == "phones":
        return [[p.value, p.label] for p in record.phones]
    if name == "addresses":
        return [
            [a.label, a.street, a.city, a.region, a.postal_code, a.country]
            for a in record.addresses
        ]
    if name == "tags":
        return list(record.tags)
    if name == "display_name_override":
        return record.display_name_override or ""
    return getattr(record, name)


def value_of(name: str, value: Any) -> Any:
    """The record field from :func:`field_value`'s JSON."""
    if name == "photo":
        return base64.b64decode(value) if value else None
    if name == "birthday":
        return Birthday.parse(value) if value else None
    if name == "emails":
        return [EmailEntry(v, label) for v, label in value]
    if name == "phones":
        return [PhoneEntry(v, label) for v, label in value]
    if name == "addresses":
        return [AddressEntry(*parts) for parts in value]
    if name == "display_name_override":
        return value or None
    return value


# ---------------------------------------------------------------------------- the engine


class SyncEngine:
    """One sync of the account's address book; build one per run."""

    def __init__(
        self,
        contacts: ContactBook,
        client: DavClient,
        account: SyncAccount,
        clock: Clock,
        *,
        confirm_first_sync: Callable[[Plan], bool] | None = None,
        allow_mass_delete: bool = False,
    ) -> None:
        self.contacts = contacts
        self.client = client
        self.account = account
        self.clock = clock
        self.book = account.addressbook_url
        self.confirm_first_sync = confirm_first_sync
        self.allow_mass_delete = allow_mass_delete
        self.report = SyncReport()
        self.written: set[str] = set()  # hrefs PUT this run: fetched again at the end
        self._parsed: dict[str, ContactRecord | None] = {}

    # -- the run -----------------------------------------------------------------------

    def run(self) -> SyncReport:
        items = {
            item.href: item for item in SyncItem.select().where(SyncItem.account == self.account)
        }
        listing = self._listing()
        changed = [
            href
            for href, etag in listing.changed
            if href not in items or etag is None or items[href].etag != etag
        ]
        removed = set(listing.removed)
        if listing.complete:
            seen = {href for href, _ in listing.changed}
            removed |= {href for href in items if href not in seen}
        fetched = {
            href: (etag, text) for href, etag, text in self.client.multiget(self.book, changed)
        }
        removed |= {href for href in changed if href not in fetched and href in items}
        self._guard(items, removed)

        new_remote = {h: v for h, v in fetched.items() if h not in items}
        matches, possible, unmatched_local = self._match(new_remote, items)
        first_sync = not items
        if first_sync and new_remote and self.confirm_first_sync is not None:
            plan = Plan(
                download=len(new_remote) - len(matches),
                upload=len(unmatched_local),
                matched=list(matches.values()),
                possible=possible,
            )
            self.report.plan = plan
            if not self.confirm_first_sync(plan):
                raise SyncStopped("the first sync was not confirmed; nothing was changed")
        self._take_new_remote(new_remote, matches)
        # One query for every synced contact's revision: most are unchanged, and a sync
        # that changes nothing should cost little more than asking the server.
        ids = [item.contact_id for item in items.values() if item.contact_id is not None]
        state: dict[int, tuple[int, bool]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for cid, revision, deleted_at in tuples(
                Contact.select(Contact.id, Contact.revision, Contact.deleted_at).where(
                    Contact.id.in_(chunk)
                )
            ):
                state[cid] = (revision, deleted_at is None)
        for href, item in items.items():
            if href not in fetched and href not in removed:
                known = state.get(item.contact_id) if item.contact_id is not None else None
                if known is not None and known == (item.revision, True):
                    continue  # unchanged on both sides
            try:
                self._sync_item(item, fetched.get(href), href in removed)
            except DavError as error:
                self.report.errors.append(str(error))
        for contact_id in unmatched_local:
            try:
                self._upload_new(contact_id)
            except DavError as error:
                self.report.errors.append(str(error))
        self._refetch_written()
        try:
            self.report.events = sync_followups(self.client, self.account)
        except DavError as error:
            self.report.errors.append(f"follow-ups calendar: {error}")
        with database.atomic():
            account = SyncAccount.get_by_id(self.account.id)
            account.last_sync_at = utc_naive(self.clock.now())
            account.last_error = "; ".join(self.report.errors[:3]) or None
            if not self.report.errors:
                # Only now: a sync cut short repeats from the old token next time.
                account.sync_token = listing.token
            account.save()
        return self.report

    def _listing(self) -> Listing:
        """The server's changes since our token (RFC 6578), or every card and its ETag
        when the server has no sync-collection or forgot the token."""
        token = self.account.sync_token
        try:
            try:
                return self.client.sync_collection(self.book, token)
            except InvalidSyncToken:
                # Forgotten (expired, or the server was restored): a full listing again.
                return self.client.sync_collection(self.book, None)
        except (AuthenticationError, Unreachable):
            raise
        except DavError:
            return self.client.list_etags(self.book)

    def _guard(self, items: dict[str, SyncItem], removed: set[str]) -> None:
        if self.allow_mass_delete or len(items) < 2:
            return
        if len(removed & items.keys()) == len(items):
            raise SyncStopped(
                f"the address book on the server is empty now, but {len(items)} contacts were "
                "synced with it: nothing was deleted. If the owner emptied it on purpose, "
                "remove the sync account and set it up again"
            )
        ids = [item.contact_id for item in items.values() if item.contact_id is not None]
        live = (
            Contact.select().where(Contact.id.in_(ids), Contact.deleted_at.is_null()).count()
            if ids
            else 0
        )
        if live == 0:
            raise SyncStopped(
                f"every one of the {len(items)} synced contacts was deleted here: nothing was "
                "deleted on the server. Restore them from Deleted contacts, or remove the "
                "sync account if this was meant"
            )

    # -- new cards on the server ---------------------------------------------------------

    def _match(
        self, new_remote: dict[str, tuple[str | None, str]], items: dict[str, SyncItem]
    ) -> tuple[dict[str, Match], list[Match], list[int]]:
        """Cards the server has and we do not know yet, matched to contacts here that are
        not synced yet: by UID, then e-mail, then phone; a name alone is only a possible
        match (kept apart, listed). Returns the matches, the possible ones and the
        contacts here that remain to be uploaded."""
        linked = {item.contact_id for item in items.values() if item.contact_id is not None}
        candidates = [
            record
            for record in self.contacts.records(
                [cid for cid in self.contacts.all_ids() if cid not in linked]
            )
        ]
        by_uid = {r.uid: r for r in candidates if r.uid}
        by_email: dict[str, ContactRecord] = {}
        by_phone: dict[str, ContactRecord] = {}
        by_name: dict[str, ContactRecord] = {}
        for record in candidates:
            for email in record.emails:
                by_email.setdefault(email.value.strip().lower(), record)
            for phone in record.phones:
                if phone.normalized:
                    by_phone.setdefault(phone.normalized, record)
            if record.display_name:
                by_name.setdefault(record.display_name.strip().lower(), record)
        matches: dict[str, Match] = {}
        possible: list[Match] = []
        taken: set[int] = set()
        for href, (_etag, text) in new_remote.items():
            remote = self._parsed[href] = read_card(text, href)[0]
            if remote is None:
                continue
            found: tuple[ContactRecord, str] | None = None
            uid = card_uid(text)
            if uid and uid in by_uid:
                found = (by_uid[uid], "uid")
            if found is None:
                for email in remote.emails:
                    hit = by_email.get(email.value.strip().lower())
                    if hit is not None:
                        found = (hit, "email")
                        break
            if found is None:
                for phone in remote.phones:
                    hit = by_phone.get(phone.normalized) if phone.normalized else None
                    if hit is not None:
                        found = (hit, "phone")
                        break
            if found is not None and found[0].id not in taken:
                record, how = found
                assert record.id is not None
                taken.add(record.id)
                matches[href] = Match(
                    href, record.id, remote.display_name, record.display_name, how
                )
                continue
            named = by_name.get(remote.display_name.strip().lower())
            if named is not None and named.id is not None and named.id not in taken:
                possible.append(
                    Match(href, named.id, remote.display_name, named.display_name, "name")
                )
        unmatched = [r.id for r in candidates if r.id is not None and r.id not in taken]
        return matches, possible, unmatched

    def _take_new_remote(
        self, new_remote: dict[str, tuple[str | None, str]], matches: dict[str, Match]
    ) -> None:
        """Matched cards merge into their contact; the others become new contacts (all
        in one transaction: 2,000 at a first sync)."""
        fresh: list[tuple[str, str | None, str, ContactRecord]] = []
        for href, (etag, text) in new_remote.items():
            remote = self._parsed[href] if href in self._parsed else read_card(text, href)[0]
            if remote is None:
                continue  # a card with nobody in it (a group card): left as it is
            match = matches.get(href)
            if match is None:
                fresh.append((href, etag, text, remote))
                continue
            try:
                self._merge_unsynced(match.contact_id, href, etag, text, remote)
            except DavError as error:
                self.report.errors.append(str(error))
        if not fresh:
            return
        with database.atomic():
            ids = self.contacts.create_many([remote for _h, _e, _t, remote in fresh])
            stored = {r.id: r for r in self.contacts.records(ids)}
            revisions: dict[int, int] = dict(
                tuples(Contact.select(Contact.id, Contact.revision).where(Contact.id.in_(ids)))
            )
            rows = [
                {
                    "account": self.account.id,
                    "contact": contact_id,
                    "href": href,
                    "uid": card_uid(text) or "",
                    "etag": etag,
                    "content_hash": content_hash(text),
                    "card": text,
                    "local_state": dumps(state_of(stored[contact_id])),
                    "revision": revisions[contact_id],
                }
                for contact_id, (href, etag, text, _remote) in zip(ids, fresh, strict=True)
            ]
            for start in range(0, len(rows), 200):
                SyncItem.insert_many(rows[start : start + 200]).execute()
        self.report.downloaded += len(fresh)

    def _merge_unsynced(
        self, contact_id: int, href: str, etag: str | None, text: str, remote: ContactRecord
    ) -> None:
        """A contact here and a card there that are the same person, never synced
        together: nothing is a base, so lists are joined, an empty field takes the other
        side's value, and two different values are a conflict (the phone's kept)."""
        local = self.contacts.get(contact_id)
        merged = local
        to_local: set[str] = set()
        to_remote: set[str] = set()
        conflicts: list[tuple[str, Any, Any]] = []
        local_state, remote_state = state_of(local), state_of(remote)
        for name in FIELDS:
            if local_state[name] == remote_state[name]:
                continue
            if name in ("emails", "phones", "addresses", "tags"):
                merged = with_fields(
                    merged,
                    ContactRecord(**{name: union_field(name, local, remote, self.contacts.region)}),
                    [name],
                )
                joined = state_of(merged)[name]
                if joined != local_state[name]:
                    to_local.add(name)
                if joined != remote_state[name]:  # the card has them all already: no PUT
                    to_remote.add(name)
            elif is_empty_value(local_state[name]):
                merged = with_fields(merged, remote, [name])
                to_local.add(name)
            elif is_empty_value(remote_state[name]):
                to_remote.add(name)
            else:
                conflicts.append((name, field_value(remote, name), field_value(local, name)))
                merged = with_fields(merged, remote, [name])
                to_local.add(name)
        self._commit(
            contact_id, href, etag, text, merged, to_local, to_remote, conflicts, item=None
        )

    # -- known cards -------------------------------------------------------------------

    def _sync_item(
        self, item: SyncItem, fetched: tuple[str | None, str] | None, removed: bool
    ) -> None:
        contact = Contact.get_or_none(Contact.id == item.contact_id) if item.contact_id else None
        local_gone = contact is None or contact.deleted_at is not None
        local: ContactRecord | None = None
        local_changed: set[str] = set()
        base_local: State = json.loads(item.local_state)
        if not local_gone and contact is not None and contact.revision != item.revision:
            local = self.contacts.get(contact.id)
            local_changed = changed_fields(base_local, state_of(local))
        if removed:
            if local_gone:
                item.delete_instance()
            elif local_changed:
                # Deleted on the phone, edited here since: it goes back up.
                assert local is not None and contact is not None
                text = patch_card(item.card, local, local_changed, self.clock.now())
                self._put(item.href, text, None, item.uid)
                self._store(item, contact.id, text, None, local)
                self.report.uploaded += 1
            else:
                assert contact is not None
                with database.atomic():
                    self.contacts.delete([contact.id])
                    item.delete_instance()
                self.report.deleted_here += 1
            return
        if fetched is not None and content_hash(fetched[1]) == item.content_hash:
            # The server re-serialised the card (or echoes our own write): no edit there.
            item.etag = fetched[0]
            item.card = fetched[1]
            item.save()
            fetched = None
        if local_gone:
            if fetched is None:
                try:
                    self.client.delete(item.href, etag=item.etag)
                except NotFound:  # already gone there
                    item.delete_instance()
                    return
                except PreconditionFailed:
                    fetched = self._fetch_one(item.href)
                    if fetched is None:
                        item.delete_instance()
                        return
                else:
                    item.delete_instance()
                    self.report.deleted_there += 1
                    return
            # Changed on the phone after the delete here: the contact comes back.
            etag, text = fetched
            remote, _ = read_card(text, item.href)
            if remote is None:
                item.delete_instance()
                return
            if contact is not None:
                self.contacts.restore([contact.id])
                self._apply(item, contact.id, fetched, remote)
            else:
                with database.atomic():
                    new_id, _ = self.contacts.create(remote)
                    self._store(item, new_id, text, etag, self.contacts.get(new_id))
                self.report.downloaded += 1
            return
        assert contact is not None
        if fetched is None:
            if local_changed:
                assert local is not None
                self._upload_changes(item, contact.id, local, local_changed)
            elif contact.revision != item.revision:
                item.revision = contact.revision
                item.save()
            return
        remote, _ = read_card(fetched[1], item.href)
        if remote is None:
            return
        self._apply(item, contact.id, fetched, remote)

    def _apply(
        self,
        item: SyncItem,
        contact_id: int,
        fetched: tuple[str | None, str],
        remote: ContactRecord,
    ) -> None:
        """Three-way merge of a card changed on the server with the contact here."""
        for _attempt in range(MAX_RETRIES):
            etag, text = fetched
            base_local: State = json.loads(item.local_state)
            base_card, _ = read_card(item.card, item.href)
            base_remote = state_of(base_card) if base_card is not None else {}
            local = self.contacts.get(contact_id)
            local_state, remote_state = state_of(local), state_of(remote)
            mine = changed_fields(base_local, local_state)
            theirs = changed_fields(base_remote, remote_state)
            conflicts = [
                (name, field_value(remote, name), field_value(local, name))
                for name in sorted(mine & theirs, key=FIELDS.index)
                if local_state[name] != remote_state[name]
            ]
            to_remote = mine - theirs
            merged = with_fields(local, remote, theirs)
            try:
                self._commit(
                    contact_id,
                    item.href,
                    etag,
                    text,
                    merged,
                    theirs,
                    to_remote,
                    conflicts,
                    item=item,
                )
                return
            except PreconditionFailed:
                again = self._fetch_one(item.href)
                if again is None:
                    raise DavError(
                        "a card vanished on the server while it was being written"
                    ) from None
                fetched = again
                parsed, _ = read_card(again[1], item.href)
                if parsed is None:
                    return
                remote = parsed
        raise DavError("a card kept changing on the server; it will be tried again next sync")

    def _upload_changes(
        self, item: SyncItem, contact_id: int, local: ContactRecord, fields: set[str]
    ) -> None:
        text = patch_card(item.card, local, fields, self.clock.now())
        try:
            etag = self._put(item.href, text, item.etag, item.uid)
        except PreconditionFailed:
            fetched = self._fetch_one(item.href)
            if fetched is None:
                raise DavError("a card vanished on the server while it was being written") from None
            remote, _ = read_card(fetched[1], item.href)
            if remote is not None:
                self._apply(item, contact_id, fetched, remote)
            return
        self._store(item, contact_id, text, etag, local)
        self.report.uploaded += 1

    def _commit(
        self,
        contact_id: int,
        href: str,
        etag: str | None,
        text: str,
        merged: ContactRecord,
        to_local: set[str],
        to_remote: set[str],
        conflicts: list[tuple[str, Any, Any]],
        item: SyncItem | None,
    ) -> None:
        """Write the merged card up (when it has changes of ours), then, in one
        transaction, the contact, the status row and the conflicts."""
        if to_remote:
            text = patch_card(text, merged, to_remote, self.clock.now())
            etag = self._put(href, text, etag, item.uid if item else card_uid(text))
            self.report.uploaded += 1
        with database.atomic():
            if to_local:
                self.contacts.update(contact_id, merged)
                self.report.downloaded += 1
            now = utc_naive(self.clock.now())
            for name, kept, other in conflicts:
                SyncConflict.create(
                    account=self.account.id,
                    contact=contact_id,
                    field=name,
                    kept_value=json.dumps(kept, ensure_ascii=False),
                    other_value=json.dumps(other, ensure_ascii=False),
                    kept_side=KEPT_SIDE,
                    detected_at=now,
                )
            self.report.conflicts += len(conflicts)
            if item is None:
                item = SyncItem(account=self.account.id, href=href, uid=card_uid(text) or "")
            self._store(item, contact_id, text, etag, self.contacts.get(contact_id))

    def _store(
        self, item: SyncItem, contact_id: int, text: str, etag: str | None, local: ContactRecord
    ) -> None:
        with database.atomic():
            item.contact = contact_id  # type: ignore[assignment]  # peewee takes the id
            item.card = text
            item.etag = etag
            item.content_hash = content_hash(text)
            item.local_state = dumps(state_of(local))
            item.revision = Contact.get_by_id(contact_id).revision
            item.save()

    # -- new contacts here -------------------------------------------------------------

    def _upload_new(self, contact_id: int) -> None:
        local = self.contacts.get(contact_id)
        assert local.uid is not None
        href = href_for(self.book, local.uid)
        text = new_card(local)
        try:
            etag = self._put(href, text, None, local.uid)
        except PreconditionFailed:
            # Already there: an upload cut short before it was recorded, or a clash.
            fetched = self._fetch_one(href)
            if fetched is not None and card_uid(fetched[1]) == local.uid:
                remote, _ = read_card(fetched[1], href)
                if remote is not None:
                    self._merge_unsynced(contact_id, href, fetched[0], fetched[1], remote)
                    return
            href = href_for(self.book, f"{local.uid}-{uuid.uuid4()}")
            etag = self._put(href, text, None, local.uid)
        with database.atomic():
            item = SyncItem(account=self.account.id, href=href, uid=local.uid)
            self._store(item, contact_id, text, etag, local)
        self.report.uploaded += 1

    # -- plumbing ----------------------------------------------------------------------

    def _put(self, href: str, text: str, etag: str | None, uid: str | None) -> str | None:
        new_etag = self.client.put(href, text, etag=etag)
        self.written.add(href)
        return new_etag

    def _fetch_one(self, href: str) -> tuple[str | None, str] | None:
        for _href, etag, text in self.client.multiget(self.book, [href]):
            return etag, text
        return None

    def _refetch_written(self) -> None:
        """Keep the server's own copy of what we wrote (servers rewrite cards) and the
        ETag that goes with it, so the next sync sees no change that is not one."""
        if not self.written:
            return
        items = {
            item.href: item
            for item in SyncItem.select().where(
                SyncItem.account == self.account, SyncItem.href.in_(list(self.written))
            )
        }
        for href, etag, text in self.client.multiget(self.book, sorted(self.written)):
            item = items.get(href)
            if item is None:
                continue
            item.etag = etag
            item.card = text
            item.content_hash = content_hash(text)
            item.save()


# ---------------------------------------------------------------------------- conflicts


@dataclass(frozen=True)
class ConflictInfo:
    id: int
    contact_id: int
    display_name: str
    field: str
    kept: Any
    other: Any
    kept_side: str


def open_conflicts() -> list[ConflictInfo]:
    query = (
        SyncConflict.select(SyncConflict, Contact.display_name)
        .join(Contact)
        .where(SyncConflict.resolved_at.is_null())
        .order_by(SyncConflict.detected_at, SyncConflict.id)
    )
    return [
        ConflictInfo(
            c.id,
            c.contact_id,
            c.contact.display_name,
            c.field,
            json.loads(c.kept_value),
            json.loads(c.other_value),
            c.kept_side,
        )
        for c in query
    ]


def use_other_value(contacts: ContactBook, conflict_id: int) -> None:
    """The owner picks the value that was not kept: it becomes an edit here, which the
    next sync sends to the phone."""
    conflict = SyncConflict.get_by_id(conflict_id)
    with database.atomic():
        record = contacts.get(conflict.contact_id)
        value = value_of(conflict.field, json.loads(conflict.other_value))
        contacts.update(
            conflict.contact_id,
            with_fields(record, ContactRecord(**{conflict.field: value}), [conflict.field]),
        )
        conflict.resolved_at = utc_naive(contacts.clock.now())
        conflict.save()


def pending_changes(account: SyncAccount) -> dict[str, int]:
    """How many contacts are synced, and how many changed here since (edited, deleted or
    new): what the next sync would look at on this side."""
    synced = SyncItem.select().where(SyncItem.account == account).count()
    edited = (
        SyncItem.select()
        .join(Contact, on=(SyncItem.contact == Contact.id))
        .where(SyncItem.account == account, Contact.revision != SyncItem.revision)
        .count()
    )
    linked = SyncItem.select(SyncItem.contact).where(
        SyncItem.account == account, SyncItem.contact.is_null(False)
    )
    new = Contact.select().where(Contact.deleted_at.is_null(), Contact.id.not_in(linked)).count()
    return {"synced": synced, "pending": edited + new}
