"""Where ProspectDesk keeps its data: one place, redirectable for tests and scripts."""

from __future__ import annotations

import os
from pathlib import Path

from prospectdesk import APP_NAME

DATA_DIR_ENV = "PROSPECTDESK_DATA_DIR"
DATABASE_FILE = "prospectdesk.sqlite3"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``PROSPECTDESK_DATA_DIR``, then platformdirs' user data dir."""
    if explicit:
        chosen = Path(explicit)
    elif os.environ.get(DATA_DIR_ENV):
        chosen = Path(os.environ[DATA_DIR_ENV])
    else:
        from platformdirs import user_data_dir  # only without --data-dir or the variable

        chosen = Path(user_data_dir(APP_NAME, appauthor=False))
    return chosen.expanduser().resolve()


def ensure_private_dir(path: Path) -> bool:
    """Create ``path`` readable by the owner alone (0700 on POSIX): contacts are private.
    Returns True when it was created. A folder that already exists keeps its mode: it may
    be shared on purpose (``--data-dir /tmp`` must not turn /tmp into 0700), see
    :func:`others_can_read`. Raises NotADirectoryError when ``path`` is a file."""
    if path.is_dir():
        return False
    if path.exists():
        raise NotADirectoryError(f"{path} is not a folder")
    try:
        path.mkdir(parents=True, mode=0o700)
    except FileExistsError:
        if not path.is_dir():
            raise NotADirectoryError(f"{path} is not a folder") from None
        return False  # made just now by someone else: theirs to decide
    if os.name == "posix":
        path.chmod(0o700)  # mkdir's mode passes through the umask
    return True


def others_can_read(path: Path) -> bool:
    """True when users other than the owner may list or read ``path`` (POSIX modes)."""
    if os.name != "posix":
        return False
    try:
        return bool(path.stat().st_mode & 0o077)
    except OSError:
        return False


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILE
