"""Writing a plan: new contacts and merges gathered in memory and written in bulk inside the
import's one transaction, with each merged contact's prior state kept for the undo."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace

from prospectdesk.clock import Clock, utc_naive
from prospectdesk.domain.contacts import ContactBook
from prospectdesk.domain.io.import_merge import Merger, snapshot_record
from prospectdesk.domain.io.import_plan import (
    Decision,
    ImportCancelledError,
    ImportOutcome,
    ImportPlan,
    PlannedItem,
)
from prospectdesk.domain.records import ContactRecord
from prospectdesk.store.db import database
from prospectdesk.store.models import Contact, ImportBatch, Stage
from prospectdesk.store.rows import tuples


def chunks(ids: Sequence[int], size: int = 500) -> list[Sequence[int]]:
    """Slices of at most ``size`` ids: SQLite limits the parameters of one statement."""
    return [ids[start : start + size] for start in range(0, len(ids), size)]


class BatchWriter:
    """Walks the planned items in order and writes them in bulk at the end. New contacts
    are written with :meth:`ContactBook.create_many` (a record that merges into one of
    them is folded into it in memory first). Merges into stored contacts read their
    targets' records in bulk, are folded in memory (in plan order, so several records
    merging into one contact do so one after the other, as before) and written with
    :meth:`ContactBook.update_many`, with the prior state of each changed contact kept in
    ``import_merge`` for the undo."""

    def __init__(
        self,
        contacts: ContactBook,
        clock: Clock,
        plan: ImportPlan,
        outcome: ImportOutcome,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self.is_cancelled = is_cancelled
        self.contacts = contacts
        self.clock = clock
        self.plan = plan
        self.outcome = outcome
        self.stage_id = plan.stage_id
        if self.stage_id is None:
            self.stage_id = Stage.select(Stage.id).order_by(Stage.position).scalar()
        self.now = utc_naive(self.clock.now())
        self._batch: ImportBatch | None = None
        self.done_by_index: dict[int, int | None] = {}  # planned index -> its contact id
        # New contacts: a record, or a Merger once later records of this import fold into it.
        self.pending_creates: list[tuple[int, ContactRecord | Merger]] = []
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
        for chunk in chunks(sorted(ids)):
            live.update(
                cid
                for (cid,) in tuples(
                    Contact.select(Contact.id).where(
                        Contact.id.in_(chunk), Contact.deleted_at.is_null()
                    )
                )
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
                if not isinstance(earlier, Merger):
                    earlier = Merger(self._incoming_record(earlier), self.contacts.region)
                    self.pending_creates[position] = (earlier_index, earlier)
                earlier.fold(
                    self._incoming(item),
                    update=match.update,
                    take_incoming=item.take_incoming,
                    where=item.where,
                )
                self.outcome.merged_records += 1
                self.pending_indexes[item.index] = position
                return
            else:
                target = self.done_by_index.get(match.planned_index)  # type: ignore[arg-type]
        if target is None:  # new, kept apart, or its target is gone or was skipped
            # Written at the end (flush), so any later record that merges into it is folded
            # in first: merging into a written contact costs a read and a rewrite.
            self.pending_indexes[item.index] = len(self.pending_creates)
            self.pending_creates.append((item.index, item.record))  # its source: see below
            if match is not None and item.decision == Decision.KEEP_BOTH:
                self.outcome.kept_apart_records += 1
            else:
                self.outcome.new_records += 1
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
            [
                pending.result() if isinstance(pending, Merger) else pending
                for _, pending in self.pending_creates
            ],
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
        current = {record.id: Merger(record, region) for record in self.contacts.records(targets)}
        changed: dict[int, Merger] = {}
        priors: dict[int, ContactRecord] = {}
        for item, target in self.pending_merges:
            merger = current[target]
            assert item.match is not None
            if not merger.fold(
                self._incoming(item),
                update=item.match.update,
                take_incoming=item.take_incoming,
                where=item.where,
            ):
                self.outcome.note(target, "unchanged")
                self.outcome.unchanged_records += 1
                continue
            self.outcome.merged_records += 1
            # The state before this import's first change to the contact; a contact this
            # import created has none: undoing the import makes it a tombstone.
            if target not in self.snapshotted and target not in self.created_ids:
                priors[target] = merger.original
                self.snapshotted.add(target)
            changed[target] = merger
            self.outcome.note(target, "merged")
        self.pending_merges.clear()
        if not changed:
            return
        batch_id = self.current_batch().id
        if priors:
            rows = []
            for chunk in chunks(list(priors)):
                for cid, earlier_batch in tuples(
                    Contact.select(Contact.id, Contact.import_batch).where(Contact.id.in_(chunk))
                ):
                    prior = snapshot_record(priors[cid])
                    prior["import_batch_id"] = earlier_batch
                    rows.append((batch_id, cid, json.dumps(prior)))
            database.connection().executemany(
                "INSERT INTO import_merge (batch_id, contact_id, prior_state) VALUES (?, ?, ?)",
                rows,
            )
        self.contacts.update_many(
            {cid: merger.result() for cid, merger in changed.items()},
            before_chunk=self._check_cancelled,
        )
        for chunk in chunks(list(changed)):
            Contact.update(import_batch=batch_id).where(
                Contact.id.in_(chunk), Contact.import_batch.is_null()
            ).execute()
