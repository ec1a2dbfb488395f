"""A digest of the database a command-line import makes, to show a change leaves it the
same: ``python -m benchmarks.import_digest FILE OUT.txt [import options]`` imports FILE
into a new data dir with the clock fixed, then writes every table's row count and a hash
of its rows (the search index's own tables too), a few full-text queries' hits and the
command's output. Run it before and after a change and ``diff`` the two files. A file
without UIDs (a CSV) gets new random ones at each import: its ``contact`` line differs
every time; compare those rows without their ``uid``."""

from __future__ import annotations

import contextlib
import hashlib
import io
import sqlite3
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import prospectdesk.clock as clock

FIXED = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
QUERIES = ("ann*", "smith", "gmail", "vries*")


def main(argv: list[str]) -> int:
    source, out, options = argv[0], Path(argv[1]), argv[2:]
    clock.SystemClock.now = lambda self: FIXED  # type: ignore[method-assign]
    from prospectdesk.cli import main as cli_main

    with tempfile.TemporaryDirectory(prefix="import-digest-") as folder:
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            code = cli_main(["--data-dir", folder, "import", source, *options])
        connection = sqlite3.connect(Path(folder) / "prospectdesk.sqlite3")
        lines = [f"exit {code}", *printed.getvalue().splitlines()]
        schema = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        lines += [f"## {kind} {name}: {sql}" for kind, name, sql in connection.execute(schema)]
        tables = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        for (table,) in connection.execute(tables).fetchall():
            rows = sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            lines.append(f"{table}\t{len(rows)}\t{_hash(rows)}")
        for query in QUERIES:
            hits = connection.execute(
                "SELECT rowid FROM contact_search WHERE contact_search MATCH ? ORDER BY rowid",
                (query,),
            ).fetchall()
            lines.append(f"search {query}\t{len(hits)}\t{_hash(hits)}")
        connection.close()
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


def _hash(rows: list[tuple[object, ...]]) -> str:
    return hashlib.sha256(repr(rows).encode()).hexdigest()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
