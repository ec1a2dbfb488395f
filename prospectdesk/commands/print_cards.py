"""``prospectdesk print labels|envelopes``: a PDF of address labels or envelopes for the
birthdays of the coming days (or for chosen contacts), then "card sent" logged for each
person printed, in one transaction once the PDF is written.

The pages are painted by :mod:`prospectdesk.printing` (Qt's PDF writer, the same code as
the app's print dialog); Qt is loaded only when this command runs, on the "offscreen"
platform when there is no display.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from prospectdesk.clock import FakeClock, SystemClock
from prospectdesk.commands import error, open_cli_workspace, utf8_stream
from prospectdesk.commands.today import _parse_moment

SHEETS = ("a4-3x7", "letter-3x10")
ENVELOPES = ("dl", "c6", "c5")
# What is logged for each person (the command line speaks English; the app logs it in
# the owner's language).
CARD_SENT = "Card sent"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kind", choices=("labels", "envelopes"), help="what to print")
    whom = parser.add_mutually_exclusive_group(required=True)
    whom.add_argument(
        "--birthdays-within",
        metavar="DAYS",
        type=int,
        help="the people whose birthday is today or in the next DAYS days",
    )
    whom.add_argument("--ids", metavar="ID", type=int, nargs="+", help="these contacts")
    parser.add_argument(
        "--sheet", choices=SHEETS, default="a4-3x7", help="label sheet (default: a4-3x7)"
    )
    parser.add_argument(
        "--envelope", choices=ENVELOPES, default="dl", help="envelope size (default: dl)"
    )
    parser.add_argument(
        "--at",
        metavar="YYYY-MM-DDTHH:MM",
        type=_parse_moment,
        help="count the birthdays from this local moment instead of now",
    )
    parser.add_argument(
        "--no-log", action="store_true", help='only write the PDF; log no "card sent"'
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE.pdf", required=True, type=Path, help="the PDF to write"
    )


def run(args: argparse.Namespace) -> int:
    from prospectdesk.domain.cards import Cards
    from prospectdesk.printing.cards import LAYOUTS, ensure_gui_application, write_pdf

    out = utf8_stream(sys.stdout)
    if args.birthdays_within is not None and args.birthdays_within < 0:
        error("--birthdays-within needs a number of days, 0 or more")
        return 2
    output: Path = args.output
    if output.is_dir() or not output.parent.is_dir():
        error(f"cannot write {output}: no such folder")
        return 2
    workspace = open_cli_workspace(args, read_only=args.no_log)
    try:
        clock = FakeClock(args.at or SystemClock().now())
        cards = Cards(clock, workspace.contacts.region)
        if args.ids:
            order = list(dict.fromkeys(args.ids))
            missing = [i for i in order if not workspace.contacts.exists(i)]
            if missing:
                error("no contact " + ", ".join(f"#{i}" for i in missing) + "; nothing printed")
                return 1
        else:
            order = cards.birthday_ids(args.birthdays_within)
        mailing = cards.mailing(workspace.contacts.records(order), order)
        for contact_id, name in mailing.without_address:
            error(f"warning: #{contact_id} {name} has no postal address; left out")
        if not mailing.recipients:
            print("Nobody to print for.", file=out)
            return 0
        layout = LAYOUTS[args.sheet if args.kind == "labels" else args.envelope]
        ensure_gui_application()
        pages = write_pdf(output, layout, mailing.recipients)
        count = len(mailing.recipients)
        what = ("label" if args.kind == "labels" else "envelope") + ("s" if count != 1 else "")
        sheets = "page" if pages == 1 else "pages"
        print(f"Wrote {count} {what} on {pages} {sheets} to {output}", file=out)
        if not args.no_log:
            ids = [recipient.contact_id for recipient in mailing.recipients]
            # Logged at the real time, whatever --at chose the birthdays by.
            Cards(workspace.clock, workspace.contacts.region).log_cards_sent(ids, CARD_SENT)
            people = "person" if len(ids) == 1 else "people"
            print(f'Logged "{CARD_SENT}" for {len(ids)} {people}.', file=out)
        return 0
    finally:
        workspace.close()
