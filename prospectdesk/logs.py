"""The log file: where a bug report's details are, in the user log folder (platformdirs).

Rotated (a few files of a megabyte), made readable by the owner alone. Above debug level
the app logs what it did (a backup made, a check failed), never contact data: names,
addresses and numbers appear at debug level only, which ``--debug`` turns on.
"""

from __future__ import annotations

import logging
import os
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_dir

from prospectdesk import APP_NAME

LOG_DIR_ENV = "PROSPECTDESK_LOG_DIR"
LOG_FILE = "prospectdesk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

_handler: RotatingFileHandler | None = None


def log_dir() -> Path:
    """``$PROSPECTDESK_LOG_DIR``, else the user log folder (``~/.local/state/ProspectDesk/log``
    on Linux, ``%LOCALAPPDATA%\\ProspectDesk\\Logs`` on Windows, ``~/Library/Logs/ProspectDesk``
    on macOS)."""
    explicit = os.environ.get(LOG_DIR_ENV)
    if explicit:
        return Path(explicit).expanduser()
    return Path(user_log_dir(APP_NAME, appauthor=False))


def log_path() -> Path:
    return log_dir() / LOG_FILE


def setup_logging(*, debug: bool = False) -> Path | None:
    """Send the app's log records to the rotated file (once per process; a second call
    only changes the level). Returns the file's path, or None when it cannot be written
    (a read-only home): logging must never keep the app from starting."""
    global _handler
    root = logging.getLogger()
    level = logging.DEBUG if debug else logging.INFO
    root.setLevel(level)
    path = log_path()
    if _handler is not None and Path(_handler.baseFilename) == path.absolute():
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
        if os.name == "posix":
            path.chmod(0o600)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = handler
    root.addHandler(handler)
    return path


def stop_logging() -> None:
    """Close the file (tests, which set up logging in many folders in one process)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    logging.getLogger().setLevel(logging.WARNING)  # Python's default


def log_unexpected(
    logger: logging.Logger,
    what: str,
    error: BaseException,
    trace: TracebackType | None = None,
) -> None:
    """An unexpected error (a bug): where it happened at CRITICAL level, its message at
    DEBUG only. Frames name code, never data; an error's message may quote what it choked
    on (a name, a phone number)."""
    frames = "".join(traceback.format_tb(trace or error.__traceback__)).rstrip()
    logger.critical(
        "%s: %s\nTraceback (messages at debug level):\n%s", what, type(error).__name__, frames
    )
    logger.debug("%s", what, exc_info=(type(error), error, trace or error.__traceback__))
