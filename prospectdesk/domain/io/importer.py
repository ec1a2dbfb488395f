"""Importing contact files into the store: plan first (what is new, what duplicates a
stored contact and why, what could not be read), then apply the plan in one transaction.

The GUI shows the plan and lets the owner decide per duplicate; the command line applies
each duplicate's default decision. The default is to merge, except for a *possible*
duplicate: a record that shares only its name with a contact (no UID, e-mail or phone in
common, no organization on either side). Bought lead lists are full of different people
called "Jan de Vries", so those are kept apart unless the owner chooses Merge. Both call
this module: there is no second import.
A whole import can be undone: new contacts become tombstones, merged ones get their
earlier state back (kept in ``import_merge``).
"""

from __future__ import annotations

import base64
import functools
import json
import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from prospectdesk.clock import Clock, utc_naive
from prospectdesk.domain.contacts import ContactBook
from prospectdesk.domain.io.base import (
    FileTooLargeError,
    ImportProblem,
    NotAContactFileError,
    ParseResult,
    without_cyclic_gc,
)
from prospectdesk.domain.io.csv_read import ColumnMapping
from prospectdesk.domain.io.detect import read_contact_file
from prospectdesk.domain.phones import normalize_phone
from prospectdesk.domain.records import (
    AddressEntry,
    Birthday,
    Changes,
    ContactRecord,
    EmailEntry,
    PhoneEntry,
)
from prospectdesk.domain.search import reindex_contacts
from prospectdesk.domain.undo import UndoEntry, UndoStack
from prospectdesk.store.db import database
from prospectdesk.store.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    ImportBatch,
    ImportMerge,
    Stage,
)

DEFAULT_SOURCE = "Import"


class ImportCancelledError(RuntimeError):
    """The owner pressed Cancel; nothing was written."""


class Decision(StrEnum):
    MERGE = "merge"  # fill the stored contact's gaps, add new e-mails/phones/addresses/tags
    KEEP_BOTH = "keep_both"  # add the incoming record as a contact of its own
    SKIP = "skip"  # leave it out


@dataclass(frozen=True)
class DuplicateMatch:
    """Why an incoming record is taken for a contact we already have."""

    reason: str  # English, for the summary: "same e-mail jan@example.nl"
    contact_id: int | None = None  # a stored contact
    planned_index: int | None = None  # an earlier record of this same import
    update: bool = False  # a newer version of the same contact: its changed values win
    # Only the name matches (nothing else in common, no organization on either side): maybe
    # someone else with the same name. Planned as KEEP_BOTH; the owner may choose Merge.
    possible: bool = False


@dataclass
class PlannedItem:
    index: int
    file: str
    line: int
    record: ContactRecord
    match: DuplicateMatch | None = None
    decision: Decision = Decision.KEEP_BOTH

    @property
    def is_duplicate(self) -> bool:
        return self.match is not None


@dataclass
class ImportPlan:
    files: list[str]
    formats: dict[str, str]  # file -> format ("csv:google", "vcard", ...)
    items: list[PlannedItem]
    problems: list[ImportProblem]
    source: str = DEFAULT_SOURCE
    stage_id: int | None = None
    unreadable: list[str] = field(default_factory=list)  # files refused as a whole

    @property
    def new_items(self) -> list[PlannedItem]:
        return [item for item in self.items if item.match is None]

    @property
    def duplicates(self) -> list[PlannedItem]:
        return [item for item in self.items if item.match is not None]

    @property
    def possible_duplicates(self) -> list[PlannedItem]:
        """Duplicates by name alone (see :attr:`DuplicateMatch.possible`)."""
        return [item for item in self.items if item.match is not None and item.match.possible]

    @property
    def rejected(self) -> list[ImportProblem]:
        return [problem for problem in self.problems if problem.fatal_for_record]

    def decide_all(self, decision: Decision) -> None:
        for item in self.duplicates:
            item.decision = decision


@dataclass
class ImportOutcome:
    batch_id: int | None
    created: list[int] = field(default_factory=list)
    merged: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    skipped: int = 0
    changes: Changes = field(default_factory=Changes)
    # Which list each contact is in, for constant-time checks on big imports.
    _state: dict[int, str] = field(default_factory=dict, repr=False, compare=False)

    def note(self, contact_id: int, state: str) -> None:
        """Record ``contact_id`` as "created", "merged" or "unchanged"; a contact is
        counted once, and a later real merge turns "unchanged" into "merged"."""
        previous = self._state.get(contact_id)
        if previous == state or previous == "created" or previous == "merged":
            return
        if previous == "unchanged":
            self.unchanged.remove(contact_id)
        self._state[contact_id] = state
        getattr(self, state).append(contact_id)


