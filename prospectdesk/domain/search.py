"""Full-text search over contacts (SQLite FTS5), kept in step by the services."""

from __future__ import annotations

import re

from prospectdesk.store.db import database
from prospectdesk.store.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    ContactTag,
    Tag,
)

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """User text -> an FTS5 query: every word must match as a prefix. None when empty."""
    words = _WORD.findall(text)
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in words)


def _body(
    contact: Contact, emails: list[str], phones: list[tuple[str, str]], tags: list[str]
) -> str:
    parts = [
        contact.display_name,
        contact.given_name,
        contact.family_name,
        contact.organization,
        contact.job_title,
        contact.notes,
        " ".join(emails),
        # Also the bare digits and E.164, so "0612" and "+316" both find a phone.
        " ".join(f"{value} {normalized} {normalized.lstrip('+')}" for value, normalized in phones),
        " ".join(tags),
    ]
    return "\n".join(part for part in parts if part)


def reindex_contacts(contact_ids: list[int] | set[int]) -> None:
    """Rewrite the search rows of these contacts (deleted ones are dropped)."""
    ids = list(contact_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        placeholders = ",".join("?" * len(chunk))
        database.execute_sql(f"DELETE FROM contact_search WHERE rowid IN ({placeholders})", chunk)
        contacts = list(Contact.select().where(Contact.id.in_(chunk), Contact.deleted_at.is_null()))
        if not contacts:
            continue
        emails: dict[int, list[str]] = {}
        for row in ContactEmail.select(ContactEmail.contact, ContactEmail.value).where(
            ContactEmail.contact.in_(chunk)
        ):
            emails.setdefault(row.contact_id, []).append(row.value)
        phones: dict[int, list[tuple[str, str]]] = {}
        for row in ContactPhone.select().where(ContactPhone.contact.in_(chunk)):
            phones.setdefault(row.contact_id, []).append((row.value, row.normalized))
        tags: dict[int, list[str]] = {}
        for row in (
            ContactTag.select(ContactTag.contact, Tag.name)
            .join(Tag)
            .where(ContactTag.contact.in_(chunk))
            .tuples()
        ):
            tags.setdefault(row[0], []).append(row[1])
        database.execute_sql(
            "INSERT INTO contact_search(rowid, body) VALUES "
            + ",".join(["(?, ?)"] * len(contacts)),
            [
                value
                for contact in contacts
                for value in (
                    contact.id,
                    _body(
                        contact,
                        emails.get(contact.id, []),
                        phones.get(contact.id, []),
                        tags.get(contact.id, []),
                    ),
                )
            ],
        )


def matching_ids_sql(query: str) -> tuple[str, list[str]]:
    """A sub-select of matching contact ids, to put inside ``id IN (...)``."""
    return "SELECT rowid FROM contact_search WHERE contact_search MATCH ?", [query]


def rebuild_search_index() -> None:
    """Index every contact again, in one transaction. Run after a migration: a database
    from before the index existed (schema 1) has contacts that no search would find."""
    with database.atomic():
        database.execute_sql("DELETE FROM contact_search")
        reindex_contacts([row[0] for row in Contact.select(Contact.id).tuples()])
