"""The first screen (issue 21): the window's frame with the start of the call list is
shown before the app is loaded, and the app then works in that same window, with the
tabs in the places the frame kept for them."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QStatusBar

from prospectdesk.domain.records import ContactRecord
from prospectdesk.domain.workspace import open_workspace
from prospectdesk.ui.app import ProspectDeskApp
from prospectdesk.ui.board_page import BoardPage, CardSketch
from prospectdesk.ui.calls_page import CallsPage, ContactIdRole
from prospectdesk.ui.calls_view import CallsView
from prospectdesk.ui.card_delegate import ContactIdRole as CardIdRole
from prospectdesk.ui.first_screen import show_first_screen
from prospectdesk.ui.today_view import TodayView

ROOT = Path(__file__).resolve().parents[2]


def _people_to_call(data_dir, clock, count: int = 4) -> list[int]:
    ws = open_workspace(data_dir, clock=clock)
    ws.finish_opening()
    stage = ws.pipeline.stage_by_role("prospect").id
    now = clock.now()
    for i in range(count):
        contact_id, _ = ws.contacts.create(ContactRecord(given_name=f"Bel {i}"), stage_id=stage)
        ws.activity.add_followup(contact_id, due_at=now - timedelta(days=1, minutes=i))
    expected = [row.contact_id for row in ws.sales.calls.calls_at(now)]
    ws.close()
    return expected


def _listed(page) -> list[int]:
    model = page.model
    return [model.index(i).data(ContactIdRole) for i in range(model.rowCount())]


def _titles(window) -> list[str]:
    tabs = window.central_tabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def test_the_app_opens_in_the_first_screens_window(qtbot, data_dir, clock, start_app, monkeypatch):
    expected = _people_to_call(data_dir, clock)
    shown = show_first_screen(data_dir, None, clock=clock)
    assert shown is not None
    window = shown.window
    qtbot.addWidget(window)
    assert window.isVisible() and not window.attached
    page = window.central_tabs.currentWidget()
    assert type(page) is CallsPage and _listed(page) == expected
    assert page.list.currentIndex().row() == 0
    assert not page.outcome_buttons[next(iter(page.outcome_buttons))].isEnabled()
    # The status bar is there from the start: the attached window's views do not shift.
    assert window.findChild(QStatusBar) is not None

    shown.translations.remove()
    today_refreshes = []
    original = TodayView.refresh
    monkeypatch.setattr(
        TodayView, "refresh", lambda view: (today_refreshes.append(1), original(view))
    )
    app = ProspectDeskApp(data_dir, clock=clock, window=window)
    try:
        app.show()
        assert app.window is window and window.attached
        calls = window.central_tabs.currentWidget()
        assert isinstance(calls, CallsView) and calls is app.sales_ui.calls
        assert _listed(calls) == expected and calls.list.currentIndex().row() == 0
        assert window.central_tabs.indexOf(window.board) == 2
        assert window.splitter.widget(1) is window.detail
        # Calls stayed the current tab all along: Today (the tab next to it) was never
        # shown, so never filled, while the placeholders were swapped.
        assert today_refreshes == []
        first_titles = _titles(window)
    finally:
        app.close()
    usual = start_app()  # the same data dir, the usual way: the same tabs in the same order
    assert _titles(usual.window) == first_titles == ["Calls", "Today", "Board", "Funnel", "Sources"]


def _board_seen(window) -> tuple[list[str], list[list[int]]]:
    """The columns' headers and the ids of their first cards, as shown."""
    page = window.central_tabs.currentWidget()
    frames = [page._layout.itemAt(i).widget() for i in range(page._layout.count())]
    headers = [frame.header.text() for frame in frames]
    firsts = [
        [card.id for card in frame.view.cards[:6]] + [None] * (6 - len(frame.view.cards[:6]))
        if isinstance(frame.view, CardSketch)  # the first screen's (None: no such row)
        else [frame.view.model().index(row, 0).data(CardIdRole) for row in range(6)]
        for frame in frames
    ]
    return headers, firsts


def _board_place(window) -> tuple[int, int, int]:
    """Where the board's page is in the window from top to bottom, and the status bar's
    height."""
    page = window.central_tabs.currentWidget()
    return page.mapTo(window, page.rect().topLeft()).y(), page.height(), window.statusBar().height()


