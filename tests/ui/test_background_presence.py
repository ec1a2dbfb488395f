"""Without a tray (stock GNOME) but with desktop notifications, closing the window keeps
ProspectDesk running for its reminders, says how to quit fully, and Quit on that message
ends it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from prospectdesk.autostart import Autostart
from prospectdesk.domain.reminders import Reminder
from prospectdesk.ui.app import ProspectDeskApp
from prospectdesk.ui.notifier import BannerNotifier, Notifier


class FakeDesktopNotifier(Notifier):
    """What DBusNotifier is to the app: messages with the window closed, no tray."""

    has_tray = False
    runs_in_background = True

    def __init__(self) -> None:
        super().__init__()
        self.banner_notifier = BannerNotifier()
        self.fallback = self.banner_notifier
        self.hints: list[tuple[str, str]] = []

    def show_message(self, title: str, body: str, reminder: Reminder | None) -> None:
        pass

    def show_hint(self, title: str, body: str) -> None:
        self.hints.append((title, body))

    def set_active(self, reminders: list[Reminder], today: date) -> None:
        pass


@pytest.fixture
def app(qapp, clock, tmp_path):
    notifier = FakeDesktopNotifier()
    app = ProspectDeskApp(
        None,
        clock=clock,
        notifier=notifier,
        autostart=Autostart("linux", home=tmp_path, environ={}),
        language="en",
    )
    yield app
    app.close()
    QApplication.instance().setQuitOnLastWindowClosed(True)


def test_closing_the_window_keeps_the_app_running_without_a_tray(app, qtbot):
    app.show()
    assert app.keeps_running_in_tray()
    assert not QApplication.instance().quitOnLastWindowClosed()
    app.window.close()
    assert not app.window.isVisible()
    [(title, body)] = app.notifier.hints
    assert "File ▸ Quit" in body and "tray" not in body
    # The message's Quit ends the app for real.
    app.notifier.quit_requested.emit()
    assert app._quitting and QApplication.instance().quitOnLastWindowClosed()


def test_the_banner_is_still_in_the_window(app):
    assert app.window.findChild(type(app.notifier.banner_notifier.banner), "reminder-banner")
