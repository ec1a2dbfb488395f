"""None is bound as NULL through the adapter store/db registers for it (a fast path for
sqlite3's search for an adapter): the same values as without it, in every way of binding."""

from __future__ import annotations

import sqlite3

import prospectdesk.store.db  # noqa: F401 - registers the adapter


def test_none_has_an_adapter_that_gives_none():
    adapter = sqlite3.adapters[(type(None), sqlite3.PrepareProtocol)]
    assert adapter(None) is None


def test_none_is_stored_as_null_by_every_way_of_binding():
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE t (a, b TEXT, c INTEGER)")
    connection.execute("INSERT INTO t VALUES (?, ?, ?)", (None, None, None))
    connection.executemany("INSERT INTO t VALUES (?, ?, ?)", [(None, "x", 1), (2, None, None)])
    connection.execute("INSERT INTO t VALUES (:a, :b, :c)", {"a": None, "b": None, "c": 3})
    rows = connection.execute("SELECT typeof(a), typeof(b), typeof(c) FROM t").fetchall()
    assert rows == [
        ("null", "null", "null"),
        ("null", "text", "integer"),
        ("integer", "null", "null"),
        ("null", "null", "integer"),
    ]
    assert connection.execute("SELECT ? IS NULL, ? IS NULL", (None, 0)).fetchone() == (1, 0)
