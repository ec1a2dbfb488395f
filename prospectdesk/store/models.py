"""Peewee models: the shape of everything ProspectDesk keeps.

Times are stored as naive UTC (see :mod:`prospectdesk.clock`); birthdays as separate
year/month/day because many people give only day and month.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    DateTimeField,
    DoesNotExist,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from prospectdesk.store.db import database


class BaseModel(Model):
    """Declared for the type checker only, what peewee adds at run time: the ``id`` key
    (on models without another primary key), ``DoesNotExist``, and beside every foreign
    key ``x`` its id accessor ``x_id`` (annotated under each one below)."""

    if TYPE_CHECKING:
        id = AutoField()
        DoesNotExist: ClassVar[type[DoesNotExist]]

    class Meta:
        database = database
        legacy_table_names = False


class Stage(BaseModel):
    """A column of the pipeline board. ``role`` ties the sales rules to a stage whatever
    the owner renames it to (None for stages the owner added)."""

    name = TextField()
    position = IntegerField(index=True)
    role = TextField(null=True, unique=True)
    stale_days = IntegerField(null=True)


class StageCount(BaseModel):
    """Live contacts per stage, kept by triggers (migration 8): the board's column counts
    read seven rows at start instead of counting every contact (170 ms at a million)."""

    stage = ForeignKeyField(Stage, primary_key=True, on_delete="CASCADE")
    stage_id: int
    live = IntegerField(default=0)

    class Meta:
        table_name = "stage_count"


class LeadSource(BaseModel):
    name = TextField(unique=True)
    position = IntegerField(default=0)


class ImportBatch(BaseModel):
    """One import: its contacts can be undone together."""

    file_name = TextField()
    imported_at = DateTimeField()
    source_name = TextField(default="")
    undone_at = DateTimeField(null=True)
    # Migration 13; NULL for older imports where it cannot be derived.
    created_count = IntegerField(null=True)  # contacts it created
    merged_count = IntegerField(null=True)  # stored contacts it changed
    skipped_count = IntegerField(null=True)  # records read that changed nothing
    applied_at = DateTimeField(null=True)  # when its writes ended


class Contact(BaseModel):
    uid = TextField(unique=True)
    given_name = TextField(default="")
    family_name = TextField(default="")
    display_name_override = TextField(null=True)
    display_name = TextField(default="")  # derived unless overridden; kept for sorting and search
    organization = TextField(default="")
    job_title = TextField(default="")
    birthday_year = IntegerField(null=True)
    birthday_month = IntegerField(null=True)
    birthday_day = IntegerField(null=True)
    photo = BlobField(null=True)
    source = ForeignKeyField(LeadSource, null=True, on_delete="SET NULL")
    source_id: int | None
    import_batch = ForeignKeyField(ImportBatch, null=True, on_delete="SET NULL")
    import_batch_id: int | None
    notes = TextField(default="")
    stage = ForeignKeyField(Stage, backref="contacts")
    stage_id: int
    # Fractional positions: a card moves between two neighbours by taking the midpoint,
    # so a move never renumbers a whole column.
    position = FloatField()
    stage_entered_at = DateTimeField()
    expected_value_cents = IntegerField(null=True)
    last_interaction_at = DateTimeField(null=True)
    created_at = DateTimeField()
    updated_at = DateTimeField()  # the revision time (vCard REV)
    deleted_at = DateTimeField(null=True)  # a tombstone: the row stays for sync and undo
    # They asked not to be contacted again, and when (migration 9): kept whatever their
    # stage, it keeps them out of reminders and Today until the owner clears it.
    do_not_contact_at = DateTimeField(null=True)
    # Bumped by triggers on every write to the contact or its e-mails, phones, addresses
    # and tags (migration 10): sync finds local edits by comparing it with the synced one.
    revision = IntegerField(default=0)
    # The contact this tombstone was merged into (migration 11; None for any other row).
    merged_into = IntegerField(null=True)


class ContactEmail(BaseModel):
    contact = ForeignKeyField(Contact, backref="emails", on_delete="CASCADE")
    contact_id: int
    value = TextField()
    label = TextField(default="")
    position = IntegerField(default=0)


class ContactPhone(BaseModel):
    contact = ForeignKeyField(Contact, backref="phones", on_delete="CASCADE")
    contact_id: int
    value = TextField()  # as written
    normalized = TextField(default="")  # E.164 when it parses, else digits
    label = TextField(default="")
    position = IntegerField(default=0)


class ContactAddress(BaseModel):
    contact = ForeignKeyField(Contact, backref="addresses", on_delete="CASCADE")
    contact_id: int
    label = TextField(default="")
    street = TextField(default="")
    city = TextField(default="")
    region = TextField(default="")
    postal_code = TextField(default="")
    country = TextField(default="")
    position = IntegerField(default=0)


class Tag(BaseModel):
    name = TextField(unique=True)


class ContactTag(BaseModel):
    contact = ForeignKeyField(Contact, backref="contact_tags", on_delete="CASCADE")
    contact_id: int
    tag = ForeignKeyField(Tag, backref="contact_tags", on_delete="CASCADE")
    tag_id: int

    class Meta:
        indexes = ((("contact", "tag"), True),)


class StageChange(BaseModel):
    """Every move between stages, with its time: days-in-stage and the funnel read this."""

    contact = ForeignKeyField(Contact, backref="stage_changes", on_delete="CASCADE")
    contact_id: int
    from_stage = ForeignKeyField(Stage, null=True, on_delete="SET NULL", backref="+")
    from_stage_id: int | None
    to_stage = ForeignKeyField(Stage, null=True, on_delete="SET NULL", backref="+")
    to_stage_id: int | None
    changed_at = DateTimeField(index=True)
    note = TextField(null=True)  # why a move skipped the qualification gate


class Interaction(BaseModel):
    """A dated note of one conversation."""

    contact = ForeignKeyField(Contact, backref="interactions", on_delete="CASCADE")
    contact_id: int
    occurred_at = DateTimeField()
    kind = TextField(default="call")  # call, meeting, email, online_form, other
    summary = TextField(default="")
    # How a call from the call list went (migration 11); NULL for any other conversation.
    call_outcome = TextField(null=True)


class Concern(BaseModel):
    """A question or concern raised in a conversation, to address later."""

    interaction = ForeignKeyField(Interaction, backref="concerns", on_delete="CASCADE")
    interaction_id: int
    text = TextField()
    addressed = BooleanField(default=False)


class FollowUp(BaseModel):
    contact = ForeignKeyField(Contact, backref="followups", on_delete="CASCADE")
    contact_id: int
    due_at = DateTimeField(index=True)
    what = TextField(default="")
    done_at = DateTimeField(null=True)
    uid = TextField(null=True)  # set by a trigger on insert (migration 10): the event's UID


class QualificationCriterion(BaseModel):
    """One question a lead must pass to become a prospect; the owner edits the list."""

    name = TextField()
    position = IntegerField(default=0)


class Qualification(BaseModel):
    """One qualification conversation with a contact: how the answers were gathered."""

    contact = ForeignKeyField(Contact, backref="qualifications", on_delete="CASCADE")
    contact_id: int
    asked_at = DateTimeField(index=True)
    method = TextField(default="phone_call")  # phone_call, meeting, online_form, email, in_person


class QualificationAnswer(BaseModel):
    """An answer to one criterion. The question is copied so that a renamed or removed
    criterion still reads as it was asked."""

    qualification = ForeignKeyField(Qualification, backref="answers", on_delete="CASCADE")
    qualification_id: int
    criterion = ForeignKeyField(
        QualificationCriterion, null=True, on_delete="SET NULL", backref="answers"
    )
    criterion_id: int | None
    question = TextField()
    answer = TextField()  # yes, no, unknown
    note = TextField(default="")


class Presentation(BaseModel):
    """A presentation to a prospect and how its close ended."""

    contact = ForeignKeyField(Contact, backref="presentations", on_delete="CASCADE")
    contact_id: int
    presented_at = DateTimeField(index=True)
    offered = TextField(default="")
    call_to_action = TextField(default="")
    outcome = TextField()  # sale, not_ready, no
    followup = ForeignKeyField(FollowUp, null=True, on_delete="SET NULL", backref="+")
    followup_id: int | None
    no_reason = TextField(null=True)  # why a "no" (migration 17); NULL before it was asked


class Sale(BaseModel):
    contact = ForeignKeyField(Contact, backref="sales", on_delete="CASCADE")
    contact_id: int
    presentation = ForeignKeyField(Presentation, null=True, on_delete="SET NULL", backref="+")
    presentation_id: int | None
    what = TextField()
    amount_cents = IntegerField()
    sold_at = DateTimeField(index=True)


class ListConsent(BaseModel):
    """Whether someone agreed to stay on the list, and when they said so."""

    contact = ForeignKeyField(Contact, backref="list_consents", on_delete="CASCADE")
    contact_id: int
    agreed = BooleanField()
    recorded_at = DateTimeField()
    presentation = ForeignKeyField(Presentation, null=True, on_delete="SET NULL", backref="+")
    presentation_id: int | None


class ReminderState(BaseModel):
    """What happened to one reminder, so that a restart neither repeats nor drops it.

    ``key`` names the reminder (``followup:<id>``, ``birthday:<contact>:<year>:<lead|day>``,
    ``quiet:<contact>:<date>``); ``due_at`` is the moment the state was recorded for, so a
    rescheduled follow-up is a new reminder again."""

    key = TextField(primary_key=True)
    due_at = DateTimeField()
    shown_at = DateTimeField(null=True)
    snoozed_until = DateTimeField(null=True, index=True)
    done_at = DateTimeField(null=True)


class ImportMerge(BaseModel):
    """A contact an import merged into: its state before, so undoing the batch restores it."""

    batch = ForeignKeyField(ImportBatch, backref="merges", on_delete="CASCADE")
    batch_id: int
    contact = ForeignKeyField(Contact, backref="+", on_delete="CASCADE")
    contact_id: int
    prior_state = TextField()  # JSON of the contact's fields before the merge


class SyncAccount(BaseModel):
    """The CardDAV account contacts sync with. The password is never here: it is kept in
    the OS keyring (or asked for each time)."""

    server_url = TextField()
    username = TextField()
    addressbook_url = TextField()
    addressbook_name = TextField()
    sync_token = TextField(null=True)  # stored only after every action of a sync succeeded
    created_at = DateTimeField()
    last_sync_at = DateTimeField(null=True)
    last_error = TextField(null=True)
    calendar_url = TextField(null=True)  # the follow-ups calendar (None: no CalDAV there)
    calendar_name = TextField(null=True)

    class Meta:
        table_name = "sync_account"


class SyncItem(BaseModel):
    """One card known on both sides: where it lives, the server's copy of it (our edits
    are written onto it, so what the phone wrote survives), and what each side held at the
    last sync (the base a change is measured against)."""

    account = ForeignKeyField(SyncAccount, backref="items", on_delete="CASCADE")
    account_id: int
    contact = ForeignKeyField(Contact, null=True, backref="+", on_delete="SET NULL")
    contact_id: int | None
    href = TextField()
    uid = TextField()
    etag = TextField(null=True)
    content_hash = TextField()  # of the card, ignoring PRODID, REV and property order
    card = TextField()  # the server's copy, as last fetched
    local_state = TextField()  # JSON: the synced fields of the contact at the last sync
    revision = IntegerField()  # the contact's revision at the last sync

    class Meta:
        table_name = "sync_item"


class SyncConflict(BaseModel):
    """A field changed on both sides between two syncs: which value was kept, and the
    other one, so the owner can pick it instead."""

    account = ForeignKeyField(SyncAccount, backref="+", on_delete="CASCADE")
    account_id: int
    contact = ForeignKeyField(Contact, backref="+", on_delete="CASCADE")
    contact_id: int
    field = TextField()
    kept_value = TextField()  # JSON
    other_value = TextField()  # JSON
    kept_side = TextField()  # "phone" or "here"
    detected_at = DateTimeField()
    resolved_at = DateTimeField(null=True)

    class Meta:
        table_name = "sync_conflict"


class SyncEvent(BaseModel):
    """A follow-up put in the follow-ups calendar: where, and what we last wrote (so a
    follow-up moved or deleted on the phone is put back)."""

    account = ForeignKeyField(SyncAccount, backref="+", on_delete="CASCADE")
    account_id: int
    followup_uid = TextField()
    href = TextField()
    etag = TextField(null=True)
    content_hash = TextField()

    class Meta:
        table_name = "sync_event"
        indexes = ((("account", "followup_uid"), True),)


class NotDuplicate(BaseModel):
    """Two contacts the owner said are different people: never offered as duplicates
    again. ``contact_a`` is the smaller id."""

    contact_a = ForeignKeyField(Contact, backref="+", on_delete="CASCADE")
    contact_a_id: int
    contact_b = ForeignKeyField(Contact, backref="+", on_delete="CASCADE")
    contact_b_id: int
    recorded_at = DateTimeField()

    class Meta:
        table_name = "not_duplicate"
        indexes = ((("contact_a", "contact_b"), True),)


class Setting(BaseModel):
    key = TextField(primary_key=True)
    value = TextField()


ALL_MODELS: list[type[BaseModel]] = [
    Stage,
    StageCount,
    LeadSource,
    ImportBatch,
    Contact,
    ContactEmail,
    ContactPhone,
    ContactAddress,
    Tag,
    ContactTag,
    StageChange,
    Interaction,
    Concern,
    FollowUp,
    Setting,
    QualificationCriterion,
    Qualification,
    QualificationAnswer,
    Presentation,
    Sale,
    ListConsent,
    ReminderState,
    ImportMerge,
    SyncAccount,
    SyncItem,
    SyncConflict,
    SyncEvent,
    NotDuplicate,
]