def test_a_restart_the_same_day_reopens_on_the_board_painted_first(
    qtbot, data_dir, clock, start_app
):
    """Closed on the board, started again the same day: the first screen shows the board
    (headers with counts and amounts, the first cards) and the app attaches the working
    board in its place, showing the same. The next day starts on the call list again."""
    _people_to_call(data_dir, clock, count=8)
    app = start_app()
    app.workspace.sales.presentations.set_expected_value(
        app.workspace.pipeline.column_ids(app.workspace.pipeline.stage_by_role("prospect").id)[0],
        250_00,
    )
    app.window.central_tabs.setCurrentWidget(app.window.board)
    app.close()

    shown = show_first_screen(data_dir, None, clock=clock)
    assert shown is not None
    window = shown.window  # the app closes it
    assert type(window.central_tabs.currentWidget()) is BoardPage
    first_seen = _board_seen(window)
    assert any("Prospect" in header and "250" in header for header in first_seen[0])
    first_place = _board_place(window)
    detail_space = window.splitter.widget(1).minimumWidth()
    shown.translations.remove()
    app = ProspectDeskApp(data_dir, clock=clock, window=window)
    try:
        app.show()
        assert window.central_tabs.currentWidget() is window.board
        window.board.read_first_cards()
        assert _board_seen(window) == first_seen
        qtbot.wait(10)  # the layout after the attach
        # Nothing moved up or down when the app came (the status bar kept its height),
        # and the detail's place was kept as wide as the detail needs.
        assert _board_place(window) == first_place
        assert detail_space == window.detail.minimumSizeHint().width() > 0
    finally:
        app.close()

    clock.set(clock.now() + timedelta(days=1))  # the day's first start
    shown = show_first_screen(data_dir, None, clock=clock)
    assert shown is not None
    qtbot.addWidget(shown.window)
    assert type(shown.window.central_tabs.currentWidget()) is CallsPage


def test_no_first_screen_for_an_empty_workspace(data_dir, clock):
    ws = open_workspace(data_dir, clock=clock)
    ws.finish_opening()
    ws.close()
    assert show_first_screen(data_dir, None, clock=clock) is None


RUN_GUI = """
import enum
import gc
import sys

# Which Python enums PySide6 has built: the Qt namespace's 93 come at once, with the
# first of its values to reach Python (GlobalColor is the first made).
made = set()
make = enum.EnumType._create_
def _create_(cls, class_name, *args, **kwargs):
    made.add(class_name)
    return make(cls, class_name, *args, **kwargs)
enum.EnumType._create_ = _create_

from prospectdesk import cli

if len(sys.argv) > 2:  # closed on this tab earlier today
    from datetime import date
    from PySide6.QtCore import QSettings
    from prospectdesk.ui.ui_state import remember_tab
    state = QSettings(sys.argv[1] + "/ui-state.ini", QSettings.Format.IniFormat)
    remember_tab(state, sys.argv[2], date.today())
    state.sync()
LOADED = ("peewee", "prospectdesk.store.models", "prospectdesk.domain.workspace",
          "prospectdesk.ui.board", "prospectdesk.ui.app", "PySide6.QtNetwork",
          "prospectdesk.ui.card_list", "prospectdesk.ui.card_delegate", "hashlib")
first = []

def on_window(window):
    from PySide6.QtCore import QEvent, QObject

    class AtPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
                self.seen = "GlobalColor" in made
                print("qt-namespace-at-first-paint", self.seen, flush=True)
            return False

    window.central_tabs.currentWidget().installEventFilter(AtPaint(window))
    first.append(window)
    print("first-screen", type(window.central_tabs.currentWidget()).__name__, flush=True)
    print("loaded-before-first-screen", *sorted(m for m in LOADED if m in sys.modules), flush=True)
    print("collector-at-first-screen", gc.isenabled(), flush=True)

def on_opened(app):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    print("same-window", bool(first) and app.window is first[0], flush=True)
    print("tabs", app.window.central_tabs.count(), flush=True)
    print("collector-at-open", gc.isenabled(), flush=True)
    from PySide6.QtCore import QObject
    from prospectdesk.ui.qt_app import SCHEME_FOLLOWER
    follows = QApplication.instance().findChild(QObject, SCHEME_FOLLOWER) is not None
    print("follows-the-colour-scheme", follows, flush=True)
    QTimer.singleShot(0, QApplication.quit)

# Through the command's own entry, as `prospectdesk --data-dir DIR` starts.
sys.exit(cli.main(["--data-dir", sys.argv[1], "gui"], on_opened=on_opened, on_window=on_window))
"""


