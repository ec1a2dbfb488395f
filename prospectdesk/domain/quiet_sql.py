"""The gone-quiet rule (:mod:`prospectdesk.domain.quiet`) in SQL, with nothing of the
store: the first screen marks quiet cards with plain ``sqlite3`` before the app is loaded
(issue 21); ``quiet.py`` builds its queries from the same pieces."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from prospectdesk.clock import utc_naive

if TYPE_CHECKING:  # a type only: the call list's module is not loaded for it
    from prospectdesk.domain.call_rows import Execute

LEAD_ROLE = "lead"
# Last conversation, else entering the stage (stored naive UTC).
REFERENCE = "COALESCE(contact.last_interaction_at, contact.stage_entered_at)"
FROM = (
    " FROM contact JOIN stage ON stage.id = contact.stage_id"
    " WHERE stage.stale_days > 0 AND contact.deleted_at IS NULL"
    " AND contact.do_not_contact_at IS NULL"
)


def where(at: datetime, contact_ids: list[int] | None, leads: bool) -> tuple[str, list[object]]:
    """FROM and WHERE of the people gone quiet at ``at`` (aware), among ``contact_ids``
    when given; ``leads``: leads count too."""
    sql = FROM
    params: list[object] = []
    if not leads:
        sql += " AND (stage.role IS NULL OR stage.role != ?)"
        params.append(LEAD_ROLE)
    if contact_ids is not None:
        sql += f" AND contact.id IN ({','.join('?' * len(contact_ids))})"
        params += contact_ids
    sql += f" AND julianday({REFERENCE}) < julianday(?) - stage.stale_days"
    params.append(utc_naive(at).isoformat(sep=" "))
    return sql, params


def quiet_among(execute: Execute, at: datetime, contact_ids: Sequence[int]) -> list[int]:
    """Which of ``contact_ids`` (the cards on screen: a few ids, one query) have gone
    quiet at ``at`` (aware), leads included."""
    if not contact_ids:
        return []
    sql, params = where(at, list(contact_ids), leads=True)
    return [row[0] for row in execute("SELECT contact.id" + sql, params)]
