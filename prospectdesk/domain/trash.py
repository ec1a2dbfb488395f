"""Deleted contacts: tombstones that can be brought back until the backup rotation purges
them (see :func:`prospectdesk.domain.backup.Backups.rotate`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from prospectdesk.clock import Clock, from_utc_naive, stored_datetime
from prospectdesk.store.models import Contact
from prospectdesk.store.rows import tuples


@dataclass(frozen=True)
class DeletedContact:
    id: int
    display_name: str
    organization: str
    deleted_at: datetime  # aware, local zone


def deleted_contacts(clock: Clock, *, limit: int | None = 1000) -> list[DeletedContact]:
    """The most recently deleted first."""
    zone = clock.now().tzinfo
    query = (
        Contact.select(Contact.id, Contact.display_name, Contact.organization, Contact.deleted_at)
        .where(Contact.deleted_at.is_null(False))
        .order_by(Contact.deleted_at.desc(), Contact.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    return [
        DeletedContact(cid, name, organization, from_utc_naive(stored_datetime(when), zone))
        for cid, name, organization, when in tuples(query)
    ]
