"""``prospectdesk sync``: two-way sync of the contacts with a CardDAV address book.

``sync add URL --user NAME`` sets the account up, ``sync`` runs one complete sync,
``sync status`` and ``sync remove``. The password comes from the OS keyring, or from
standard input with ``--password-stdin``; it is never stored anywhere else or printed.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from prospectdesk.commands import error, open_cli_workspace, utf8_stream

EXIT_FAILED = 1
EXIT_STOPPED = 3


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    parser.add_argument("--json", action="store_true", help="print the counts as one JSON object")
    actions = parser.add_subparsers(dest="sync_action", metavar="ACTION")
    add = actions.add_parser("add", help="set up the sync account (discovery, address book)")
    add.add_argument("url", metavar="URL", help="the server's address, or your e-mail address")
    add.add_argument("--user", required=True, metavar="NAME", help="user name on the server")
    add.add_argument(
        "--addressbook",
        metavar="NAME_OR_PATH",
        help='an existing address book (default: a new one called "ProspectDesk")',
    )
    add.add_argument(
        "--calendar",
        metavar="NAME_OR_PATH",
        help='an existing calendar for follow-ups (default: a new one, "ProspectDesk follow-ups")',
    )
    add.add_argument(
        "--password-stdin",
        action="store_true",
        dest="add_password_stdin",
        help="read the (app) password from standard input",
    )
    status = actions.add_parser("status", help="the account, the last sync, open conflicts")
    status.add_argument("--json", action="store_true", dest="status_json", help="as JSON")
    actions.add_parser("remove", help="stop syncing (the contacts here stay)")


def _read_password(from_stdin: bool, account_url: str, username: str) -> str | None:
    from prospectdesk.domain.sync.account import load_password

    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    stored = load_password(account_url, username)
    if stored is not None:
        return stored
    if sys.stdin.isatty():
        return getpass.getpass(f"Password for {username}: ")
    return None


def run(args: argparse.Namespace) -> int:
    action = getattr(args, "sync_action", None)
    workspace = open_cli_workspace(args)
    try:
        if action == "add":
            return _add(workspace, args)
        if action == "status":
            return _status(workspace, bool(args.status_json or args.json))
        if action == "remove":
            return _remove()
        return _sync(workspace, args)
    finally:
        workspace.close()


def _add(workspace, args: argparse.Namespace) -> int:
    from prospectdesk.domain.sync.account import SetupError, server_url, set_up_account
    from prospectdesk.domain.sync.dav import DavError

    out = utf8_stream(sys.stdout)
    try:
        url = server_url(args.url)
    except SetupError as problem:
        error(str(problem))
        return EXIT_FAILED
    password = _read_password(args.add_password_stdin or args.password_stdin, url, args.user)
    if not password:
        error("no password given: use --password-stdin, or run it in a terminal")
        return EXIT_FAILED
    try:
        info, kept = set_up_account(
            url,
            args.user,
            password,
            workspace.clock,
            addressbook=args.addressbook,
            calendar=args.calendar,
        )
    except (SetupError, DavError) as problem:
        error(str(problem))
        return EXIT_FAILED
    print(
        f"Sync set up: {args.user} at {info.server_url}, address book {info.addressbook_name!r}",
        file=out,
    )
    if info.calendar_name is not None:
        print(f"Follow-ups go to the calendar {info.calendar_name!r}", file=out)
    else:
        print("Follow-ups are not synced: the server offers no calendar for them", file=out)
    if not kept:
        print(
            "There is no keyring on this computer: give the password with --password-stdin "
            "each time you sync.",
            file=out,
        )
    return 0


def _confirm_plan(interactive: bool):
    """Print the first sync's plan; ask before going on when someone is at the terminal
    (running ``sync`` unattended is the owner's go-ahead)."""

    def confirm(plan) -> bool:
        _print_plan(plan)
        if not interactive:
            return True
        answer = input("Go ahead? [y/N] ")
        return answer.strip().lower() in ("y", "yes")

    return confirm


def _print_plan(plan) -> None:
    err = utf8_stream(sys.stderr)
    print(
        f"First sync: {plan.download} contacts to download, {len(plan.matched)} matched "
        f"with contacts here, {plan.upload} to upload.",
        file=err,
    )
    for match in plan.matched:
        print(f"  same person ({match.how}): {match.local_name} = {match.remote_name}", file=err)
    for match in plan.possible:
        print(
            f"  kept apart (only the name is the same): {match.local_name} / {match.remote_name}",
            file=err,
        )


def _sync(workspace, args: argparse.Namespace) -> int:
    from prospectdesk.domain.sync.account import current_account
    from prospectdesk.domain.sync.dav import DavClient, DavError
    from prospectdesk.domain.sync.engine import SyncEngine, SyncStopped

    account = current_account()
    if account is None:
        error("no sync account: set one up with: prospectdesk sync add URL --user NAME")
        return EXIT_FAILED
    password = _read_password(args.password_stdin, account.server_url, account.username)
    if not password:
        error("no password: give it with --password-stdin (there is none in the keyring)")
        return EXIT_FAILED
    try:
        with DavClient(account.server_url, account.username, password) as client:
            report = SyncEngine(
                workspace.contacts,
                client,
                account,
                workspace.clock,
                confirm_first_sync=_confirm_plan(sys.stdin.isatty() and not args.password_stdin),
            ).run()
    except SyncStopped as stopped:
        error(str(stopped))
        return EXIT_STOPPED
    except DavError as problem:
        error(f"sync failed, nothing is lost: {problem}")
        return EXIT_FAILED
    out = utf8_stream(sys.stdout)
    if args.json:
        print(json.dumps(report.as_json()), file=out)
    else:
        print(
            f"Downloaded {report.downloaded}, uploaded {report.uploaded}, deleted here "
            f"{report.deleted_here}, deleted there {report.deleted_there}, conflicts "
            f"{report.conflicts}",
            file=out,
        )
        events = report.events
        if events.put or events.put_back or events.deleted:
            print(
                f"Follow-ups calendar: {events.put} written, {events.put_back} put back, "
                f"{events.deleted} removed",
                file=out,
            )
    for problem in report.errors:
        error(problem)
    return EXIT_FAILED if report.errors else 0


def _status(workspace, as_json: bool) -> int:
    from prospectdesk.domain.sync.account import current_account
    from prospectdesk.domain.sync.engine import open_conflicts, pending_changes

    out = utf8_stream(sys.stdout)
    account = current_account()
    if account is None:
        if as_json:
            print(json.dumps({"account": None}), file=out)
        else:
            print("No sync account.", file=out)
        return 0
    conflicts = open_conflicts()
    pending = pending_changes(account)
    status = {
        "account": {
            "server": account.server_url,
            "user": account.username,
            "addressbook": account.addressbook_name,
            "path": account.addressbook_url,
            "calendar": account.calendar_url,
        },
        "last_sync": str(account.last_sync_at) if account.last_sync_at else None,
        "last_error": account.last_error,
        "synced": pending["synced"],
        "pending_here": pending["pending"],
        "conflicts": len(conflicts),
    }
    if as_json:
        print(json.dumps(status), file=out)
        return 0
    print(
        f"Syncing as {account.username} at {account.server_url}, address book "
        f"{account.addressbook_name!r}",
        file=out,
    )
    print(f"Last sync: {status['last_sync'] or 'never'} (UTC)", file=out)
    if account.last_error:
        print(f"Last problem: {account.last_error}", file=out)
    print(
        f"Synced contacts: {pending['synced']}; changes here to send: {pending['pending']}",
        file=out,
    )
    print(f"Open conflicts: {len(conflicts)}", file=out)
    for conflict in conflicts:
        print(
            f"  {conflict.display_name}: {conflict.field}: kept the {conflict.kept_side}'s "
            f"{conflict.kept!r}, other {conflict.other!r}",
            file=out,
        )
    return 0


def _remove() -> int:
    from prospectdesk.domain.sync.account import forget_password, remove_account

    account = remove_account()
    if account is None:
        print("No sync account.", file=utf8_stream(sys.stdout))
        return 0
    forget_password(account.server_url, account.username)
    print(
        "Sync account removed; the contacts here and on the server stay as they are.",
        file=utf8_stream(sys.stdout),
    )
    return 0
