"""Why people said "no": the reason given at a "no" close, counted by reason and by the
lead source the person came from, so the owner sees which bought list fails on "has the
money". The reasons offered are the owner's list (Pipeline ▸ Reasons for "no"…, stored as a
setting) or, until they edit it, the defaults in the interface language
(:data:`~prospectdesk.domain.defaults.DEFAULT_LOSS_REASONS`); either way followed by every
other reason the owner typed at a close, so their own words come back next time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from prospectdesk.clock import utc_naive
from prospectdesk.domain.defaults import CONTEXT, DEFAULT_LOSS_REASONS, Translate
from prospectdesk.domain.records import Changes
from prospectdesk.domain.settings import SettingDef, Settings
from prospectdesk.store.db import database

# None until the owner edits the list: then the defaults follow the interface language.
LOSS_REASONS = SettingDef("loss_reasons", None, "Reasons for no")
LOSS_REASONS_REMOVED = SettingDef("loss_reasons_removed", None, "Reasons for no, taken out")


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


def reason_list(settings: Settings, translate: Translate) -> list[str]:
    """The owner's edited list, else the defaults in the interface language."""
    stored = settings.get(LOSS_REASONS)
    if isinstance(stored, list):
        return [str(reason) for reason in stored]
    return [translate(CONTEXT, reason) for reason in DEFAULT_LOSS_REASONS]


def reasons_offered(settings: Settings, translate: Translate) -> list[str]:
    """The list (:func:`reason_list`), then the owner's other typed reasons (most used
    first), each once. A reason the owner took out of the list is not offered again,
    even where it was given before (it stays on those closes and in the counts)."""
    offered = reason_list(settings, translate)
    removed = set(_removed(settings))
    sql = (
        "SELECT no_reason FROM presentation WHERE no_reason IS NOT NULL AND no_reason != ''"
        " GROUP BY no_reason ORDER BY COUNT(*) DESC, no_reason"
    )
    for (reason,) in database.execute_sql(sql):
        if reason not in offered and reason not in removed:
            offered.append(str(reason))
    return offered


def set_reason_list(settings: Settings, reasons: list[str], translate: Translate) -> Changes:
    """Keep the owner's list (Pipeline ▸ Reasons for "no"…): trimmed, blank lines and
    repeats dropped, in their order; what was offered before and is not in it any more
    is remembered as taken out. One transaction."""
    kept: list[str] = []
    for reason in (r.strip() for r in reasons):
        if reason and reason not in kept:
            kept.append(reason)
    before = reasons_offered(settings, translate)
    removed = sorted((set(_removed(settings)) | set(before)) - set(kept))
    with database.atomic():
        changes = settings.set(LOSS_REASONS, kept)
        settings.set(LOSS_REASONS_REMOVED, removed)
    return changes


def _removed(settings: Settings) -> list[str]:
    stored = settings.get(LOSS_REASONS_REMOVED)
    return [str(r) for r in stored] if isinstance(stored, list) else []
