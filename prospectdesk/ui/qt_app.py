"""The one QApplication, named and with its icon: Qt only, since the first screen
(``ui/first_screen.py``) creates it before the rest of the app is loaded."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import prospectdesk
from prospectdesk import APP_NAME, __version__
from prospectdesk.ui.colors import SchemeFollower

SCHEME_FOLLOWER = "prospectdesk-scheme-follower"


def ensure_qapplication(
    argv: list[str] | None = None, *, follow_scheme: bool = True
) -> QApplication:
    """The app's QApplication, made once. ``follow_scheme`` False leaves the colour
    scheme to :func:`follow_color_scheme`, called once the first screen is painted
    (see there why)."""
    app = QApplication.instance()
    if app is None:
        serial_fills()
        start_fontconfig()
        app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("prospectdesk")
    app.setWindowIcon(app_icon())
    if follow_scheme:
        follow_color_scheme(app)
    return app


def follow_color_scheme(app: QApplication) -> None:
    """Light or dark as the system says, also when it changes: one follower per
    application, found by name.

    A start calls this once the first screen is painted. Asking Qt for the scheme hands
    a value of the ``Qt`` namespace to Python, and PySide6 then builds all 93 of that
    namespace's Python enums at once (~120 M instructions, an eighth of a start to the
    first paint), which nothing else on the way to the first paint needs (a test keeps
    it so). Where a platform reports dark but gives a light palette, the first frame is
    light and the next one dark; Qt's own themes (macOS, Windows 11, GTK, KDE) hand
    over a dark palette themselves."""
    if app.findChild(QObject, SCHEME_FOLLOWER) is None:
        SchemeFollower(app).setObjectName(SCHEME_FOLLOWER)


def app_icon() -> QIcon:
    """The icon at every rendered size (package data, generated from resources/prospectdesk.svg)."""
    icon = QIcon()
    icons_dir = Path(prospectdesk.__file__).resolve().parent / "resources" / "icons"
    for png in sorted(icons_dir.glob("prospectdesk-*.png")):
        icon.addFile(str(png))
    return icon


def serial_fills() -> None:
    """Have Qt's raster engine fill on the painting thread (unless the environment says
    otherwise): it hands every fill of 96 or more spans (a frame's side, a tab widget's
    border) to a pool of threads and waits for them. The first screen's paint made ~600
    thread switches for fills of a few hundred pixels each, and on a busy machine it waits
    for a pool thread to be given a processor. Qt reads the variable once, at its first
    such fill: set before the QApplication."""
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def start_fontconfig() -> threading.Thread | None:
    """Start fontconfig on a thread of its own, on Linux, where Qt finds its fonts through
    it. Reading its configuration and font caches is ~29 M of the ~480 M instructions the
    first screen spends beyond a bare window, at its first text; it needs no Python (ctypes
    lets go of the interpreter while it runs), so it runs beside the main thread's module
    loading and database read instead. The library started is the one Qt loaded: a name
    already loaded is not loaded again. fontconfig keeps one configuration however many
    threads ask for it (one made at the same moment as another is dropped), so Qt may
    also ask before this is done. None where there is nothing to start."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        init = ctypes.CDLL("libfontconfig.so.1").FcInit
    except (OSError, AttributeError):  # no fontconfig: Qt finds its fonts another way
        return None
    thread = threading.Thread(target=init, name="fontconfig-start", daemon=True)
    thread.start()
    return thread
