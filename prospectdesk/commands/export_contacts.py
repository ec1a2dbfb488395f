"""``prospectdesk export --format vcf|csv|ics|json [-o FILE]``."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from prospectdesk.commands import error, open_cli_workspace, utf8_stream
from prospectdesk.domain.io.export import FORMATS, export_contacts


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", required=True, choices=FORMATS, help="file format")
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE (default: standard output)"
    )
    parser.add_argument(
        "--vcard-version",
        choices=("4.0", "3.0"),
        default="4.0",
        help="vCard version (3.0 for older phones)",
    )


def write_atomically(path: Path, data: bytes) -> None:
    """A crash mid-write leaves the old file, never half of the new one."""
    path = path.expanduser()
    handle, temporary = tempfile.mkstemp(dir=path.parent or ".", prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def run(args: argparse.Namespace) -> int:
    workspace = open_cli_workspace(args)
    try:
        data = export_contacts(workspace, args.format, vcard_version=args.vcard_version)
        count = workspace.contacts.count()
    finally:
        workspace.close()
    if args.output:
        target = Path(args.output)
        try:
            write_atomically(target, data)
        except OSError as problem:
            error(f"cannot write {target}: {problem.strerror or problem}")
            return 1
        print(f"Exported {count} contacts to {target}", file=utf8_stream(sys.stdout))
        return 0
    out = utf8_stream(sys.stdout)
    out.flush()
    buffer = getattr(out, "buffer", None)
    if buffer is not None:
        buffer.write(data)
        buffer.flush()
    else:  # a text-only stream (pytest's capture): the bytes are UTF-8
        out.write(data.decode("utf-8"))
    return 0
