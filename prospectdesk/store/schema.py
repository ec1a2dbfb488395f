"""Schema versions and migrations, kept in ``PRAGMA user_version``.

A new database is built by running every step from version 0, so a fresh install and an
upgraded one end up identical. Each step is frozen SQL (never the current models), runs in
one transaction, and the version is bumped in that same transaction: a crash mid-way leaves
the old version intact.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from importlib.resources import files

from prospectdesk.store.db import GatedSqliteDatabase as SqliteDatabase  # typed execute_sql
from prospectdesk.store.errors import StorageProblem

# What a migration leaves for after its transaction, recorded in that same transaction (a
# row of the setting table) so that a process killed in between finishes it at the next
# open: the search index is rebuilt after every migration (see finish_after_migration).
AFTER_MIGRATION_KEY = "after_migration"
REBUILD_SEARCH = "rebuild-search-index"


class SchemaTooNewError(StorageProblem):
    """The database was written by a newer ProspectDesk than this one; nothing of it is
    opened for writing."""

    def __init__(self, found: int, *, what: str = "this data") -> None:
        from prospectdesk import __version__

        super().__init__(
            f"{what} was made by a newer ProspectDesk, data version {found}; this is "
            f"ProspectDesk {__version__}, which knows data versions up to {LATEST_VERSION}. "
            "Install the newer ProspectDesk to use it. Nothing was changed."
        )
        self.found = found
        self.supported = LATEST_VERSION


def _v1_core_tables(db: SqliteDatabase) -> None:
    script = files("prospectdesk.store").joinpath("schema_v1.sql").read_text(encoding="utf-8")
    # Not executescript(): it commits first and would break the step's transaction.
    body = "\n".join(line for line in script.splitlines() if not line.startswith("--"))
    for statement in body.split(";"):
        if statement.strip():
            db.execute_sql(statement)


def _v2_board_index_and_search(db: SqliteDatabase) -> None:
    """Board columns are read by (stage, position) over live contacts only; search is FTS5."""
    for sql in (
        'CREATE INDEX "contact_board" ON "contact" ("stage_id", "position") '
        'WHERE "deleted_at" IS NULL',
        'CREATE INDEX "contact_birthday" ON "contact" ("birthday_month", "birthday_day") '
        'WHERE "deleted_at" IS NULL AND "birthday_month" IS NOT NULL',
        'CREATE INDEX "contact_phone_normalized" ON "contact_phone" ("normalized")',
        'CREATE INDEX "contact_email_value" ON "contact_email" ("value" COLLATE NOCASE)',
        "CREATE VIRTUAL TABLE contact_search USING fts5("
        "body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')",
    ):
        db.execute_sql(sql)


def _sales_process_tables(db: SqliteDatabase) -> None:
    """Qualification criteria and answers, presentations with their close, sales, consent.

    An existing database (it has stages) gets the default criteria in English: the
    migration has no translator, and a new database is seeded translated by
    ``open_workspace`` right after migrating.
    """
    for sql in (
        'CREATE TABLE "qualification_criterion" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"name" TEXT NOT NULL, "position" INTEGER NOT NULL)',
        'CREATE TABLE "qualification" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"contact_id" INTEGER NOT NULL, "asked_at" DATETIME NOT NULL, "method" TEXT NOT NULL, '
        'FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
        'CREATE INDEX "qualification_contact_id" ON "qualification" ("contact_id")',
        'CREATE INDEX "qualification_asked_at" ON "qualification" ("asked_at")',
        'CREATE TABLE "qualification_answer" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"qualification_id" INTEGER NOT NULL, "criterion_id" INTEGER, "question" TEXT NOT NULL, '
        '"answer" TEXT NOT NULL, "note" TEXT NOT NULL, '
        'FOREIGN KEY ("qualification_id") REFERENCES "qualification" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("criterion_id") REFERENCES "qualification_criterion" ("id") '
        "ON DELETE SET NULL)",
        'CREATE INDEX "qualification_answer_qualification_id" '
        'ON "qualification_answer" ("qualification_id")',
        'CREATE INDEX "qualification_answer_criterion_id" '
        'ON "qualification_answer" ("criterion_id")',
        'CREATE TABLE "presentation" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"contact_id" INTEGER NOT NULL, "presented_at" DATETIME NOT NULL, "offered" TEXT NOT NULL, '
        '"call_to_action" TEXT NOT NULL, "outcome" TEXT NOT NULL, "followup_id" INTEGER, '
        'FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("followup_id") REFERENCES "follow_up" ("id") ON DELETE SET NULL)',
        'CREATE INDEX "presentation_contact_id" ON "presentation" ("contact_id")',
        'CREATE INDEX "presentation_presented_at" ON "presentation" ("presented_at")',
        'CREATE INDEX "presentation_followup_id" ON "presentation" ("followup_id")',
        'CREATE TABLE "sale" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, '
        '"presentation_id" INTEGER, "what" TEXT NOT NULL, "amount_cents" INTEGER NOT NULL, '
        '"sold_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("presentation_id") REFERENCES "presentation" ("id") ON DELETE SET NULL)',
        'CREATE INDEX "sale_contact_id" ON "sale" ("contact_id")',
        'CREATE INDEX "sale_presentation_id" ON "sale" ("presentation_id")',
        'CREATE INDEX "sale_sold_at" ON "sale" ("sold_at")',
        'CREATE TABLE "list_consent" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"contact_id" INTEGER NOT NULL, "agreed" INTEGER NOT NULL, '
        '"recorded_at" DATETIME NOT NULL, "presentation_id" INTEGER, '
        'FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("presentation_id") REFERENCES "presentation" ("id") ON DELETE SET NULL)',
        'CREATE INDEX "list_consent_contact_id" ON "list_consent" ("contact_id")',
        'CREATE INDEX "list_consent_presentation_id" ON "list_consent" ("presentation_id")',
    ):
        db.execute_sql(sql)
    if db.execute_sql("SELECT EXISTS (SELECT 1 FROM stage)").fetchone()[0]:
        # Frozen copies of the defaults at the time of this step (never import them).
        for position, name in enumerate(
            (
                "Fits my target market",
                "Has the money to buy",
                "Has the authority to decide",
            ),
            start=1,
        ):
            db.execute_sql(
                'INSERT INTO "qualification_criterion" ("name", "position") VALUES (?, ?)',
                (name, position),
            )


def _reminder_state(db: SqliteDatabase) -> None:
    """Shown, snoozed and done reminders are remembered across restarts (models.ReminderState)."""
    for sql in (
        'CREATE TABLE "reminder_state" ("key" TEXT NOT NULL PRIMARY KEY, '
        '"due_at" DATETIME NOT NULL, "shown_at" DATETIME, "snoozed_until" DATETIME, '
        '"done_at" DATETIME)',
        'CREATE INDEX "reminder_state_snoozed_until" ON "reminder_state" ("snoozed_until")',
    ):
        db.execute_sql(sql)


def _import_merge(db: SqliteDatabase) -> None:
    """What an import merged into existing contacts, so a whole batch can be undone."""
    for sql in (
        'CREATE TABLE "import_merge" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"batch_id" INTEGER NOT NULL, "contact_id" INTEGER NOT NULL, '
        '"prior_state" TEXT NOT NULL, '
        'FOREIGN KEY ("batch_id") REFERENCES "import_batch" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
        'CREATE INDEX "import_merge_batch_id" ON "import_merge" ("batch_id")',
        'CREATE INDEX "import_merge_contact_id" ON "import_merge" ("contact_id")',
    ):
        db.execute_sql(sql)


def _stage_value_index(db: SqliteDatabase) -> None:
    """Column headers show each stage's expected value; summing it scanned the whole
    contact table after every move (40 ms at 100,000 contacts, 0.9 ms with this index)."""
    db.execute_sql(
        'CREATE INDEX "contact_stage_value" ON "contact" ("stage_id", "expected_value_cents") '
        'WHERE "deleted_at" IS NULL AND "expected_value_cents" IS NOT NULL'
    )


def _stage_entered_index(db: SqliteDatabase) -> None:
    """Today lists the leads waiting longest: walked in this order it stops after a page,
    instead of sorting 100,000 leads on every refresh."""
    db.execute_sql(
        'CREATE INDEX "contact_stage_entered" ON "contact" ("stage_id", "stage_entered_at", "id") '
        'WHERE "deleted_at" IS NULL'
    )


def _stage_counts(db: SqliteDatabase) -> None:
    """Live contacts per stage kept by triggers (models.StageCount), so opening the board
    does not count every contact. Every way a row enters, leaves or changes stage or
    tombstone goes through one of the three triggers, inside the writer's transaction."""
    for sql in (
        'CREATE TABLE "stage_count" ("stage_id" INTEGER NOT NULL PRIMARY KEY, '
        '"live" INTEGER NOT NULL, '
        'FOREIGN KEY ("stage_id") REFERENCES "stage" ("id") ON DELETE CASCADE)',
        'INSERT INTO "stage_count" ("stage_id", "live") '
        'SELECT s."id", (SELECT COUNT(*) FROM "contact" c '
        'WHERE c."stage_id" = s."id" AND c."deleted_at" IS NULL) FROM "stage" s',
        'CREATE TRIGGER "stage_count_insert" AFTER INSERT ON "contact" '
        'WHEN NEW."deleted_at" IS NULL BEGIN '
        'INSERT INTO "stage_count" ("stage_id", "live") VALUES (NEW."stage_id", 1) '
        'ON CONFLICT ("stage_id") DO UPDATE SET "live" = "live" + 1; END',
        'CREATE TRIGGER "stage_count_delete" AFTER DELETE ON "contact" '
        'WHEN OLD."deleted_at" IS NULL BEGIN '
        'UPDATE "stage_count" SET "live" = "live" - 1 WHERE "stage_id" = OLD."stage_id"; END',
        'CREATE TRIGGER "stage_count_update" AFTER UPDATE OF "stage_id", "deleted_at" '
        'ON "contact" WHEN OLD."stage_id" IS NOT NEW."stage_id" '
        'OR (OLD."deleted_at" IS NULL) <> (NEW."deleted_at" IS NULL) BEGIN '
        'UPDATE "stage_count" SET "live" = "live" - 1 '
        'WHERE "stage_id" = OLD."stage_id" AND OLD."deleted_at" IS NULL; '
        'INSERT INTO "stage_count" ("stage_id", "live") '
        'SELECT NEW."stage_id", 1 WHERE NEW."deleted_at" IS NULL '
        'ON CONFLICT ("stage_id") DO UPDATE SET "live" = "live" + 1; END',
    ):
        db.execute_sql(sql)


