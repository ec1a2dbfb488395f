"""``prospectdesk duplicates``: the likely duplicate pairs among the stored contacts, with
their reasons and a score (0-100). Read-only: it works beside a running app and never
merges anything; ``prospectdesk merge`` does that, one pair at a time."""

from __future__ import annotations

import argparse
import json
import sys

from prospectdesk.commands import open_cli_workspace, utf8_stream
from prospectdesk.domain.duplicates import find_duplicates, pairs_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def run(args: argparse.Namespace) -> int:
    out = utf8_stream(sys.stdout)
    workspace = open_cli_workspace(args, read_only=True)
    try:
        pairs = find_duplicates()
        if args.json:
            json.dump(pairs_json(pairs), out, ensure_ascii=False, indent=2)
            out.write("\n")
            return 0
        if not pairs:
            print("No likely duplicates.", file=out)
            return 0
        print(f"Likely duplicates: {len(pairs)} pairs", file=out)
        group = 0
        for pair in pairs:
            if pair.group != group:
                group = pair.group
                print("", file=out)
            (a, b), (name_a, name_b) = pair.ids, pair.names
            print(
                f"  {pair.score:3d}  #{a} {name_a}  /  #{b} {name_b}:  {', '.join(pair.reasons)}",
                file=out,
            )
        print("", file=out)
        print("Merge a pair with: prospectdesk merge KEEP_ID OTHER_ID", file=out)
        return 0
    finally:
        workspace.close()
