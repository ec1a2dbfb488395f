"""What the first screen shows, read with plain ``sqlite3`` before the store, the domain
services and most of the UI are loaded (issue 21): the interface language the owner
chose, whether there is anybody in the workspace, and the start of the call list (its
follow-up part, :func:`prospectdesk.domain.call_rows.first_followup_calls`).

The database is opened read-only (``mode=ro``): nothing is written, no lock is taken, and
a database this version does not know exactly (older: it will be migrated; newer: it
will be refused) is not read at all. Any failure means "no first screen": the app then
starts the usual way and says what is wrong there.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from prospectdesk.domain.call_rows import CallRow, first_followup_calls
from prospectdesk.store.version import SCHEMA_VERSION

# domain/settings.py's LANGUAGE (a test keeps them equal): written here so that reading
# it loads nothing of the store.
LANGUAGE_KEY = "ui.language"


@dataclass(frozen=True)
class FirstScreen:
    language: str  # the saved interface language; empty: the system's
    calls: list[CallRow]  # the start of the call list (may be shorter than asked)


def read_first_screen(database_file: Path, at: datetime, rows: int) -> FirstScreen | None:
    """The first screen of a workspace with people in it, at ``at`` (aware); None when
    there is none to show (no database, a version other than this code's, nobody in it
    yet, or any error reading it)."""
    if not database_file.is_file():
        return None
    try:
        connection = sqlite3.connect(
            f"{database_file.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2
        )
    except sqlite3.Error:
        return None
    try:
        execute = connection.execute
        if execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            return None
        anybody = execute("SELECT 1 FROM contact WHERE deleted_at IS NULL LIMIT 1").fetchone()
        if anybody is None:
            return None  # the app opens on Today's first steps
        # Settings are stored as JSON; SQLite's json_extract reads it (no json import).
        saved = execute(
            "SELECT json_extract(value, '$') FROM setting WHERE key = ?", [LANGUAGE_KEY]
        ).fetchone()
        language = saved[0] if saved else ""
        return FirstScreen(
            language if isinstance(language, str) else "",
            first_followup_calls(execute, at, rows),
        )
    except sqlite3.Error:
        return None
    finally:
        connection.close()
