"""``prospectdesk import PATH...``: the GUI's import with each duplicate's default decision:
merge, except a possible duplicate (the same name and nothing else), which is kept apart."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping

from prospectdesk.commands import error, open_cli_workspace, utf8_stream
from prospectdesk.domain.io.base import without_cyclic_gc
from prospectdesk.domain.io.importer import (
    DEFAULT_SOURCE,
    Decision,
    ImportOutcome,
    ImportPlan,
    import_files,
)

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
    parser.add_argument(
        "--region",
        metavar="CODE",
        help="two-letter country of phone numbers written without a country code, e.g. NL "
        "(default: the one chosen in Settings, else the system's region; 'none': keep such "
        "numbers as written)",
    )


@without_cyclic_gc  # the summary too: it reads the plan, which holds every record
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
        if args.region is not None:
            try:
                workspace.contacts.region = parse_region(args.region)
            except ValueError:
                error(f"{args.region!r} is not a two-letter country code (like NL) or 'none'")
                return EXIT_USAGE
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
        listed = [i for i in plan.duplicates if i.decision == Decision.KEEP_BOTH][:_LISTED]
        names = workspace.contacts.display_names(
            i.match.contact_id for i in listed if i.match and i.match.contact_id
        )
        print_summary(plan, outcome, out, region=workspace.contacts.region, names=names)
        read_records = len(plan.items)
        read_files = len(plan.files) - len(plan.unreadable)
        if read_files == 0 or (read_records == 0 and plan.rejected):
            error("nothing could be read")
            return EXIT_NOTHING_READ
        return 0
    finally:
        workspace.close()


def parse_region(text: str) -> str | None:
    """``--region``: a known two-letter code (upper case), or None for "none"; ValueError
    for anything else."""
    from phonenumbers import SUPPORTED_REGIONS

    code = text.strip().upper()
    if code in ("NONE", ""):
        return None
    if code not in SUPPORTED_REGIONS:
        raise ValueError(text)
    return code


def print_summary(
    plan: ImportPlan,
    outcome: ImportOutcome,
    out,
    *,
    region: str | None = None,
    names: Mapping[int, str] | None = None,
) -> None:
    """The phone region, then per file, then per record: the counts add up to what was
    read (read = imported + merged + unchanged + kept apart + skipped + rejected)."""
    if region:
        print(f"Phone region: {region} (numbers without a country code are {region}'s)", file=out)
    else:
        print(
            "Phone region: unknown (numbers without a country code are kept as written; "
            "choose one with --region)",
            file=out,
        )
    for name in plan.files:
        if name in plan.unreadable:
            continue
        count = sum(1 for item in plan.items if item.file == name)
        print(f"Read {name} ({plan.formats.get(name, '?')}): {count} contacts", file=out)
    rejected = plan.rejected
    print(f"Records read: {plan.read_count}", file=out)
    print(f"Imported: {outcome.new_records} new contacts", file=out)
    print(
        f"Merged: {outcome.merged_records} duplicates "
        f"({len(outcome.merged)} stored contacts updated)",
        file=out,
    )
    if outcome.unchanged_records:
        print(f"Unchanged: {outcome.unchanged_records} already up to date", file=out)
    if outcome.kept_apart_records:
        print(f"Kept apart: {outcome.kept_apart_records} possible duplicates", file=out)
        kept = [item for item in plan.duplicates if item.decision == Decision.KEEP_BOTH]
        for item in kept[:_LISTED]:
            assert item.match is not None
            other = (names or {}).get(item.match.contact_id or 0)
            reason = f"{item.match.reason} as {other}" if other else item.match.reason
            print(f"  {item.where}: {item.record.display_name}: {reason}", file=out)
        if len(kept) > _LISTED:
            print(f"  ... and {len(kept) - _LISTED} more", file=out)
    if outcome.skipped:
        print(f"Skipped: {outcome.skipped}", file=out)
    print(f"Rejected: {len(plan.rejected_records)}", file=out)
    for problem in rejected:
        print(f"  {problem}", file=out)
    conflicts = [
        item
        for item in plan.duplicates
        if item.conflicts and item.decision == Decision.MERGE and not item.take_incoming
    ]
    if conflicts:
        print(
            f"Conflicts: {len(conflicts)} merged records hold a different birthday, name or "
            "phone label; the stored values were kept and the others added to the notes",
            file=out,
        )
        for item in conflicts[:_LISTED]:
            described = "; ".join(f"{c.describe()} (kept {c.stored})" for c in item.conflicts)
            print(f"  {item.where}: {described}", file=out)
        if len(conflicts) > _LISTED:
            print(f"  ... and {len(conflicts) - _LISTED} more", file=out)
    warnings = [p for p in plan.problems if not p.fatal_for_record]
    if warnings:
        print(f"Values skipped: {len(warnings)}", file=out)
        for problem in warnings:
            print(f"  {problem}", file=out)


_LISTED = 20  # lines listed per kind; a lead list of 100,000 must not flood the terminal
