"""``prospectdesk merge KEEP OTHER``: make two contacts one, with the default choices (the
newer value of each field, every e-mail, phone, conversation, follow-up, sale and tag of
both). The kept contact carries the earlier UID; the other becomes a tombstone naming it."""

from __future__ import annotations

import argparse
import sys

from prospectdesk.commands import error, open_cli_workspace, utf8_stream
from prospectdesk.domain.contacts import ContactNotFoundError
from prospectdesk.domain.duplicates import Duplicates, MergeRefusedError

EXIT_REFUSED = 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("keep", type=int, metavar="ID", help="the contact to keep")
    parser.add_argument("other", type=int, metavar="ID", help="the contact merged into it")


def run(args: argparse.Namespace) -> int:
    out = utf8_stream(sys.stdout)
    workspace = open_cli_workspace(args)
    try:
        names = workspace.contacts.display_names([args.keep, args.other])
        try:
            Duplicates(workspace.clock, workspace.contacts).merge(args.keep, args.other)
        except ContactNotFoundError as missing:
            error(f"no contact #{missing.args[0]}; nothing was changed")
            return EXIT_REFUSED
        except MergeRefusedError as refused:
            error(f"{refused}; nothing was changed")
            return EXIT_REFUSED
        kept = workspace.contacts.get(args.keep).display_name
        print(
            f"Merged #{args.other} {names.get(args.other, '')} into "
            f"#{args.keep} {names.get(args.keep, '')} (now {kept})",
            file=out,
        )
        return 0
    finally:
        workspace.close()
