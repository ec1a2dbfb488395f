"""Reminders as desktop notifications (org.freedesktop.Notifications over D-Bus) with
buttons: Open, Snooze 1 hour, Tomorrow, Done.

Linux desktops show these whether or not they have a system tray (stock GNOME has none),
and keep them in their message list. The tray (or, without one, the in-window banner)
stays as the fallback: a message the notification service refuses goes there, and the
tray's menu still lists what is due. Windows and macOS use the tray
(:func:`prospectdesk.ui.notifier.make_notifier`).

The calls go out with jeepney, not QtDBus: Notify's ``replaces_id`` is a uint32 ("u"), and
PySide6 can only send a Python int as int32 (or uint16), which GDBus-based services
(GNOME Shell, xfce4-notifyd) refuse with InvalidArgs. Some services send ActionInvoked only
to the connection that called Notify, so the signals are read on that same connection: a
QSocketNotifier on its socket hands them to the GUI thread.
"""

from __future__ import annotations

from collections import deque
from datetime import date

from jeepney import DBusAddress, HeaderFields, MatchRule, Message, MessageType, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, Proxy, open_dbus_connection
from jeepney.wrappers import DBusErrorResponse
from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

from prospectdesk.domain.reminders import SNOOZE_HOUR, SNOOZE_TOMORROW, Reminder
from prospectdesk.ui.notifier import Notifier

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
APP_NAME = "ProspectDesk"
DESKTOP_ENTRY = "prospectdesk"  # the .desktop file: its icon and name on the message
# Action keys; "default" is a click on the message itself.
OPEN, SNOOZE_1H, SNOOZE_MORNING, DONE, QUIT = "default", "snooze-hour", "tomorrow", "done", "quit"
NOTIFY_SIGNATURE = "susssasa{sv}i"  # the spec's; replaces_id is a uint32
CALL_TIMEOUT = 5.0  # seconds to wait for the service's reply before using the fallback
_HINT = object()  # a message about the app itself: a click opens the window
_NOTIFICATIONS = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)


def notification_service_available(bus: DBusConnection) -> bool:
    """Whether a notification service runs on ``bus`` (a desktop session has one)."""
    try:
        reply = Proxy(message_bus, bus, timeout=CALL_TIMEOUT).NameHasOwner(SERVICE)
    except (OSError, TimeoutError, ValueError, DBusErrorResponse):
        return False
    return bool(reply[0])


