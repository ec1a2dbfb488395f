"""Contacts: create, read, edit, delete (with a tombstone) and bulk tagging.

Every public method is one transaction and returns the :class:`Changes` it made.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from typing import Any

from peewee import fn

from prospectdesk.clock import Clock, from_utc_naive, stored_datetime, utc_naive
from prospectdesk.domain.errors import DomainError
from prospectdesk.domain.phones import default_region, normalize_phone
from prospectdesk.domain.records import (
    AddressEntry,
    Birthday,
    Changes,
    ContactRecord,
    EmailEntry,
    PhoneEntry,
    derive_display_name,
)
from prospectdesk.domain.search import (
    insert_search_rows,
    phone_search_words,
    reindex_contacts,
    search_body,
)
from prospectdesk.domain.undo import UndoStack
from prospectdesk.domain.validation import ValidationError, identity_problems, validate_contact
from prospectdesk.store.bulk import (
    CONTACT_INSERT_TABLES,
    CONTACT_INSERT_TRIGGERS,
    indexes_rebuilt,
    triggers_paused,
)
from prospectdesk.store.db import database
from prospectdesk.store.models import (
    Contact,
    ContactAddress,
    ContactEmail,
    ContactPhone,
    ContactTag,
    LeadSource,
    Stage,
    StageChange,
    Tag,
)
from prospectdesk.store.rows import tuples

POSITION_STEP = 1024.0

# create_many writes with executemany; the columns match the models in store/models.py.
_BULK_CONTACT_FIELDS = (
    "given_name",
    "family_name",
    "display_name_override",
    "display_name",
    "organization",
    "job_title",
    "birthday_year",
    "birthday_month",
    "birthday_day",
    "photo",
    "source",
    "notes",
    "expected_value_cents",
)
_BULK_CONTACT_SQL = (
    "INSERT INTO contact (id, uid, given_name, family_name, display_name_override,"
    " display_name, organization, job_title, birthday_year, birthday_month, birthday_day,"
    " photo, source_id, notes, expected_value_cents, import_batch_id, stage_id, position,"
    " stage_entered_at, created_at, updated_at, revision) VALUES (" + ",".join("?" * 22) + ")"
)
_BULK_EMAIL_SQL = (
    "INSERT INTO contact_email (contact_id, value, label, position) VALUES (?, ?, ?, ?)"
)
_BULK_PHONE_SQL = (
    "INSERT INTO contact_phone (contact_id, value, normalized, label, position)"
    " VALUES (?, ?, ?, ?, ?)"
)
_BULK_ADDRESS_SQL = (
    "INSERT INTO contact_address (contact_id, label, street, city, region, postal_code,"
    " country, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_BULK_TAG_SQL = "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)"
_BULK_UPDATE_SQL = (
    "UPDATE contact SET "
    + ", ".join(f"{'source_id' if name == 'source' else name} = ?" for name in _BULK_CONTACT_FIELDS)
    + ", updated_at = ? WHERE id = ?"
)
_CHILD_TABLES = ("contact_email", "contact_phone", "contact_address", "contact_tag")
_BULK_HISTORY_SQL = (
    "INSERT INTO stage_change (contact_id, from_stage_id, to_stage_id, changed_at)"
    " VALUES (?, NULL, ?, ?)"
)


def _stored_birthday(month: int | None, day: int | None, year: int | None) -> Birthday | None:
    if not (month and day):
        return None
    try:
        return Birthday(month, day, year)
    except ValueError:  # written by an older or foreign tool: show no birthday, keep the row
        return None


def _tag(name: str) -> Tag:
    """The tag called ``name``, made when new."""
    # peewee leaves get_or_create unannotated.
    tag: Tag = Tag.get_or_create(name=name)[0]  # type: ignore[no-untyped-call]
    return tag


class ContactNotFoundError(DomainError, LookupError):
    """No live contact has this id (deleted meanwhile, say)."""


def new_uid() -> str:
    """``urn:uuid:`` and a random (version 4) UUID, as ``uuid.uuid4()`` writes it, made
    from the random bytes directly: a bulk import makes 100,000 of them."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = raw.hex()
    return f"urn:uuid:{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


