"""The ``prospectdesk`` command: starts the app, or runs a sub-command on the same data.

Sub-commands share the domain code with the GUI; there is no second implementation.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Callable, Sequence
from typing import Any

from prospectdesk import __version__

# name -> (module, help). Each module has ``add_arguments(parser)`` and ``run(args) -> int``,
# imported only when its command runs so that ``prospectdesk`` starts fast: the app does
# not load the importers, and ``prospectdesk today`` does not load Qt.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "gui": ("prospectdesk.ui.launch", "start the app (the default)"),
    "today": ("prospectdesk.commands.today", "what is due today: follow-ups, birthdays, quiet"),
    "calls": ("prospectdesk.commands.calls", "whom to call now, and why, with a brief for each"),
    "import": ("prospectdesk.commands.import_contacts", "import vCard or CSV contact files"),
    "imports": ("prospectdesk.commands.imports", "list imports, or undo one"),
    "export": ("prospectdesk.commands.export_contacts", "export all contacts to a file"),
    "backup": ("prospectdesk.commands.backups", "list, make or restore backups"),
    "sync": ("prospectdesk.commands.sync", "two-way sync with a CardDAV address book"),
    "duplicates": ("prospectdesk.commands.duplicates", "list likely duplicate contacts"),
    "merge": ("prospectdesk.commands.merge", "merge two contacts into one"),
    "print": ("prospectdesk.commands.print_cards", "a PDF of address labels or envelopes"),
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
    parser.add_argument(
        "--debug",
        action="store_true",
        help="show the full traceback when a command fails (for a bug report)",
    )


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


def main(argv: Sequence[str] | None = None, **run_options: Any) -> int:
    """``run_options``: keywords for the command's ``run`` (the benchmarks watch the
    window's first paint through ``gui``'s)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    command = command_in(arguments)
    if command == "gui":
        # No cyclic garbage collection until the first screen is painted (launch.run
        # starts it again): what a start makes until then (modules, PySide6's Python types
        # and enums, the window) lives as long as the app, and the collector's rounds over
        # it were ~2% of the work to the first paint.
        gc.disable()
    try:
        return _run(command, arguments, run_options)
    finally:
        gc.enable()


def _run(command: str, arguments: list[str], run_options: dict[str, Any]) -> int:
    parser = build_parser(command)
    args, unknown = parser.parse_known_args(arguments)
    if args.command is None:
        # No command: the gui, which takes its own options too (``prospectdesk --smoke-test``).
        args.command = "gui"
        args = parser.command_parsers["gui"].parse_args(unknown, namespace=args)
    elif unknown:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    module_name = SUBCOMMANDS[args.command][0]
    try:
        return int(_load(module_name, "run")(args, **run_options) or 0)
    except Exception as error:
        if args.debug:
            raise
        explained = explain_failure(error, args)
        message, status = explained if explained is not None else log_unexpected(error, args)
        _say(message)
        return status


def explain_failure(error: BaseException, args: argparse.Namespace) -> tuple[str, int] | None:
    """One line for a condition an owner meets (the data open elsewhere, damage, a full or
    read-only disk, a database from a newer ProspectDesk, ``--data-dir`` at a file), and the
    exit status; None for anything else. Imported here, on failure only: the command line
    must start fast."""
    from prospectdesk.domain.backup import BackupError, DatabaseDamagedError
    from prospectdesk.domain.instance_lock import AlreadyOpenError
    from prospectdesk.paths import resolve_data_dir
    from prospectdesk.store.errors import StorageProblem, explain

    data_dir = resolve_data_dir(getattr(args, "data_dir", None))
    if isinstance(error, AlreadyOpenError):
        return (
            f"ProspectDesk is running with the data folder {data_dir}; close it (File ▸ Quit, "
            "or Quit in its tray icon's menu) and run the command again",
            1,
        )
    if isinstance(error, DatabaseDamagedError):
        return (
            f"{error}. Nothing was changed; restore the newest good backup with: "
            f"prospectdesk --data-dir '{data_dir}' backup restore --newest",
            1,
        )
    if isinstance(error, StorageProblem):
        return str(error), error.exit_status
    problem = explain(error, data_dir)
    if problem is not None:
        return str(problem), problem.exit_status
    if isinstance(error, BackupError):
        return str(error), 1
    return None


# BSD's EX_SOFTWARE: "an internal software error has been detected".
UNEXPECTED_ERROR_STATUS = 70


def log_unexpected(error: BaseException, args: argparse.Namespace) -> tuple[str, int]:
    """A bug: its traceback goes to the log file (what a report needs), the terminal gets
    one line saying where it is."""
    import logging

    from prospectdesk.logs import log_unexpected as log_error
    from prospectdesk.logs import setup_logging

    log_file = setup_logging(debug=False)
    log_error(logging.getLogger("prospectdesk.cli"), f"unexpected error in {args.command}", error)
    summary = (str(error).splitlines() or [""])[0]
    what = f"{type(error).__name__}: {summary}" if summary else type(error).__name__
    where = f"the details are in {log_file}" if log_file else "the log could not be written"
    return (
        f"unexpected error ({what}). This is a bug: {where} (--debug shows them here)",
        UNEXPECTED_ERROR_STATUS,
    )


def _say(message: str) -> None:
    from prospectdesk.commands import error

    error(message)
