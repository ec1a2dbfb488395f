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

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from prospectdesk.clock import from_utc_naive, local_moment, stored_datetime, utc_naive
from prospectdesk.domain.activity import log_conversation
from prospectdesk.domain.call_rows import (
    NO_ANSWER_FLAG,
    RETRY_DAYS,
    CallBrief,
    CallOutcome,
    CallReason,
    CallRow,
    LastConversation,
    followup_part,
)
from prospectdesk.domain.forecast import Forecast
from prospectdesk.domain.qualification import LEAD_ROLE, Answer, QualificationService
from prospectdesk.domain.quiet import gone_quiet, gone_quiet_ids
from prospectdesk.domain.records import Changes
from prospectdesk.domain.sources import SourceRow, SourcesService
from prospectdesk.domain.today import _MET_PER_CONTACT
from prospectdesk.store.db import database
from prospectdesk.store.models import Contact, FollowUp, Interaction
from prospectdesk.store.rows import tuples

__all__ = [  # the list's rows are defined in call_rows (light: the first screen reads them)
    "NO_ANSWER_FLAG",
    "RETRY_DAYS",
    "CallBrief",
    "CallList",
    "CallOutcome",
    "CallReason",
    "CallRow",
    "LastConversation",
    "tel_uri",
]

PRESENTATION_ROLE = "presentation"
# The most leads the list shows (a bought list can hold 100,000 of them).
LEAD_LIMIT = 200
# A row before its brief: id, name, reason, since (as stored, or aware), detail, follow-up,
# source rate.
_Pending = tuple[int, str, "CallReason", datetime | str, str, int | None, float | None]


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

    def calls_at(
        self,
        at: datetime,
        *,
        lead_limit: int = LEAD_LIMIT,
        limit: int | None = None,
        briefs: bool = True,
    ) -> list[CallRow]:
        """Whom to contact at ``at`` (aware), in the order of the module's docstring.

        ``limit``: only the first so many rows, read at the cost of those rows (the Calls
        tab reads a page at a time: at 100,000 contacts the whole list holds thousands of
        people gone quiet). ``briefs=False`` leaves ``brief`` None; :meth:`brief` reads
        one when it is shown."""
        if at.tzinfo is None:
            raise ValueError("calls_at needs an aware datetime")
        pending = self._pending(at, lead_limit, limit)
        found = self._briefs([row[0] for row in pending], at) if briefs else {}
        return [
            CallRow(cid, name, reason, _local(since, at), detail, found.get(cid), fid, rate)
            for cid, name, reason, since, detail, fid, rate in pending
        ]

    def brief(self, contact_id: int, at: datetime) -> CallBrief:
        """What to know before dialling ``contact_id`` (the row the owner looks at)."""
        return self._briefs([contact_id], at)[contact_id]

    def count_at(self, at: datetime, *, lead_limit: int = LEAD_LIMIT) -> int:
        """``len(calls_at(at))`` without building the rows: the ids of every part, read
        from the indexes, and a bounded count of the leads."""
        if at.tzinfo is None:
            raise ValueError("count_at needs an aware datetime")
        listed = self._followup_contacts(at)
        listed.update(buyer.contact_id for buyer in Forecast(self.clock).due_to_reorder(at))
        listed.update(row[0] for row in self._awaiting_close(None))
        listed.update(gone_quiet_ids(at, leads=False))
        return len(listed) + self._lead_count(at, lead_limit, listed)

    # -- parts ---------------------------------------------------------------------------

    def _pending(self, at: datetime, lead_limit: int, limit: int | None) -> list[_Pending]:
        """The rows before their briefs, ``since`` still as stored (converted only for the
        rows returned). With ``limit``, each part reads at most ``limit`` rows: at most
        ``len(seen)`` of them are people listed above, so the part still yields every new
        row the page needs."""
        zone = at.tzinfo
        pending: list[_Pending] = []
        seen: set[int] = set()

        def full() -> bool:
            return limit is not None and len(pending) >= limit

        def take(
            contact_id: int,
            name: str,
            reason: CallReason,
            since: datetime | str,
            detail: str = "",
            followup_id: int | None = None,
            rate: float | None = None,
        ) -> None:
            if contact_id in seen or full():
                return
            seen.add(contact_id)
            pending.append((contact_id, name, reason, since, detail, followup_id, rate))

        for cid, name, reason, due, what, fid in followup_part(database.execute_sql, at, limit):
            take(cid, name, reason, due, what, fid)
        if full():
            return pending

        # Repeat buyers past their usual interval: after the dated follow-ups (each one a
        # promise to someone, a recontact one they asked for), before the rest, because a
        # proven buyer with a known rhythm is the likeliest sale of the day.
        for buyer in Forecast(self.clock).due_to_reorder(at):
            since = local_moment(buyer.next_purchase, 0, zone)
            take(buyer.contact_id, buyer.display_name, CallReason.REORDER, since)

        for contact_id, name, entered in self._awaiting_close(limit):
            take(contact_id, name, CallReason.AWAITING_CLOSE, entered)

        if not full():  # leads come last, ranked
            for quiet in gone_quiet(at, leads=False, limit=limit):
                take(quiet.contact_id, quiet.display_name, CallReason.QUIET, quiet.reference)

        if not full():
            wanted = lead_limit if limit is None else min(lead_limit, limit - len(pending))
            taken = 0
            # Up to ``lead_limit`` leads not listed above: a lead with a follow-up due is
            # listed there and does not take a lead's place.
            for contact_id, name, entered, source_name, rate in self._ranked_leads(
                at, wanted + len(seen)
            ):
                if taken >= wanted:
                    break
                if contact_id not in seen:
                    take(contact_id, name, CallReason.LEAD, entered, source_name, rate=rate)
                    taken += 1
        return pending

    def _followup_contacts(self, at: datetime) -> set[int]:
        """The ids of the people :meth:`_followups` lists under any reason. Read from the
        follow-ups and two partial indexes of contact (the live board's, the "do not
        contact" one): joining each person's contact row read ~18 MB of contact pages into
        the page cache at 100,000 contacts, for ids alone."""
        end = str(utc_naive(local_moment(at.date() + timedelta(days=1), 0, at.tzinfo)))
        due = [
            int(row[0])
            for row in database.execute_sql(
                "SELECT DISTINCT contact_id FROM follow_up WHERE done_at IS NULL AND due_at < ?",
                [end],
            )
        ]
        if not due:
            return set()
        live = {
            int(row[0])
            for row in database.execute_sql(
                "SELECT id FROM contact INDEXED BY contact_board WHERE deleted_at IS NULL"
                " AND id IN (SELECT value FROM json_each(?))",
                [json.dumps(due)],
            )
        }
        blocked = {
            int(row[0])
            for row in database.execute_sql(
                "SELECT id FROM contact INDEXED BY contact_do_not_contact"
                " WHERE deleted_at IS NULL AND do_not_contact_at IS NOT NULL"
            )
        }
        return live - blocked

    def _awaiting_close(self, limit: int | None) -> list[tuple[int, str, str]]:
        presentation = self.pipeline.stage_by_role(PRESENTATION_ROLE)
        if presentation is None:
            return []
        sql = (
            "SELECT id, display_name, stage_entered_at FROM contact"
            " WHERE stage_id = ? AND deleted_at IS NULL AND do_not_contact_at IS NULL"
            " ORDER BY stage_entered_at, id"
        )
        params: list[object] = [presentation.id]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [(int(i), n, e) for i, n, e in database.execute_sql(sql, params)]

    def _leads_where(self, at: datetime) -> tuple[str, list[object]] | None:
        """FROM and WHERE (over ``c``) of the contactable, not yet qualified leads at
        ``at``, with its parameters; None without a lead stage."""
        lead = self.pipeline.stage_by_role(LEAD_ROLE)
        if lead is None:
            return None
        total = len(self.qualification.criteria())
        sql = (
            " FROM contact c LEFT JOIN (" + _MET_PER_CONTACT + ") m ON m.contact_id = c.id"
            " WHERE c.stage_id = ? AND c.deleted_at IS NULL AND c.do_not_contact_at IS NULL"
            " AND c.created_at <= ? AND NOT (? > 0 AND COALESCE(m.met, 0) >= ?)"
        )
        return sql, [lead.id, str(utc_naive(at)), total, total]

    def _lead_count(self, at: datetime, lead_limit: int, listed: set[int]) -> int:
        """How many leads :meth:`_pending` lists after the people in ``listed``."""
        where = self._leads_where(at)
        if where is None or lead_limit <= 0:
            return 0
        sql, params = where
        # Reading stops after lead_limit + len(listed) ids: enough to know the answer.
        ids = database.execute_sql(
            "SELECT c.id" + sql + " LIMIT ?", [*params, lead_limit + len(listed)]
        )
        return min(lead_limit, sum(1 for (cid,) in ids if cid not in listed))

    def _ranked_leads(self, at: datetime, limit: int) -> list[tuple[int, str, str, str, float]]:
        """Unqualified, contactable leads, best source first, then longest waiting."""
        where = self._leads_where(at)
        if where is None or limit <= 0:
            return []
        sql, params = where
        report = self.sources.report()
        rates = {row.source_id: source_rate(row) for row in report}
        names = {row.source_id: row.name for row in report}
        cases = " ".join("WHEN ? THEN ?" for key in rates if key is not None)
        rank = f"CASE c.source_id {cases} ELSE ? END" if cases else "?"
        order: list[object] = []
        for key, value in rates.items():
            if key is not None:
                order += [key, value]
        order.append(rates.get(None, 0.0))
        rows = database.execute_sql(
            "SELECT c.id, c.display_name, c.stage_entered_at, c.source_id"
            + sql
            + f" ORDER BY {rank} DESC, c.stage_entered_at, c.id LIMIT ?",
            [*params, *order, limit],
        ).fetchall()
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


def _local(value: datetime | str, at: datetime) -> datetime:
    """A stored (naive UTC) moment in ``at``'s zone; an aware one as it is."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value
    return from_utc_naive(stored_datetime(value), at.tzinfo)


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
