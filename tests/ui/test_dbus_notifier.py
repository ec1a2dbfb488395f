"""Reminders as desktop notifications with buttons (org.freedesktop.Notifications), tried
against a fake notification service on a private session bus (``dbus-daemon``)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from jeepney.io.blocking import open_dbus_connection
from PySide6.QtCore import QCoreApplication

from prospectdesk.domain.reminders import SNOOZE_HOUR, SNOOZE_TOMORROW, Reminder, ReminderBatch
from prospectdesk.ui.dbus_notifier import DBusNotifier, notification_service_available
from prospectdesk.ui.notifier import BannerNotifier, Notifier, banner_of

FAKE_SERVICE = Path(__file__).with_name("dbus") / "fake_notification_service.py"
SYSTEM_PYTHON = "/usr/bin/python3"
TODAY = date(2026, 11, 23)


def _system_python_has_dbus() -> bool:
    if not (shutil.which("dbus-daemon") and os.path.exists(SYSTEM_PYTHON)):
        return False
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import dbus, dbus.mainloop.glib; from gi.repository import GLib"],
        capture_output=True,
    )
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(
    not _system_python_has_dbus(), reason="needs dbus-daemon and python3-dbus, python3-gi"
)


class RecordingNotifier(Notifier):
    """The fallback: records what reaches it."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str, Reminder | None]] = []
        self.active: list[Reminder] = []

    def show_message(self, title: str, body: str, reminder: Reminder | None) -> None:
        self.messages.append((title, body, reminder))

    def set_active(self, reminders: list[Reminder], today: date) -> None:
        self.active = reminders


@pytest.fixture
def private_bus(qapp):
    """A session bus of the test's own, and its connection."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        text=True,
    )
    address = daemon.stdout.readline().strip()
    bus = open_dbus_connection(address)
    yield address, bus
    bus.close()
    daemon.terminate()
    daemon.wait(timeout=10)


@pytest.fixture
def service(private_bus):
    address, _bus = private_bus
    process = subprocess.Popen(
        [SYSTEM_PYTHON, str(FAKE_SERVICE)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": address},
    )
    assert json.loads(process.stdout.readline()) == {"ready": True}
    yield process
    process.stdin.close()
    process.wait(timeout=10)


def _reminder(name: str = "Arev") -> Reminder:
    moment = datetime(2026, 11, 23, 9, 0).astimezone()
    return Reminder(
        key="followup:1",
        kind="followup",
        contact_id=7,
        display_name=name,
        scheduled_at=moment,
        due_at=moment,
        detail="Call about the order",
        followup_id=1,
        occasion=moment.date(),
    )


def _press(qtbot, service, notification_id: int, action: str) -> None:
    service.stdin.write(f"{notification_id} {action}\n")
    service.stdin.flush()


def test_a_reminder_is_a_notification_with_buttons_that_work(qtbot, private_bus, service):
    _address, bus = private_bus
    assert notification_service_available(bus)
    fallback = RecordingNotifier()
    notifier = DBusNotifier(bus, fallback)
    reminder = _reminder()
    notifier.notify(ReminderBatch(due=[reminder]), TODAY)
    shown = json.loads(service.stdout.readline())
    assert shown["app"] == "ProspectDesk" and shown["desktop_entry"] == "prospectdesk"
    assert shown["summary"] == "Follow up: Arev"
    assert "Call about the order" in shown["body"]
    assert shown["actions"][::2] == ["default", "snooze-hour", "tomorrow", "done"]
    assert shown["actions"][1::2] == ["Open", "Snooze 1 hour", "Tomorrow", "Done"]
    assert fallback.messages == []

    with qtbot.waitSignal(notifier.snooze_requested) as snoozed:
        _press(qtbot, service, shown["id"], "snooze-hour")
    assert snoozed.args == [reminder, SNOOZE_HOUR]

    for expected_signal, action, args in (
        (notifier.snooze_requested, "tomorrow", [reminder, SNOOZE_TOMORROW]),
        (notifier.done_requested, "done", [reminder]),
        (notifier.contact_requested, "default", [7]),
    ):
        notifier.show_message("Follow up: Arev", "", reminder)
        again = json.loads(service.stdout.readline())
        with qtbot.waitSignal(expected_signal) as signal:
            _press(qtbot, service, again["id"], action)
        assert signal.args == args


def test_notify_goes_out_with_the_specs_types(qtbot, private_bus, service):
    """replaces_id is a uint32 ("u"): GNOME Shell and xfce4-notifyd refuse a Notify sent as
    "(sisssasa{sv}i)" with InvalidArgs, which would leave every reminder to the fallback."""
    _address, bus = private_bus
    fallback = RecordingNotifier()
    notifier = DBusNotifier(bus, fallback)
    notifier.show_message("Follow up: Arev", "", _reminder())
    notifier.show_hint("ProspectDesk keeps running", "…")
    received = [json.loads(service.stdout.readline()) for _ in range(2)]
    assert [shown.get("rejected") for shown in received] == [None, None]
    assert [shown["summary"] for shown in received] == [
        "Follow up: Arev",
        "ProspectDesk keeps running",
    ]
    assert fallback.messages == []


def test_the_keeps_running_hint_offers_a_full_quit(qtbot, private_bus, service):
    _address, bus = private_bus
    notifier = DBusNotifier(bus, RecordingNotifier())
    notifier.show_hint("ProspectDesk keeps running", "…")
    shown = json.loads(service.stdout.readline())
    assert shown["actions"] == ["default", "Open ProspectDesk", "quit", "Quit"]
    with qtbot.waitSignal(notifier.quit_requested):
        _press(qtbot, service, shown["id"], "quit")


def test_another_programs_notification_is_not_ours(qtbot, private_bus, service):
    _address, bus = private_bus
    notifier = DBusNotifier(bus, RecordingNotifier())
    opened: list[int] = []
    notifier.contact_requested.connect(opened.append)
    _press(qtbot, service, 999, "default")
    notifier.show_message("Follow up: Arev", "", _reminder())
    shown = json.loads(service.stdout.readline())
    with qtbot.waitSignal(notifier.contact_requested):
        _press(qtbot, service, shown["id"], "default")
    assert opened == [7]


def test_without_a_service_the_fallback_shows_it(qtbot, private_bus):
    _address, bus = private_bus  # nothing serves notifications on this bus
    assert not notification_service_available(bus)
    fallback = RecordingNotifier()
    notifier = DBusNotifier(bus, fallback)
    notifier.notify(ReminderBatch(due=[_reminder()]), TODAY)
    assert [title for title, _body, _r in fallback.messages] == ["Follow up: Arev"]
    notifier.set_active([_reminder()], TODAY)
    assert len(fallback.active) == 1


def test_when_the_session_bus_goes_away_the_fallback_shows_it(qtbot, private_bus, service):
    _address, bus = private_bus
    fallback = RecordingNotifier()
    notifier = DBusNotifier(bus, fallback)
    bus.sock.shutdown(socket.SHUT_RDWR)  # as when the session's bus stops
    notifier.show_message("Follow up: Arev", "", _reminder())
    notifier.show_message("Follow up: Bob", "", _reminder("Bob"))
    assert [title for title, _body, _r in fallback.messages] == [
        "Follow up: Arev",
        "Follow up: Bob",
    ]


def test_the_banner_stays_in_the_window_behind_desktop_notifications(qapp, private_bus):
    _address, bus = private_bus
    banner = BannerNotifier()
    notifier = DBusNotifier(bus, banner)
    assert banner_of(notifier) is banner.banner
    assert notifier.runs_in_background and not notifier.has_tray
    QCoreApplication.processEvents()