def _do_not_contact(db: SqliteDatabase) -> None:
    """Someone who asked not to be contacted again carries that mark, with the moment they
    said so, whatever stage they are in (models.Contact.do_not_contact_at). Refusals
    already recorded (the latest answer to "may we keep you on the list?" was no) become
    marks. The partial index serves the few marked people per stage (Today's lead count).
    Adding a column touches neither the stage counts nor their triggers, which only watch
    ``stage_id`` and ``deleted_at``."""
    for sql in (
        'ALTER TABLE "contact" ADD COLUMN "do_not_contact_at" DATETIME',
        'UPDATE "contact" SET "do_not_contact_at" = ('
        'SELECT lc."recorded_at" FROM "list_consent" lc WHERE lc."contact_id" = "contact"."id" '
        'ORDER BY lc."recorded_at" DESC, lc."id" DESC LIMIT 1) '
        'WHERE (SELECT lc."agreed" FROM "list_consent" lc WHERE lc."contact_id" = "contact"."id" '
        'ORDER BY lc."recorded_at" DESC, lc."id" DESC LIMIT 1) = 0',
        'CREATE INDEX "contact_do_not_contact" ON "contact" ("stage_id") '
        'WHERE "deleted_at" IS NULL AND "do_not_contact_at" IS NOT NULL',
    ):
        db.execute_sql(sql)


def _call_outcome(db: SqliteDatabase) -> None:
    """A call logged from the call list keeps how it went (reached, no answer, left a
    message, wrong number, not interested): three no-answers in a row are told from the
    calls themselves. NULL for every conversation logged before, and any other way."""
    db.execute_sql('ALTER TABLE "interaction" ADD COLUMN "call_outcome" TEXT')


_CHILD_TABLES_SYNCED = ("contact_email", "contact_phone", "contact_address", "contact_tag")


def _sync_state(db: SqliteDatabase) -> None:
    """CardDAV sync (domain/sync): a revision per contact, bumped by triggers on every write
    to the contact or to a child row the card carries, so a local edit is found without
    comparing every contact; the account (never its password: that lives in the OS
    keyring), one status row per synced card (its href, ETag and UID, the server's copy of
    the card, which our edits are applied onto, and what both sides held at the last sync)
    and the conflicts the owner may settle the other way.

    The child triggers update ``revision`` itself, so the contact's own trigger (guarded
    by ``NEW.revision = OLD.revision``) does not count that write twice."""
    statements = [
        'ALTER TABLE "contact" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 0',
        'CREATE TRIGGER "contact_revision" AFTER UPDATE ON "contact" '
        'WHEN NEW."revision" = OLD."revision" BEGIN '
        'UPDATE "contact" SET "revision" = OLD."revision" + 1 WHERE "id" = NEW."id"; END',
        'CREATE TABLE "sync_account" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"server_url" TEXT NOT NULL, "username" TEXT NOT NULL, '
        '"addressbook_url" TEXT NOT NULL, "addressbook_name" TEXT NOT NULL, '
        '"sync_token" TEXT, "created_at" DATETIME NOT NULL, "last_sync_at" DATETIME, '
        '"last_error" TEXT, "calendar_url" TEXT, "calendar_name" TEXT)',
        'CREATE TABLE "sync_item" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"account_id" INTEGER NOT NULL, "contact_id" INTEGER, "href" TEXT NOT NULL, '
        '"uid" TEXT NOT NULL, "etag" TEXT, "content_hash" TEXT NOT NULL, '
        '"card" TEXT NOT NULL, "local_state" TEXT NOT NULL, "revision" INTEGER NOT NULL, '
        'FOREIGN KEY ("account_id") REFERENCES "sync_account" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE SET NULL)',
        'CREATE UNIQUE INDEX "sync_item_href" ON "sync_item" ("account_id", "href")',
        'CREATE UNIQUE INDEX "sync_item_contact" ON "sync_item" ("account_id", "contact_id")',
        'CREATE TABLE "sync_conflict" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"account_id" INTEGER NOT NULL, "contact_id" INTEGER NOT NULL, "field" TEXT NOT NULL, '
        '"kept_value" TEXT NOT NULL, "other_value" TEXT NOT NULL, "kept_side" TEXT NOT NULL, '
        '"detected_at" DATETIME NOT NULL, "resolved_at" DATETIME, '
        'FOREIGN KEY ("account_id") REFERENCES "sync_account" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
        'CREATE INDEX "sync_conflict_contact" ON "sync_conflict" ("contact_id")',
        # Follow-ups become calendar events with a UID that never changes (a new row gets
        # one from the trigger, whoever writes it).
        'ALTER TABLE "follow_up" ADD COLUMN "uid" TEXT',
        'UPDATE "follow_up" SET "uid" = lower(hex(randomblob(16)))',
        'CREATE UNIQUE INDEX "follow_up_uid" ON "follow_up" ("uid")',
        'CREATE TRIGGER "follow_up_uid_default" AFTER INSERT ON "follow_up" '
        'WHEN NEW."uid" IS NULL BEGIN '
        'UPDATE "follow_up" SET "uid" = lower(hex(randomblob(16))) WHERE "id" = NEW."id"; END',
        'CREATE TABLE "sync_event" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"account_id" INTEGER NOT NULL, "followup_uid" TEXT NOT NULL, "href" TEXT NOT NULL, '
        '"etag" TEXT, "content_hash" TEXT NOT NULL, '
        'FOREIGN KEY ("account_id") REFERENCES "sync_account" ("id") ON DELETE CASCADE)',
        'CREATE UNIQUE INDEX "sync_event_followup" ON "sync_event" ("account_id", "followup_uid")',
    ]
    for table in _CHILD_TABLES_SYNCED:
        bump = 'UPDATE "contact" SET "revision" = "revision" + 1 WHERE "id" = {}."contact_id"; '
        statements += [
            f'CREATE TRIGGER "{table}_revision_insert" AFTER INSERT ON "{table}" BEGIN '
            + bump.format("NEW")
            + "END",
            f'CREATE TRIGGER "{table}_revision_delete" AFTER DELETE ON "{table}" BEGIN '
            + bump.format("OLD")
            + "END",
            f'CREATE TRIGGER "{table}_revision_update" AFTER UPDATE ON "{table}" BEGIN '
            + bump.format("OLD")
            + bump.format("NEW")
            + "END",
        ]
    for sql in statements:
        db.execute_sql(sql)


