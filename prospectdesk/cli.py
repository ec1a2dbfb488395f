"""The ``prospectdesk`` command: starts the app, or runs a sub-command on the same data.

Sub-commands share the domain code with the GUI; there is no second implementation.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from prospectdesk import __version__

# name -> (module, help). Each module has ``add_arguments(parser)`` and ``run(args) -> int``,
# imported only when its command runs so that ``prospectdesk`` starts fast: the app does
# not load the importers, and ``prospectdesk today`` does not load Qt.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "gui": ("prospectdesk.ui.app", "start the app (the default)"),
    "today": ("prospectdesk.commands.today", "what is due today: follow-ups, birthdays, quiet"),
    "import": ("prospectdesk.commands.import_contacts", "import vCard or CSV contact files"),
    "export": ("prospectdesk.commands.export_contacts", "export all contacts to a file"),
    "backup": ("prospectdesk.commands.backups", "list, make or restore backups"),
    "sync": ("prospectdesk.commands.sync", "two-way sync with a CardDAV address book"),
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; only ``command``'s own options are loaded (None: all of
    them, e.g. for documentation)."""
    parser = argparse.ArgumentParser(
        prog="prospectdesk", description="ProspectDesk: a prospect tracker for a home business."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    parser.command_parsers = {}  # type: ignore[attr-defined]
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        sub = commands.add_parser(name, help=help_text)
        if command is None or name == command:
            _load(module_name, "add_arguments")(sub)
        parser.command_parsers[name] = sub  # type: ignore[attr-defined]
    return parser


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    """The options before the sub-command (shared with :func:`command_in`, which must skip
    their values to find the command)."""
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where the data lives (default: $PROSPECTDESK_DATA_DIR, else the user data dir)",
    )
    parser.add_argument("--lang", metavar="CODE", help="user-interface language, e.g. nl or hy")


def _load(module_name: str, attribute: str) -> Callable:
    module = __import__(module_name, fromlist=[attribute])
    return getattr(module, attribute)


def command_in(arguments: Sequence[str]) -> str:
    """The sub-command named in ``arguments`` ("gui" when there is none), found by the
    global options alone, so that only that command's module need be imported."""
    first = argparse.ArgumentParser(add_help=False)
    _add_global_options(first)
    first.add_argument("command", nargs="?")
    known, _rest = first.parse_known_args(list(arguments))
    return known.command if known.command in SUBCOMMANDS else "gui"


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(command_in(arguments))
    args, unknown = parser.parse_known_args(arguments)
    if args.command is None:
        # No command: the gui, which takes its own options too (``prospectdesk --smoke-test``).
        args.command = "gui"
        args = parser.command_parsers["gui"].parse_args(unknown, namespace=args)
    elif unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    module_name = SUBCOMMANDS[args.command][0]
    return int(_load(module_name, "run")(args) or 0)
