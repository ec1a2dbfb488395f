"""``ui-state.ini``: the window's layout (geometry, splitters, columns) beside the data."""

from __future__ import annotations

import os
from datetime import date
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


# The central tabs by key (``MainWindow.put_tab``), the ones a window may reopen on.
TAB_KEYS = ("calls", "today", "board", "funnel", "sources")


def start_tab(ui_state: QSettings, today: date) -> str | None:
    """The tab the window reopens on: the one it was closed on, when that was ``today``
    (a restart during the working day). None: the day's first start, which opens on the
    day's home (the call list, or Today while the workspace is empty)."""
    key = ui_state.value("main/tab")
    if key in TAB_KEYS and ui_state.value("main/tab_day") == today.isoformat():
        return str(key)
    return None


def remember_tab(ui_state: QSettings, key: str, today: date) -> None:
    """Note the tab the window shows on ``today``, for :func:`start_tab`."""
    ui_state.setValue("main/tab", key)
    ui_state.setValue("main/tab_day", today.isoformat())
