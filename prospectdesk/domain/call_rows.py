"""The rows of the call list, and the reads of its first part (the follow-ups due), with
no store or Qt import: the first screen of the app reads them with plain ``sqlite3``
before anything else is loaded (issue 21), and :mod:`prospectdesk.domain.calls` reads
them through the store with the same SQL.

``execute(sql, params)`` is any DB-API style call that returns the rows: a
``sqlite3.Connection.execute`` or the store's ``database.execute_sql``.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from prospectdesk.clock import from_utc_naive, local_moment, stored_datetime, utc_naive

Execute = Callable[[str, Sequence[Any]], Iterable[Sequence[Any]]]
# The outcome of a "no" close (``CloseOutcome.NO`` in domain/sales.py; a test keeps them
# equal): written here so that this module imports nothing of the store.
NO_OUTCOME = "no"


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
    brief: CallBrief | None  # None when read without (``calls_at(briefs=False)``)
    followup_id: int | None = None
    source_rate: float | None = None  # leads only: prospects and sales per lead of the source


# Open follow-ups of contactable people (FROM and the start of WHERE, over ``f``).
OPEN_FOLLOWUPS = (
    " FROM follow_up f JOIN contact c ON c.id = f.contact_id"
    " WHERE f.done_at IS NULL AND c.deleted_at IS NULL AND c.do_not_contact_at IS NULL AND "
)
# A follow-up a "no, but keep me on the list" close scheduled (one parameter: "no"). An IN
# list, read once per query (those closes are few), not a subquery run per follow-up due.
# Without NULLs: ``NOT IN`` a list holding a NULL is never true.
_RECONTACT = (
    "f.id IN (SELECT p.followup_id FROM presentation p JOIN list_consent lc"
    " ON lc.presentation_id = p.id AND lc.agreed"
    " WHERE p.outcome = ? AND p.followup_id IS NOT NULL)"
)


def followup_rows(
    execute: Execute, at: datetime, reason: CallReason, limit: int | None
) -> list[tuple[int, int, str, str, str]]:
    """(follow-up id, contact id, name, stored due, what) of the open follow-ups of
    contactable people listed under ``reason``, oldest first: overdue (due before today),
    due today, or a recontact (the follow-up a "no, but keep me on the list" close
    scheduled, due by the end of today). Read by the ``follow_up.due_at`` index, ``limit``
    rows at most (thousands are due at 100,000 contacts)."""
    start = str(utc_naive(local_moment(at.date(), 0, at.tzinfo)))
    end = str(utc_naive(local_moment(at.date() + timedelta(days=1), 0, at.tzinfo)))
    params: list[object]
    if reason is CallReason.OVERDUE:
        when, params = "f.due_at < ? AND NOT " + _RECONTACT, [start]
    elif reason is CallReason.DUE_TODAY:
        when, params = "f.due_at >= ? AND f.due_at < ? AND NOT " + _RECONTACT, [start, end]
    elif reason is CallReason.RECONTACT:
        when, params = "f.due_at < ? AND " + _RECONTACT, [end]
    else:
        raise ValueError(f"not a follow-up reason: {reason}")
    sql = "SELECT f.id, f.contact_id, c.display_name, f.due_at, f.what" + OPEN_FOLLOWUPS + when
    sql += " ORDER BY f.due_at, f.id"
    params.append(NO_OUTCOME)
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [
        (int(fid), int(cid), name, due, what) for fid, cid, name, due, what in execute(sql, params)
    ]


FOLLOWUP_REASONS = (CallReason.OVERDUE, CallReason.DUE_TODAY, CallReason.RECONTACT)


def followup_part(
    execute: Execute, at: datetime, limit: int | None
) -> list[tuple[int, str, CallReason, str, str, int]]:
    """The follow-up part of the call list, in its order: (contact id, name, reason,
    stored due, what, follow-up id), each person once under the first reason that holds,
    the first ``limit`` rows (all: None)."""
    rows: list[tuple[int, str, CallReason, str, str, int]] = []
    seen: set[int] = set()
    for reason in FOLLOWUP_REASONS:
        for fid, cid, name, due, what in followup_rows(execute, at, reason, limit):
            if cid in seen or (limit is not None and len(rows) >= limit):
                continue
            seen.add(cid)
            rows.append((cid, name, reason, due, what, fid))
    return rows


def first_followup_calls(execute: Execute, at: datetime, limit: int) -> list[CallRow]:
    """The first ``limit`` rows of the call list when its follow-up part holds that many,
    else that whole part (without briefs): the start of what
    :meth:`prospectdesk.domain.calls.CallList.calls_at` lists, for the first paint."""
    return [
        CallRow(cid, name, reason, from_utc_naive(stored_datetime(due), at.tzinfo), what, None, fid)
        for cid, name, reason, due, what, fid in followup_part(execute, at, limit)
    ]
