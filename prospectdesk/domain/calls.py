"""The call list: one ordered list of whom to contact now, each with its reason and a
short brief to read before dialling (issue 18).

Order (a person appears once, under the first reason that holds): overdue follow-ups,
follow-ups due today, consented recontacts come due (the follow-up a "no, but keep me on
the list" close scheduled), repeat buyers due to reorder (:mod:`prospectdesk.domain.forecast`),
presentations waiting for a close, people gone quiet (the
stage's own ``stale_days``, the rule of :mod:`prospectdesk.domain.quiet`), then
unqualified leads ranked by how well their source turned into prospects and sales.

People marked "do not contact" never appear. The whole list costs a fixed handful of
queries however long it is: every part and every piece of the brief is read for all rows
at once.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from prospectdesk.clock import from_utc_naive, stored_datetime, utc_naive
from prospectdesk.domain.activity import log_conversation
from prospectdesk.domain.agenda import local_moment, open_followups_until
from prospectdesk.domain.forecast import Forecast
from prospectdesk.domain.qualification import LEAD_ROLE, Answer, QualificationService
from prospectdesk.domain.quiet import gone_quiet
from prospectdesk.domain.records import Changes
from prospectdesk.domain.sales import CloseOutcome
from prospectdesk.domain.sources import SourceRow, SourcesService
from prospectdesk.domain.today import _MET_PER_CONTACT
from prospectdesk.store.db import database
from prospectdesk.store.models import Contact, FollowUp, Interaction
from prospectdesk.store.rows import tuples

PRESENTATION_ROLE = "presentation"
# The most leads the list shows (a bought list can hold 100,000 of them).
LEAD_LIMIT = 200


class CallOutcome(enum.StrEnum):
    """How a call went: one key each in the Calls tab."""

    REACHED = "reached"
    NO_ANSWER = "no_answer"
    LEFT_MESSAGE = "left_message"
    WRONG_NUMBER = "wrong_number"
    NOT_INTERESTED = "not_interested"


# When to try again, in days, by outcome (None: no new try; the owner plans the next step).
RETRY_DAYS: dict[CallOutcome, int | None] = {
    CallOutcome.REACHED: None,
    CallOutcome.NO_ANSWER: 1,
    CallOutcome.LEFT_MESSAGE: 2,
    CallOutcome.WRONG_NUMBER: None,
    CallOutcome.NOT_INTERESTED: None,
}
# So many unanswered calls in a row flag the person in the brief.
NO_ANSWER_FLAG = 3


class CallReason(enum.StrEnum):
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    RECONTACT = "recontact"
    REORDER = "reorder"
    AWAITING_CLOSE = "awaiting_close"
    QUIET = "quiet"
    LEAD = "lead"


@dataclass(frozen=True)
class LastConversation:
    occurred_at: datetime  # aware, in the zone of the moment asked for
    kind: str
    summary: str


@dataclass(frozen=True)
class CallBrief:
    """What to know before dialling."""

    phone: str  # as written; empty when there is none
    tel_uri: str  # ``tel:`` URI of the normalized number; empty when there is no phone
    last_conversation: LastConversation | None
    open_concerns: tuple[str, ...]
    unknown_criteria: tuple[str, ...]  # names of criteria not answered "yes" or "no" yet
    purchases: int
    purchases_cents: int
    no_answer_streak: int = 0  # unanswered calls since the last conversation of another kind

    @property
    def hard_to_reach(self) -> bool:
        return self.no_answer_streak >= NO_ANSWER_FLAG


@dataclass(frozen=True)
class CallRow:
    contact_id: int
    display_name: str
    reason: CallReason
    # The follow-up's due moment, the day a reorder came due, the day a presentation was
    # entered, the last contact of a quiet one, the day a lead came in (aware local).
    since: datetime
    detail: str  # the follow-up's "what"; the lead's source name; else empty
    brief: CallBrief
    followup_id: int | None = None
    source_rate: float | None = None  # leads only: prospects and sales per lead of the source


def source_rate(row: SourceRow) -> float:
    """How well a source turned leads into prospects and sales (a sale counts twice: it
    went further). 0 for a source without leads."""
    if row.leads <= 0:
        return 0.0
    return (row.prospects + row.customers) / row.leads


@dataclass(frozen=True)
class CallOutcomeResult:
    interaction_id: int
    followup_id: int | None  # the next try, when the outcome asks for one
    changes: Changes


class CallList:
    """Reads the call list, and records how a call from it went."""

    def __init__(
        self, qualification: QualificationService, sources: SourcesService | None = None
    ) -> None:
        self.qualification = qualification
        self.pipeline = qualification.pipeline
        self.clock = qualification.clock
        self.sources = sources or SourcesService()

    def record_call_outcome(
        self, contact_id: int, outcome: CallOutcome, *, note: str = ""
    ) -> CallOutcomeResult:
        """One key per outcome, one transaction, one undo step: the call is logged as a
        conversation (with its outcome), the follow-ups due by today are settled, and the
        next try is planned when the outcome asks for one (no answer: tomorrow, same time;
        a message left: in two days). A settled follow-up is done, or moved to the next
        try when there is one (it keeps its "what")."""
        outcome = CallOutcome(outcome)
        now = self.clock.now()
        end_of_today = local_moment(now.date() + timedelta(days=1), 0, now.tzinfo)
        retry = RETRY_DAYS[outcome]
        next_try = None
        if retry is not None:
            day = now.date() + timedelta(days=retry)
            next_try = local_moment(day, now.hour, now.tzinfo) + timedelta(minutes=now.minute)
        with database.atomic(), self.pipeline.undo.step("call"):
            contact = Contact.get_by_id(contact_id)
            logged = log_conversation(
                contact_id, occurred_at=now, kind="call", summary=note.strip()
            )
            Interaction.update(call_outcome=outcome.value).where(
                Interaction.id == logged.interaction_id
            ).execute()
            due = list(
                tuples(
                    FollowUp.select(FollowUp.id, FollowUp.due_at, FollowUp.done_at)
                    .where(
                        FollowUp.contact == contact_id,
                        FollowUp.done_at.is_null(),
                        FollowUp.due_at < utc_naive(end_of_today),
                    )
                    .order_by(FollowUp.due_at, FollowUp.id)
                )
            )
            created: int | None = None
            if next_try is not None and due:
                # The first one due carries on to the next try; the others are done.
                FollowUp.update(due_at=utc_naive(next_try)).where(
                    FollowUp.id == due[0][0]
                ).execute()
                settled = [row[0] for row in due[1:]]
                followup_id: int | None = due[0][0]
            else:
                settled = [row[0] for row in due]
                followup_id = None
                if next_try is not None:
                    created = FollowUp.create(contact=contact_id, due_at=utc_naive(next_try)).id
                    followup_id = created
            if settled:
                FollowUp.update(done_at=utc_naive(now)).where(FollowUp.id.in_(settled)).execute()
        stage_id = contact.stage_id
        changes = Changes(stages={stage_id}, contacts={contact_id})

        return CallOutcomeResult(logged.interaction_id, followup_id, changes)

    def calls_at(self, at: datetime, *, lead_limit: int = LEAD_LIMIT) -> list[CallRow]:
        """Whom to contact at ``at`` (aware), in the order of the module's docstring."""
        if at.tzinfo is None:
            raise ValueError("calls_at needs an aware datetime")
        zone = at.tzinfo
        start_of_today = local_moment(at.date(), 0, zone)
        end_of_today = local_moment(at.date() + timedelta(days=1), 0, zone)
        pending: list[tuple[int, str, CallReason, datetime, str, int | None, float | None]] = []
        seen: set[int] = set()

        def take(
            contact_id: int,
            name: str,
            reason: CallReason,
            since: datetime,
            detail: str = "",
            followup_id: int | None = None,
            rate: float | None = None,
        ) -> None:
            if contact_id in seen:
                return
            seen.add(contact_id)
            pending.append((contact_id, name, reason, since, detail, followup_id, rate))

        followups = open_followups_until(end_of_today)
        recontacts = _recontact_followups([f.followup_id for f in followups])
        for reason in (CallReason.OVERDUE, CallReason.DUE_TODAY, CallReason.RECONTACT):
            for f in followups:
                if f.followup_id in recontacts:
                    kind = CallReason.RECONTACT
                elif f.due_at < start_of_today:
                    kind = CallReason.OVERDUE
                else:
                    kind = CallReason.DUE_TODAY
                if kind is reason:
                    take(f.contact_id, f.display_name, kind, f.due_at, f.what, f.followup_id)

        # Repeat buyers past their usual interval: after the dated follow-ups (each one a
        # promise to someone, a recontact one they asked for), before the rest, because a
        # proven buyer with a known rhythm is the likeliest sale of the day.
        for buyer in Forecast(self.clock).due_to_reorder(at):
            since = local_moment(buyer.next_purchase, 0, zone)
            take(buyer.contact_id, buyer.display_name, CallReason.REORDER, since)

        presentation = self.pipeline.stage_by_role(PRESENTATION_ROLE)
        if presentation is not None:
            for contact_id, name, entered in database.execute_sql(
                "SELECT id, display_name, stage_entered_at FROM contact"
                " WHERE stage_id = ? AND deleted_at IS NULL AND do_not_contact_at IS NULL"
                " ORDER BY stage_entered_at, id",
                [presentation.id],
            ):
                take(contact_id, name, CallReason.AWAITING_CLOSE, _local(entered, at))

        for quiet in gone_quiet(at, leads=False):  # leads come last, ranked
            take(
                quiet.contact_id, quiet.display_name, CallReason.QUIET, _local(quiet.reference, at)
            )

        for contact_id, name, entered, source_name, rate in self._ranked_leads(at, lead_limit):
            take(contact_id, name, CallReason.LEAD, _local(entered, at), source_name, rate=rate)

        briefs = self._briefs([row[0] for row in pending], at)
        return [
            CallRow(cid, name, reason, since, detail, briefs[cid], fid, rate)
            for cid, name, reason, since, detail, fid, rate in pending
        ]

    # -- parts ---------------------------------------------------------------------------

    def _ranked_leads(self, at: datetime, limit: int) -> list[tuple[int, str, str, str, float]]:
        """Unqualified, contactable leads, best source first, then longest waiting."""
        lead = self.pipeline.stage_by_role(LEAD_ROLE)
        if lead is None or limit <= 0:
            return []
        report = self.sources.report()
        rates = {row.source_id: source_rate(row) for row in report}
        names = {row.source_id: row.name for row in report}
        total = len(self.qualification.criteria())
        cases = " ".join("WHEN ? THEN ?" for key in rates if key is not None)
        rank = f"CASE c.source_id {cases} ELSE ? END" if cases else "?"
        params: list[object] = [lead.id, str(utc_naive(at)), total, total]
        order: list[object] = []
        for key, value in rates.items():
            if key is not None:
                order += [key, value]
        order.append(rates.get(None, 0.0))
        sql = (
            "SELECT c.id, c.display_name, c.stage_entered_at, c.source_id FROM ("
            " SELECT c.id, c.display_name, c.stage_entered_at, c.source_id,"
            " COALESCE(m.met, 0) AS met"
            " FROM contact c LEFT JOIN (" + _MET_PER_CONTACT + ") m ON m.contact_id = c.id"
            " WHERE c.stage_id = ? AND c.deleted_at IS NULL AND c.do_not_contact_at IS NULL"
            " AND c.created_at <= ?"
            ") c WHERE NOT (? > 0 AND met >= ?)"
            f" ORDER BY {rank} DESC, c.stage_entered_at, c.id LIMIT ?"
        )
        rows = database.execute_sql(sql, [*params, *order, limit]).fetchall()
        return [
            (cid, name, entered, names.get(source, ""), rates.get(source, 0.0))
            for cid, name, entered, source in rows
        ]

    def _briefs(self, ids: list[int], at: datetime) -> dict[int, CallBrief]:
        phones: dict[int, tuple[str, str]] = {}
        last: dict[int, LastConversation] = {}
        concerns: dict[int, list[str]] = {}
        bought: dict[int, tuple[int, int]] = {}
        streaks: dict[int, int] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for cid, value, normalized in database.execute_sql(
                "SELECT contact_id, value, normalized FROM ("
                " SELECT contact_id, value, normalized, ROW_NUMBER() OVER ("
                "  PARTITION BY contact_id ORDER BY position, id) AS n"
                f" FROM contact_phone WHERE contact_id IN ({marks})) WHERE n = 1",
                chunk,
            ):
                phones[cid] = (value, normalized)
            for cid, occurred, kind, summary in database.execute_sql(
                "SELECT contact_id, occurred_at, kind, summary FROM ("
                " SELECT contact_id, occurred_at, kind, summary, ROW_NUMBER() OVER ("
                "  PARTITION BY contact_id ORDER BY occurred_at DESC, id DESC) AS n"
                f" FROM interaction WHERE contact_id IN ({marks})) WHERE n = 1",
                chunk,
            ):
                last[cid] = LastConversation(_local(occurred, at), kind, summary)
            for cid, text in database.execute_sql(
                "SELECT interaction.contact_id, concern.text FROM concern"
                " JOIN interaction ON interaction.id = concern.interaction_id"
                f" WHERE interaction.contact_id IN ({marks}) AND NOT concern.addressed"
                " ORDER BY concern.id",
                chunk,
            ):
                concerns.setdefault(cid, []).append(text)
            for cid, count, cents in database.execute_sql(
                "SELECT contact_id, COUNT(*), COALESCE(SUM(amount_cents), 0) FROM sale"
                f" WHERE contact_id IN ({marks}) GROUP BY contact_id",
                chunk,
            ):
                bought[cid] = (int(count), int(cents))
            for cid, count in database.execute_sql(
                "SELECT i.contact_id, COUNT(*) FROM interaction i"
                f" WHERE i.contact_id IN ({marks}) AND i.call_outcome = ?"
                " AND i.occurred_at > COALESCE((SELECT MAX(j.occurred_at) FROM interaction j"
                "  WHERE j.contact_id = i.contact_id"
                "  AND (j.call_outcome IS NULL OR j.call_outcome != ?)), '')"
                " GROUP BY i.contact_id",
                [*chunk, CallOutcome.NO_ANSWER.value, CallOutcome.NO_ANSWER.value],
            ):
                streaks[cid] = int(count)
        criteria = self.qualification.criteria()
        statuses = self.qualification.statuses(ids) if ids else {}
        briefs = {}
        for cid in ids:
            answers = statuses[cid].answers
            unknown = tuple(
                c.name
                for c in criteria
                if c.id not in answers or answers[c.id].answer is Answer.UNKNOWN
            )
            phone, normalized = phones.get(cid, ("", ""))
            count, cents = bought.get(cid, (0, 0))
            briefs[cid] = CallBrief(
                phone=phone,
                tel_uri=tel_uri(normalized or phone) if phone else "",
                last_conversation=last.get(cid),
                open_concerns=tuple(concerns.get(cid, ())),
                unknown_criteria=unknown,
                purchases=count,
                purchases_cents=cents,
                no_answer_streak=streaks.get(cid, 0),
            )
        return briefs


def tel_uri(number: str) -> str:
    """A ``tel:`` URI (RFC 3966) of a phone number: its leading + and digits."""
    kept = "".join(ch for ch in number if ch.isdigit() or ch == "+")
    return f"tel:{kept}" if kept.strip("+") else ""


def _recontact_followups(followup_ids: list[int]) -> set[int]:
    """The follow-ups a "no, but keep me on the list" close scheduled."""
    found: set[int] = set()
    for chunk in _chunks(followup_ids):
        marks = ",".join("?" * len(chunk))
        found.update(
            row[0]
            for row in database.execute_sql(
                "SELECT p.followup_id FROM presentation p JOIN list_consent lc"
                " ON lc.presentation_id = p.id AND lc.agreed"
                f" WHERE p.outcome = ? AND p.followup_id IN ({marks})",
                [CloseOutcome.NO.value, *chunk],
            )
        )
    return found


def _local(value: datetime | str, at: datetime) -> datetime:
    return from_utc_naive(stored_datetime(value), at.tzinfo)


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
