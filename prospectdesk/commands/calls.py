"""``prospectdesk calls``: the call list (whom to contact now, and why) as the app sees it.

Read-only, like ``today``: it opens the data beside a running app, with no lock, backup
or migration, and shares :meth:`prospectdesk.domain.calls.CallList.calls_at` with the app.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any

from prospectdesk.clock import FakeClock, SystemClock
from prospectdesk.commands import error
from prospectdesk.commands.today import _parse_moment
from prospectdesk.domain.calls import CallReason, CallRow
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import resolve_data_dir

REASON_TEXT = {
    CallReason.OVERDUE: "overdue follow-up",
    CallReason.DUE_TODAY: "follow-up today",
    CallReason.RECONTACT: "may be contacted again",
    CallReason.REORDER: "due to reorder",
    CallReason.AWAITING_CLOSE: "presentation waiting for a close",
    CallReason.QUIET: "gone quiet",
    CallReason.LEAD: "lead to qualify",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--at",
        metavar="YYYY-MM-DDTHH:MM",
        type=_parse_moment,
        help="look at this local moment instead of now",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def run(args: argparse.Namespace) -> int:
    at = args.at or SystemClock().now()
    workspace = open_workspace(resolve_data_dir(args.data_dir), clock=FakeClock(at), read_only=True)
    for notice in workspace.notices:
        error(f"warning: {notice}")
    try:
        rows = workspace.sales.calls.calls_at(at)
        if args.json:
            data = {"at": at.isoformat(timespec="minutes"), "calls": calls_json(rows)}
            json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            sys.stdout.write(calls_text(rows, at))
    finally:
        workspace.close()
    return 0


def calls_json(rows: list[CallRow]) -> list[dict[str, Any]]:
    """The rows as plain JSON values, in the list's order."""
    result = []
    for row in rows:
        brief = row.brief
        last = brief.last_conversation
        result.append(
            {
                "contact_id": row.contact_id,
                "display_name": row.display_name,
                "reason": row.reason.value,
                "since": row.since.isoformat(timespec="minutes"),
                "detail": row.detail,
                "followup_id": row.followup_id,
                "source_rate": row.source_rate,
                "phone": brief.phone,
                "tel": brief.tel_uri,
                "last_conversation": None
                if last is None
                else {
                    "at": last.occurred_at.isoformat(timespec="minutes"),
                    "kind": last.kind,
                    "summary": last.summary,
                },
                "open_concerns": list(brief.open_concerns),
                "unknown_criteria": list(brief.unknown_criteria),
                "purchases": brief.purchases,
                "purchases_cents": brief.purchases_cents,
                "no_answer_streak": brief.no_answer_streak,
                "hard_to_reach": brief.hard_to_reach,
            }
        )
    return result


def calls_text(rows: list[CallRow], at: datetime) -> str:
    """Plain text for a terminal (English: the command line is not translated)."""
    lines = [f"Calls, {at:%A %d %B %Y %H:%M}"]
    for number, row in enumerate(rows, start=1):
        brief = row.brief
        detail = f" - {row.detail}" if row.detail else ""
        phone = brief.phone or "no phone"
        lines.append("")
        lines.append(f"{number:>3}. {row.display_name}  [#{row.contact_id}]  {phone}")
        lines.append(f"     {REASON_TEXT[row.reason]} since {row.since:%Y-%m-%d %H:%M}{detail}")
        if brief.hard_to_reach:
            lines.append(f"     no answer {brief.no_answer_streak} times in a row")
        last = brief.last_conversation
        if last is not None:
            lines.append(f"     last: {last.occurred_at:%Y-%m-%d} {last.kind}: {last.summary}")
        if brief.open_concerns:
            lines.append("     open concerns: " + "; ".join(brief.open_concerns))
        if brief.unknown_criteria:
            lines.append("     still unknown: " + "; ".join(brief.unknown_criteria))
        if brief.purchases:
            lines.append(
                f"     bought {brief.purchases} time(s), {brief.purchases_cents / 100:.2f} in all"
            )
    if not rows:
        lines.append("  (nobody to call)")
    return "\n".join(lines) + "\n"
