"""Which tab the window opens on: the day's first start opens on the call list; a restart
during the same day comes back to the tab the window was closed on (issue 21: the board
then paints from the first screen)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings

from prospectdesk.ui.board_model import PAGE_SIZE
from prospectdesk.ui.board_page import FIRST_PAGE_ROWS
from prospectdesk.ui.ui_state import remember_tab, start_tab


def _state(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "ui-state.ini"), QSettings.Format.IniFormat)


def test_the_same_day_reopens_on_the_tab_it_was_closed_on(tmp_path):
    state = _state(tmp_path)
    assert start_tab(state, date(2026, 12, 6)) is None  # never closed: the day's home
    remember_tab(state, "board", date(2026, 12, 6))
    state.sync()
    again = _state(tmp_path)  # as a new start reads it
    assert start_tab(again, date(2026, 12, 6)) == "board"
    assert start_tab(again, date(2026, 12, 7)) is None  # the next day starts on Calls
    assert start_tab(again, date(2026, 12, 5)) is None  # a clock set back: no guess either


def test_an_unknown_tab_is_not_reopened(tmp_path):
    state = _state(tmp_path)
    remember_tab(state, "reports-of-a-newer-version", date(2026, 12, 6))
    assert start_tab(state, date(2026, 12, 6)) is None


def test_the_first_screens_column_has_the_boards_first_page_of_rows():
    assert FIRST_PAGE_ROWS == PAGE_SIZE  # the scroll bars look the same
