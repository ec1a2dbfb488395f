"""What a board card shows, read with plain SQL and nothing of the store: the first screen
paints the board's first cards with plain ``sqlite3`` before the app is loaded (issue
21), and :meth:`prospectdesk.domain.pipeline.Pipeline.cards` reads every card through
the store with the same SQL, so the two never differ.

``execute(sql, params)`` is any DB-API style call that returns the rows (see
:mod:`prospectdesk.domain.call_rows`). A *decorator* adds fields to some cards (the sales
marks): ``decorate([(contact id, stage id), ...]) -> {contact id: {field: value}}``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from prospectdesk.clock import from_utc_naive, stored_datetime
from prospectdesk.domain.board_records import CardInfo
from prospectdesk.domain.quiet_sql import LEAD_ROLE, quiet_among

if TYPE_CHECKING:  # a type only: the call list's module is not loaded for it
    from prospectdesk.domain.call_rows import Execute

CardDecorator = Callable[[Sequence[tuple[int, int]]], Mapping[int, Mapping[str, object]]]
# ``Answer.YES`` of domain/qualification.py (a test keeps them equal): written here so
# that this module imports nothing of the store.
YES_ANSWER = "yes"
CHUNK = 500  # ids per query: well under SQLite's limit of bound parameters

# The board's header figures per stage (Pipeline.column_counts and stage_values, and the
# first screen's board): the live contacts kept by triggers (migration 8), and the
# expected value, which the partial index contact_stage_value matches.
STAGE_COUNTS_SQL = "SELECT stage_id, live FROM stage_count"
STAGE_VALUES_SQL = (
    "SELECT stage_id, SUM(expected_value_cents) FROM contact"
    " WHERE deleted_at IS NULL AND expected_value_cents IS NOT NULL GROUP BY stage_id"
)

_NO_EXTRAS: Mapping[str, object] = {}
_STALE: dict[str, object] = {"stale": True}
_DO_NOT_CONTACT: dict[str, object] = {"do_not_contact": True}


def read_cards(
    execute: Execute,
    contact_ids: Sequence[int],
    now: datetime,
    decorators: Sequence[CardDecorator] = (),
) -> dict[int, CardInfo]:
    """Card data for a page of contacts at ``now`` (aware): two queries per 500 ids and
    one per decorator (no N+1). Plain SQL rather than peewee models: the board reads
    cards while it paints, and building model instances cost five times the queries."""
    zone = now.tzinfo
    today = now.date()
    ids = list(contact_ids)
    result: dict[int, CardInfo] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ",".join("?" * len(chunk))
        tags: dict[int, list[str]] = {}
        for contact_id, name in execute(
            "SELECT contact_tag.contact_id, tag.name FROM contact_tag"
            " JOIN tag ON tag.id = contact_tag.tag_id"
            f" WHERE contact_tag.contact_id IN ({marks})",
            chunk,
        ):
            tags.setdefault(contact_id, []).append(name)
        rows = list(
            execute(
                "SELECT id, display_name, organization, stage_id, stage_entered_at,"
                " expected_value_cents, (SELECT MIN(due_at) FROM follow_up"
                " WHERE follow_up.contact_id = contact.id AND done_at IS NULL)"
                f" FROM contact WHERE id IN ({marks})",
                chunk,
            )
        )
        extras: dict[int, dict[str, object]] = {}
        if decorators:
            stages = [(row[0], row[3]) for row in rows]
            for decorate in decorators:
                for cid, fields in decorate(stages).items():
                    extras.setdefault(cid, {}).update(fields)
        for cid, name, org, stage_id, entered, value, due in rows:
            due_local = from_utc_naive(stored_datetime(due), zone) if due else None
            entered_local = from_utc_naive(stored_datetime(entered), zone)
            result[cid] = CardInfo(
                id=cid,
                display_name=name,
                organization=org,
                stage_id=stage_id,
                next_followup_due=due_local,
                followup_overdue=due_local is not None and due_local < now,
                days_in_stage=max(0, (today - entered_local.date()).days),
                expected_value_cents=value,
                tags=tuple(sorted(tags.get(cid, []))),
                # Decorators name CardInfo fields (the sales marks); the dataclass checks
                # them when it is built.
                **extras.get(cid, _NO_EXTRAS),  # type: ignore[arg-type]
            )
    return result


def qualification_marks(
    execute: Execute, cards: Sequence[tuple[int, int]]
) -> dict[int, dict[str, object]]:
    """ "2 of 3" for leads and anyone who has been asked. Counts only the "yes" answers
    in SQL (the latest per criterion): full statuses per card cost more than the page."""
    if not cards:
        return {}
    ids = [contact_id for contact_id, _ in cards]
    marks = ",".join("?" * len(ids))
    lead = next(iter(execute("SELECT id FROM stage WHERE role = ?", (LEAD_ROLE,))), None)
    lead_id = lead[0] if lead else None
    total = next(iter(execute("SELECT COUNT(*) FROM qualification_criterion", ())))[0]
    asked = {
        row[0]
        for row in execute(
            f"SELECT DISTINCT contact_id FROM qualification WHERE contact_id IN ({marks})", ids
        )
    }
    met: dict[int, int] = {}
    if asked:
        asked_ids = list(asked)
        asked_marks = ",".join("?" * len(asked_ids))
        met = {
            contact_id: count
            for contact_id, count in execute(
                "SELECT contact_id, COUNT(*) FROM ("
                " SELECT q.contact_id, a.answer,"
                " ROW_NUMBER() OVER (PARTITION BY q.contact_id, a.criterion_id"
                "  ORDER BY q.asked_at DESC, q.id DESC, a.id DESC) AS recency"
                " FROM qualification_answer a JOIN qualification q ON q.id = a.qualification_id"
                f" WHERE q.contact_id IN ({asked_marks})"
                " AND a.criterion_id IN (SELECT id FROM qualification_criterion)"
                ") WHERE recency = 1 AND answer = ? GROUP BY contact_id",
                [*asked_ids, YES_ANSWER],
            )
        }
    return {
        contact_id: {"qualification_met": met.get(contact_id, 0), "qualification_total": total}
        for contact_id, stage_id in cards
        if contact_id in asked or (lead_id is not None and stage_id == lead_id)
    }


def sales_marks(
    execute: Execute, cards: Sequence[tuple[int, int]], at: datetime
) -> dict[int, dict[str, object]]:
    """Cards whose last conversation is older than the stage allows (gone quiet, the rule
    of :mod:`prospectdesk.domain.quiet`), and people who asked not to be contacted (never
    "gone quiet": nobody should call them). Two plain queries for the cards asked about."""
    if not cards:
        return {}
    ids = [contact_id for contact_id, _ in cards]
    marks = ",".join("?" * len(ids))
    extras: dict[int, dict[str, object]] = {}
    for (contact_id,) in execute(
        f"SELECT id FROM contact WHERE id IN ({marks}) AND do_not_contact_at IS NOT NULL", ids
    ):
        extras[contact_id] = _DO_NOT_CONTACT
    for contact_id in quiet_among(execute, at, ids):
        extras.setdefault(contact_id, _STALE)
    return extras


def every_card_mark(execute: Execute, at: datetime) -> list[CardDecorator]:
    """The decorators a working app registers (domain/process.py), for a reader without
    the app's services: the first screen."""
    return [
        lambda cards: qualification_marks(execute, cards),
        lambda cards: sales_marks(execute, cards, at),
    ]
