"""``prospectdesk backup list|now|restore``: the GUI's backups, for scripts and for a data
dir the GUI cannot open (a damaged database is restored without being opened)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from prospectdesk.clock import SystemClock
from prospectdesk.commands import error, utf8_stream

EXIT_FAILED = 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help="list the backups, newest first, with their contact counts")
    actions.add_parser("now", help="make a backup now")
    restore = actions.add_parser(
        "restore", help="replace the contacts with a backup (the current state is kept too)"
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("path", nargs="?", type=Path, help="the backup file to restore")
    which.add_argument("--newest", action="store_true", help="the newest good backup")


def run(args: argparse.Namespace) -> int:
    from prospectdesk.domain.backup import (
        BackupError,
        DatabaseDamagedError,
        list_backups,
        newest_good_backup,
        restore_damaged,
    )
    from prospectdesk.domain.errors import NotAFolderError
    from prospectdesk.domain.instance_lock import InstanceLock
    from prospectdesk.domain.workspace import open_workspace
    from prospectdesk.paths import resolve_data_dir

    out = utf8_stream(sys.stdout)
    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    clock = SystemClock()
    if data_dir.exists() and not data_dir.is_dir():
        raise NotAFolderError(data_dir)
    if args.action == "list":  # reads the backups folder alone: fine beside a running app
        for backup in list_backups(data_dir, clock):
            when = backup.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            count = "?" if backup.contact_count is None else backup.contact_count
            print(f"{when}  {backup.reason:<13} {count:>7} contacts  {backup.path}", file=out)
        return 0
    # Another ProspectDesk writing, a full disk, ...: prospectdesk.cli.main says it.
    try:
        workspace = open_workspace(data_dir, clock=clock)
    except DatabaseDamagedError:
        if args.action != "restore":
            raise
        chosen = newest_good_backup(data_dir) if args.newest else args.path
        if chosen is None:
            error("no usable backup was found; the damaged file was left as it is")
            return EXIT_FAILED
        with InstanceLock(data_dir):
            try:
                aside = restore_damaged(data_dir, chosen, clock)
            except BackupError as problem:
                error(str(problem))
                return EXIT_FAILED
        print(f"Restored. The damaged database was kept in {aside}", file=out)
        return 0
    try:
        backups = workspace.backups
        if args.action == "now":
            made = backups.backup_now("manual")
            print(f"Backed up {made.contact_count} contacts to {made.path}", file=out)
            return 0
        chosen = backups.newest_good() if args.newest else args.path
        if chosen is None:
            error("no usable backup was found")
            return EXIT_FAILED
        try:
            backups.restore(chosen)
        except BackupError as problem:
            error(str(problem))
            return EXIT_FAILED
        newest = backups.list()
        kept = next((b for b in newest if b.reason == "pre-restore"), None)
        print(f"Restored: {workspace.contacts.count()} contacts.", file=out)
        if kept is not None:
            print(f"The contacts as they were are in {kept.path}", file=out)
        return 0
    finally:
        workspace.close()
