"""Reminders as desktop notifications (org.freedesktop.Notifications over D-Bus) with
buttons: Open, Snooze 1 hour, Tomorrow, Done.

Linux desktops show these whether or not they have a system tray (stock GNOME has none),
and keep them in their message list. The tray (or, without one, the in-window banner)
stays as the fallback: a message the notification service refuses goes there, and the
tray's menu still lists what is due. Windows and macOS use the tray
(:func:`prospectdesk.ui.notifier.make_notifier`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import SLOT, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusInterface, QDBusMessage

from prospectdesk.domain.reminders import SNOOZE_HOUR, SNOOZE_TOMORROW, Reminder
from prospectdesk.ui.notifier import Notifier

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
APP_NAME = "ProspectDesk"
DESKTOP_ENTRY = "prospectdesk"  # the .desktop file: its icon and name on the message
# Action keys; "default" is a click on the message itself.
OPEN, SNOOZE_1H, SNOOZE_MORNING, DONE, QUIT = "default", "snooze-hour", "tomorrow", "done", "quit"
_HINT = object()  # a message about the app itself: a click opens the window


def notification_service_available(bus: QDBusConnection) -> bool:
    """Whether a notification service runs on ``bus`` (a desktop session has one)."""
    if not bus.isConnected():
        return False
    reply = bus.interface().isServiceRegistered(SERVICE)
    return bool(reply.isValid() and reply.value())


class DBusNotifier(Notifier):
    """Sends reminders to the desktop's notification service and acts on its buttons.
    ``fallback`` (the tray or the banner) shows what the service refuses, keeps the list
    of what is due, and its requests (its menu, its buttons) are passed on."""

    runs_in_background = True  # messages arrive with the window closed, tray or not

    def __init__(
        self, bus: QDBusConnection, fallback: Notifier, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.bus = bus
        self.fallback = fallback
        self.has_tray = fallback.has_tray
        self.interface = QDBusInterface(SERVICE, PATH, INTERFACE, bus, self)
        self.shown: dict[int, object] = {}  # notification id -> Reminder, None, or _HINT
        for name, slot in (
            ("ActionInvoked", "_on_action_invoked(uint,QString)"),
            ("NotificationClosed", "_on_notification_closed(uint,uint)"),
        ):
            bus.connect(SERVICE, PATH, INTERFACE, name, self, SLOT(slot))
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
        reply = self.interface.callWithArgumentList(
            QDBus.CallMode.Block,
            "Notify",
            [
                APP_NAME,
                0,
                DESKTOP_ENTRY,
                title,
                body,
                actions,
                {"desktop-entry": DESKTOP_ENTRY},
                -1,
            ],
        )
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return False
        self.shown[int(reply.arguments()[0])] = what
        return True

    @Slot("uint", str)
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

    @Slot("uint", "uint")
    def _on_notification_closed(self, notification_id: int, reason: int) -> None:
        self.shown.pop(notification_id, None)


def with_desktop_notifications(fallback: Notifier, parent: QObject | None = None) -> Notifier:
    """With a notification service on the session bus: :class:`DBusNotifier` over
    ``fallback``; without one, ``fallback`` itself. (Linux only: see make_notifier.)"""
    bus = QDBusConnection.sessionBus()
    if not notification_service_available(bus):
        return fallback
    return DBusNotifier(bus, fallback, parent)
