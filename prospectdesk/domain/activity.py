"""Conversations (with their questions and concerns) and follow-ups of a contact."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from prospectdesk.clock import Clock, from_utc_naive, stored_datetime, utc_naive
from prospectdesk.domain.records import (
    INTERACTION_KINDS,
    Changes,
    ConcernInfo,
    FollowUpInfo,
    InteractionInfo,
)
from prospectdesk.store.db import database
from prospectdesk.store.models import Concern, Contact, FollowUp, Interaction


@dataclass(frozen=True)
class LoggedConversation:
    """A conversation another step logged, and what its undo must put back."""

    contact_id: int
    interaction_id: int
    prior_last_interaction_at: datetime | None  # naive UTC, as stored


def log_conversation(
    contact_id: int,
    *,
    occurred_at: datetime,
    kind: str,
    summary: str,
    concerns: list[str] | None = None,
) -> LoggedConversation:
    """Keep one conversation and move the contact's "gone quiet" clock, inside the caller's
    transaction: qualifying, a presentation and a call's outcome log theirs this way, so
    "last conversation" and the quiet rule see every one of them."""
    if kind not in INTERACTION_KINDS:
        raise ValueError(f"unknown interaction kind {kind!r}")
    with database.atomic():
        when = utc_naive(occurred_at)
        interaction = Interaction.create(
            contact=contact_id, occurred_at=when, kind=kind, summary=summary
        )
        for text in concerns or []:
            if text.strip():
                Concern.create(interaction=interaction, text=text.strip())
        last = Contact.get_by_id(contact_id).last_interaction_at
        prior = stored_datetime(last) if last is not None else None
        if prior is None or prior < when:
            Contact.update(last_interaction_at=when).where(Contact.id == contact_id).execute()
    return LoggedConversation(contact_id, interaction.id, prior)


class Activity:
    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    def _zone(self) -> tzinfo | None:
        return self.clock.now().tzinfo

    # -- conversations ---------------------------------------------------------------------

    def log_interaction(
        self,
        contact_id: int,
        *,
        summary: str,
        kind: str = "call",
        concerns: list[str] | None = None,
        occurred_at: datetime | None = None,
    ) -> tuple[int, Changes]:
        """Log a conversation. It also resets the contact's "gone quiet" clock."""
        with database.atomic():
            logged = log_conversation(
                contact_id,
                occurred_at=occurred_at or self.clock.now(),
                kind=kind,
                summary=summary,
                concerns=concerns,
            )
            stage_id = Contact.get_by_id(contact_id).stage_id
        return logged.interaction_id, Changes(stages={stage_id}, contacts={contact_id})

    def edit_interaction(
        self,
        interaction_id: int,
        *,
        summary: str,
        kind: str,
        occurred_at: datetime,
        concerns: list[str],
    ) -> Changes:
        """Correct a conversation. A concern kept (the same text) keeps its tick; one no
        longer listed goes, a new one is added. The "gone quiet" clock follows the latest
        conversation."""
        if kind not in INTERACTION_KINDS:
            raise ValueError(f"unknown interaction kind {kind!r}")
        with database.atomic():
            interaction = Interaction.get_by_id(interaction_id)
            Interaction.update(
                summary=summary, kind=kind, occurred_at=utc_naive(occurred_at)
            ).where(Interaction.id == interaction_id).execute()
            wanted = list(dict.fromkeys(text.strip() for text in concerns if text.strip()))
            kept: set[str] = set()
            for concern in Concern.select().where(Concern.interaction == interaction_id):
                if concern.text in wanted and concern.text not in kept:
                    kept.add(concern.text)
                else:
                    concern.delete_instance()
            for text in wanted:
                if text not in kept:
                    Concern.create(interaction=interaction_id, text=text)
            return self._after_conversations_changed(interaction.contact_id)

    def delete_interaction(self, interaction_id: int) -> Changes:
        """Delete a conversation with its concerns (Edit ▸ Undo brings it back)."""
        with database.atomic():
            contact_id = Interaction.get_by_id(interaction_id).contact_id
            Interaction.delete().where(Interaction.id == interaction_id).execute()
            return self._after_conversations_changed(contact_id)

    @staticmethod
    def _after_conversations_changed(contact_id: int) -> Changes:
        """ "Last conversation" is the latest one left (none: none)."""
        latest = database.execute_sql(
            "SELECT MAX(occurred_at) FROM interaction WHERE contact_id = ?", [contact_id]
        ).fetchone()[0]
        last = stored_datetime(latest) if latest else None
        Contact.update(last_interaction_at=last).where(Contact.id == contact_id).execute()
        stage_id = Contact.get_by_id(contact_id).stage_id
        return Changes(stages={stage_id}, contacts={contact_id})

    def interactions(self, contact_id: int) -> list[InteractionInfo]:
        """Newest first, each with its concerns: two queries, plain tuples (a contact with
        hundreds of conversations opens in a few milliseconds)."""
        zone = self._zone()
        rows = database.execute_sql(
            "SELECT id, occurred_at, kind, summary FROM interaction WHERE contact_id = ?"
            " ORDER BY occurred_at DESC, id DESC",
            [contact_id],
        ).fetchall()
        concerns: dict[int, list[ConcernInfo]] = {}
        if rows:
            for concern_id, interaction_id, text, addressed in database.execute_sql(
                "SELECT concern.id, concern.interaction_id, concern.text, concern.addressed"
                " FROM concern JOIN interaction ON interaction.id = concern.interaction_id"
                " WHERE interaction.contact_id = ? ORDER BY concern.id",
                [contact_id],
            ):
                concerns.setdefault(interaction_id, []).append(
                    ConcernInfo(concern_id, text, bool(addressed))
                )
        return [
            InteractionInfo(
                id=interaction_id,
                occurred_at=from_utc_naive(stored_datetime(occurred_at), zone),
                kind=kind,
                summary=summary,
                concerns=concerns.get(interaction_id, []),
            )
            for interaction_id, occurred_at, kind, summary in rows
        ]

    def open_concerns(self, contact_id: int) -> list[ConcernInfo]:
        query = (
            Concern.select()
            .join(Interaction)
            .where(Interaction.contact == contact_id, Concern.addressed == False)  # noqa: E712
            .order_by(Concern.id)
        )
        return [ConcernInfo(c.id, c.text, c.addressed) for c in query]

    def set_concern_addressed(self, concern_id: int, addressed: bool = True) -> Changes:
        with database.atomic():
            concern = Concern.get_by_id(concern_id)
            concern.addressed = addressed
            concern.save()
            contact_id = concern.interaction.contact_id
        return Changes(contacts={contact_id})

    # -- follow-ups ------------------------------------------------------------------------

    def add_followup(
        self, contact_id: int, *, due_at: datetime, what: str = ""
    ) -> tuple[int, Changes]:
        with database.atomic():
            row = FollowUp.create(contact=contact_id, due_at=utc_naive(due_at), what=what)
            stage_id = Contact.get_by_id(contact_id).stage_id
        return row.id, Changes(stages={stage_id}, contacts={contact_id})

    def complete_followup(self, followup_id: int, done: bool = True) -> Changes:
        with database.atomic():
            row = FollowUp.get_by_id(followup_id)
            row.done_at = utc_naive(self.clock.now()) if done else None
            row.save()
            stage_id = Contact.get_by_id(row.contact_id).stage_id
        return Changes(stages={stage_id}, contacts={row.contact_id})

    def reschedule_followup(self, followup_id: int, due_at: datetime) -> Changes:
        with database.atomic():
            row = FollowUp.get_by_id(followup_id)
            row.due_at = utc_naive(due_at)
            row.save()
            stage_id = Contact.get_by_id(row.contact_id).stage_id
        return Changes(stages={stage_id}, contacts={row.contact_id})

    def delete_followup(self, followup_id: int) -> Changes:
        """Drop a follow-up (Edit ▸ Undo brings it back)."""
        with database.atomic():
            contact_id = FollowUp.get_by_id(followup_id).contact_id
            FollowUp.delete().where(FollowUp.id == followup_id).execute()
            stage_id = Contact.get_by_id(contact_id).stage_id
        return Changes(stages={stage_id}, contacts={contact_id})

    def followups(self, contact_id: int, *, include_done: bool = True) -> list[FollowUpInfo]:
        zone = self._zone()
        query = FollowUp.select().where(FollowUp.contact == contact_id)
        if not include_done:
            query = query.where(FollowUp.done_at.is_null())
        return [
            FollowUpInfo(
                id=row.id,
                contact_id=row.contact_id,
                due_at=from_utc_naive(stored_datetime(row.due_at), zone),
                what=row.what,
                done_at=from_utc_naive(stored_datetime(row.done_at), zone) if row.done_at else None,
            )
            for row in query.order_by(FollowUp.due_at, FollowUp.id)
        ]
