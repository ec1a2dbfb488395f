"""The wired app: reminders reach the notifier, activating one opens the contact, closing
the window keeps the app in the tray (and says so once), Settings… is in the menu."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from prospectdesk.autostart import Autostart
from prospectdesk.domain.records import Changes, ContactRecord
from prospectdesk.domain.reminders import Reminder
from prospectdesk.domain.settings import CLOSE_TO_TRAY, TRAY_HINT_SHOWN
from prospectdesk.ui.app import ProspectDeskApp
from prospectdesk.ui.notifier import Notifier


class FakeTrayNotifier(Notifier):
    """Records what a tray would show; claims to be a tray for close-to-tray."""

    has_tray = True

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str, Reminder | None]] = []
        self.hints: list[str] = []
        self.active: list[Reminder] = []

    def show_message(self, title: str, body: str, reminder: Reminder | None) -> None:
        self.messages.append((title, body, reminder))

    def show_hint(self, title: str, body: str) -> None:
        self.hints.append(title)

    def set_active(self, reminders: list[Reminder], today: date) -> None:
        self.active = reminders


@pytest.fixture
def make_app(qapp, clock, tmp_path):
    apps = []

    def make(notifier=None) -> ProspectDeskApp:
        app = ProspectDeskApp(
            None,
            clock=clock,
            notifier=notifier,
            autostart=Autostart("linux", home=tmp_path, environ={}),
        )
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.close()
    QApplication.instance().setQuitOnLastWindowClosed(True)


def test_due_follow_up_reaches_the_notifier_and_opens_the_contact(make_app, clock):
    notifier = FakeTrayNotifier()
    app = make_app(notifier)
    contact_id, _ = app.workspace.contacts.create(ContactRecord(given_name="Anna"))
    app.workspace.activity.add_followup(contact_id, due_at=clock.now(), what="bellen")
    app.start_reminders()

    [(title, _, reminder)] = notifier.messages
    assert "Anna" in title
    notifier.activate(reminder)
    assert app.window.isVisible()
    assert app.window.detail.contact_id == contact_id


def test_a_follow_up_added_in_the_app_re_arms_the_timer(make_app, clock, qtbot):
    app = make_app(FakeTrayNotifier())
    app.start_reminders()
    contact_id, _ = app.workspace.contacts.create(ContactRecord(given_name="Anna"))
    due = clock.now() + timedelta(minutes=2)
    with qtbot.waitSignal(app.reminders.armed, timeout=5000) as armed:
        app.controller.run(lambda: app.workspace.activity.add_followup(contact_id, due_at=due))
        # A burst of changes is looked at once, after it settles.
        app.controller.run(lambda: Changes(contacts={contact_id}))
    assert armed.args == [due]
    assert app.reminders.armed_for == due


def test_closing_the_window_keeps_the_app_in_the_tray_and_says_so_once(make_app):
    notifier = FakeTrayNotifier()
    app = make_app(notifier)
    app.show()
    assert not QApplication.instance().quitOnLastWindowClosed()

    app.window.close()
    assert not app.window.isVisible()
    assert len(notifier.hints) == 1
    assert app.workspace.settings.get(TRAY_HINT_SHOWN) is True

    app.show_window()
    app.window.close()
    assert len(notifier.hints) == 1
    assert not app.window.isVisible()


def test_close_to_tray_off_closes_for_real(make_app):
    app = make_app(FakeTrayNotifier())
    app.workspace.settings.set(CLOSE_TO_TRAY, False)
    app._update_quit_on_close()
    assert QApplication.instance().quitOnLastWindowClosed()
    assert not app.keeps_running_in_tray()


def test_without_a_tray_reminders_show_in_the_window(make_app, clock):
    app = make_app()  # offscreen: no system tray, so the in-window banner
    assert not app.notifier.has_tray
    assert not app.keeps_running_in_tray()
    contact_id, _ = app.workspace.contacts.create(ContactRecord(given_name="Arev"))
    app.workspace.activity.add_followup(contact_id, due_at=clock.now())
    app.show()
    app.start_reminders()
    banner = app.window.findChild(type(app.notifier.banner), "reminder-banner")
    assert banner is not None and banner.isVisible()
    assert "Arev" in banner.label.text()
    banner.open_button.click()
    assert app.window.detail.contact_id == contact_id


def test_settings_action_is_in_the_edit_menu(make_app):
    app = make_app(FakeTrayNotifier())
    assert app.settings_action in app.window.menus["edit"].actions()


def test_today_from_the_tray_selects_the_today_tab(make_app):
    notifier = FakeTrayNotifier()
    app = make_app(notifier)
    today = QWidget()
    today.setObjectName("today")  # what the Today view is called when it is added
    app.window.central_tabs.addTab(today, "Today")
    notifier.today_requested.emit()
    assert app.window.isVisible()
    assert app.window.central_tabs.currentWidget() is today
