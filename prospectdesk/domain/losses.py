"""Why people said "no": the reason given at a "no" close, counted by reason and by the
lead source the person came from, so the owner sees which bought list fails on "has the
money". The reasons offered are the defaults in the interface language
(:data:`~prospectdesk.domain.defaults.DEFAULT_LOSS_REASONS`) and every reason the owner has
typed before: the list grows as the owner writes, without a settings page of its own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from prospectdesk.clock import utc_naive
from prospectdesk.domain.defaults import CONTEXT, DEFAULT_LOSS_REASONS, Translate
from prospectdesk.store.db import database


@dataclass(frozen=True)
class LossRow:
    source: str  # the lead source's name; "" for people without one
    reason: str  # "" for a "no" recorded before the reason was asked
    count: int


def losses(start: datetime | None, end: datetime) -> list[LossRow]:
    """The "no" closes presented in [start, end) (``start`` None: from the beginning),
    counted per lead source and reason; most first."""
    sql = (
        "SELECT COALESCE(s.name, ''), COALESCE(p.no_reason, ''), COUNT(*)"
        " FROM presentation p JOIN contact c ON c.id = p.contact_id"
        " LEFT JOIN lead_source s ON s.id = c.source_id"
        " WHERE p.outcome = 'no' AND p.presented_at < ?"
    )
    params: list[object] = [utc_naive(end).isoformat(sep=" ")]
    if start is not None:
        sql += " AND p.presented_at >= ?"
        params.append(utc_naive(start).isoformat(sep=" "))
    sql += " GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2"
    return [LossRow(str(a), str(b), int(n)) for a, b, n in database.execute_sql(sql, params)]


def by_reason(rows: list[LossRow]) -> list[tuple[str, int]]:
    """The same closes per reason only (the Funnel's table), most first."""
    totals: dict[str, int] = {}
    for row in rows:
        totals[row.reason] = totals.get(row.reason, 0) + row.count
    return sorted(totals.items(), key=lambda item: (-item[1], item[0]))


def reasons_offered(translate: Translate) -> list[str]:
    """The defaults in the interface language, then the owner's own reasons (most used
    first), each once."""
    offered = [translate(CONTEXT, reason) for reason in DEFAULT_LOSS_REASONS]
    sql = (
        "SELECT no_reason FROM presentation WHERE no_reason IS NOT NULL AND no_reason != ''"
        " GROUP BY no_reason ORDER BY COUNT(*) DESC, no_reason"
    )
    for (reason,) in database.execute_sql(sql):
        if reason not in offered:
            offered.append(str(reason))
    return offered
