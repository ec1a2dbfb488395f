"""``ui-state.ini``: the window's layout (geometry, splitters, columns) beside the data."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings


def private_settings(path: Path) -> QSettings:
    """QSettings on ``path``, readable by the owner alone (0600) like the rest of the
    data dir. Qt writes the file anew on every sync (QSaveFile), with the permissions of
    the file it replaces, else the umask's (0644 as a rule): so the file is created 0600
    before Qt first writes it, and one left 0644 by an older version is tightened."""
    if os.name == "posix":
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)  # no O_TRUNC: keep what is there
        try:
            os.fchmod(fd, 0o600)
        finally:
            os.close(fd)
    return QSettings(str(path), QSettings.Format.IniFormat)
