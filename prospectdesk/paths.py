"""Where ProspectDesk keeps its data: one place, redirectable for tests and scripts."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

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
        chosen = Path(user_data_dir(APP_NAME, appauthor=False))
    return chosen.expanduser().resolve()


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` readable by the owner alone (0700 on POSIX): contacts are private."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(0o700)
    return path


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_FILE
