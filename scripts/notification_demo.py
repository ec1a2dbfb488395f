"""Show one reminder as a desktop notification through the app's own DBusNotifier, against
the session's real notification service, and print what happens: whether the service took
it (or refused it, so the fallback got it) and which button was pressed.

In a desktop session:  python scripts/notification_demo.py
Headless, with xfce4-notifyd on a private session bus and a screenshot (docs/screenshots):

    /work/shared/tools/xshot docs/screenshots/notification.png 6 -- dbus-run-session -- \\
        sh -c '/usr/lib/x86_64-linux-gnu/xfce4/notifyd/xfce4-notifyd & sleep 1; \\
               python scripts/notification_demo.py --seconds 20'
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from prospectdesk.domain.reminders import Reminder, ReminderBatch  # noqa: E402
from prospectdesk.ui.dbus_notifier import DBusNotifier, with_desktop_notifications  # noqa: E402
from prospectdesk.ui.notifier import Notifier  # noqa: E402


class PrintingFallback(Notifier):
    """What the tray or the banner would show: printed."""

    def show_message(self, title: str, body: str, reminder: Reminder | None) -> None:
        print(f"fallback: {title}", flush=True)

    def set_active(self, reminders: list[Reminder], today: date) -> None:
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30, help="how long to wait for a button")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    notifier = with_desktop_notifications(PrintingFallback())
    if not isinstance(notifier, DBusNotifier):
        print("no notification service on the session bus", flush=True)
        return 1
    moment = datetime.now().astimezone().replace(microsecond=0)
    reminder = Reminder(
        key="followup:1",
        kind="followup",
        contact_id=7,
        display_name="Arev Petrosyan",
        scheduled_at=moment,
        due_at=moment,
        detail="Call about the order",
        followup_id=1,
        occasion=moment.date(),
    )
    for name in ("contact_requested", "window_requested", "snooze_requested", "done_requested"):
        getattr(notifier, name).connect(
            lambda *args, name=name: (print(f"pressed: {name}", flush=True), app.quit())
        )
    notifier.notify(ReminderBatch(due=[reminder]), moment.date())
    if notifier.shown:
        print(f"shown: notification {next(iter(notifier.shown))}", flush=True)
    QTimer.singleShot(int(args.seconds * 1000), app.quit)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
