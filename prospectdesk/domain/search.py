"""Full-text search over contacts (SQLite FTS5), kept in step by the services."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from prospectdesk.store.db import database
from prospectdesk.store.models import Contact
from prospectdesk.store.rows import tuples

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
    return search_body(
        contact[1:],
        emails,
        [phone_search_words(value, normalized) for value, normalized in phones],
        tags,
    )


def phone_search_words(value: str, normalized: str) -> str:
    """A phone as the search body holds it: as written, and also E.164 and the bare
    digits, so that "0612" and "+316" both find it."""
    return f"{value} {normalized} {normalized.lstrip('+')}"


def search_body(
    texts: Sequence[str], emails: list[str], phone_words: list[str], tags: list[str]
) -> str:
    """The search row's text of a contact: ``texts`` the :class:`_Texts` columns but the
    id, as stored, then the e-mails and the phones' words (:func:`phone_search_words`) in
    position order and the tags by name. :meth:`ContactBook.create_many` makes it from
    the values in hand (a bulk import writes 100,000 contacts); :func:`reindex_contacts`
    from the rows read back."""
    parts = [*texts, " ".join(emails), " ".join(phone_words), " ".join(tags)]
    # filter in C, not a generator: made for each of an import's 100,000 contacts.
    return "\n".join(filter(None, parts))


def insert_search_rows(rows: list[tuple[int, str]]) -> None:
    """Add the search rows (rowid, :func:`search_body`) of contacts that have none yet."""
    database.connection().executemany("INSERT INTO contact_search(rowid, body) VALUES (?, ?)", rows)


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
    anywhere changed in between (cheap enough to ask on every read). Search's own writes
    to its temp tables are left out: they change no data, and counting them would make
    every search invalidate the board's kept counts."""
    connection = database.connection()
    other = database.execute_sql("PRAGMA data_version").fetchone()[0]
    own = _temp_writes.get(id(connection))
    offset = own[1] if own is not None and own[0] is connection else 0
    return connection.total_changes - offset, other


# Per connection: (connection, rows search wrote to its temp tables so far).
_temp_writes: dict[int, tuple[sqlite3.Connection, int]] = {}


def _count_temp_writes(connection: sqlite3.Connection, before: int) -> None:
    key = id(connection)
    own = _temp_writes.get(key)
    offset = own[1] if own is not None and own[0] is connection else 0
    _temp_writes[key] = (connection, offset + connection.total_changes - before)


# Above this many hits per column the board's header shows "200+" while typing (the exact
# figure follows, counted while idle): counting 50,000 hits of a one-letter prefix was most
# of a keystroke's cost, and a cap no larger than a page means the walk that fills the
# first page also gives the count.
COUNT_CAP = 200
# Looking a hit up in the contact table costs about as much as walking this many rows of
# the board index: hits scattered over the table cost a page read each, ~2 us at 100,000
# contacts and ~5 us at 1,000,000, against ~0.15 us per index row walked.
LOOKUP_COST_IN_WALKED_ROWS = 25
# A dense match first holds the matching ids up to the larger of this and an eighth of the
# ids; the walks extend it (at least doubling) as they need. (A word longer than the FTS
# prefix indexes, 3 characters, costs a merge of its terms' lists per range asked: the
# doubling keeps that to a few.)
FIRST_FILL_IDS = 65_536


@dataclass
class SearchState:
    """One search text's match on one connection, valid while no row changed.

    ``temp.search_match`` holds the matching ids up to ``bound`` (FTS rowids in ascending
    order, cheap to append). When the match is sparse (``listed``) it holds all of them and
    ``temp.search_hits`` holds each hit's (stage, position): counts and pages then read
    only that small table. When it is dense, listing every hit with its stage is the cost
    (tens of thousands of contact lookups), so pages walk the board index in order and
    test membership instead: a page fills after a few hundred rows. Even the ids cost
    0.2 us each to put in the table (100 ms for the 550,000 people of a million whose
    phone has a 3), so a dense match holds only the ids up to ``bound`` and the walks
    extend it when they meet a larger id: the first screenful of every column needs
    far fewer.
    """

    connection: object
    query: str
    version: tuple[int, int]
    matches: int  # estimated from the ids up to ``bound`` while incomplete
    listed: bool
    remembered: bool
    exact_counts: dict[int, int] | None = None
    bound: int = 0  # every matching id up to this one is in temp.search_match
    max_id: int = 0  # the largest contact id: the match is complete at this bound
    # Dense matches: per stage, (rows asked for, the first hits in board order as (id,
    # position)): one walk answers both the header's capped count and the first page.
    first_hits: dict[int, tuple[int, list[tuple[int, float]]]] = field(default_factory=dict)
    # The first hits of the text typed just before, when this one can only match fewer of
    # the same people (:func:`narrows`): a column's first hits are then those of them that
    # still match, and a walk goes on only from where that one stopped.
    narrowed_from: dict[int, tuple[int, list[tuple[int, float]]]] | None = None

    @property
    def complete(self) -> bool:
        return self.bound >= self.max_id


# Per connection (kept to compare identity: a closed connection's id can be reused).
_states: dict[int, SearchState] = {}