class ContactBook:
    def __init__(self, clock: Clock, undo: UndoStack | None = None) -> None:
        self.clock = clock
        self.undo = undo or UndoStack()
        self.region = default_region()

    # -- reading ---------------------------------------------------------------------------

    def get(self, contact_id: int) -> ContactRecord:
        records = self.records([contact_id])
        if not records:
            raise ContactNotFoundError(contact_id)
        return records[0]

    def exists(self, contact_id: int) -> bool:
        """Whether ``contact_id`` is a live contact (asked twice per opened contact: plain
        SQL, not a peewee query built each time)."""
        return bool(
            database.execute_sql(
                "SELECT EXISTS (SELECT 1 FROM contact WHERE id = ? AND deleted_at IS NULL)",
                [contact_id],
            ).fetchone()[0]
        )

    def count(self) -> int:
        return Contact.select().where(Contact.deleted_at.is_null()).count()

    def any_live(self) -> bool:
        """Whether there is any live contact: asked at every start and after every change
        (Today's first steps), where counting 100,000 rows cost 55 ms; this stops at the
        first one."""
        return bool(
            database.execute_sql(
                "SELECT EXISTS (SELECT 1 FROM contact WHERE deleted_at IS NULL)"
            ).fetchone()[0]
        )

    def all_ids(self) -> list[int]:
        query = Contact.select(Contact.id).where(Contact.deleted_at.is_null()).order_by(Contact.id)
        return [row[0] for row in tuples(query)]

    def display_names(self, contact_ids: Iterable[int]) -> dict[int, str]:
        """The card name of each live contact among ``contact_ids``, a few queries for
        thousands (an import preview names every stored contact a record duplicates)."""
        ids = sorted(set(contact_ids))
        names: dict[int, str] = {}
        for start in range(0, len(ids), 500):
            names.update(
                tuples(
                    Contact.select(Contact.id, Contact.display_name).where(
                        Contact.id.in_(ids[start : start + 500]), Contact.deleted_at.is_null()
                    )
                )
            )
        return names

    def find_by_uid(self, uid: str) -> int | None:
        row = Contact.get_or_none(Contact.uid == uid)
        return row.id if row is not None and row.deleted_at is None else None

    def records(self, contact_ids: Sequence[int] | None = None) -> list[ContactRecord]:
        """Full records of live contacts (all of them when ``contact_ids`` is None), in id
        order, read with a fixed number of queries per 500 contacts rather than several
        per contact: an export of thousands takes seconds, not minutes. Plain SQL and
        tuples: building the six peewee queries was most of opening one contact's record
        (1.4 ms of a click)."""
        if contact_ids is None:
            chunks: list[list[int] | None] = [None]
        else:
            ids = sorted(set(contact_ids))
            chunks = [ids[i : i + 500] for i in range(0, len(ids), 500)]
        zone = self.clock.now().tzinfo
        run = database.execute_sql
        sources: dict[int, str] = dict(run("SELECT id, name FROM lead_source").fetchall())
        result: list[ContactRecord] = []
        for chunk in chunks:
            wanted = "contact.deleted_at IS NULL"
            params: list[int] = []
            if chunk is not None:
                wanted += f" AND contact.id IN ({','.join('?' * len(chunk))})"
                params = chunk
            emails: dict[int, list[EmailEntry]] = defaultdict(list)
            for contact_id, value, label in run(
                "SELECT e.contact_id, e.value, e.label FROM contact_email AS e"
                f" JOIN contact ON contact.id = e.contact_id WHERE {wanted}"
                " ORDER BY e.contact_id, e.position, e.id",
                params,
            ):
                emails[contact_id].append(EmailEntry(value, label))
            phones: dict[int, list[PhoneEntry]] = defaultdict(list)
            for contact_id, value, label, normalized in run(
                "SELECT p.contact_id, p.value, p.label, p.normalized FROM contact_phone AS p"
                f" JOIN contact ON contact.id = p.contact_id WHERE {wanted}"
                " ORDER BY p.contact_id, p.position, p.id",
                params,
            ):
                phones[contact_id].append(PhoneEntry(value, label, normalized))
            addresses: dict[int, list[AddressEntry]] = defaultdict(list)
            for contact_id, *fields in run(
                "SELECT a.contact_id, a.label, a.street, a.city, a.region, a.postal_code,"
                " a.country FROM contact_address AS a"
                f" JOIN contact ON contact.id = a.contact_id WHERE {wanted}"
                " ORDER BY a.contact_id, a.position, a.id",
                params,
            ):
                addresses[contact_id].append(AddressEntry(*fields))
            tags: dict[int, list[str]] = defaultdict(list)
            for contact_id, name in run(
                "SELECT contact_tag.contact_id, tag.name FROM contact_tag"
                " JOIN tag ON tag.id = contact_tag.tag_id"
                f" JOIN contact ON contact.id = contact_tag.contact_id WHERE {wanted}"
                " ORDER BY tag.name",
                params,
            ):
                tags[contact_id].append(name)
            for (
                contact_id,
                uid,
                stage_id,
                given_name,
                family_name,
                display_name_override,
                organization,
                job_title,
                birthday_month,
                birthday_day,
                birthday_year,
                photo,
                source_id,
                notes,
                expected_value_cents,
                created_at,
                updated_at,
                do_not_contact_at,
            ) in run(
                "SELECT id, uid, stage_id, given_name, family_name, display_name_override,"
                " organization, job_title, birthday_month, birthday_day, birthday_year, photo,"
                " source_id, notes, expected_value_cents, created_at, updated_at,"
                f" do_not_contact_at FROM contact WHERE {wanted} ORDER BY id",
                params,
            ):
                result.append(
                    ContactRecord(
                        id=contact_id,
                        uid=uid,
                        stage_id=stage_id,
                        given_name=given_name,
                        family_name=family_name,
                        display_name_override=display_name_override,
                        organization=organization,
                        job_title=job_title,
                        emails=emails.get(contact_id, []),
                        phones=phones.get(contact_id, []),
                        addresses=addresses.get(contact_id, []),
                        birthday=_stored_birthday(birthday_month, birthday_day, birthday_year),
                        photo=bytes(photo) if photo is not None else None,
                        source=sources.get(source_id, "") if source_id else "",
                        notes=notes,
                        tags=tags.get(contact_id, []),
                        expected_value_cents=expected_value_cents,
                        created_at=from_utc_naive(stored_datetime(created_at), zone),
                        updated_at=from_utc_naive(stored_datetime(updated_at), zone),
                        do_not_contact_at=from_utc_naive(stored_datetime(do_not_contact_at), zone)
                        if do_not_contact_at
                        else None,
                    )
                )
        return result

    # -- writing ---------------------------------------------------------------------------

    def create(
        self,
        record: ContactRecord,
        *,
        stage_id: int | None = None,
        import_batch_id: int | None = None,
    ) -> tuple[int, Changes]:
        """Add a contact at the end of ``stage_id`` (default: the first stage). Raises
        :class:`ValidationError` (nothing written) when ``record`` breaks a rule."""
        self.check(record)
        with database.atomic():
            now = utc_naive(self.clock.now())
            stage = (
                Stage.get_by_id(stage_id)
                if stage_id is not None
                else Stage.select().order_by(Stage.position).first()
            )
            uid = record.uid or new_uid()
            if Contact.select().where(Contact.uid == uid).exists():
                uid = new_uid()  # a clash with a tombstone or a duplicate import
            contact = Contact.create(
                uid=uid,
                stage=stage,
                position=self._end_position(stage.id),
                stage_entered_at=now,
                created_at=now,
                updated_at=now,
                import_batch=import_batch_id,
                **self._scalar_fields(record),
            )
            self._write_children(contact.id, record)
            StageChange.create(contact=contact, from_stage=None, to_stage=stage, changed_at=now)
            reindex_contacts([contact.id])
        return contact.id, Changes(stages={stage.id}, contacts={contact.id}, created=[contact.id])

    def create_many(
        self,
        records: Sequence[ContactRecord],
        *,
        stage_id: int | None = None,
        import_batch_id: int | None = None,
        default_source: str = "",
        before_chunk: Callable[[], None] | None = None,
    ) -> list[int]:
        """Add many contacts at the end of a stage with a fixed number of statements per
        500 records (imports of 100,000 rows); ids are returned in ``records`` order.
        ``default_source`` is the lead source of records that name none (an import's).
        ``before_chunk`` is called before each 500 are written and may raise to give up
        (an import's Cancel): call this once for all records rather than in slices, since
        every nested call is a savepoint that copies the pages it touches again.

        The caller owns the transaction when it wants one around more work; this call is
        one transaction on its own otherwise. Rows go in with ``executemany`` and ids are
        given explicitly (inside the transaction nobody else writes): peewee's insert_many
        and reading ids back by uid cost more than SQLite's own work.

        Raises :class:`ValidationError` (naming the record's index; nothing written) when a
        record breaks the cheap rules (:func:`identity_problems`): the full check parses
        every phone number, too slow here, and the readers have checked them already."""
        if not records:
            return []
        self._check_cheaply(records)
        # The per-row triggers (stage count, sync revision) are paused and their work done
        # here per batch: each contact goes in with the revision its child rows' triggers
        # would have given it, and the stage count is raised once at the end.
        with database.atomic(), triggers_paused(database, CONTACT_INSERT_TRIGGERS):
            now = utc_naive(self.clock.now())
            stage = (
                Stage.get_by_id(stage_id)
                if stage_id is not None
                else Stage.select().order_by(Stage.position).first()
            )
            next_id = (Contact.select(fn.MAX(Contact.id)).scalar() or 0) + 1
            # Search rows are written from the values in hand (not read back): none may
            # linger at the new ids (there is none unless a contact row was removed by hand).
            database.execute_sql("DELETE FROM contact_search WHERE rowid >= ?", [next_id])
            rows = _NewRows(
                self,
                records,
                first_id=next_id,
                # The text form peewee's DateTimeField stores (sqlite3 adapts str(datetime)).
                stamp=str(now),
                stage_id=stage.id,
                position=self._end_position(stage.id),
                import_batch_id=import_batch_id,
                default_source=default_source,
            )
            # Into tables that hold fewer rows than are coming (a new workspace's first
            # import), the indexes are made once at the end rather than row by row; the
            # unique (contact, tag) index stays, the tag rows' INSERT OR IGNORE needs it.
            small = [
                table
                for table in CONTACT_INSERT_TABLES
                # The highest rowid: read from the end of the table, whatever its size.
                if (database.execute_sql(f"SELECT MAX(rowid) FROM {table}").fetchone()[0] or 0)
                < len(records)
            ]
            rebuilt = (
                indexes_rebuilt(database, small, keep=("contact_tag_contact_id_tag_id",))
                if small
                else nullcontext()
            )
            with rebuilt:
                connection = database.connection()
                for batch in rows.batches():
                    if before_chunk is not None:
                        before_chunk()
                    # executemany on the connection: peewee's insert_many cost more than
                    # SQLite's own work here.
                    for sql, table_rows in zip(_NEW_ROWS_SQL, batch, strict=False):
                        if table_rows:
                            connection.executemany(sql, table_rows)
                    insert_search_rows(batch[-1])
            # What the paused stage_count_insert trigger would have counted (every new
            # contact is live, in the one stage).
            database.execute_sql(
                'INSERT INTO "stage_count" ("stage_id", "live") VALUES (?, ?) '
                'ON CONFLICT ("stage_id") DO UPDATE SET "live" = "live" + excluded."live"',
                [stage.id, len(records)],
            )
        return list(range(next_id, next_id + len(records)))

    def update_many(
        self,
        records: dict[int, ContactRecord],
        *,
        before_chunk: Callable[[], None] | None = None,
    ) -> None:
        """Replace every editable field of many live contacts (contact id -> record), the
        rows :meth:`update` writes, in a fixed number of statements per 500 contacts: an
        import that merges into 80,000 contacts. Ids that are not live contacts raise
        :class:`ContactNotFoundError` before anything is written. ``before_chunk`` is
        called before each 500 are written and may raise to give up (see create_many).

        The caller owns the transaction when it wants one around more work; this call is
        one transaction on its own otherwise. Raises :class:`ValidationError` as
        :meth:`create_many` does."""
        if not records:
            return
        self._check_cheaply(list(records.values()))
        ids = list(records)
        with database.atomic():
            live: set[int] = set()
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                live.update(
                    cid
                    for (cid,) in tuples(
                        Contact.select(Contact.id).where(
                            Contact.id.in_(chunk), Contact.deleted_at.is_null()
                        )
                    )
                )
            missing = [cid for cid in ids if cid not in live]
            if missing:
                raise ContactNotFoundError(missing[0])
            stamp = str(utc_naive(self.clock.now()))
            sources: dict[str, int | None] = {}
            tags: dict[str, int] = {}
            connection = database.connection()
            for start in range(0, len(ids), 500):
                if before_chunk is not None:
                    before_chunk()
                chunk = ids[start : start + 500]
                contacts, emails, phones, addresses, tag_rows = [], [], [], [], []
                for contact_id in chunk:
                    record = records[contact_id]
                    contacts.append((*self._scalar_values(record, sources), stamp, contact_id))
                    e, p, a = self._child_rows(contact_id, record)
                    emails += [tuple(row.values()) for row in e]
                    phones += [tuple(row.values()) for row in p]
                    addresses += [tuple(row.values()) for row in a]
                    for name in dict.fromkeys(t.strip() for t in record.tags if t.strip()):
                        if name not in tags:
                            tags[name] = _tag(name).id
                        tag_rows.append((contact_id, tags[name]))
                marks = ",".join("?" * len(chunk))
                connection.executemany(_BULK_UPDATE_SQL, contacts)
                for table in _CHILD_TABLES:
                    connection.execute(f"DELETE FROM {table} WHERE contact_id IN ({marks})", chunk)
                for sql, rows in (
                    (_BULK_EMAIL_SQL, emails),
                    (_BULK_PHONE_SQL, phones),
                    (_BULK_ADDRESS_SQL, addresses),
                    (_BULK_TAG_SQL, tag_rows),
                ):
                    if rows:
                        connection.executemany(sql, rows)
            reindex_contacts(ids)

    def update(self, contact_id: int, record: ContactRecord) -> Changes:
        """Replace every editable field of a contact with ``record``'s. Raises
        :class:`ValidationError` (nothing written) when ``record`` breaks a rule."""
        self.check(record)
        with database.atomic():
            contact = Contact.get_or_none(Contact.id == contact_id, Contact.deleted_at.is_null())
            if contact is None:
                raise ContactNotFoundError(contact_id)
            fields = self._scalar_fields(record)
            fields["updated_at"] = utc_naive(self.clock.now())
            Contact.update(**fields).where(Contact.id == contact_id).execute()
            for child in (ContactEmail, ContactPhone, ContactAddress, ContactTag):
                child.delete().where(child.contact == contact_id).execute()
            self._write_children(contact_id, record)
            reindex_contacts([contact_id])
        return Changes(stages={contact.stage_id}, contacts={contact_id})

    def check(self, record: ContactRecord) -> None:
        """Every rule of :func:`validate_contact`, for one record."""
        problems = validate_contact(record, self.region)
        if problems:
            raise ValidationError(problems)

    @staticmethod
    def _check_cheaply(records: Sequence[ContactRecord]) -> None:
        for index, record in enumerate(records):
            # The common case, checked first: a given name that is not blanks alone makes
            # a name to show (building display_name to test it took four times as long:
            # 80 ms at 100,000 records).
            given = record.given_name
            if given and not given.isspace() and (record.expected_value_cents or 0) >= 0:
                continue
            if record.display_name and (record.expected_value_cents or 0) >= 0:
                continue
            problems = identity_problems(record)
            if problems:
                raise ValidationError(problems, index)

    def delete(self, contact_ids: Iterable[int]) -> Changes:
        """Delete contacts, leaving tombstones; undoable in this session."""
        ids = list(contact_ids)
        with database.atomic(), self.undo.step("delete"):
            now = utc_naive(self.clock.now())
            stages = {
                row[0]
                for row in tuples(
                    Contact.select(Contact.stage).where(
                        Contact.id.in_(ids), Contact.deleted_at.is_null()
                    )
                )
            }
            Contact.update(deleted_at=now, updated_at=now).where(
                Contact.id.in_(ids), Contact.deleted_at.is_null()
            ).execute()
            reindex_contacts(ids)
        return Changes(stages=stages, contacts=set(ids))

    def restore(self, contact_ids: Iterable[int]) -> Changes:
        """Bring deleted contacts back where they were."""
        ids = list(contact_ids)
        with database.atomic():
            now = utc_naive(self.clock.now())
            Contact.update(deleted_at=None, updated_at=now).where(Contact.id.in_(ids)).execute()
            reindex_contacts(ids)
            stages = {
                row[0] for row in tuples(Contact.select(Contact.stage).where(Contact.id.in_(ids)))
            }
        return Changes(stages=stages, contacts=set(ids))

    def deleted_ids(self) -> list[int]:
        query = Contact.select(Contact.id).where(Contact.deleted_at.is_null(False))
        return [row[0] for row in tuples(query)]

    def add_tag(self, contact_ids: Iterable[int], tag_name: str) -> Changes:
        ids = list(contact_ids)
        name = tag_name.strip()
        if not name:
            return Changes()
        with database.atomic():
            tag = _tag(name)
            rows = [{"contact": cid, "tag": tag.id} for cid in ids]
            for start in range(0, len(rows), 400):
                ContactTag.insert_many(rows[start : start + 400]).on_conflict_ignore().execute()
            now = utc_naive(self.clock.now())
            Contact.update(updated_at=now).where(Contact.id.in_(ids)).execute()
            reindex_contacts(ids)
            stages = {
                row[0] for row in tuples(Contact.select(Contact.stage).where(Contact.id.in_(ids)))
            }
        return Changes(stages=stages, contacts=set(ids))

    def all_tags(self) -> list[str]:
        return [row[0] for row in tuples(Tag.select(Tag.name).order_by(Tag.name))]

    # -- helpers ---------------------------------------------------------------------------

    def _end_position(self, stage_id: int) -> float:
        last = (
            Contact.select(fn.MAX(Contact.position))
            .where(Contact.stage == stage_id, Contact.deleted_at.is_null())
            .scalar()
        )
        return (last or 0.0) + POSITION_STEP

    def source_id(self, name: str) -> int | None:
        name = name.strip()
        if not name:
            return None
        source = LeadSource.get_or_none(LeadSource.name == name)  # a lookup by unique index
        if source is None:
            position = (LeadSource.select(fn.MAX(LeadSource.position)).scalar() or 0) + 1
            source = LeadSource.create(name=name, position=position)
        return source.id

    def _scalar_fields(
        self,
        record: ContactRecord,
        sources: dict[str, int | None] | None = None,
        default_source: str = "",
    ) -> dict[str, Any]:
        return dict(
            zip(
                _BULK_CONTACT_FIELDS,
                self._scalar_values(record, sources, default_source),
                strict=True,
            )
        )

    def _scalar_values(
        self,
        record: ContactRecord,
        sources: dict[str, int | None] | None = None,
        default_source: str = "",
    ) -> tuple[Any, ...]:
        """The contact's own columns, in ``_BULK_CONTACT_FIELDS`` order (create_many writes
        100,000 of these: a tuple, not a dict)."""
        birthday = record.birthday
        source_name = record.source or default_source
        if sources is None:
            source = self.source_id(source_name)
        else:
            if source_name not in sources:
                sources[source_name] = self.source_id(source_name)
            source = sources[source_name]
        override = (record.display_name_override or "").strip() or None
        return (
            record.given_name.strip(),
            record.family_name.strip(),
            override,
            derive_display_name(
                override,
                record.given_name,
                record.family_name,
                record.organization,
                record.emails[0].value if record.emails else "",
            ),
            record.organization.strip(),
            record.job_title.strip(),
            birthday.year if birthday else None,
            birthday.month if birthday else None,
            birthday.day if birthday else None,
            record.photo,
            source,
            record.notes,
            record.expected_value_cents,
        )

    def _child_rows(
        self, contact_id: int, record: ContactRecord
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
        """The e-mail, phone and address rows of ``record`` (blank entries left out)."""
        emails = [
            {"contact": contact_id, "value": e.value.strip(), "label": e.label, "position": i}
            for i, e in enumerate(e for e in record.emails if e.value.strip())
        ]
        phones = [
            {
                "contact": contact_id,
                "value": p.value.strip(),
                "normalized": p.normalized or normalize_phone(p.value, self.region),
                "label": p.label,
                "position": i,
            }
            for i, p in enumerate(p for p in record.phones if p.value.strip())
        ]
        addresses = [
            {
                "contact": contact_id,
                "label": a.label,
                "street": a.street,
                "city": a.city,
                "region": a.region,
                "postal_code": a.postal_code,
                "country": a.country,
                "position": i,
            }
            for i, a in enumerate(a for a in record.addresses if not a.is_empty())
        ]
        return emails, phones, addresses

    def _write_children(self, contact_id: int, record: ContactRecord) -> None:
        """E-mails, phones, addresses and tags of one contact (create and update)."""
        emails, phones, addresses = self._child_rows(contact_id, record)
        for model, rows in (
            (ContactEmail, emails),
            (ContactPhone, phones),
            (ContactAddress, addresses),
        ):
            if rows:
                model.insert_many(rows).execute()
        for name in dict.fromkeys(t.strip() for t in record.tags if t.strip()):
            tag = _tag(name)
            ContactTag.insert(contact=contact_id, tag=tag).on_conflict_ignore().execute()


_BATCH = 500  # records per batch of create_many's statements

# The statements of one batch of create_many, in the order of _NewRows.batches' lists
# (the last list, the search rows, goes in with insert_search_rows).
_NEW_ROWS_SQL = (
    _BULK_CONTACT_SQL,
    _BULK_EMAIL_SQL,
    _BULK_PHONE_SQL,
    _BULK_ADDRESS_SQL,
    _BULK_TAG_SQL,
    _BULK_HISTORY_SQL,
)

_Rows = list[tuple[Any, ...]]


class _NewRows:
    """The rows :meth:`ContactBook.create_many` writes, a batch at a time.

    What they need from the store (lead source and tag ids, uids taken) is read when this
    is made, in record order, so sources and tags get the ids they got when made one by
    one; :meth:`batches` then reads nothing: it only builds rows (building them on a
    thread beside the writing was tried, issue 21: sqlite3 takes the GIL back after each
    row, so the two took turns and the writes ran slower)."""

    def __init__(
        self,
        book: ContactBook,
        records: Sequence[ContactRecord],
        *,
        first_id: int,
        stamp: str,
        stage_id: int,
        position: float,
        import_batch_id: int | None,
        default_source: str,
    ) -> None:
        self.book = book
        self.records = records
        self.first_id = first_id
        self.stamp = stamp
        self.stage_id = stage_id
        self.position = position
        self.import_batch_id = import_batch_id
        self.default_source = default_source
        self.sources: dict[str, int | None] = {}
        self.tags: dict[str, int] = {}
        for record in records:
            source_name = record.source or default_source
            if source_name not in self.sources:
                self.sources[source_name] = book.source_id(source_name)
            for tag in record.tags:
                name = tag.strip()
                if name and name not in self.tags:  # a tag's stored name is its name
                    self.tags[name] = _tag(name).id
        # Uids stored already (a tombstone's, or a re-import's): those records get new ones.
        self.taken = _uids_taken(
            [record.uid for record in records if record.uid], rows_at_most=first_id - 1
        )

    def batches(
        self,
    ) -> Iterator[tuple[_Rows, _Rows, _Rows, _Rows, _Rows, _Rows, list[tuple[int, str]]]]:
        """Per 500 records, the rows of each statement of ``_NEW_ROWS_SQL`` and the
        search rows."""
        book, sources, tags, taken = self.book, self.sources, self.tags, self.taken
        region = book.region
        stage_key, stamp, import_batch_id = self.stage_id, self.stamp, self.import_batch_id
        default_source = self.default_source
        position = self.position
        contact_id = self.first_id
        seen_uids: set[str] = set()
        for start in range(0, len(self.records), _BATCH):
            contacts: _Rows = []
            emails: _Rows = []
            phones: _Rows = []
            addresses: _Rows = []
            tag_rows: _Rows = []
            history: _Rows = []
            search_rows: list[tuple[int, str]] = []
            for record in self.records[start : start + _BATCH]:
                uid = record.uid or new_uid()
                if uid in taken or uid in seen_uids:
                    uid = new_uid()  # a clash with a tombstone or a duplicate import
                seen_uids.add(uid)
                # What _scalar_values and _child_rows give, written out once here:
                # 100,000 records made their calls (dicts per row) a third of the building.
                given = record.given_name.strip()
                family = record.family_name.strip()
                organization = record.organization.strip()
                job_title = record.job_title.strip()
                notes = record.notes
                override = (record.display_name_override or "").strip() or None
                display_name = derive_display_name(
                    override,
                    given,
                    family,
                    organization,
                    record.emails[0].value if record.emails else "",
                )
                source_name = record.source or default_source
                if source_name not in sources:
                    sources[source_name] = book.source_id(source_name)
                birthday = record.birthday
                email_values: list[str] = []
                for entry in record.emails:
                    value = entry.value.strip()
                    if value:
                        emails.append((contact_id, value, entry.label, len(email_values)))
                        email_values.append(value)
                phone_words: list[str] = []
                for phone in record.phones:
                    value = phone.value.strip()
                    if value:
                        normalized = phone.normalized or normalize_phone(phone.value, region)
                        phones.append(
                            (contact_id, value, normalized, phone.label, len(phone_words))
                        )
                        phone_words.append(phone_search_words(value, normalized))
                places = 0
                if record.addresses:
                    for address in record.addresses:
                        if not address.is_empty():
                            addresses.append(
                                (
                                    contact_id,
                                    address.label,
                                    address.street,
                                    address.city,
                                    address.region,
                                    address.postal_code,
                                    address.country,
                                    places,
                                )
                            )
                            places += 1
                names: list[str] = []
                if record.tags:
                    # Stripped, blanks left out, the first of each name kept: in C.
                    names = list(dict.fromkeys(filter(None, map(str.strip, record.tags))))
                    for name in names:
                        tag_rows.append((contact_id, tags[name]))
                # One revision bump per child row, as the paused triggers give.
                bumps = len(email_values) + len(phone_words) + places + len(names)
                contacts.append(
                    (
                        contact_id,
                        uid,
                        given,
                        family,
                        override,
                        display_name,
                        organization,
                        job_title,
                        birthday.year if birthday else None,
                        birthday.month if birthday else None,
                        birthday.day if birthday else None,
                        record.photo,
                        sources[source_name],
                        notes,
                        record.expected_value_cents,
                        import_batch_id,
                        stage_key,
                        position,
                        stamp,
                        stamp,
                        stamp,
                        bumps,
                    )
                )
                position += POSITION_STEP
                history.append((contact_id, stage_key, stamp))
                texts = (display_name, given, family, organization, job_title, notes)
                search_rows.append(
                    (contact_id, search_body(texts, email_values, phone_words, sorted(names)))
                )
                contact_id += 1
            yield contacts, emails, phones, addresses, tag_rows, history, search_rows


def _uids_taken(uids: list[str], *, rows_at_most: int) -> set[str]:
    """Those of ``uids`` a stored contact (or tombstone) has; the contact table holds at
    most ``rows_at_most`` rows (its highest id). Fewer rows than uids (a new workspace's
    first import: none) are read whole, rather than looking each uid up: 100,000 uids
    looked up 500 at a time took 60 ms."""
    if not uids or rows_at_most <= 0:
        return set()
    if rows_at_most < len(uids):
        looked_for = set(uids)
        return {
            uid
            for (uid,) in database.execute_sql("SELECT uid FROM contact WHERE uid IS NOT NULL")
            if uid in looked_for
        }
    taken: set[str] = set()
    for start in range(0, len(uids), 500):
        wanted = uids[start : start + 500]
        # Plain SQL: peewee took longer to build this query than SQLite to run it.
        taken.update(
            uid
            for (uid,) in database.execute_sql(
                f"SELECT uid FROM contact WHERE uid IN ({','.join('?' * len(wanted))})", wanted
            )
        )
    return taken
