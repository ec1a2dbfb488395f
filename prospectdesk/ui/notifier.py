"""Showing reminders: the system tray where there is one, a banner in the window where not.

The :class:`ReminderDriver` talks to a :class:`Notifier` only, so the tray, the in-window
banner and the recording fake used by the tests are interchangeable. The app never fails
for lack of a tray: :func:`make_notifier` falls back to the banner.
"""

from __future__ import annotations

import sys
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QSystemTrayIcon,
    QToolButton,
    QWidget,
)

from prospectdesk.clock import Clock
from prospectdesk.domain.reminders import (
    SNOOZE_HOUR,
    SNOOZE_NEXT_WEEK,
    SNOOZE_TOMORROW,
    Reminder,
    ReminderBatch,
)

# Strings are written out as QCoreApplication.translate("Reminders", ...) at each use:
# pyside6-lupdate only collects literal calls, not a helper wrapping them.
# More reminders than this falling due at once are shown as one message, not a flood.
MAX_SINGLE_MESSAGES = 3
MESSAGE_MSECS = 15_000


def _date_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def reminder_title(reminder: Reminder, today: date) -> str:
    """One line naming the reminder, for a message title or a menu entry."""
    name = reminder.display_name or QCoreApplication.translate("Reminders", "(no name)")
    if reminder.kind == "birthday" and reminder.occasion is not None:
        days = (reminder.occasion - today).days
        if days == 0:
            return QCoreApplication.translate("Reminders", "Birthday today: %1").replace("%1", name)
        if days > 0:
            return QCoreApplication.translate(
                "Reminders", "Birthday in %n day(s): %1", None, days
            ).replace("%1", name)
        return (
            QCoreApplication.translate("Reminders", "Birthday on %1: %2")
            .replace("%1", _date_text(reminder.occasion))
            .replace("%2", name)
        )
    if reminder.kind == "quiet":
        return QCoreApplication.translate("Reminders", "Gone quiet: %1").replace("%1", name)
    return QCoreApplication.translate("Reminders", "Follow up: %1").replace("%1", name)


def reminder_body(reminder: Reminder) -> str:
    """The line under the title: what to do, or why."""
    if reminder.kind == "followup":
        when = QLocale().toString(reminder.scheduled_at.time(), QLocale.FormatType.ShortFormat)
        if reminder.detail:
            return (
                QCoreApplication.translate("Reminders", "%1 (due %2)")
                .replace("%1", reminder.detail)
                .replace("%2", when)
            )
        return QCoreApplication.translate("Reminders", "Due %1").replace("%1", when)
    if reminder.kind == "birthday" and reminder.occasion is not None:
        year = reminder.detail[:4]
        if year.isdigit():
            age = reminder.occasion.year - int(year)
            return QCoreApplication.translate(
                "Reminders", "Turns %n on %1. Time to send a card.", None, age
            ).replace("%1", _date_text(reminder.occasion))
        return QCoreApplication.translate("Reminders", "On %1. Time to send a card.").replace(
            "%1", _date_text(reminder.occasion)
        )
    if reminder.kind == "quiet":
        if reminder.detail:
            return QCoreApplication.translate("Reminders", "No contact since %1.").replace(
                "%1", _date_text(date.fromisoformat(reminder.detail))
            )
        return QCoreApplication.translate("Reminders", "Never contacted since they were added.")
    return ""


def menu_text(reminder: Reminder, today: date) -> str:
    """A menu entry: the title, plus what to do for a follow-up (one person may have
    several at once)."""
    title = reminder_title(reminder, today)
    if reminder.kind == "followup" and reminder.detail:
        detail = reminder.detail if len(reminder.detail) <= 40 else reminder.detail[:39] + "…"
        return f"{title} — {detail}"
    return title


def group_text(reminders: list[Reminder], today: date) -> str:
    """The body of a grouped message: the first few titles, then how many more."""
    shown = [reminder_title(r, today) for r in reminders[:MAX_SINGLE_MESSAGES]]
    rest = len(reminders) - len(shown)
    if rest > 0:
        shown.append(QCoreApplication.translate("Reminders", "…and %n more", None, rest))
    return "\n".join(shown)


def app_icon() -> QIcon:
    """The application's icon, or a drawn one: a tray icon must never be empty."""
    icon = QApplication.windowIcon()
    if not icon.isNull():
        return icon
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#2f6f9f"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 60, 60)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(38)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "P")
    painter.end()
    return QIcon(pixmap)


