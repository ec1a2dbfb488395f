"""``prospectdesk export --format vcf|csv|ics|json [-o FILE]``, with
``--vcard-version 3.0|4.0``, ``--one-file-per-contact`` (``-o`` a folder) and
``--csv-layout google|outlook``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from prospectdesk.commands import error, open_cli_workspace, utf8_stream
from prospectdesk.domain.defaults import untranslated
from prospectdesk.domain.io.export import (
    CSV_FLAVOURS,
    FORMATS,
    export_contacts,
    export_vcard_files,
)
from prospectdesk.domain.io.files import write_atomically


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", required=True, choices=FORMATS, help="file format")
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE (default: standard output)"
    )
    parser.add_argument(
        "--vcard-version",
        choices=("3.0", "4.0"),
        default="3.0",
        help="vCard version: 3.0 (the default) is what Outlook, Google and iCloud read",
    )
    parser.add_argument(
        "--one-file-per-contact",
        action="store_true",
        help="vCard: one .vcf file per contact in the folder -o names (Outlook reads only "
        "the first contact of a file)",
    )
    parser.add_argument(
        "--csv-layout",
        choices=CSV_FLAVOURS,
        default="google",
        help="CSV: Google Contacts' layout (the default) or Outlook's",
    )


def owner_translate(args: argparse.Namespace, workspace):
    """The calendar's titles in the owner's language: ``--lang``, else the language saved
    in Settings, else the system's; read from the compiled catalog the app uses."""
    from prospectdesk.domain.settings import LANGUAGE
    from prospectdesk.ui.i18n import catalog_translate, choose_language

    chosen = choose_language(args.lang, workspace.settings.get(LANGUAGE), system_languages())
    return catalog_translate(chosen)


def system_languages() -> list[str]:
    """The environment's languages, best first (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, then
    Python's locale): read without Qt, whose system locale, once asked, stays for the
    process."""
    import locale

    names = [os.environ.get(key, "") for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")]
    codes = [code for name in names for code in name.split(":") if code and code != "C"]
    return [*codes, locale.getlocale()[0] or ""]


def run(args: argparse.Namespace) -> int:
    if args.one_file_per_contact:
        if args.format != "vcf" or not args.output:
            error("--one-file-per-contact needs --format vcf and -o FOLDER")
            return 2
        return _run_one_file_per_contact(args)
    workspace = open_cli_workspace(args, read_only=True)
    try:
        data = export_contacts(
            workspace,
            args.format,
            vcard_version=args.vcard_version,
            csv_flavour=args.csv_layout,
            translate=owner_translate(args, workspace) if args.format == "ics" else untranslated,
        )
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


def _run_one_file_per_contact(args: argparse.Namespace) -> int:
    workspace = open_cli_workspace(args, read_only=True)
    try:
        files = export_vcard_files(workspace, vcard_version=args.vcard_version)
    finally:
        workspace.close()
    folder = Path(args.output).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in files:
            write_atomically(folder / name, data)
    except OSError as problem:
        error(f"cannot write into {folder}: {problem.strerror or problem}")
        return 1
    print(
        f"Exported {len(files)} contacts to {len(files)} files in {folder}",
        file=utf8_stream(sys.stdout),
    )
    return 0
