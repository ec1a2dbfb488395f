"""Gone quiet: the one rule the card marker, Today, the reminders and the call list share.

A person has gone quiet when nobody spoke with them for more than their stage's own
``stale_days`` (Pipeline ▸ Days before cards go stale…; a stage without days never goes
quiet). Edits do not count, only logged conversations; without any conversation yet the
clock runs from when the card entered its stage. People marked "do not contact" and
deleted ones never count. Leads can go quiet too (the card shows it); Today and the call
list show them among the leads to qualify instead, so they pass ``leads=False``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from prospectdesk.clock import from_utc_naive, stored_datetime, utc_naive

# The rule's SQL pieces: in quiet_sql, which the first screen reads with plain sqlite3.
from prospectdesk.domain.quiet_sql import FROM, LEAD_ROLE, REFERENCE, where
from prospectdesk.store.db import database


@dataclass(frozen=True)
class QuietRow:
    contact_id: int
    display_name: str
    last_interaction: date | None  # local date; None when there never was one
    quiet_since: date  # the local day the person went quiet
    reference: datetime  # naive UTC: the last conversation, else entering the stage


def _quiet_stages(leads: bool) -> list[tuple[int, int]]:
    """(stage id, stale days) of every stage whose people can go quiet."""
    sql = "SELECT id, stale_days FROM stage WHERE stale_days > 0"
    params: list[object] = []
    if not leads:
        sql += " AND (role IS NULL OR role != ?)"
        params.append(LEAD_ROLE)
    return [(int(i), int(d)) for i, d in database.execute_sql(sql, params).fetchall()]


# The expression and the WHERE of the ``contact_quiet`` index (migration 13), word for word,
# so SQLite walks it: one page per stage in quiet order, a range count per stage.
_INDEXED = (
    " FROM contact INDEXED BY contact_quiet WHERE stage_id = ? AND deleted_at IS NULL"
    " AND do_not_contact_at IS NULL"
    " AND COALESCE(last_interaction_at, stage_entered_at) < ?"
)


def _cutoff(at: datetime, days: int) -> str:
    """The stored form (naive UTC text) of ``days`` before ``at``: text compares in time
    order, as the index holds it."""
    return utc_naive(at - timedelta(days=days)).isoformat(sep=" ")


def _every_gone_quiet(at: datetime, leads: bool, limit: int | None) -> list[tuple[Any, ...]]:
    """Per stage, the quietest first from the index (``limit`` of each), merged."""
    found: list[tuple[Any, ...]] = []
    for stage_id, days in _quiet_stages(leads):
        sql = (
            "SELECT id, display_name, last_interaction_at,"
            " COALESCE(last_interaction_at, stage_entered_at), ?"
            + _INDEXED
            + " ORDER BY COALESCE(last_interaction_at, stage_entered_at), id"
        )
        params: list[object] = [days, stage_id, _cutoff(at, days)]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        found += database.execute_sql(sql, params).fetchall()
    found.sort(key=lambda row: (stored_datetime(row[3]), row[0]))
    return found if limit is None else found[:limit]


def gone_quiet(
    at: datetime,
    *,
    contact_ids: Iterable[int] | None = None,
    leads: bool = True,
    limit: int | None = None,
) -> list[QuietRow]:
    """Who has gone quiet at ``at`` (aware), quietest first (the first ``limit``);
    only among ``contact_ids`` when given (the cards on screen)."""
    ids = None if contact_ids is None else list(contact_ids)
    if ids == []:
        return []
    if ids is None:
        found = _every_gone_quiet(at, leads, limit)
    else:  # the cards on screen: a few ids, one query
        condition, params = where(at, ids, leads)
        sql = (
            "SELECT contact.id, contact.display_name, contact.last_interaction_at,"
            f" {REFERENCE}, stage.stale_days" + condition + f" ORDER BY {REFERENCE}, contact.id"
        )
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        found = database.execute_sql(sql, params).fetchall()
    zone = at.tzinfo
    rows = []
    for contact_id, name, last, reference, days in found:
        stored = stored_datetime(reference)
        last_day = from_utc_naive(stored_datetime(last), zone).date() if last else None
        since = from_utc_naive(stored + timedelta(days=int(days)), zone).date()
        rows.append(QuietRow(int(contact_id), str(name), last_day, since, stored))
    return rows


def gone_quiet_ids(at: datetime, *, leads: bool = True) -> set[int]:
    """The ids :func:`gone_quiet` would list, read from the ``contact_quiet`` index alone."""
    found: set[int] = set()
    for stage_id, days in _quiet_stages(leads):
        found.update(
            row[0]
            for row in database.execute_sql("SELECT id" + _INDEXED, [stage_id, _cutoff(at, days)])
        )
    return found


def count_gone_quiet(at: datetime, *, leads: bool = True) -> int:
    """How many :func:`gone_quiet` would list, without building them: a range count of
    the ``contact_quiet`` index per stage."""
    return sum(
        int(
            database.execute_sql(
                "SELECT COUNT(*)" + _INDEXED, [stage_id, _cutoff(at, days)]
            ).fetchone()[0]
        )
        for stage_id, days in _quiet_stages(leads)
    )


def next_quiet_day(start: datetime, *, leads: bool = False) -> date | None:
    """The first local day from ``start`` (aware) on which somebody goes quiet (the
    reminder service wakes up then)."""
    threshold = utc_naive(start)
    role = "" if leads else " AND (stage.role IS NULL OR stage.role != ?)"
    sql = (
        f"SELECT MIN(datetime(julianday({REFERENCE}) + stage.stale_days))"
        + FROM
        + role
        + f" AND julianday({REFERENCE}) + stage.stale_days >= julianday(?)"
    )
    params: list[object] = [] if leads else [LEAD_ROLE]
    params.append(threshold.isoformat(sep=" "))
    earliest = database.execute_sql(sql, params).fetchone()[0]
    if earliest is None:
        return None
    return from_utc_naive(stored_datetime(earliest), start.tzinfo).date()