class Notifier(QObject):
    """Where reminders are shown. Subclasses implement :meth:`show_message` and may list
    the active reminders (:meth:`set_active`).

    Signals (what the owner asked for, the app acts on them):
    contact_requested(int): open this contact.
    today_requested(): show the Today view (a grouped message was clicked).
    window_requested(): bring the main window up.
    snooze_requested(Reminder, str): snooze with one of the ``SNOOZE_*`` choices.
    done_requested(Reminder): never remind of it again.
    quit_requested(): quit the app (the tray's Quit).
    """

    contact_requested = Signal(int)
    today_requested = Signal()
    window_requested = Signal()
    snooze_requested = Signal(object, str)
    done_requested = Signal(object)
    quit_requested = Signal()

    has_tray = False

    @property
    def runs_in_background(self) -> bool:
        """Whether reminders reach the owner with the window closed (a tray, or desktop
        notifications): then closing the window keeps the app running."""
        return self.has_tray

    def notify(self, batch: ReminderBatch, today: date) -> None:
        """Show a batch: missed ones as one message, due ones one by one (or grouped when
        there are many)."""
        if len(batch.missed) == 1:
            # One missed reminder is just late: show it as itself, so a click opens it.
            reminder = batch.missed[0]
            self.show_message(reminder_title(reminder, today), reminder_body(reminder), reminder)
        elif batch.missed:
            self.show_message(
                QCoreApplication.translate(
                    "Reminders", "You missed %n reminder(s)", None, len(batch.missed)
                ),
                group_text(batch.missed, today),
                None,
            )
        if len(batch.due) > MAX_SINGLE_MESSAGES:
            self.show_message(
                QCoreApplication.translate("Reminders", "%n reminder(s) due", None, len(batch.due)),
                group_text(batch.due, today),
                None,
            )
        else:
            for reminder in batch.due:
                self.show_message(
                    reminder_title(reminder, today), reminder_body(reminder), reminder
                )

    def show_message(self, title: str, body: str, reminder: Reminder | None) -> None:
        """Show one message; activating it opens ``reminder``'s contact (None: Today)."""
        raise NotImplementedError

    def show_hint(self, title: str, body: str) -> None:
        """A message about the app itself (the close-to-tray hint)."""
        self.show_message(title, body, None)

    def set_active(self, reminders: list[Reminder], today: date) -> None:
        """The reminders currently due (shown or not), for a menu."""

    def activate(self, reminder: Reminder | None) -> None:
        """The owner clicked a message: open its contact, or Today for a group."""
        if reminder is None:
            self.today_requested.emit()
        else:
            self.contact_requested.emit(reminder.contact_id)

    def _reminder_menu(self, menu: QMenu, reminder: Reminder) -> None:
        open_action = menu.addAction(QCoreApplication.translate("Reminders", "Open contact"))
        open_action.triggered.connect(lambda: self.contact_requested.emit(reminder.contact_id))
        menu.addSeparator()
        for choice, text in (
            (SNOOZE_HOUR, QCoreApplication.translate("Reminders", "Snooze for an hour")),
            (
                SNOOZE_TOMORROW,
                QCoreApplication.translate("Reminders", "Snooze until tomorrow morning"),
            ),
            (SNOOZE_NEXT_WEEK, QCoreApplication.translate("Reminders", "Snooze for a week")),
        ):
            action = menu.addAction(text)
            action.triggered.connect(
                lambda checked=False, c=choice: self.snooze_requested.emit(reminder, c)
            )
        menu.addSeparator()
        done = menu.addAction(QCoreApplication.translate("Reminders", "Done"))
        done.triggered.connect(lambda: self.done_requested.emit(reminder))