def _run_start(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``script`` in a fresh Python process, offscreen, on this checkout; it must exit 0."""
    out = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr
    return out


@pytest.mark.parametrize(("tab", "page"), [(None, "CallsPage"), ("board", "BoardPage")])
def test_a_real_start_paints_the_first_screen_before_loading_the_app(data_dir, clock, tab, page):
    _people_to_call(data_dir, clock, count=2)
    out = _run_start(RUN_GUI, str(data_dir), *([tab] if tab else []))
    lines = out.stdout.split("\n")
    assert f"first-screen {page}" in lines
    assert "loaded-before-first-screen" in lines  # nothing of the store, domain or views
    assert "same-window True" in lines and "tabs 5" in lines
    # No garbage collection for the first paint; collected again once it is painted.
    assert "collector-at-first-screen False" in lines and "collector-at-open True" in lines
    assert "follows-the-colour-scheme True" in lines  # from the first screen on
    if page == "CallsPage":
        # The home tab paints before PySide6 builds the Qt namespace's enums (~120 M
        # instructions: ui/qt_app.follow_color_scheme). The board's cards elide their
        # text, and QFontMetrics.elidedText takes a Qt.TextElideMode.
        assert "qt-namespace-at-first-paint False" in lines


def test_the_first_screen_speaks_the_saved_language(qtbot, data_dir, clock):
    """The language saved in Settings (read with plain sqlite3) names the frame's tabs and
    the list's heading, as the app does once it is loaded."""
    from prospectdesk.domain.settings import LANGUAGE

    _people_to_call(data_dir, clock, count=1)
    ws = open_workspace(data_dir, clock=clock)
    ws.settings.set(LANGUAGE, "nl")
    ws.close()
    shown = show_first_screen(data_dir, None, clock=clock)
    assert shown is not None
    qtbot.addWidget(shown.window)
    first_titles = _titles(shown.window)
    heading = shown.window.central_tabs.currentWidget().heading.text()
    shown.translations.remove()
    app = ProspectDeskApp(data_dir, clock=clock, window=shown.window)
    try:
        assert first_titles == _titles(app.window)
        assert first_titles[0] == "Bellen" and heading.startswith("Bellen")
    finally:
        app.close()


HANDOVER_DURING_FIRST_SCREEN = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import prospectdesk.ui.first_screen as first_screen
from prospectdesk.cli import build_parser
from prospectdesk.ui import launch

instances = []

class Recording(launch.SingleInstance):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instances.append(self)

launch.SingleInstance = Recording
show = first_screen.show_first_screen

def show_and_receive(*args, **kwargs):
    shown = show(*args, **kwargs)
    # What a second start's "open these files" does while the first screen is up.
    instances[0].files_open_requested.emit([sys.argv[2]])
    return shown

first_screen.show_first_screen = show_and_receive
args = build_parser("gui").parse_args(["--data-dir", sys.argv[1], "gui"])

def report(app):
    def look():
        dialog = app.window.import_export.dialog
        if dialog is not None and dialog.isVisible():
            print("preview", *[path.name for path in dialog.paths], flush=True)
            dialog.reject()
            QApplication.quit()
    timer = QTimer(app.window)
    timer.timeout.connect(look)
    timer.start(50)
    QTimer.singleShot(30_000, QApplication.quit)

sys.exit(launch.run(args, on_opened=report))
"""


def test_files_handed_over_during_the_first_screen_are_not_lost(data_dir, clock, tmp_path):
    """The first screen runs events to be painted: a second start's files that arrive
    then are kept, and the app opens their import preview once it is up."""
    _people_to_call(data_dir, clock, count=1)
    card = tmp_path / "handed.vcf"
    card.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ani Hakobyan\r\nEND:VCARD\r\n")
    out = _run_start(HANDOVER_DURING_FIRST_SCREEN, str(data_dir), str(card))
    assert "preview handed.vcf" in out.stdout.split("\n")
