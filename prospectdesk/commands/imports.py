"""``prospectdesk imports``: the import history (file, when, how many contacts created and
merged, records skipped), read-only; ``prospectdesk imports undo ID`` takes one import back
as File > Import history... does: new contacts removed, merged ones restored, contacts
changed since the import kept as they are (and named)."""

from __future__ import annotations

import argparse
import json
import sys

from prospectdesk.commands import error, open_cli_workspace, utf8_stream
from prospectdesk.domain.io.importer import (
    ImportAlreadyUndoneError,
    ImportInfo,
    ImportNotFoundError,
    importer_for,
)

EXIT_REFUSED = 1
_LISTED = 20  # kept contacts named; the rest counted


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    undo = actions.add_parser("undo", help="undo one import (its ID from the list)")
    undo.add_argument("id", type=int, metavar="ID", help="the import to undo")


def run(args: argparse.Namespace) -> int:
    if getattr(args, "action", None) == "undo":
        return _undo(args)
    out = utf8_stream(sys.stdout)
    workspace = open_cli_workspace(args, read_only=True)
    try:
        history = importer_for(workspace).history()
        if args.json:
            json.dump([info.to_json() for info in history], out, ensure_ascii=False, indent=2)
            out.write("\n")
            return 0
        if not history:
            print("No imports yet.", file=out)
            return 0
        for info in history:
            print(_line(info), file=out)
        if any(not info.undone for info in history):
            print("", file=out)
            print("Undo one with: prospectdesk imports undo ID", file=out)
        return 0
    finally:
        workspace.close()


def _count(value: int | None) -> str:
    return "?" if value is None else str(value)


def _line(info: ImportInfo) -> str:
    when = f"{info.imported_at:%Y-%m-%d %H:%M}"
    counts = (
        f"{_count(info.created)} created, {_count(info.merged)} merged, "
        f"{_count(info.skipped)} skipped"
    )
    undone = f"  (undone {info.undone_at:%Y-%m-%d %H:%M})" if info.undone_at else ""
    return f"  #{info.id}  {when}  {info.file}: {counts}{undone}"


def _undo(args: argparse.Namespace) -> int:
    out = utf8_stream(sys.stdout)
    workspace = open_cli_workspace(args)
    try:
        try:
            undone = importer_for(workspace).undo_import(args.id)
        except (ImportNotFoundError, ImportAlreadyUndoneError) as refused:
            error(f"{refused}; nothing was changed")
            return EXIT_REFUSED
        print(
            f"Undid import #{args.id}: {undone.removed} new contacts removed, "
            f"{undone.restored} merged contacts restored",
            file=out,
        )
        if undone.kept:
            print(
                f"Kept as they are, since they were changed after the import: {len(undone.kept)}",
                file=out,
            )
            for contact_id, name in undone.kept[:_LISTED]:
                print(f"  #{contact_id} {name}", file=out)
            if len(undone.kept) > _LISTED:
                print(f"  ... and {len(undone.kept) - _LISTED} more", file=out)
        return 0
    finally:
        workspace.close()