ProgressCallback = Callable[[int, int], None]


# -- matching ------------------------------------------------------------------------------------

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


def _store_index(contacts: ContactBook) -> _Index:
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


# -- merging -------------------------------------------------------------------------------------


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


# -- the service ---------------------------------------------------------------------------------


class Importer:
    """Plans and applies imports; one per workspace (see :func:`importer_for`)."""

    def __init__(
        self,
        contacts: ContactBook,
        clock: Clock,
        undo: UndoStack,
        *,
        backup: Callable[[str], object] | None = None,
    ) -> None:
        self.contacts = contacts
        self.clock = clock
        self.undo = undo
        # Called as backup("pre-import") before anything is written (the workspace's
        # Backups.backup_now); None for an in-memory workspace.
        self.backup = backup

    # -- reading -------------------------------------------------------------------------

    def read_files(
        self,
        paths: Sequence[str | os.PathLike[str]],
        *,
        mappings: dict[str, ColumnMapping] | None = None,
    ) -> tuple[list[ParseResult], list[ImportProblem], list[str]]:
        """Parse each file; a file that cannot be read at all becomes a problem (line 0)
        and is listed as unreadable, the others still go in."""
        results: list[ParseResult] = []
        problems: list[ImportProblem] = []
        unreadable: list[str] = []
        for path in paths:
            name = Path(path).name
            try:
                mapping = (mappings or {}).get(str(path)) or (mappings or {}).get(name)
                results.append(
                    read_contact_file(path, name, mapping=mapping, region=self.contacts.region)
                )
            except (NotAContactFileError, FileTooLargeError) as error:
                problems.append(ImportProblem(name, 0, str(error), fatal_for_record=True))
                unreadable.append(name)
        return results, problems, unreadable

    # -- planning ------------------------------------------------------------------------

    @without_cyclic_gc
    def plan(
        self,
        results: Sequence[ParseResult],
        *,
        source: str = DEFAULT_SOURCE,
        stage_id: int | None = None,
        extra_problems: Sequence[ImportProblem] = (),
        unreadable: Sequence[str] = (),
    ) -> ImportPlan:
        """What importing ``results`` would do; reads the store, writes nothing."""
        region = self.contacts.region
        index = _store_index(self.contacts)
        same_file_contacts = self._contacts_from_files({r.file for r in results})
        claimed: set[int] = set()
        plan = ImportPlan(
            files=[r.file for r in results] + list(unreadable),
            formats={r.file: r.format for r in results},
            items=[],
            problems=list(extra_problems),
            source=source.strip() or DEFAULT_SOURCE,
            stage_id=stage_id,
            unreadable=list(unreadable),
        )
        for result in results:
            plan.problems.extend(result.problems)
            for parsed in result.records:
                record = parsed.record
                item = PlannedItem(
                    index=len(plan.items), file=result.file, line=parsed.line, record=record
                )
                found = index.find(record, region)
                if found is not None:
                    target, reason, by_uid = found.target, found.reason, found.by_uid
                    possible = found.possible
                    if isinstance(target, int):
                        from_same_file = (result.file, target) in same_file_contacts
                        # Only the first record that lands on a contact may overwrite it:
                        # two rows of one file merging into one contact must not take turns.
                        update = target not in claimed and (by_uid or from_same_file)
                        claimed.add(target)
                        # A contact an earlier import of this file made is the same person
                        # (a re-import must not add a copy of everyone who has only a name).
                        possible = possible and not from_same_file
                        item.match = DuplicateMatch(
                            reason, contact_id=target, update=update, possible=possible
                        )
                    else:
                        earlier = int(str(target).removeprefix("planned:"))
                        item.match = DuplicateMatch(
                            f"{reason} as {plan.items[earlier].file}:"
                            f"{plan.items[earlier].line} in this import",
                            planned_index=earlier,
                            update=by_uid,
                            possible=possible,
                        )
                    item.decision = Decision.KEEP_BOTH if possible else Decision.MERGE
                if found is None or item.decision == Decision.KEEP_BOTH:
                    # A record kept apart is a contact of its own: later records may match it.
                    index.add(f"planned:{item.index}", record, region)
                plan.items.append(item)
        return plan

    def _contacts_from_files(self, files: set[str]) -> set[tuple[str, int]]:
        """(file name, contact id) for contacts an earlier import of a file with the same
        name created: a newer export of that address book updates them."""
        batch_files: dict[int, set[str]] = {}
        for batch_id, names in ImportBatch.select(ImportBatch.id, ImportBatch.file_name).tuples():
            shared = set(names.split(", ")) & files  # one batch may hold several files
            if shared:
                batch_files[batch_id] = shared
        if not batch_files:
            return set()
        query = (
            Contact.select(Contact.import_batch, Contact.id)
            .where(Contact.import_batch.in_(list(batch_files)), Contact.deleted_at.is_null())
            .tuples()
        )
        return {(name, cid) for batch_id, cid in query for name in batch_files[batch_id]}

    # -- applying ------------------------------------------------------------------------

    @without_cyclic_gc
    def apply(
        self,
        plan: ImportPlan,
        *,
        progress: ProgressCallback | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> ImportOutcome:
        """Write the plan in one transaction: on any error or a cancel, nothing changes.

        New contacts and merges are written in batches (see :class:`_BatchWriter`), a few
        statements per batch rather than several per record."""
        outcome = ImportOutcome(batch_id=None)
        total = len(plan.items)
        if self.backup is not None and plan.items:
            # Outside the transaction: the backup is a snapshot of the data before it.
            self.backup("pre-import")
        with database.atomic():
            writer = _BatchWriter(self, plan, outcome, is_cancelled)
            for number, item in enumerate(plan.items, start=1):
                if is_cancelled is not None and is_cancelled():
                    raise ImportCancelledError("the import was cancelled; nothing was changed")
                writer.add(item)
                if progress is not None:
                    progress(number, total)
            writer.flush()
            outcome.batch_id = writer.batch_id
        outcome.changes = Changes(
            everything=bool(outcome.created or outcome.merged),
            contacts=set(outcome.created) | set(outcome.merged),
            created=list(outcome.created),
        )
        if outcome.batch_id is not None:
            batch_id = outcome.batch_id
            label = f"Import {', '.join(plan.files)}"
            self.undo.push(UndoEntry(label, "import", lambda: self.undo_batch(batch_id)))
        return outcome

    # -- undo ----------------------------------------------------------------------------

    @without_cyclic_gc
    def undo_batch(self, batch_id: int) -> Changes:
        """Take a whole import back: its new contacts become tombstones, merged contacts
        get their earlier state back (in bulk: an import may have merged 80,000)."""
        with database.atomic():
            batch = ImportBatch.get_by_id(batch_id)
            if batch.undone_at is not None:
                return Changes()
            now = utc_naive(self.clock.now())
            priors = {
                cid: json.loads(state)
                for cid, state in ImportMerge.select(ImportMerge.contact, ImportMerge.prior_state)
                .where(ImportMerge.batch == batch_id)
                .tuples()
            }
            new_ids = [
                cid
                for (cid,) in Contact.select(Contact.id)
                .where(Contact.import_batch == batch_id, Contact.deleted_at.is_null())
                .tuples()
                if cid not in priors
            ]
            stages: set[int] = set()
            live_merged: set[int] = set()
            for chunk in _chunks(new_ids + list(priors)):
                for cid, sid, deleted_at in (
                    Contact.select(Contact.id, Contact.stage, Contact.deleted_at)
                    .where(Contact.id.in_(chunk))
                    .tuples()
                ):
                    stages.add(sid)
                    if deleted_at is None and cid in priors:
                        live_merged.add(cid)
            for chunk in _chunks(new_ids):
                Contact.update(deleted_at=now, updated_at=now).where(
                    Contact.id.in_(chunk)
                ).execute()
            reindex_contacts(new_ids)
            self.contacts.update_many(
                {cid: record_from_snapshot(priors[cid]) for cid in priors if cid in live_merged}
            )
            by_prior_batch: dict[int | None, list[int]] = {}
            for cid, prior in priors.items():
                by_prior_batch.setdefault(prior.get("import_batch_id"), []).append(cid)
            for prior_batch, ids in by_prior_batch.items():
                for chunk in _chunks(ids):
                    Contact.update(import_batch=prior_batch).where(Contact.id.in_(chunk)).execute()
            batch.undone_at = now
            batch.save()
        return Changes(stages=stages, contacts=set(new_ids) | set(priors), everything=True)

    def batches(self) -> list[tuple[int, str, bool]]:
        """(id, file name, undone) of every import, newest first."""
        return [
            (b.id, b.file_name, b.undone_at is not None)
            for b in ImportBatch.select().order_by(ImportBatch.id.desc())
        ]


def _chunks(ids: Sequence[int], size: int = 500) -> list[Sequence[int]]:
    """Slices of at most ``size`` ids: SQLite limits the parameters of one statement."""
    return [ids[start : start + size] for start in range(0, len(ids), size)]


class _BatchWriter:
    """Walks the planned items in order and writes them in bulk at the end. New contacts
    are written with :meth:`ContactBook.create_many` (a record that merges into one of
    them is folded into it in memory first). Merges into stored contacts read their
    targets' records in bulk, are folded in memory (in plan order, so several records
    merging into one contact do so one after the other, as before) and written with
    :meth:`ContactBook.update_many`, with the prior state of each changed contact kept in
    ``import_merge`` for the undo."""

    def __init__(
        self,
        importer: Importer,
        plan: ImportPlan,
        outcome: ImportOutcome,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self.is_cancelled = is_cancelled
        self.contacts = importer.contacts
        self.clock = importer.clock
        self.plan = plan
        self.outcome = outcome
        self.stage_id = plan.stage_id
        if self.stage_id is None:
            self.stage_id = Stage.select(Stage.id).order_by(Stage.position).scalar()
        self.now = utc_naive(self.clock.now())
        self._batch: ImportBatch | None = None
        self.done_by_index: dict[int, int | None] = {}  # planned index -> its contact id
        self.pending_creates: list[tuple[int, ContactRecord]] = []
        # Planned index -> its place in pending_creates (also for records folded into it).
        self.pending_indexes: dict[int, int] = {}
        self.pending_merges: list[tuple[PlannedItem, int]] = []
        self.created_ids: set[int] = set()
        self.snapshotted: set[int] = set()  # contacts whose prior state is kept already
        self.live_targets = self._live(
            {i.match.contact_id for i in plan.items if i.match and i.match.contact_id}
        )

    @staticmethod
    def _live(ids: set[int]) -> set[int]:
        live: set[int] = set()
        for chunk in _chunks(sorted(ids)):
            live.update(
                cid
                for (cid,) in Contact.select(Contact.id)
                .where(Contact.id.in_(chunk), Contact.deleted_at.is_null())
                .tuples()
            )
        return live

    @property
    def batch_id(self) -> int | None:
        return self._batch.id if self._batch is not None else None

    def current_batch(self) -> ImportBatch:
        if self._batch is None:
            plan = self.plan
            self._batch = ImportBatch.create(
                file_name=", ".join(f for f in plan.files if f not in plan.unreadable) or "import",
                imported_at=self.now,
                source_name=plan.source,
            )
        return self._batch

    def _incoming(self, item: PlannedItem) -> ContactRecord:
        return self._incoming_record(item.record)

    def _incoming_record(self, record: ContactRecord) -> ContactRecord:
        return record if record.source else replace(record, source=self.plan.source)

    def add(self, item: PlannedItem) -> None:
        match = item.match
        if match is not None and item.decision == Decision.SKIP:
            self.outcome.skipped += 1
            self.done_by_index[item.index] = None
            return
        target: int | None = None
        if match is not None and item.decision == Decision.MERGE:
            if match.contact_id is not None:
                target = match.contact_id if match.contact_id in self.live_targets else None
            elif match.planned_index in self.pending_indexes:
                # The earlier record is not written yet: fold this one into it, so the
                # contact is created merged (as creating it and then merging would leave it).
                position = self.pending_indexes[match.planned_index]
                earlier_index, earlier = self.pending_creates[position]
                self.pending_creates[position] = (
                    earlier_index,
                    merge_records(
                        self._incoming_record(earlier),
                        self._incoming(item),
                        update=match.update,
                        region=self.contacts.region,
                    ),
                )
                self.pending_indexes[item.index] = position
                return
            else:
                target = self.done_by_index.get(match.planned_index)  # type: ignore[arg-type]
        if target is None:  # new, kept apart, or its target is gone or was skipped
            # Written at the end (flush), so any later record that merges into it is folded
            # in first: merging into a written contact costs a read and a rewrite.
            self.pending_indexes[item.index] = len(self.pending_creates)
            self.pending_creates.append((item.index, item.record))  # its source: see below
            return
        self.done_by_index[item.index] = target
        self.pending_merges.append((item, target))  # written at the end too, see flush

    def flush(self) -> None:
        """Write what was gathered: each of create_many and update_many is called once,
        since inside the import's transaction every call is a savepoint that copies again
        every page it touches (at 100k, slices of 2,000 made writing three times slower)."""
        self.flush_creates()
        self.flush_merges()

    def _check_cancelled(self) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise ImportCancelledError("the import was cancelled; nothing was changed")

    def flush_creates(self) -> None:
        if not self.pending_creates:
            return
        ids = self.contacts.create_many(
            [record for _, record in self.pending_creates],
            stage_id=self.stage_id,
            import_batch_id=self.current_batch().id,
            default_source=self.plan.source,  # for records that name no source
            before_chunk=self._check_cancelled,
        )
        for (index, _), contact_id in zip(self.pending_creates, ids, strict=True):
            self.done_by_index[index] = contact_id
            self.created_ids.add(contact_id)
            self.outcome.note(contact_id, "created")
        for index, position in self.pending_indexes.items():  # records folded in
            self.done_by_index[index] = ids[position]
        self.pending_creates.clear()
        self.pending_indexes.clear()

    def flush_merges(self) -> None:
        if not self.pending_merges:
            return
        region = self.contacts.region
        targets = list(dict.fromkeys(target for _, target in self.pending_merges))
        current = {record.id: record for record in self.contacts.records(targets)}
        changed: dict[int, ContactRecord] = {}
        priors: dict[int, ContactRecord] = {}
        for item, target in self.pending_merges:
            existing = current[target]
            merged = merge_records(
                existing, self._incoming(item), update=item.match.update, region=region
            )
            if _comparable(merged) == _comparable(existing):
                self.outcome.note(target, "unchanged")
                continue
            # The state before this import's first change to the contact; a contact this
            # import created has none: undoing the import makes it a tombstone.
            if target not in self.snapshotted and target not in self.created_ids:
                priors[target] = existing
                self.snapshotted.add(target)
            current[target] = changed[target] = merged
            self.outcome.note(target, "merged")
        self.pending_merges.clear()
        if not changed:
            return
        batch_id = self.current_batch().id
        if priors:
            rows = []
            for chunk in _chunks(list(priors)):
                for cid, earlier_batch in (
                    Contact.select(Contact.id, Contact.import_batch)
                    .where(Contact.id.in_(chunk))
                    .tuples()
                ):
                    prior = snapshot_record(priors[cid])
                    prior["import_batch_id"] = earlier_batch
                    rows.append((batch_id, cid, json.dumps(prior)))
            database.connection().executemany(
                "INSERT INTO import_merge (batch_id, contact_id, prior_state) VALUES (?, ?, ?)",
                rows,
            )
        self.contacts.update_many(changed, before_chunk=self._check_cancelled)
        for chunk in _chunks(list(changed)):
            Contact.update(import_batch=batch_id).where(
                Contact.id.in_(chunk), Contact.import_batch.is_null()
            ).execute()


def importer_for(workspace) -> Importer:
    """The workspace's importer, built on first use (one, so undo entries share it)."""
    importer = workspace.importer
    if importer is None:
        backups = getattr(workspace, "backups", None)
        importer = Importer(
            workspace.contacts,
            workspace.clock,
            workspace.undo,
            backup=backups.backup_now if backups is not None else None,
        )
        workspace.importer = importer
    return importer


def import_files(
    workspace,
    paths: Sequence[str | os.PathLike[str]],
    *,
    source: str = DEFAULT_SOURCE,
    stage_id: int | None = None,
    decision: Decision | None = None,
    progress: ProgressCallback | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> tuple[ImportPlan, ImportOutcome]:
    """Read, plan and apply in one go (the command line's way; the dialog plans, asks,
    then applies). Each duplicate gets its default decision (merge, keep both for a
    possible duplicate), or ``decision`` for every one of them when given."""
    importer = importer_for(workspace)
    results, problems, unreadable = importer.read_files(paths)
    plan = importer.plan(
        results, source=source, stage_id=stage_id, extra_problems=problems, unreadable=unreadable
    )
    if decision is not None:
        plan.decide_all(decision)
    return plan, importer.apply(plan, progress=progress, is_cancelled=is_cancelled)
