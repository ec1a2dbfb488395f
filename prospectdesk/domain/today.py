"""The sales side of the Today view: leads still waiting to be qualified, and finishing a
follow-up together with its next step (follow-ups, birthdays and quiet prospects come from
:mod:`prospectdesk.domain.agenda`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from prospectdesk.clock import Clock, from_utc_naive, stored_datetime, utc_naive
from prospectdesk.domain.pipeline import Pipeline
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


# Criteria met per contact: the latest answer per (contact, current criterion) is "yes";
# removed criteria have NULL ids.
_MET_PER_CONTACT = (
    "SELECT contact_id, COUNT(*) AS met FROM ("
    " SELECT q.contact_id, a.answer, ROW_NUMBER() OVER ("
    "  PARTITION BY q.contact_id, a.criterion_id"
    "  ORDER BY q.asked_at DESC, q.id DESC, a.id DESC) AS recency"
    " FROM qualification_answer a JOIN qualification q ON q.id = a.qualification_id"
    " WHERE a.criterion_id IS NOT NULL"
    ") WHERE recency = 1 AND answer = 'yes' GROUP BY contact_id"
)


# How far back "at" may lie and still be read as now (the kept counts describe now).
CURRENT_WINDOW = timedelta(minutes=1)


class TodayService:
    def __init__(
        self, clock: Clock, pipeline: Pipeline, qualification: QualificationService
    ) -> None:
        self.clock = clock
        self.pipeline = pipeline
        self.qualification = qualification

    def unqualified_leads(
        self, at: datetime | None = None, *, limit: int | None = 200
    ) -> list[UnqualifiedLead]:
        """Leads whose criteria are not all met yet, longest waiting first.

        Filtered in SQL: after an import the lead column may hold 100,000 people, and Today
        shows the first ``limit`` of them (see :meth:`unqualified_lead_count`)."""
        at = at or self.clock.now()
        rows = self._unqualified(at, "c.id, c.display_name, c.stage_entered_at, met", limit)
        total = len(self.qualification.criteria())
        result = []
        for contact_id, name, entered, met in rows:
            entered_local = from_utc_naive(stored_datetime(entered), at.tzinfo)
            result.append(
                UnqualifiedLead(
                    contact_id=contact_id,
                    display_name=name,
                    met=int(met),
                    total=total,
                    waiting_days=max(0, (at.date() - entered_local.date()).days),
                )
            )
        return result

    def unqualified_lead_count(self, at: datetime | None = None) -> int:
        now = self.clock.now()
        lead = self.pipeline.stage_by_role(LEAD_ROLE)
        if lead is None:
            return 0
        if at is None or at >= now - CURRENT_WINDOW:
            # "Now" (the caller's clock reading is a moment older than ours): the lead
            # column's kept count, less the leads who meet every criterion (only people
            # with answers: few). Counting the column itself cost 100 ms at 100,000 leads
            # (300 ms at a million) on every refresh of Today. A lead added in the last
            # seconds counts either way.
            column = self.pipeline.column_counts().get(lead.id, 0)
            return column - self._qualified_lead_count(lead.id) - self._marked_count(lead.id)
        rows = self._unqualified(at, "COUNT(*)", None, ordered=False)
        return int(rows[0][0]) if rows else 0

    def _marked_count(self, lead_stage_id: int) -> int:
        """Live leads marked "do not contact": few, read by their partial index."""
        sql = (
            "SELECT COUNT(*) FROM contact INDEXED BY contact_do_not_contact"
            " WHERE stage_id = ? AND deleted_at IS NULL AND do_not_contact_at IS NOT NULL"
        )
        return int(database.execute_sql(sql, [lead_stage_id]).fetchone()[0])

    def _qualified_lead_count(self, lead_stage_id: int) -> int:
        """Qualified live leads not marked (the marked ones are counted apart)."""
        total = len(self.qualification.criteria())
        if total == 0:
            return 0
        sql = (
            "SELECT COUNT(*) FROM (" + _MET_PER_CONTACT + ") m"
            " JOIN contact c ON c.id = m.contact_id"
            " WHERE c.stage_id = ? AND c.deleted_at IS NULL AND c.do_not_contact_at IS NULL"
            " AND m.met >= ?"
        )
        return int(database.execute_sql(sql, [lead_stage_id, total]).fetchone()[0])

    def _unqualified(
        self, at: datetime, columns: str, limit: int | None, *, ordered: bool = True
    ) -> list[tuple[Any, ...]]:
        lead = self.pipeline.stage_by_role(LEAD_ROLE)
        if lead is None:
            return []
        total = len(self.qualification.criteria())
        sql = (
            f"SELECT {columns} FROM ("
            " SELECT c.id, c.display_name, c.stage_entered_at, COALESCE(m.met, 0) AS met"
            " FROM contact c LEFT JOIN (" + _MET_PER_CONTACT + ") m ON m.contact_id = c.id"
            " WHERE c.stage_id = ? AND c.deleted_at IS NULL AND c.do_not_contact_at IS NULL"
            " AND c.created_at <= ?"
            ") c WHERE NOT (? > 0 AND met >= ?)"
        )
        params: list[object] = [lead.id, str(utc_naive(at)), total, total]
        if ordered:
            sql += " ORDER BY c.stage_entered_at, c.id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return database.execute_sql(sql, params).fetchall()

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
