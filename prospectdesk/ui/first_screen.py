"""The first screen (issue 21): the window's frame with the start of the call list,
painted before the rest of the app is loaded.

A start spends most of its time loading Python modules (the store, the domain services,
the views) and building the views. This module needs only Qt and the light reads of
:mod:`prospectdesk.domain.first_screen`: it shows the main window's frame (menus, toolbar,
search box, the tabs) with the Calls tab's look filled from plain ``sqlite3``, waits for
that to be painted, and hands the window over. The app then loads, opens the workspace
and attaches the working views to the same window (``ProspectDeskApp(window=...)``), in
the places the frame kept for them.

Only for the usual start of a workspace with people in it: an empty one opens on Today's
first steps, the sample and the tray start show no window first, and anything unexpected
(no database, another schema version, a read error) means no first screen: the app then
starts as it always did and says there what is wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSettings, QTimer
from PySide6.QtWidgets import QWidget

from prospectdesk.clock import Clock, SystemClock
from prospectdesk.domain.first_screen import read_first_screen
from prospectdesk.paths import DATABASE_FILE
from prospectdesk.ui.i18n import Translations, choose_language
from prospectdesk.ui.main_window import MainWindow
from prospectdesk.ui.money import settle_money_currency
from prospectdesk.ui.ui_state import start_tab

# The longest the first screen waits for its paint (a hidden or minimized window is never
# painted): then the app loads all the same.
PAINT_WAIT_MS = 1000


@dataclass
class ShownFirstScreen:
    window: MainWindow
    translations: Translations  # installed for the frame; the app installs its own


def show_first_screen(
    data_dir: Path,
    language: str | None,
    *,
    on_window: Callable[[MainWindow], None] | None = None,
    clock: Clock | None = None,
) -> ShownFirstScreen | None:
    """Show the frame with the start of the call list and return once it is painted;
    None when there is no first screen to show (see the module's docstring).
    ``on_window``: called with the window before it is shown (the benchmarks)."""
    now = (clock or SystemClock()).now()
    # Read only here: the app opens it as the private file it keeps.
    ui_state = QSettings(str(data_dir / "ui-state.ini"), QSettings.Format.IniFormat)
    tab = start_tab(ui_state, now.date()) or "calls"
    if tab not in ("calls", "board"):
        return None  # Today, Funnel and Sources are shown by the app itself
    board = tab == "board"
    # Only the page shown is loaded: each one's look brings its Qt classes (and PySide6
    # builds their Python types and enums).
    if board:
        from prospectdesk.ui.board_page import FIRST_SCREEN_CARDS as rows
        from prospectdesk.ui.board_page import BoardPage
    else:
        from prospectdesk.ui.calls_page import PAGE as rows
        from prospectdesk.ui.calls_page import CallsPage
    data = read_first_screen(data_dir / DATABASE_FILE, now, rows, board=board)
    if data is None:
        return None
    translations = Translations()
    translations.install(choose_language(language, data.language or None))
    page: QWidget
    if data.board is not None:
        settle_money_currency(data.currency)  # as the sales wiring does, once loaded
        page = BoardPage()
        page.show_columns(data.board)
    else:
        page = CallsPage()
        page.show_rows(data.calls)
    translate = QCoreApplication.translate
    pages: dict[str, QWidget | None] = {tab: page}
    window = MainWindow(
        None,
        ui_state,
        placeholders=[
            ("calls", translate("SalesWiring", "Calls"), pages.get("calls")),
            ("today", translate("SalesWiring", "Today"), None),
            ("board", translate("MainWindow", "Board"), pages.get("board")),
            ("funnel", translate("SalesWiring", "Funnel"), None),
            ("sources", translate("SalesWiring", "Sources"), None),
        ],
    )
    window.central_tabs.setCurrentWidget(page)
    painted = QEventLoop()
    _FirstPaint(page, painted)  # before on_window: a filter installed later runs first
    if on_window is not None:
        on_window(window)
    window.show()
    QTimer.singleShot(PAINT_WAIT_MS, painted.quit)
    painted.exec()
    return ShownFirstScreen(window, translations)


class _FirstPaint(QObject):
    """Ends ``loop`` once ``page`` has been painted (its children are painted in the same
    pass, before the zero timer runs). It watches the page alone: a filter on the whole
    application is called for every event of every widget, and PySide6 builds a Python
    wrapper (and the Python enums of its class) for each object it hands over, ~25 ms of
    a first screen."""

    def __init__(self, page: QWidget, loop: QEventLoop) -> None:
        super().__init__(loop)
        self._loop = loop
        self._page = page
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._page and event.type() == QEvent.Type.Paint:
            self._page.removeEventFilter(self)
            QTimer.singleShot(0, self._loop.quit)
        return False
