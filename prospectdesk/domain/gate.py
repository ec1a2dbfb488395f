"""The qualification gate: a lead moves on to Prospect or further only when it meets the
qualification criteria, or with a short reason from the owner, kept on the stage change
row (``stage_change.note``). A setting turns the gate off.

The owner's moves (a drag, Ctrl+arrows, a bulk move) go through :meth:`QualificationGate.move`;
the sales process's own moves (a close) do not: they follow from answers already given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from prospectdesk.domain.errors import DomainError
from prospectdesk.domain.qualification import LEAD_ROLE, Answer, QualificationService
from prospectdesk.domain.records import Changes
from prospectdesk.domain.settings import QUALIFICATION_GATE, Settings
from prospectdesk.store.db import database

PROSPECT_ROLE = "prospect"


@dataclass(frozen=True)
class GateStop:
    """A lead that may not move on yet, and the criteria it does not meet."""

    contact_id: int
    display_name: str
    missing: tuple[str, ...]  # criterion names not answered "yes"


class NotQualifiedError(DomainError):
    """Leads moved to Prospect or further without meeting the criteria and without a
    reason: nothing moved. The UI asks for the answers or a reason and moves again."""

    def __init__(
        self,
        contact_ids: list[int],
        stops: list[GateStop],
        to_stage_id: int,
        before_id: int | None,
    ) -> None:
        names = ", ".join(stop.display_name for stop in stops)
        super().__init__(f"not qualified yet: {names}")
        self.contact_ids = contact_ids  # the whole move asked for
        self.stops = stops
        self.to_stage_id = to_stage_id
        self.before_id = before_id


class QualificationGate:
    def __init__(self, qualification: QualificationService, settings: Settings) -> None:
        self.qualification = qualification
        self.pipeline = qualification.pipeline
        self.settings = settings

    @property
    def enabled(self) -> bool:
        return bool(self.settings.get(QUALIFICATION_GATE))

    def stops(self, contact_ids: Sequence[int], to_stage_id: int) -> list[GateStop]:
        """The leads among ``contact_ids`` that the gate holds back from ``to_stage_id``:
        none when the gate is off, or the target lies before Prospect."""
        lead = self.pipeline.stage_by_role(LEAD_ROLE)
        prospect = self.pipeline.stage_by_role(PROSPECT_ROLE)
        if not self.enabled or lead is None or prospect is None or not contact_ids:
            return []
        positions = {s.id: s.position for s in self.pipeline.stages()}
        if to_stage_id == lead.id or positions.get(to_stage_id, 0) < prospect.position:
            return []
        ids = list(dict.fromkeys(contact_ids))
        marks = ",".join("?" * len(ids))
        leads = {
            int(cid): str(name)
            for cid, name in database.execute_sql(
                f"SELECT id, display_name FROM contact WHERE id IN ({marks}) AND stage_id = ?",
                [*ids, lead.id],
            )
        }
        if not leads:
            return []
        criteria = self.qualification.criteria()
        statuses = self.qualification.statuses(list(leads))
        stops = []
        for cid in ids:
            if cid not in leads:
                continue
            answers = statuses[cid].answers
            missing = tuple(
                c.name
                for c in criteria
                if c.id not in answers or answers[c.id].answer is not Answer.YES
            )
            if missing:
                stops.append(GateStop(cid, leads[cid], missing))
        return stops

    def move(
        self,
        contact_ids: Sequence[int],
        *,
        to_stage_id: int,
        before_id: int | None = None,
        override_reason: str = "",
    ) -> Changes:
        """Move as the owner asked, through the gate: refused (:class:`NotQualifiedError`)
        while a lead held back has no reason; with one, the move is made and the reason
        kept on each held-back lead's stage change row, all in one transaction (one undo
        step: the move's)."""
        reason = " ".join(override_reason.split())
        with database.atomic():
            stops = self.stops(contact_ids, to_stage_id)
            if stops and not reason:
                raise NotQualifiedError(list(contact_ids), stops, to_stage_id, before_id)
            changes = self.pipeline.move_contacts(
                contact_ids, to_stage_id=to_stage_id, before_id=before_id
            )
            held = [stop.contact_id for stop in stops]
            if held:
                marks = ",".join("?" * len(held))
                database.execute_sql(
                    "UPDATE stage_change SET note = ? WHERE id IN ("
                    f" SELECT MAX(id) FROM stage_change WHERE contact_id IN ({marks})"
                    " GROUP BY contact_id)",
                    [reason, *held],
                )
        return changes

    def override_reasons(self, contact_id: int) -> list[str]:
        """The reasons kept for this contact's moves past the gate, oldest first."""
        return [
            str(note)
            for (note,) in database.execute_sql(
                "SELECT note FROM stage_change WHERE contact_id = ? AND note IS NOT NULL"
                " ORDER BY changed_at, id",
                [contact_id],
            )
        ]
