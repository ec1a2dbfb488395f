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


def open_cli_workspace(args, *, read_only: bool = False):
    """The workspace the global ``--data-dir`` / ``PROSPECTDESK_DATA_DIR`` points at.

    ``read_only`` for a command that only reads: it works beside a running app, takes no
    lock and makes no backup. What keeps it from opening (another ProspectDesk writing,
    damage, a full disk, ...) is raised; :func:`prospectdesk.cli.main` says it in one line.
    Notices (a data folder others can read) are printed as warnings."""
    from prospectdesk.domain.workspace import open_workspace
    from prospectdesk.paths import resolve_data_dir

    workspace = open_workspace(
        resolve_data_dir(getattr(args, "data_dir", None)), read_only=read_only
    )
    for notice in workspace.notices:
        error(f"warning: {notice}")
    return workspace


def error(message: str) -> None:
    print(f"prospectdesk: {message}", file=utf8_stream(sys.stderr))
