"""Drives the reminder service from the Qt event loop.

One parented single-shot ``QTimer`` is armed for the next due moment (never a poll every
second, never one timer per reminder). A timer does not run while the machine sleeps and
does not notice the clock being changed, so a cheap watchdog compares wall-clock time with
the last tick once a minute: a jump (waking from sleep, a new time zone, a corrected clock)
triggers a check at once.

Like every view it listens to the controller's changes (a new follow-up, new settings),
and a snooze or a done from the notifier goes through the controller like any change.
"""

from __future__ import annotations

import logging
import math
import time
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from prospectdesk.domain.records import Changes
from prospectdesk.domain.reminders import Reminder, ReminderBatch
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.notifier import Notifier

log = logging.getLogger(__name__)

# The timer is never armed for longer than this: QTimer holds an int of milliseconds, and
# a re-check now and then also catches changes made outside this process (the command line).
MAX_WAIT = timedelta(hours=6)
WATCHDOG_INTERVAL_MS = 60_000
RETRY_MS = 60_000
# After the data changed, wait this long for more changes before looking again.
CHANGES_SETTLE_MS = 500
# A watchdog tick further than this from where it was expected means time jumped.
JUMP_TOLERANCE = timedelta(seconds=90)


class ReminderDriver(QObject):
    """Signals:
    checked(ReminderBatch): after each check, with what it handed to the notifier
        (possibly empty).
    armed(object): the timer was armed for this aware datetime (None: not armed).
    """

    checked = Signal(object)
    armed = Signal(object)

    def __init__(
        self,
        controller: AppController,
        notifier: Notifier,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.service = controller.workspace.reminders
        self.notifier = notifier
        self.clock = controller.workspace.clock
        self.timer = QTimer(self)
        self.timer.setObjectName("reminder-timer")
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.watchdog = QTimer(self)
        self.watchdog.setObjectName("reminder-watchdog")
        self.watchdog.setInterval(WATCHDOG_INTERVAL_MS)
        self.watchdog.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.watchdog.timeout.connect(self._on_watchdog_timeout)
        self.armed_for: datetime | None = None
        self._last_tick: datetime | None = None
        self.running = False  # between start() and stop(): a stopped driver stays stopped
        notifier.snooze_requested.connect(self._on_notifier_snooze_requested)
        notifier.done_requested.connect(self._on_notifier_done_requested)
        controller.changes_applied.connect(self._on_controller_changes_applied)

    def start(self, first_check_after_ms: int = 0) -> None:
        """Show what was missed while the app was closed, then wait for the next moment.

        At startup the app waits a moment first: a tray icon that is not yet embedded in
        the panel has no position, and its first message would pop up in a screen corner."""
        self.running = True
        self.watchdog.start()
        if first_check_after_ms > 0:
            self.armed_for = None
            self.timer.start(first_check_after_ms)
        else:
            self.check()

    def stop(self) -> None:
        self.running = False
        self.timer.stop()
        self.watchdog.stop()
        self.armed_for = None

    def check(self) -> ReminderBatch:
        """Show whatever fell due (each reminder once), refresh the menu, re-arm.

        A failure (the database briefly locked, say) must not stop reminders for the rest
        of the session: it is logged and the check is tried again a minute later."""
        now = self.clock.now()
        self._last_tick = now
        try:
            batch = self.service.collect(now)
            if batch:
                self.notifier.notify(batch, now.date())
                self._tell_views_time_passed(batch)
            self.notifier.set_active(batch.active, now.date())
            self._arm(now)
        except Exception:
            log.exception("reminder check failed; trying again in a minute")
            self.armed_for = None
            self.timer.start(RETRY_MS)
            batch = ReminderBatch()
        self.checked.emit(batch)
        return batch

    def _tell_views_time_passed(self, batch: ReminderBatch) -> None:
        """A follow-up that fell due is overdue from this minute: the cards, Today and the
        call list read those contacts again now, not at their next refresh. Nothing in the
        store changed; the broadcast says whose reading did (the timer is its initiator,
        so this driver does not take it for its own snooze or done)."""
        fell_due = {r.contact_id for r in batch.all if r.kind == "followup"}
        if fell_due:
            self.controller.run(lambda: Changes(contacts=fell_due), initiator=self.timer)

    def _on_controller_changes_applied(self, changes: Changes, initiator: object = None) -> None:
        """A follow-up may have been added, moved or finished: look again shortly. The
        timer is re-armed rather than checking at once, so that a burst of edits (or an
        import) costs one check, not one per edit. A drag alone changes nothing that is due
        unless quiet prospects are reminded of: no check then (one reads every due
        reminder: 58 ms at 100,000 contacts, a dropped frame after each drag). New
        settings (the morning hour, say) and the driver's own snooze or done: at once.
        Not started (or stopped): nothing; a change must not start the reminders."""
        if not self.running:
            return
        if changes.settings or initiator is self:
            self.check()
            return
        only_moved = not (
            changes.contacts or changes.created or changes.everything or changes.stage_list
        )
        if only_moved and not self.service.watches_stages():
            return
        self.armed_for = None
        self.timer.start(CHANGES_SETTLE_MS)

    def _arm(self, now: datetime) -> None:
        next_due = self.service.next_due(now)
        wake_at = min(next_due, now + MAX_WAIT) if next_due is not None else now + MAX_WAIT
        milliseconds = max(0, math.ceil((wake_at - now).total_seconds() * 1000))
        self.armed_for = next_due
        self.timer.start(milliseconds)
        self.armed.emit(next_due)

    def _on_timer_timeout(self) -> None:
        self.check()

    def _on_watchdog_timeout(self) -> None:
        if hasattr(time, "tzset"):
            # A running process keeps the time zone it started in unless told to look
            # again; after travelling, the local morning hour must follow the new zone.
            time.tzset()
        now = self.clock.now()
        last = self._last_tick
        self._last_tick = now
        if last is None:
            return
        expected = last + timedelta(milliseconds=WATCHDOG_INTERVAL_MS)
        jumped = abs(now - expected) > JUMP_TOLERANCE
        zone_changed = now.utcoffset() != last.utcoffset()
        overdue = self.armed_for is not None and now >= self.armed_for
        if jumped or zone_changed or overdue:
            self.check()

    def _on_notifier_snooze_requested(self, reminder: Reminder, choice: str) -> None:
        self.controller.run(lambda: self.service.snooze(reminder, choice), initiator=self)

    def _on_notifier_done_requested(self, reminder: Reminder) -> None:
        self.controller.run(lambda: self.service.done(reminder), initiator=self)