def _duplicates(db: SqliteDatabase) -> None:
    """Finding duplicates (domain/duplicates.py): a contact merged into another becomes a
    tombstone that names the one it went into (``merged_into``), and a pair the owner said
    are two people is remembered (``not_duplicate``, the smaller id first) and never offered
    again. Neither touches the stage-count or revision triggers' columns."""
    for sql in (
        'ALTER TABLE "contact" ADD COLUMN "merged_into" INTEGER',
        'CREATE TABLE "not_duplicate" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"contact_a_id" INTEGER NOT NULL, "contact_b_id" INTEGER NOT NULL, '
        '"recorded_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("contact_a_id") REFERENCES "contact" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("contact_b_id") REFERENCES "contact" ("id") ON DELETE CASCADE)',
        'CREATE UNIQUE INDEX "not_duplicate_pair" ON "not_duplicate" '
        '("contact_a_id", "contact_b_id")',
        'CREATE INDEX "not_duplicate_contact_b_id" ON "not_duplicate" ("contact_b_id")',
    ):
        db.execute_sql(sql)


def _quiet_index(db: SqliteDatabase) -> None:
    """Who has gone quiet (domain/quiet.py: no conversation for longer than the stage's
    days, counted from entering the stage when there never was one), quietest first and
    counted: in the order of this index, per stage, that is a page and a range count
    instead of sorting every contact on each start (16 ms at 100,000 contacts, ten times
    that at a million)."""
    db.execute_sql(
        'CREATE INDEX "contact_quiet" ON "contact" '
        '("stage_id", COALESCE("last_interaction_at", "stage_entered_at"), "id") '
        'WHERE "deleted_at" IS NULL AND "do_not_contact_at" IS NULL'
    )