class DBusNotifier(Notifier):
    """Sends reminders to the desktop's notification service and acts on its buttons.
    ``fallback`` (the tray or the banner) shows what the service refuses, keeps the list
    of what is due, and its requests (its menu, its buttons) are passed on."""

    runs_in_background = True  # messages arrive with the window closed, tray or not

    def __init__(
        self, bus: DBusConnection, fallback: Notifier, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.bus: DBusConnection | None = bus
        self.fallback = fallback
        self.has_tray = fallback.has_tray
        self.shown: dict[int, object] = {}  # notification id -> Reminder, None, or _HINT
        # The service's signals, on the connection that calls Notify (see the module doc).
        rule = MatchRule(type="signal", interface=INTERFACE, path=PATH)
        self.signals: deque[Message] = deque()
        bus.filter(rule, queue=self.signals)
        self.reader = QSocketNotifier(bus.sock.fileno(), QSocketNotifier.Type.Read, self)
        self.reader.activated.connect(self._read)
        try:
            Proxy(message_bus, bus, timeout=CALL_TIMEOUT).AddMatch(rule)
        except (OSError, TimeoutError, ValueError, DBusErrorResponse):
            self._lost()
        for signal in (
            "contact_requested",
            "today_requested",
            "window_requested",
            "snooze_requested",
            "done_requested",
            "quit_requested",
        ):
            getattr(fallback, signal).connect(getattr(self, signal))

    def show_message(self, title: str, body: str, reminder: Reminder | None) -> None:
        actions = [OPEN, QCoreApplication.translate("Reminders", "Open")]
        if reminder is not None:
            actions += [
                SNOOZE_1H,
                QCoreApplication.translate("Reminders", "Snooze 1 hour"),
                SNOOZE_MORNING,
                QCoreApplication.translate("Reminders", "Tomorrow"),
                DONE,
                QCoreApplication.translate("Reminders", "Done"),
            ]
        if not self._send(title, body, actions, reminder):
            self.fallback.show_message(title, body, reminder)

    def show_hint(self, title: str, body: str) -> None:
        """The "keeps running" hint, with the way to quit fully on it."""
        actions = [OPEN, QCoreApplication.translate("Reminders", "Open ProspectDesk")]
        actions += [QUIT, QCoreApplication.translate("Reminders", "Quit")]
        if not self._send(title, body, actions, _HINT):
            self.fallback.show_hint(title, body)

    def set_active(self, reminders: list[Reminder], today: date) -> None:
        self.fallback.set_active(reminders, today)

    def hide(self) -> None:
        hide = getattr(self.fallback, "hide", None)
        if hide is not None:
            hide()

    def _send(self, title: str, body: str, actions: list[str], what: object) -> bool:
        """Notify, with the spec's types; False when there is no service or it refuses."""
        if self.bus is None:
            return False
        call = new_method_call(
            _NOTIFICATIONS,
            "Notify",
            NOTIFY_SIGNATURE,
            (
                APP_NAME,
                0,  # replaces_id: none
                DESKTOP_ENTRY,
                title,
                body,
                actions,
                {"desktop-entry": ("s", DESKTOP_ENTRY)},
                -1,  # the service's own timeout
            ),
        )
        try:
            reply = self.bus.send_and_get_reply(call, timeout=CALL_TIMEOUT)
        except (OSError, TimeoutError, ValueError):
            self._lost()
            return False
        finally:
            self._dispatch()  # signals that came in while waiting for the reply
        if reply.header.message_type != MessageType.method_return or not reply.body:
            return False
        self.shown[int(reply.body[0])] = what
        return True

    def _read(self) -> None:
        """The connection's socket has data: take in every whole message it holds."""
        if self.bus is None:
            return
        try:
            while True:
                self.bus.recv_messages(timeout=0)
        except TimeoutError:
            pass  # nothing more for now
        except (OSError, ValueError):
            self._lost()
        self._dispatch()

    def _dispatch(self) -> None:
        while self.signals:
            signal = self.signals.popleft()
            name = signal.header.fields.get(HeaderFields.member)
            if name == "ActionInvoked":
                self._on_action_invoked(*signal.body)
            elif name == "NotificationClosed":
                self._on_notification_closed(*signal.body)

    def _lost(self) -> None:
        """The bus went away (the session ends): from now on the fallback shows all."""
        if self.bus is None:
            return
        self.reader.setEnabled(False)
        self.bus.close()
        self.bus = None

    def _on_action_invoked(self, notification_id: int, action: str) -> None:
        if notification_id not in self.shown:
            return  # another program's message
        what = self.shown.pop(notification_id)
        if what is _HINT:
            (self.quit_requested if action == QUIT else self.window_requested).emit()
        elif action == OPEN or not isinstance(what, Reminder):
            self.window_requested.emit()
            self.activate(what if isinstance(what, Reminder) else None)
        elif action == DONE:
            self.done_requested.emit(what)
        elif action in (SNOOZE_1H, SNOOZE_MORNING):
            self.snooze_requested.emit(
                what, SNOOZE_HOUR if action == SNOOZE_1H else SNOOZE_TOMORROW
            )

    def _on_notification_closed(self, notification_id: int, reason: int) -> None:
        self.shown.pop(notification_id, None)


def with_desktop_notifications(fallback: Notifier, parent: QObject | None = None) -> Notifier:
    """With a notification service on the session bus: :class:`DBusNotifier` over
    ``fallback``; without one, ``fallback`` itself. (Linux only: see make_notifier.)"""
    try:
        bus = open_dbus_connection("SESSION")
    except (OSError, TimeoutError, KeyError, ValueError):
        return fallback  # no session bus
    if not notification_service_available(bus):
        bus.close()
        return fallback
    return DBusNotifier(bus, fallback, parent)
