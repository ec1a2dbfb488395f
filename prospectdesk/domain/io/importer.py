"""Importing contact files into the store: plan first (what is new, what duplicates a
stored contact and why, what could not be read), then apply the plan in one transaction.

The GUI shows the plan and lets the owner decide per duplicate; the command line applies
each duplicate's default decision. Two different people are never merged silently: the
default is to merge only when the identity is certain (the same UID, or the same e-mail or
phone *and* a compatible name, see :func:`.import_match.compatible_names`). Anything
weaker is a *possible* duplicate, kept apart unless the owner chooses Merge: the same
name (bought lead lists are full of different people called "Jan de Vries"), or the same
e-mail or phone under another person's name (a family's landline, a shop's info@
address). Both call this module: there is no second import.
A whole import can be undone: new contacts become tombstones, merged ones get their
earlier state back (kept in ``import_merge``).

The work is split along its seams: :mod:`.import_plan` (the plan and outcome types),
:mod:`.import_match` (which contact a record is), :mod:`.import_merge` (folding records
together) and :mod:`.import_write` (writing a plan in bulk); this module reads the files
and runs the three steps. Its names are re-exported here for callers.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from prospectdesk.clock import Clock, from_utc_naive, stored_datetime, utc_naive
from prospectdesk.domain.contacts import ContactBook
from prospectdesk.domain.errors import DomainError
from prospectdesk.domain.io.base import (
    FileTooLargeError,
    ImportProblem,
    NotAContactFileError,
    ParseResult,
    without_cyclic_gc,
)
from prospectdesk.domain.io.csv_read import ColumnMapping, CsvTable, read_table, records_from_table
from prospectdesk.domain.io.detect import load_bytes, read_sniffed_vcards, sniff_format
from prospectdesk.domain.io.import_match import (  # noqa: F401 - re-exported
    name_key,
    org_key,
    store_index,
)
from prospectdesk.domain.io.import_merge import (  # noqa: F401 - re-exported
    Conflict,
    Merger,
    _comparable,
    merge_records,
    record_from_snapshot,
    snapshot_record,
)
from prospectdesk.domain.io.import_plan import (  # noqa: F401 - re-exported
    DEFAULT_SOURCE,
    Decision,
    DuplicateMatch,
    ImportCancelledError,
    ImportOutcome,
    ImportPlan,
    PlannedItem,
    ProgressCallback,
)
from prospectdesk.domain.io.import_write import BatchWriter, chunks
from prospectdesk.domain.records import Birthday, Changes, ContactRecord, PhoneEntry
from prospectdesk.domain.search import reindex_contacts
from prospectdesk.domain.undo import UndoStack
from prospectdesk.store.db import database
from prospectdesk.store.models import Contact, ImportBatch, ImportMerge
from prospectdesk.store.rows import tuples

if TYPE_CHECKING:
    from prospectdesk.domain.workspace import Workspace

# -- reading -------------------------------------------------------------------------------------


@dataclass
class FileReadout:
    """What reading the files gave: parsed results, the tables of CSVs of no known layout
    (whose columns the owner may map), and the files refused as a whole (each also a
    problem at line 0). The one way files are read, for the preview and the command line."""

    results: dict[Path, ParseResult] = field(default_factory=dict)
    tables: dict[Path, CsvTable] = field(default_factory=dict)
    problems: list[ImportProblem] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)


def read_files(
    paths: Sequence[str | os.PathLike[str]],
    region: str | None,
    mappings: dict[str, ColumnMapping] | None = None,
    clock: Clock | None = None,
) -> FileReadout:
    """Parse every file (no store access: safe on a worker thread); a file that cannot be
    read at all becomes a problem and is listed as unreadable, the others still go in.
    ``clock`` places two-digit birth years (the system's when None)."""
    readout = FileReadout()
    for raw in paths:
        path = Path(raw)
        name = path.name
        mapping = (mappings or {}).get(str(raw)) or (mappings or {}).get(name)
        try:
            data = load_bytes(path, name)
            if sniff_format(data, name) == "csv":
                table = read_table(data, name)
                if table.layout == "generic":
                    readout.tables[path] = table
                readout.results[path] = records_from_table(
                    table, mapping, region=region, clock=clock
                )
            else:  # sniffed once: read_contact_file would look at the whole file again
                readout.results[path] = read_sniffed_vcards(data, name, region=region)
        except (NotAContactFileError, FileTooLargeError) as error:
            readout.problems.append(ImportProblem(name, 0, str(error), fatal_for_record=True))
            readout.unreadable.append(name)
    return readout


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
        """:func:`read_files` with this workspace's region, as (results, problems,
        unreadable)."""
        readout = read_files(paths, self.contacts.region, mappings, self.clock)
        return list(readout.results.values()), readout.problems, readout.unreadable

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
        conflicts_of_kept_apart: bool = True,
    ) -> ImportPlan:
        """What importing ``results`` would do; reads the store, writes nothing.

        ``conflicts_of_kept_apart``: also work out what merging each possible duplicate
        would replace (the preview shows it; the owner may choose Merge). False where
        nobody can choose any more (the command line): a bought list of 100,000 has
        80,000 possible duplicates, and their conflicts were a third of the planning."""
        region = self.contacts.region
        index = store_index(self.contacts)
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
                # By position (index, file, line, record): keywords cost more, 100,000 times.
                item = PlannedItem(len(plan.items), result.file, parsed.line, record)
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
                        # (a re-import must not add a copy of everyone who has only a name),
                        # unless the record shares only an e-mail or phone with it under
                        # another person's name (two people behind one number).
                        possible = possible and not (from_same_file and not found.other_name)
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
                else:  # what it adds (another phone, say) is its target's now
                    index.add(found.target, record, region)
                plan.items.append(item)
        self._find_conflicts(plan, kept_apart=conflicts_of_kept_apart)
        return plan

    def _find_conflicts(self, plan: ImportPlan, *, kept_apart: bool = True) -> None:
        """Fill each duplicate's :attr:`PlannedItem.conflicts`: the merges are done in
        memory, in plan order, as applying the plan with its default decisions will do
        them (a record kept apart by default shows what merging it would replace)."""
        region = self.contacts.region
        stored_ids = sorted(
            {
                item.match.contact_id
                for item in plan.items
                if item.match is not None and item.match.contact_id is not None
            }
        )
        stored = _conflict_bases(stored_ids)
        duplicates = [item for item in plan.items if item.match is not None]
        keys = [_target_key(item) for item in duplicates]
        # How many duplicates are still to come per target: the last one need not be
        # folded in (at a re-import, every one is the last of its contact).
        to_come = Counter(keys)
        mergers: dict[object, Merger] = {}
        for item, key in zip(duplicates, keys, strict=True):
            match = item.match
            assert match is not None
            to_come[key] -= 1
            if not kept_apart and item.decision != Decision.MERGE:
                continue  # nothing folded, nothing shown: its conflicts are not needed
            merger = mergers.get(key)
            if merger is None:
                if match.contact_id is not None:
                    if match.contact_id not in stored:
                        continue
                    target = stored[match.contact_id]
                else:
                    target = plan.items[match.planned_index or 0].record
                merger = mergers[key] = Merger(target, region)
            item.conflicts = merger.conflicts(item.record, item.where)
            if item.decision == Decision.MERGE and to_come[key]:
                merger.fold(
                    item.record, update=match.update, where=item.where, conflicts=item.conflicts
                )

    def _contacts_from_files(self, files: set[str]) -> set[tuple[str, int]]:
        """(file name, contact id) for contacts an earlier import of a file with the same
        name created: a newer export of that address book updates them."""
        batch_files: dict[int, set[str]] = {}
        for batch_id, names in tuples(ImportBatch.select(ImportBatch.id, ImportBatch.file_name)):
            shared = set(names.split(", ")) & files  # one batch may hold several files
            if shared:
                batch_files[batch_id] = shared
        if not batch_files:
            return set()
        query = tuples(
            Contact.select(Contact.import_batch, Contact.id).where(
                Contact.import_batch.in_(list(batch_files)), Contact.deleted_at.is_null()
            )
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

        New contacts and merges are written in batches (see :class:`~.import_write.BatchWriter`), a few
        statements per batch rather than several per record."""
        outcome = ImportOutcome(batch_id=None, rejected_records=len(plan.rejected_records))
        total = len(plan.items)
        if self.backup is not None and plan.items:
            # Outside the transaction: the backup is a snapshot of the data before it.
            self.backup("pre-import")
        with database.atomic(), self.undo.paused():
            writer = BatchWriter(self.contacts, self.clock, plan, outcome, is_cancelled)
            for number, item in enumerate(plan.items, start=1):
                if is_cancelled is not None and is_cancelled():
                    raise ImportCancelledError("the import was cancelled; nothing was changed")
                writer.add(item)
                if progress is not None:
                    progress(number, total)
            writer.flush()
            outcome.batch_id = writer.batch_id
            if outcome.batch_id is not None:
                ImportBatch.update(
                    created_count=len(outcome.created),
                    merged_count=len(outcome.merged),
                    skipped_count=outcome.skipped
                    + outcome.unchanged_records
                    + outcome.rejected_records,
                    applied_at=utc_naive(self.clock.now()),
                ).where(ImportBatch.id == outcome.batch_id).execute()
                # The undo step in the import's own transaction: one commit (one sync)
                # less, and never an import without its step.
                label = f"Import {', '.join(plan.files)}"
                count = len(outcome.created) + len(outcome.merged)
                self.undo.add_batch(outcome.batch_id, label, count)
        outcome.changes = Changes(
            everything=bool(outcome.created or outcome.merged),
            contacts=set(outcome.created) | set(outcome.merged),
            created=list(outcome.created),
        )
        return outcome

    # -- undo ----------------------------------------------------------------------------

    @without_cyclic_gc
    def undo_batch(self, batch_id: int) -> Changes:
        """Take a whole import back (Ctrl+Z): see :meth:`undo_import`; an import undone
        already is left alone."""
        if ImportBatch.get_by_id(batch_id).undone_at is not None:
            return Changes()
        return self.undo_import(batch_id).changes

    @without_cyclic_gc
    def undo_import(self, batch_id: int) -> ImportUndone:
        """Take a whole import back, in one transaction: its new contacts become
        tombstones, merged contacts get their earlier state back (in bulk: an import may
        have merged 80,000).

        A contact the owner changed after the import (edited, moved, tagged, merged into
        by a later import; a new contact with a conversation or follow-up) is kept as it
        is now and named in the result: undoing the import must not throw away work done
        since. Raises :class:`ImportNotFoundError` or :class:`ImportAlreadyUndoneError`
        (nothing changed)."""
        with database.atomic():
            batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
            if batch is None:
                raise ImportNotFoundError(f"there is no import #{batch_id}")
            if batch.undone_at is not None:
                when = from_utc_naive(stored_datetime(batch.undone_at), self.clock.now().tzinfo)
                raise ImportAlreadyUndoneError(
                    f"import #{batch_id} ({batch.file_name}) was undone already, on "
                    f"{when:%Y-%m-%d %H:%M}"
                )
            now = utc_naive(self.clock.now())
            applied = batch.applied_at  # None for imports made before migration 13
            priors = {
                cid: json.loads(state)
                for cid, state in tuples(
                    ImportMerge.select(ImportMerge.contact, ImportMerge.prior_state).where(
                        ImportMerge.batch == batch_id
                    )
                )
            }
            new_ids = [
                cid
                for (cid,) in tuples(
                    Contact.select(Contact.id).where(
                        Contact.import_batch == batch_id, Contact.deleted_at.is_null()
                    )
                )
                if cid not in priors
            ]
            changed = _changed_since(new_ids, list(priors), applied)
            new_ids = [cid for cid in new_ids if cid not in changed]
            kept = self.contacts.display_names(changed)
            stages: set[int] = set()
            live_merged: set[int] = set()
            for chunk in chunks(new_ids + list(priors)):
                for cid, sid, deleted_at in tuples(
                    Contact.select(Contact.id, Contact.stage, Contact.deleted_at).where(
                        Contact.id.in_(chunk)
                    )
                ):
                    stages.add(sid)
                    if deleted_at is None and cid in priors and cid not in changed:
                        live_merged.add(cid)
            for chunk in chunks(new_ids):
                Contact.update(deleted_at=now, updated_at=now).where(
                    Contact.id.in_(chunk)
                ).execute()
            reindex_contacts(new_ids)
            tags_before = _tag_ids(sorted(live_merged))
            self.contacts.update_many(
                {cid: record_from_snapshot(priors[cid]) for cid in priors if cid in live_merged}
            )
            _drop_unused_tags(tags_before)
            by_prior_batch: dict[int | None, list[int]] = {}
            for cid, prior in priors.items():
                if cid not in changed:
                    by_prior_batch.setdefault(prior.get("import_batch_id"), []).append(cid)
            for prior_batch, ids in by_prior_batch.items():
                for chunk in chunks(ids):
                    Contact.update(import_batch=prior_batch).where(Contact.id.in_(chunk)).execute()
            batch.undone_at = now
            batch.save()
        changes = Changes(stages=stages, contacts=set(new_ids) | set(live_merged), everything=True)
        return ImportUndone(
            changes=changes,
            removed=len(new_ids),
            restored=len(live_merged),
            kept=sorted(kept.items(), key=lambda pair: pair[1].casefold()),
        )

    def changed_since_import(self, batch_id: int) -> list[tuple[int, str]]:
        """The contacts :meth:`undo_import` would keep as they are (id, name): what the
        owner is told before confirming an undo. Reads only."""
        batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
        if batch is None or batch.undone_at is not None:
            return []
        merged = {
            cid
            for (cid,) in tuples(
                ImportMerge.select(ImportMerge.contact).where(ImportMerge.batch == batch_id)
            )
        }
        created = [
            cid
            for (cid,) in tuples(
                Contact.select(Contact.id).where(
                    Contact.import_batch == batch_id, Contact.deleted_at.is_null()
                )
            )
            if cid not in merged
        ]
        changed = _changed_since(created, sorted(merged), batch.applied_at)
        names = self.contacts.display_names(changed)  # live ones only
        return sorted(names.items(), key=lambda pair: pair[1].casefold())

    def history(self) -> list[ImportInfo]:
        """Every import, newest first, with its counts (read-only)."""
        zone = self.clock.now().tzinfo
        return [
            ImportInfo(
                id=batch.id,
                file=batch.file_name,
                imported_at=from_utc_naive(stored_datetime(batch.imported_at), zone),
                created=batch.created_count,
                merged=batch.merged_count,
                skipped=batch.skipped_count,
                undone_at=from_utc_naive(stored_datetime(batch.undone_at), zone)
                if batch.undone_at is not None
                else None,
            )
            for batch in ImportBatch.select().order_by(ImportBatch.id.desc())
        ]

    def batches(self) -> list[tuple[int, str, bool]]:
        """(id, file name, undone) of every import, newest first."""
        return [(info.id, info.file, info.undone) for info in self.history()]


class ImportNotFoundError(DomainError, LookupError):
    """No import has this id."""


class ImportAlreadyUndoneError(DomainError):
    """The import was undone before: undoing it again would change nothing."""


@dataclass(frozen=True)
class ImportInfo:
    """One row of the import history. A count is None when an import made before
    ProspectDesk kept it cannot tell (skipped records of older imports)."""

    id: int
    file: str
    imported_at: datetime
    created: int | None
    merged: int | None
    skipped: int | None
    undone_at: datetime | None

    @property
    def undone(self) -> bool:
        return self.undone_at is not None

    def to_json(self) -> dict[str, object]:
        """The object ``prospectdesk imports --json`` prints (documented in the README)."""
        return {
            "id": self.id,
            "file": self.file,
            "imported_at": self.imported_at.isoformat(),
            "created": self.created,
            "merged": self.merged,
            "skipped": self.skipped,
            "undone": self.undone,
        }


@dataclass
class ImportUndone:
    """What undoing an import did: contacts removed (made tombstones) and restored, and
    those kept as they are because they were changed after the import (id, name)."""

    changes: Changes
    removed: int
    restored: int
    kept: list[tuple[int, str]] = field(default_factory=list)


def _tag_ids(contact_ids: Sequence[int]) -> set[int]:
    """The tags on these contacts."""
    found: set[int] = set()
    for chunk in chunks(contact_ids):
        marks = ", ".join("?" * len(chunk))
        query = f"SELECT DISTINCT tag_id FROM contact_tag WHERE contact_id IN ({marks})"
        found.update(tid for (tid,) in database.execute_sql(query, list(chunk)))
    return found


def _drop_unused_tags(tag_ids: set[int]) -> None:
    """Of the tags merged contacts had before their restore, forget those no contact has
    now (not even a tombstone): the import brought them, and the tag list must not offer
    them after its undo."""
    for chunk in chunks(sorted(tag_ids)):
        marks = ", ".join("?" * len(chunk))
        database.execute_sql(
            f"DELETE FROM tag WHERE id IN ({marks})"
            " AND NOT EXISTS (SELECT 1 FROM contact_tag WHERE tag_id = tag.id)",
            list(chunk),
        )


def _changed_since(created: list[int], merged: list[int], applied: object) -> set[int]:
    """Which contacts of an import the owner changed after it: written after the import
    ended (``applied``), or, for a new contact, given a conversation or follow-up. For an
    import made before ``applied_at`` was kept, a new contact counts as changed when it was
    written after it was created; a merged one cannot be told and counts as unchanged."""
    changed: set[int] = set()
    for ids, is_new in ((created, True), (merged, False)):
        for chunk in chunks(ids):
            marks = ", ".join("?" * len(chunk))
            if applied is not None:
                query = f"SELECT id FROM contact WHERE id IN ({marks}) AND updated_at > ?"
                changed.update(
                    cid for (cid,) in database.execute_sql(query, [*chunk, str(applied)])
                )
            elif is_new:
                query = f"SELECT id FROM contact WHERE id IN ({marks}) AND updated_at > created_at"
                changed.update(cid for (cid,) in database.execute_sql(query, list(chunk)))
            if is_new:
                for table in ("interaction", "follow_up"):
                    changed.update(
                        cid
                        for (cid,) in database.execute_sql(
                            f"SELECT DISTINCT contact_id FROM {table}"
                            f" WHERE contact_id IN ({marks})",
                            list(chunk),
                        )
                    )
    return changed


def _target_key(item: PlannedItem) -> object:
    """The contact a duplicate matches: a stored id, or ("planned", index)."""
    assert item.match is not None
    if item.match.contact_id is not None:
        return item.match.contact_id
    return ("planned", item.match.planned_index)


def _conflict_bases(contact_ids: Sequence[int]) -> dict[int, ContactRecord]:
    """What conflicts are found in, for each live contact of ``contact_ids``: its names,
    birthday, phones and notes only, read in two queries per 500 (a full record read of
    every contact a re-import matches would double the work of applying it)."""
    bases: dict[int, ContactRecord] = {}
    for chunk in chunks(list(contact_ids)):
        marks = ", ".join("?" * len(chunk))
        for cid, given, family, year, month, day, notes in database.execute_sql(
            "SELECT id, given_name, family_name, birthday_year, birthday_month, birthday_day,"
            f" notes FROM contact WHERE deleted_at IS NULL AND id IN ({marks})",
            list(chunk),
        ):
            try:
                birthday = Birthday(month, day, year) if month and day else None
            except ValueError:  # as ContactBook reads it: no birthday, the row kept
                birthday = None
            bases[cid] = ContactRecord(
                id=cid, given_name=given, family_name=family, birthday=birthday, notes=notes
            )
        for cid, value, label, normalized in database.execute_sql(
            "SELECT contact_id, value, label, normalized FROM contact_phone"
            f" WHERE contact_id IN ({marks}) ORDER BY contact_id, position, id",
            list(chunk),
        ):
            if cid in bases:
                bases[cid].phones.append(PhoneEntry(value, label, normalized))
    return bases


def importer_for(workspace: Workspace) -> Importer:
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


@without_cyclic_gc  # one pause for all three steps: see the docstring
def import_files(
    workspace: Workspace,
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
    possible duplicate), or ``decision`` for every one of them when given.

    The collector stays paused from the reading to the writing: paused step by step, it
    came back between the steps with every record read in its youngest generation, and
    its first collection walked them all (~1 s of a 100k import)."""
    importer = importer_for(workspace)
    results, problems, unreadable = importer.read_files(paths)
    plan = importer.plan(
        results,
        source=source,
        stage_id=stage_id,
        extra_problems=problems,
        unreadable=unreadable,
        # Nobody chooses per record here: a record kept apart stays apart (unless every
        # duplicate is merged), so what merging it would replace need not be worked out.
        conflicts_of_kept_apart=decision == Decision.MERGE,
    )
    if decision is not None:
        plan.decide_all(decision)
    return plan, importer.apply(plan, progress=progress, is_cancelled=is_cancelled)