def _import_counts(db: SqliteDatabase) -> None:
    """Import history (File > Import history..., ``prospectdesk imports``): how many
    contacts each import created and merged and how many records it skipped, and when its
    writes ended (``applied_at``: a contact changed after it was changed by the owner, so
    an undo keeps it). Older imports get what can be derived (created: their contacts
    that were not merged into; merged: their ``import_merge`` rows); skipped and
    applied_at stay unknown (NULL)."""
    for sql in (
        'ALTER TABLE "import_batch" ADD COLUMN "created_count" INTEGER',
        'ALTER TABLE "import_batch" ADD COLUMN "merged_count" INTEGER',
        'ALTER TABLE "import_batch" ADD COLUMN "skipped_count" INTEGER',
        'ALTER TABLE "import_batch" ADD COLUMN "applied_at" DATETIME',
        'UPDATE "import_batch" SET "merged_count" = (SELECT COUNT(*) FROM "import_merge" m '
        'WHERE m."batch_id" = "import_batch"."id"), "created_count" = (SELECT COUNT(*) '
        'FROM "contact" c WHERE c."import_batch_id" = "import_batch"."id" AND c."id" NOT IN '
        '(SELECT m."contact_id" FROM "import_merge" m WHERE m."batch_id" = "import_batch"."id"))',
    ):
        db.execute_sql(sql)


def _undo_journal(db: SqliteDatabase) -> None:
    """Undo and redo that outlive the session (domain/undo.py): one row per owner action
    (``state`` 'undo' or 'redo'; ``batch_id`` for an import, undone as a whole) and the
    SQL that reverses each row it wrote, in order. The triggers that fill ``undo_log`` are
    TEMP triggers made per connection from the live columns, so a later column is
    journaled without a migration and a connection that never records pays nothing."""
    for sql in (
        'CREATE TABLE "undo_step" ("id" INTEGER NOT NULL PRIMARY KEY, "kind" TEXT NOT NULL, '
        '"state" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "label" TEXT NOT NULL '
        'DEFAULT \'\', "batch_id" INTEGER, "contact_id" INTEGER, '
        '"contact_count" INTEGER NOT NULL DEFAULT 0)',
        'CREATE INDEX "undo_step_state" ON "undo_step" ("state", "id")',
        'CREATE TABLE "undo_log" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"step_id" INTEGER NOT NULL, "tbl" TEXT NOT NULL, "contact_id" INTEGER, '
        '"sql" TEXT NOT NULL, '
        'FOREIGN KEY ("step_id") REFERENCES "undo_step" ("id") ON DELETE CASCADE)',
        'CREATE INDEX "undo_log_step" ON "undo_log" ("step_id", "id")',
    ):
        db.execute_sql(sql)


