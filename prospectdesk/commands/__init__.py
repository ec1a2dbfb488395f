"""Command-line sub-commands (Qt-free): each module has ``add_arguments`` and ``run``."""

from __future__ import annotations

import sys
from typing import TextIO


def utf8_stream(stream: TextIO) -> TextIO:
    """Make ``stream`` able to print any name (Armenian, Japanese, ...) whatever the
    terminal's code page: UTF-8, with a replacement character rather than a crash."""
    encoding = (getattr(stream, "encoding", "") or "").lower().replace("_", "-")
    if encoding not in ("utf-8", "utf8") and hasattr(stream, "reconfigure"):
        try:
            stream.reconfigure(encoding="utf-8", errors="replace")
        except (ValueError, OSError):  # pragma: no cover - a stream that cannot change
            pass
    return stream


def open_cli_workspace(args):
    """The workspace the global ``--data-dir`` / ``PROSPECTDESK_DATA_DIR`` points at.

    When another ProspectDesk has it open, or the database is damaged, say so and exit
    (status 1) rather than showing a traceback."""
    from prospectdesk.domain.backup import DatabaseDamagedError
    from prospectdesk.domain.instance_lock import AlreadyOpenError
    from prospectdesk.domain.workspace import open_workspace
    from prospectdesk.paths import resolve_data_dir

    try:
        return open_workspace(resolve_data_dir(getattr(args, "data_dir", None)))
    except AlreadyOpenError:
        error("ProspectDesk has these contacts open; close it, then run this again")
    except DatabaseDamagedError as damaged:
        error(f"{damaged}\nRestore a backup with: prospectdesk backup restore --newest")
    raise SystemExit(1)


def error(message: str) -> None:
    print(f"prospectdesk: {message}", file=utf8_stream(sys.stderr))
