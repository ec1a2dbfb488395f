"""``prospectdesk today``: what the Today view and the reminders see at a moment.

Read-only: it shares :func:`prospectdesk.domain.agenda.agenda_at` with the app and never
marks a reminder as shown, so running it from a terminal or a scheduled job does not steal
a notification from the tray.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime

from prospectdesk.clock import FakeClock, SystemClock
from prospectdesk.commands import error
from prospectdesk.domain.agenda import Agenda, AgendaItem, agenda_at
from prospectdesk.domain.settings import BIRTHDAY_LEAD_DAYS
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.paths import resolve_data_dir


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--at",
        metavar="YYYY-MM-DDTHH:MM",
        type=_parse_moment,
        help="look at this local moment instead of now",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def _parse_moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not YYYY-MM-DDTHH:MM") from None
    # A bare local time is read in this machine's zone, as the app would see it.
    return moment.astimezone() if moment.tzinfo is None else moment


def run(args: argparse.Namespace) -> int:
    at = args.at or SystemClock().now()
    # Read-only: beside a running app, with no backup and no lock. ``at`` is only where
    # the agenda looks; it never reaches the backups (a run "a year ahead" once made
    # future-dated daily backups that rotated the real ones away).
    workspace = open_workspace(resolve_data_dir(args.data_dir), clock=FakeClock(at), read_only=True)
    for notice in workspace.notices:
        error(f"warning: {notice}")
    try:
        agenda = agenda_at(workspace, at)
        next_reminder = workspace.reminders.next_due(at)  # read-only
        if args.json:
            data = agenda_json(agenda, at)
            data["next_reminder"] = _iso(next_reminder) if next_reminder else None
            json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            lead = workspace.settings.get(BIRTHDAY_LEAD_DAYS)
            sys.stdout.write(agenda_text(agenda, at, lead_days=lead))
            if next_reminder is not None:
                sys.stdout.write(f"\nNext reminder: {next_reminder:%Y-%m-%d %H:%M}\n")
    finally:
        workspace.close()
    return 0


def _iso(value: datetime | date) -> str:
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    return value.isoformat()


def _item_json(item: AgendaItem) -> dict:
    entry = {
        "kind": item.kind,
        "contact_id": item.contact_id,
        "display_name": item.display_name,
        "due": _iso(item.due),
        "overdue": item.overdue,
        "detail": item.detail,
    }
    if item.followup_id is not None:
        entry["followup_id"] = item.followup_id
    return entry


def agenda_json(agenda: Agenda, at: datetime) -> dict:
    return {
        "at": _iso(at),
        "followups": [_item_json(item) for item in agenda.followups],
        "birthdays": [_item_json(item) for item in agenda.birthdays],
        "quiet": [_item_json(item) for item in agenda.quiet],
    }


def agenda_text(agenda: Agenda, at: datetime, *, lead_days: int) -> str:
    """Plain text for a terminal (English: the command line is not translated)."""
    today = at.date()
    lines = [f"Today, {at:%A %d %B %Y %H:%M}"]

    lines += ["", "Follow-ups due"]
    for item in agenda.followups:
        due = item.due
        when = f"{due:%H:%M}" if due.date() == today else f"{due:%Y-%m-%d %H:%M}"
        mark = "OVERDUE " if item.overdue else ""
        what = f" - {item.detail}" if item.detail else ""
        lines.append(f"  {mark}{when}  {item.display_name}{what}  [#{item.contact_id}]")
    if not agenda.followups:
        lines.append("  (none)")

    lines += ["", f"Birthdays (today and the next {lead_days} days)"]
    for item in agenda.birthdays:
        days = (item.due - today).days
        when = "today" if days == 0 else ("tomorrow" if days == 1 else f"in {days} days")
        lines.append(f"  {item.due:%a %d %b}  {item.display_name} ({when})  [#{item.contact_id}]")
    if not agenda.birthdays:
        lines.append("  (none)")

    lines += ["", "Gone quiet (no conversation for longer than their stage allows)"]
    for item in agenda.quiet:
        last = f"last contact {item.detail}" if item.detail else "never contacted"
        lines.append(f"  {item.display_name} ({last})  [#{item.contact_id}]")
    if not agenda.quiet:
        lines.append("  (none)")
    return "\n".join(lines) + "\n"
