"""A stand-in for the desktop's notification service (org.freedesktop.Notifications), run
by the system Python (dbus-python and PyGObject) on a private session bus.

It prints each Notify call as one JSON line on stdout and, for each line "ID ACTION" read
on stdin, emits ActionInvoked(ID, ACTION) as a desktop does when a button is pressed.

It is as strict about the argument types as the GDBus-based services (GNOME Shell,
xfce4-notifyd): dbus-python itself accepts any types, so a Notify call whose signature is
not the spec's is refused here with the error those services give (and printed as
``{"rejected": SIGNATURE}``). Like GNOME Shell, it sends ActionInvoked only to the
connection that showed the notification.
"""

import json
import sys

import dbus
import dbus.exceptions
import dbus.lowlevel
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

INTERFACE = "org.freedesktop.Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"


class FakeNotifications(dbus.service.Object):
    def __init__(self, bus):
        super().__init__(bus, "/org/freedesktop/Notifications")
        self.bus = bus
        self.last_id = 0
        self.senders = {}  # notification id -> the unique name that asked for it

    @dbus.service.method(
        INTERFACE, in_signature=NOTIFY_SIGNATURE, out_signature="u", message_keyword="message"
    )
    def Notify(self, app, replaces, icon, summary, body, actions, hints, timeout, message):  # noqa: N802
        signature = message.get_signature()
        if signature != NOTIFY_SIGNATURE:
            print(json.dumps({"rejected": str(signature)}), flush=True)
            raise dbus.exceptions.DBusException(
                f'Type of message "({signature})" does not match expected type '
                f'"({NOTIFY_SIGNATURE})"',
                name="org.freedesktop.DBus.Error.InvalidArgs",
            )
        self.last_id += 1
        self.senders[self.last_id] = message.get_sender()
        shown = {
            "id": self.last_id,
            "app": str(app),
            "summary": str(summary),
            "body": str(body),
            "actions": [str(a) for a in actions],
            "desktop_entry": str(hints.get("desktop-entry", "")),
        }
        print(json.dumps(shown), flush=True)
        return self.last_id

    @dbus.service.method(INTERFACE, in_signature="", out_signature="as")
    def GetCapabilities(self):  # noqa: N802
        return ["actions", "body"]

    def invoke(self, notification_id, action):
        """ActionInvoked(notification_id, action), to its caller only (to all for an id it
        never gave out)."""
        signal = dbus.lowlevel.SignalMessage(
            "/org/freedesktop/Notifications", INTERFACE, "ActionInvoked"
        )
        signal.append(dbus.UInt32(notification_id), action, signature="us")
        if notification_id in self.senders:
            signal.set_destination(self.senders[notification_id])
        self.bus.send_message(signal)

    @dbus.service.signal(INTERFACE, signature="uu")
    def NotificationClosed(self, notification_id, reason):  # noqa: N802
        pass


def main():
    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    service = FakeNotifications(bus)
    name = dbus.service.BusName(INTERFACE, bus)  # noqa: F841 - held while running
    loop = GLib.MainLoop()

    def on_input(source, condition):
        line = sys.stdin.readline()
        if not line:
            loop.quit()
            return False
        notification_id, action = line.split()
        service.invoke(int(notification_id), action)
        return True

    GLib.io_add_watch(sys.stdin, GLib.IO_IN | GLib.IO_HUP, on_input)
    print(json.dumps({"ready": True}), flush=True)
    loop.run()


if __name__ == "__main__":
    main()
