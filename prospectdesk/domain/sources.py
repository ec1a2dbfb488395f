"""Lead sources: the owner's list, and what each source brought in.

"Became a prospect / customer / repeat buyer" is read from the stage history: someone who
ever reached the stage counts, even if they later went to Not now.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from peewee import fn

from prospectdesk.domain.records import Changes
from prospectdesk.store.db import database
from prospectdesk.store.models import Contact, LeadSource
from prospectdesk.store.rows import tuples

# Reaching any of these roles means the person qualified (a "not ready" was a prospect).
PROSPECT_ROLES = ("prospect", "presentation", "follow_up", "customer", "repeat_buyer")
CUSTOMER_ROLES = ("customer", "repeat_buyer")
REPEAT_ROLES = ("repeat_buyer",)


@dataclass(frozen=True)
class SourceInfo:
    id: int
    name: str
    position: int


@dataclass(frozen=True)
class SourceRow:
    source_id: int | None  # None: contacts without a source
    name: str  # empty for the "no source" row; the UI names it
    leads: int
    prospects: int
    customers: int
    repeat_buyers: int


class SourcesService:
    def sources(self) -> list[SourceInfo]:
        return [
            SourceInfo(row.id, row.name, row.position)
            for row in LeadSource.select().order_by(LeadSource.position, LeadSource.id)
        ]

    def add_source(self, name: str) -> tuple[int, Changes]:
        name = _required(name)
        with database.atomic():
            existing = LeadSource.get_or_none(LeadSource.name == name)
            if existing is not None:
                return existing.id, Changes()
            position = (LeadSource.select(fn.MAX(LeadSource.position)).scalar() or 0) + 1
            row = LeadSource.create(name=name, position=position)
        return row.id, Changes()

    def rename_source(self, source_id: int, name: str) -> Changes:
        name = _required(name)
        with database.atomic():
            clash = LeadSource.get_or_none(LeadSource.name == name)
            if clash is not None and clash.id != source_id:
                raise ValueError(f"a source named {name!r} exists already")
            LeadSource.update(name=name).where(LeadSource.id == source_id).execute()
            people = _people_with_source(source_id)
        return Changes(contacts=people)

    def remove_source(self, source_id: int) -> Changes:
        """Remove a source from the list; its contacts stay, without a source."""
        with database.atomic():
            people = _people_with_source(source_id)
            Contact.update(source=None).where(Contact.source == source_id).execute()
            LeadSource.delete().where(LeadSource.id == source_id).execute()
        return Changes(contacts=people)

    def reorder_sources(self, source_ids: Sequence[int]) -> Changes:
        with database.atomic():
            for position, source_id in enumerate(source_ids, start=1):
                LeadSource.update(position=position).where(LeadSource.id == source_id).execute()
        return Changes()

    def report(self) -> list[SourceRow]:
        """Per source (in list order, then "no source"): leads and how far they got."""

        def marks(roles: tuple[str, ...]) -> str:
            return ", ".join("?" for _ in roles)

        sql = (
            "SELECT source_id, COUNT(*), COALESCE(SUM(p), 0), COALESCE(SUM(cu), 0),"
            " COALESCE(SUM(r), 0) FROM ("
            " SELECT c.id, c.source_id,"
            f" MAX(s.role IN ({marks(PROSPECT_ROLES)})) AS p,"
            f" MAX(s.role IN ({marks(CUSTOMER_ROLES)})) AS cu,"
            f" MAX(s.role IN ({marks(REPEAT_ROLES)})) AS r"
            " FROM contact c"
            " LEFT JOIN stage_change sc ON sc.contact_id = c.id"
            " LEFT JOIN stage s ON s.id = sc.to_stage_id"
            " WHERE c.deleted_at IS NULL GROUP BY c.id"
            ") GROUP BY source_id"
        )
        params = [*PROSPECT_ROLES, *CUSTOMER_ROLES, *REPEAT_ROLES]
        counts = {
            source_id: tuple(int(v) for v in rest)
            for source_id, *rest in database.execute_sql(sql, params).fetchall()
        }
        rows = [SourceRow(s.id, s.name, *counts.get(s.id, (0, 0, 0, 0))) for s in self.sources()]
        if None in counts:
            rows.append(SourceRow(None, "", *counts[None]))
        return rows


def _required(name: str) -> str:
    name = name.strip()
    if not name:
        raise ValueError("a source needs a name")
    return name


def _people_with_source(source_id: int) -> set[int]:
    return {row[0] for row in tuples(Contact.select(Contact.id).where(Contact.source == source_id))}