def _stage_change_note(db: SqliteDatabase) -> None:
    """Why a move skipped a rule: a lead moved on to Prospect or further without meeting
    the qualification criteria keeps the owner's short reason on its stage change row.
    NULL for every move before, and for every move that needed none."""
    db.execute_sql('ALTER TABLE "stage_change" ADD COLUMN "note" TEXT')


def _no_reason(db: SqliteDatabase) -> None:
    """Why a "no" close was a no (price, timing, ...: domain/losses.py), so Funnel and
    Sources can show which reasons and which lead sources lose people. NULL for every close
    recorded before it was asked."""
    db.execute_sql('ALTER TABLE "presentation" ADD COLUMN "no_reason" TEXT')


MIGRATIONS: list[Callable[[SqliteDatabase], None]] = [
    _v1_core_tables,  # -> 1
    _v2_board_index_and_search,  # -> 2
    _reminder_state,  # -> 3
    _sales_process_tables,  # -> 4
    _import_merge,  # -> 5
    _stage_value_index,  # -> 6
    _stage_entered_index,  # -> 7
    _stage_counts,  # -> 8
    _do_not_contact,  # -> 9
    _sync_state,  # -> 10
    _call_outcome,  # -> 11
    _duplicates,  # -> 12
    _quiet_index,  # -> 13
    _import_counts,  # -> 14
    _undo_journal,  # -> 15
    _stage_change_note,  # -> 16
    _no_reason,  # -> 17
]
LATEST_VERSION = len(MIGRATIONS)


def after_migration_due(db: SqliteDatabase) -> str | None:
    """What an earlier migration left to do (None: nothing), see AFTER_MIGRATION_KEY."""
    if schema_version(db) < 1:
        return None
    row = db.execute_sql(
        'SELECT "value" FROM "setting" WHERE "key" = ?', (AFTER_MIGRATION_KEY,)
    ).fetchone()
    return str(row[0]) if row else None


def clear_after_migration(db: SqliteDatabase) -> None:
    """Call inside the transaction that did what was left to do."""
    db.execute_sql('DELETE FROM "setting" WHERE "key" = ?', (AFTER_MIGRATION_KEY,))


def schema_version(db: SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def pending_migrations(db: SqliteDatabase) -> int:
    current = schema_version(db)
    if current > LATEST_VERSION:
        raise SchemaTooNewError(current)
    return LATEST_VERSION - current


def migrate(db: SqliteDatabase, *, target: int = LATEST_VERSION) -> list[int]:
    """Bring the database up to ``target``, one transaction per step; return steps run.

    A new database (version 0) gets all its steps in one transaction: the same statements
    in the same order, one commit and one sync instead of one per step (most of opening
    a new data dir), and a crash leaves it new (empty) rather than half built."""
    done: list[int] = []
    pending_migrations(db)
    current = schema_version(db)
    with db.atomic() if current == 0 else nullcontext():
        while current < target:
            with db.atomic():  # a savepoint inside the new database's transaction
                _run_step(db, current)
            current += 1
            done.append(current)
    return done


def _run_step(db: SqliteDatabase, current: int) -> None:
    """Step ``current`` (0-based) and the version it leaves, inside a transaction."""
    MIGRATIONS[current](db)
    db.execute_sql(f"PRAGMA user_version = {current + 1}")
    # Every step has the setting table (step 1 makes it).
    db.execute_sql(
        'INSERT OR REPLACE INTO "setting" ("key", "value") VALUES (?, ?)',
        (AFTER_MIGRATION_KEY, REBUILD_SEARCH),
    )