class ReminderBanner(QFrame):
    """A strip at the top of the main window showing the latest reminder message, for
    machines without a system tray (and offscreen tests)."""

    def __init__(self, notifier: BannerNotifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notifier = notifier
        self.setObjectName("reminder-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#reminder-banner { background: palette(tooltip-base); }")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel()
        self.label.setObjectName("reminder-banner-text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label, 1)
        self.open_button = QToolButton()
        self.open_button.setObjectName("reminder-banner-open")
        self.open_button.setText(self.tr("Open"))
        self.open_button.clicked.connect(self._on_open_clicked)
        layout.addWidget(self.open_button)
        self.more_button = QToolButton()
        self.more_button.setObjectName("reminder-banner-more")
        self.more_button.setText(self.tr("Snooze or done"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        layout.addWidget(self.more_button)
        close = QToolButton()
        close.setObjectName("reminder-banner-close")
        close.setText("✕")
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self.reminder: Reminder | None = None
        self.hide()

    def show_message(self, title: str, body: str, reminder: Reminder | None) -> None:
        self.reminder = reminder
        self.label.setText(f"{title}\n{body}" if body else title)
        self.open_button.setText(self.tr("Open") if reminder else self.tr("Show Today"))
        self.more_button.setVisible(reminder is not None)
        if reminder is not None:
            menu = QMenu(self.more_button)
            self.notifier._reminder_menu(menu, reminder)
            menu.triggered.connect(self.hide)
            self.more_button.setMenu(menu)
        self.show()

    def _on_open_clicked(self) -> None:
        self.hide()
        self.notifier.activate(self.reminder)


class BannerNotifier(Notifier):
    """Reminders in the main window (no system tray here)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.banner = ReminderBanner(self)

    def notify(self, batch: ReminderBatch, today: date) -> None:
        """The banner holds one message at a time: more than one reminder becomes one
        grouped message (it opens Today) instead of each replacing the last."""
        reminders = batch.all
        if len(reminders) <= 1:
            super().notify(batch, today)
            return
        self.show_message(
            QCoreApplication.translate("Reminders", "%n reminder(s) due", None, len(reminders)),
            group_text(reminders, today),
            None,
        )

    def show_message(self, title: str, body: str, reminder: Reminder | None) -> None:
        self.banner.show_message(title, body, reminder)


class TrayNotifier(Notifier):
    """A tray icon with a menu (Open ProspectDesk, Today, each due reminder, Quit) and
    ``showMessage`` notifications; clicking a message opens its contact.

    Where the tray cannot show messages, they go to ``fallback`` (the in-window banner).
    """

    has_tray = True

    def __init__(
        self,
        clock: Clock,
        fallback: BannerNotifier | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.fallback = fallback
        self.tray = QSystemTrayIcon(app_icon(), self)
        self.tray.setToolTip(QCoreApplication.translate("Reminders", "ProspectDesk"))
        self.menu = QMenu()
        self._build_menu([], clock.now().date())
        self.tray.setContextMenu(self.menu)
        self.tray.activated.connect(self._on_tray_activated)
        self.tray.messageClicked.connect(self._on_tray_message_clicked)
        self._last_message: Reminder | None = None
        self.tray.show()
        if fallback is not None:
            fallback.contact_requested.connect(self.contact_requested)
            fallback.today_requested.connect(self.today_requested)
            fallback.snooze_requested.connect(self.snooze_requested)
            fallback.done_requested.connect(self.done_requested)

    def show_message(self, title: str, body: str, reminder: Reminder | None) -> None:
        if not QSystemTrayIcon.supportsMessages() and self.fallback is not None:
            self.fallback.show_message(title, body, reminder)
            return
        self._last_message = reminder
        self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MSECS)

    def show_hint(self, title: str, body: str) -> None:
        """A message that opens nothing (the close-to-tray hint)."""
        self._last_message = None
        self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MSECS)

    def set_active(self, reminders: list[Reminder], today: date) -> None:
        self._build_menu(reminders, today)

    def _build_menu(self, reminders: list[Reminder], today: date) -> None:
        self.menu.clear()
        open_window = QAction(
            QCoreApplication.translate("Reminders", "Open ProspectDesk"), self.menu
        )
        open_window.triggered.connect(self.window_requested)
        self.menu.addAction(open_window)
        today_action = QAction(QCoreApplication.translate("Reminders", "Today"), self.menu)
        today_action.triggered.connect(self.today_requested)
        self.menu.addAction(today_action)
        if reminders:
            self.menu.addSeparator()
            for reminder in reminders[:15]:
                submenu = self.menu.addMenu(menu_text(reminder, today))
                self._reminder_menu(submenu, reminder)
            if len(reminders) > 15:
                more = self.menu.addAction(
                    QCoreApplication.translate(
                        "Reminders", "…and %n more", None, len(reminders) - 15
                    )
                )
                more.triggered.connect(self.today_requested)
        self.menu.addSeparator()
        quit_action = QAction(QCoreApplication.translate("Reminders", "Quit"), self.menu)
        quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(quit_action)

    def _on_tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.window_requested.emit()

    def _on_tray_message_clicked(self) -> None:
        if self._last_message is None:
            self.window_requested.emit()
            self.today_requested.emit()
        else:
            self.activate(self._last_message)

    def hide(self) -> None:
        self.tray.hide()


def make_notifier(clock: Clock, parent: QObject | None = None) -> Notifier:
    """Desktop notifications with buttons on Linux (over D-Bus, tray or not), backed by the
    tray where the desktop has one, else by the in-window banner. Windows and macOS: the
    tray. Offscreen (tests, the smoke test) never reaches the desktop's notifications."""
    banner = BannerNotifier(parent)
    base: Notifier = banner
    if QSystemTrayIcon.isSystemTrayAvailable():
        base = TrayNotifier(clock, fallback=banner, parent=parent)
    if not sys.platform.startswith("linux") or QGuiApplication.platformName() == "offscreen":
        return base
    try:
        from prospectdesk.ui.dbus_notifier import with_desktop_notifications
    except ImportError:  # no jeepney (the D-Bus client)
        return base
    return with_desktop_notifications(base, parent)


def banner_of(notifier: Notifier) -> ReminderBanner | None:
    """The banner widget to place in the main window, if this notifier has one."""
    if isinstance(notifier, BannerNotifier):
        return notifier.banner
    fallback = getattr(notifier, "fallback", None)
    return banner_of(fallback) if isinstance(fallback, Notifier) else None
