"""The sales side of the Today view: leads still waiting to be qualified, and finishing a
follow-up together with its next step (follow-ups, birthdays and quiet prospects come from
:mod:`prospectdesk.domain.agenda`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from prospectdesk.clock import Clock, from_utc_naive, utc_naive
from prospectdesk.domain.pipeline import Pipeline, _as_datetime
from prospectdesk.domain.qualification import LEAD_ROLE, QualificationService
from prospectdesk.domain.records import Changes
from prospectdesk.store.db import database
from prospectdesk.store.models import Contact, FollowUp


@dataclass(frozen=True)
class UnqualifiedLead:
    contact_id: int
    display_name: str
    met: int
    total: int
    waiting_days: int  # since they entered the lead stage


class TodayService:
    def __init__(
        self, clock: Clock, pipeline: Pipeline, qualification: QualificationService
    ) -> None:
        self.clock = clock
        self.pipeline = pipeline
        self.qualification = qualification

    def unqualified_leads(self, at: datetime | None = None) -> list[UnqualifiedLead]:
        """Leads whose criteria are not all met yet, longest waiting first."""
        at = at or self.clock.now()
        lead = self.pipeline.stage_by_role(LEAD_ROLE)
        if lead is None:
            return []
        at_utc = utc_naive(at)
        rows = list(
            Contact.select(Contact.id, Contact.display_name, Contact.stage_entered_at)
            .where(
                Contact.stage == lead.id,
                Contact.deleted_at.is_null(),
                Contact.created_at <= at_utc,
            )
            .order_by(Contact.stage_entered_at, Contact.id)
            .tuples()
        )
        statuses = self.qualification.statuses([row[0] for row in rows])
        result = []
        for contact_id, name, entered in rows:
            status = statuses[contact_id]
            if status.total and status.met == status.total:
                continue  # qualified, just not moved yet
            entered_local = from_utc_naive(_as_datetime(entered), at.tzinfo)
            result.append(
                UnqualifiedLead(
                    contact_id=contact_id,
                    display_name=name,
                    met=status.met,
                    total=status.total,
                    waiting_days=max(0, (at.date() - entered_local.date()).days),
                )
            )
        return result

    def finish_followup(
        self, followup_id: int, *, next_due_at: datetime | None = None, next_what: str = ""
    ) -> tuple[int | None, Changes]:
        """Mark a follow-up done and, in the same step, schedule the next one (if any)."""
        with database.atomic():
            row = FollowUp.get_by_id(followup_id)
            row.done_at = utc_naive(self.clock.now())
            row.save()
            next_id = None
            if next_due_at is not None:
                next_id = FollowUp.create(
                    contact=row.contact_id, due_at=utc_naive(next_due_at), what=next_what.strip()
                ).id
            stage_id = Contact.get_by_id(row.contact_id).stage_id
        return next_id, Changes(stages={stage_id}, contacts={row.contact_id})