def walk_cost(matches: int, column_sizes: dict[int, int], cap: int = COUNT_CAP) -> int:
    """Board index rows expected to be walked to fill capped counts (and so the first
    pages) of every column, if the matches are spread evenly over the board."""
    total = sum(column_sizes.values())
    if matches <= 0 or total <= 0:
        return 0
    per_column = -(-(cap + 1) * total // matches)  # ceil
    return sum(min(size, per_column) for size in column_sizes.values())


def prefer_listing(matches: int, column_sizes: dict[int, int]) -> bool:
    """True when looking up every hit costs less than walking the board for them."""
    return matches * LOOKUP_COST_IN_WALKED_ROWS <= walk_cost(matches, column_sizes)


_TERM = re.compile(r'"(\w+)"\*')


def narrows(before: str, after: str) -> bool:
    """Whether everyone matching the FTS query ``after`` matches ``before`` too (both from
    :func:`fts_query`): each word of ``before`` starts the word in the same place of
    ``after``, as when typing on. A prefix of a prefix query's word matches at least what
    the longer word does, token by token, whatever the tokenizer folds."""
    old, new = _TERM.findall(before), _TERM.findall(after)
    if not old or len(new) < len(old):
        return False
    return all(n.startswith(o) for o, n in zip(old, new[: len(old)], strict=True))


def search_state(
    query: str, column_sizes: Callable[[], dict[int, int]], *, listed: bool | None = None
) -> SearchState:
    """The match of ``query`` (an FTS query from :func:`fts_query`), computed once per text
    and data version. ``column_sizes`` (live contacts per stage, asked only when the match
    is computed again) choose the strategy; ``listed`` forces one (tests compare both on
    the same data)."""
    connection = database.connection()
    key = id(connection)
    state = _states.get(key)
    if (
        state is not None
        and state.connection is connection
        and state.query == query
        and (listed is None or listed == state.listed)
        and state.version == data_version()
    ):
        return state
    version = data_version()
    narrowed_from = (
        state.first_hits
        if state is not None
        and state.connection is connection
        and state.version == version
        and narrows(state.query, query)
        else None
    )
    # Straight on the connection, not through the database's write gate: these are temp
    # tables (no data), and a search typed while the start-up health check runs, or after
    # it found damage, must still work.
    before = connection.total_changes
    for sql in (
        "CREATE TEMP TABLE IF NOT EXISTS search_match (id INTEGER PRIMARY KEY)",
        "CREATE TEMP TABLE IF NOT EXISTS search_hits"
        " (id INTEGER PRIMARY KEY, stage_id INTEGER, position REAL)",
        "CREATE INDEX IF NOT EXISTS temp.search_hits_board ON search_hits (stage_id, position, id)",
        "DELETE FROM temp.search_match",
        "DELETE FROM temp.search_hits",
    ):
        connection.execute(sql)
    max_id = connection.execute("SELECT MAX(id) FROM contact").fetchone()[0] or 0
    first = max_id if listed else min(max_id, max(FIRST_FILL_IDS, max_id // 8))
    filled = _fill_match(connection, query, 0, first)
    matches = filled if first >= max_id else filled * max_id // max(first, 1)
    _count_temp_writes(connection, before)
    before = connection.total_changes
    if listed is None:
        listed = prefer_listing(matches, column_sizes())
    if listed and first < max_id:
        matches = filled + _fill_match(connection, query, first, max_id)
        first = max_id
    exact_counts = None
    if listed:
        # Driven by the full-text match again (cheap when sparse), not by search_match:
        # joining a temp table to contact makes SQLite build a Bloom filter by scanning the
        # whole contact table. Ascending rowids: the lookups read the table front to back.
        connection.execute(
            "INSERT INTO temp.search_hits (id, stage_id, position)"
            " SELECT contact.id, contact.stage_id, contact.position"
            " FROM contact_search CROSS JOIN contact ON contact.id = contact_search.rowid"
            " WHERE contact_search MATCH ? AND contact.deleted_at IS NULL",
            [query],
        )
        exact_counts = dict(
            connection.execute(
                "SELECT stage_id, COUNT(*) FROM temp.search_hits GROUP BY stage_id"
            ).fetchall()
        )
    _count_temp_writes(connection, before)
    # Inside a transaction a rollback would empty the tables behind our back: do not
    # remember them.
    remembered = not database.in_transaction()
    state = SearchState(
        connection,
        query,
        data_version(),
        matches,
        listed,
        remembered,
        exact_counts,
        bound=first,
        max_id=max_id,
        narrowed_from=narrowed_from or None,
    )
    if remembered:
        _states[key] = state
    else:
        _states.pop(key, None)
    return state


def _fill_match(connection: sqlite3.Connection, query: str, after: int, upto: int) -> int:
    """Put the matching ids in (after, upto] into temp.search_match; return how many."""
    if upto <= after:
        return 0
    cursor = connection.execute(
        "INSERT INTO temp.search_match (id) SELECT rowid FROM contact_search"
        " WHERE contact_search MATCH ? AND rowid > ? AND rowid <= ?",
        [query, after, upto],
    )
    return max(cursor.rowcount, 0)


def extend_match(state: SearchState, upto: int, *, double: bool = True) -> None:
    """Hold the matching ids up to at least ``upto`` (``double``: at least twice as far as
    now, so walks that keep meeting larger ids converge after a few steps)."""
    if upto <= state.bound or state.complete:
        return
    if double:
        upto = max(upto, 2 * state.bound)
    upto = min(upto, state.max_id)
    connection = database.connection()
    before = connection.total_changes
    _fill_match(connection, state.query, state.bound, upto)
    _count_temp_writes(connection, before)
    state.bound = upto


def rebuild_search_index() -> None:
    """Index every contact again, in one transaction. Run after a migration: a database
    from before the index existed (schema 1) has contacts that no search would find."""
    with database.atomic():
        database.execute_sql("DELETE FROM contact_search")
        reindex_contacts([row[0] for row in tuples(Contact.select(Contact.id))])
