"""Full-text search over contacts (SQLite FTS5), kept in step by the services."""

from __future__ import annotations

import re
from typing import NamedTuple

from prospectdesk.store.db import database
from prospectdesk.store.models import Contact

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """User text -> an FTS5 query: every word must match as a prefix. None when empty."""
    words = _WORD.findall(text)
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in words)


class _Texts(NamedTuple):
    """The contact columns the search body is made of."""

    id: int
    display_name: str
    given_name: str
    family_name: str
    organization: str
    job_title: str
    notes: str


def _body(
    contact: _Texts, emails: list[str], phones: list[tuple[str, str]], tags: list[str]
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
    """Rewrite the search rows of these contacts (deleted ones are dropped).

    Plain SQL and tuples, five statements per 500 contacts: an import reindexes every
    contact it writes, and model instances made that a third of its time."""
    ids = list(contact_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        database.execute_sql(f"DELETE FROM contact_search WHERE rowid IN ({marks})", chunk)
        contacts = [
            _Texts(*row)
            for row in database.execute_sql(
                "SELECT id, display_name, given_name, family_name, organization, job_title,"
                f" notes FROM contact WHERE id IN ({marks}) AND deleted_at IS NULL",
                chunk,
            )
        ]
        if not contacts:
            continue
        emails: dict[int, list[str]] = {}
        for contact_id, value in database.execute_sql(
            f"SELECT contact_id, value FROM contact_email WHERE contact_id IN ({marks})"
            " ORDER BY contact_id, position, id",
            chunk,
        ):
            emails.setdefault(contact_id, []).append(value)
        phones: dict[int, list[tuple[str, str]]] = {}
        for contact_id, value, normalized in database.execute_sql(
            "SELECT contact_id, value, normalized FROM contact_phone"
            f" WHERE contact_id IN ({marks}) ORDER BY contact_id, position, id",
            chunk,
        ):
            phones.setdefault(contact_id, []).append((value, normalized))
        tags: dict[int, list[str]] = {}
        for contact_id, name in database.execute_sql(
            "SELECT contact_tag.contact_id, tag.name FROM contact_tag"
            f" JOIN tag ON tag.id = contact_tag.tag_id WHERE contact_tag.contact_id IN ({marks})"
            # By name, as a contact's tags are shown: the body does not depend on the order
            # in which tags were first made (a bulk import and one card at a time agree).
            " ORDER BY contact_tag.contact_id, tag.name",
            chunk,
        ):
            tags.setdefault(contact_id, []).append(name)
        database.connection().executemany(
            "INSERT INTO contact_search(rowid, body) VALUES (?, ?)",
            [
                (
                    contact.id,
                    _body(
                        contact,
                        emails.get(contact.id, []),
                        phones.get(contact.id, []),
                        tags.get(contact.id, []),
                    ),
                )
                for contact in contacts
            ],
        )


def data_version() -> tuple[int, int]:
    """Changes on this connection plus commits by any other: equal values mean no row
    anywhere changed in between (cheap enough to ask on every read)."""
    connection = database.connection()
    other = database.execute_sql("PRAGMA data_version").fetchone()[0]
    return connection.total_changes, other


# Per connection (kept to compare identity: a closed connection's id can be reused):
# (connection, fts query, data version right after filling, number of hits).
_hits_state: dict[int, tuple[object, str, tuple[int, int], int]] = {}


def prepare_hits(query: str) -> int:
    """Fill the temp table ``search_hits`` (id, stage_id, position) with the live contacts
    matching ``query`` (an FTS query from :func:`fts_query`); return how many there are.

    The board asks for the counts and a page of every column for one search text. Doing
    the full-text match and the contact lookups once, instead of for each of them, is what
    keeps typing fast at 100,000 contacts; counts and pages then read only this small
    table. It is refilled only when the text or the data changed.
    """
    connection = database.connection()
    key = id(connection)
    state = _hits_state.get(key)
    if (
        state is not None
        and state[0] is connection
        and state[1] == query
        and state[2] == data_version()
    ):
        return state[3]
    database.execute_sql(
        "CREATE TEMP TABLE IF NOT EXISTS search_hits"
        " (id INTEGER PRIMARY KEY, stage_id INTEGER, position REAL)"
    )
    database.execute_sql(
        "CREATE INDEX IF NOT EXISTS temp.search_hits_board ON search_hits (stage_id, position, id)"
    )
    database.execute_sql("DELETE FROM temp.search_hits")
    # The match yields rowids in ascending order, so the contact lookups read the table
    # front to back.
    cursor = database.execute_sql(
        "INSERT INTO temp.search_hits (id, stage_id, position)"
        " SELECT contact.id, contact.stage_id, contact.position"
        " FROM contact_search CROSS JOIN contact ON contact.id = contact_search.rowid"
        " WHERE contact_search MATCH ? AND contact.deleted_at IS NULL",
        [query],
    )
    count = max(cursor.rowcount, 0)
    if database.in_transaction():
        # A rollback would empty the table behind our back: do not remember it.
        _hits_state.pop(key, None)
    else:
        _hits_state[key] = (connection, query, data_version(), count)
    return count


def matching_ids_sql(query: str) -> tuple[str, list[str]]:
    """A sub-select of matching contact ids, to put inside ``id IN (...)``."""
    prepare_hits(query)
    return "SELECT id FROM temp.search_hits", []


def rebuild_search_index() -> None:
    """Index every contact again, in one transaction. Run after a migration: a database
    from before the index existed (schema 1) has contacts that no search would find."""
    with database.atomic():
        database.execute_sql("DELETE FROM contact_search")
        reindex_contacts([row[0] for row in Contact.select(Contact.id).tuples()])
