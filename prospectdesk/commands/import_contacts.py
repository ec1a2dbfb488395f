"""``prospectdesk import PATH...``: the GUI's import with each duplicate's default decision:
merge, except a possible duplicate (the same name and nothing else), which is kept apart."""

from __future__ import annotations

import argparse
import sys

from prospectdesk.commands import error, open_cli_workspace, utf8_stream
from prospectdesk.domain.io.importer import DEFAULT_SOURCE, ImportPlan, import_files

EXIT_NOTHING_READ = 1
EXIT_USAGE = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="vCard or CSV files")
    parser.add_argument(
        "--source",
        default=DEFAULT_SOURCE,
        metavar="TEXT",
        help=f"lead source for the imported contacts (default: {DEFAULT_SOURCE})",
    )
    parser.add_argument(
        "--stage", metavar="NAME", help="stage for new contacts (default: the first stage)"
    )


def run(args: argparse.Namespace) -> int:
    out = utf8_stream(sys.stdout)
    workspace = open_cli_workspace(args)
    try:
        stage_id = None
        if args.stage:
            stage = workspace.pipeline.stage_by_name(args.stage)
            if stage is None:
                names = ", ".join(s.name for s in workspace.pipeline.stages())
                error(f"no stage called {args.stage!r}; the stages are: {names}")
                return EXIT_USAGE
            stage_id = stage.id
        try:
            plan, outcome = import_files(
                workspace,
                args.paths,
                source=args.source,
                stage_id=stage_id,
            )
        except KeyboardInterrupt:
            error("import interrupted; nothing was changed")
            return 130
        print_summary(plan, outcome, out)
        read_records = len(plan.items)
        read_files = len(plan.files) - len(plan.unreadable)
        if read_files == 0 or (read_records == 0 and plan.rejected):
            error("nothing could be read")
            return EXIT_NOTHING_READ
        return 0
    finally:
        workspace.close()


def print_summary(plan: ImportPlan, outcome, out) -> None:
    for name in plan.files:
        if name in plan.unreadable:
            continue
        count = sum(1 for item in plan.items if item.file == name)
        print(f"Read {name} ({plan.formats.get(name, '?')}): {count} contacts", file=out)
    print(f"Imported: {len(outcome.created)} new contacts", file=out)
    print(f"Merged: {len(outcome.merged)} duplicates into contacts already stored", file=out)
    possible = plan.possible_duplicates
    if possible:
        print(
            f"Kept apart: {len(possible)} possible duplicates (only the name is the same)",
            file=out,
        )
    if outcome.unchanged:
        print(f"Unchanged: {len(outcome.unchanged)} already up to date", file=out)
    if outcome.skipped:
        print(f"Skipped: {outcome.skipped}", file=out)
    rejected = plan.rejected
    print(f"Rejected: {len(rejected)}", file=out)
    for problem in rejected:
        print(f"  {problem}", file=out)
    warnings = [p for p in plan.problems if not p.fatal_for_record]
    if warnings:
        print(f"Values skipped: {len(warnings)}", file=out)
        for problem in warnings:
            print(f"  {problem}", file=out)
