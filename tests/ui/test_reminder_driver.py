"""The Qt side of reminders: one timer armed for the next moment, messages through the
notifier (a recording fake, and the real in-window banner offscreen), clicks open contacts."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from prospectdesk.domain.records import Birthday, Changes, ContactRecord
from prospectdesk.domain.reminders import SNOOZE_HOUR, Reminder
from prospectdesk.ui.controller import AppController
from prospectdesk.ui.notifier import BannerNotifier, Notifier, make_notifier, menu_text
from prospectdesk.ui.reminder_driver import (
    MAX_WAIT,
    RETRY_MS,
    WATCHDOG_INTERVAL_MS,
    ReminderDriver,
)
from tests.conftest import AMSTERDAM


class RecordingNotifier(Notifier):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str, Reminder | None]] = []
        self.active: list[Reminder] = []

    def show_message(self, title: str, body: str, reminder: Reminder | None) -> None:
        self.messages.append((title, body, reminder))

    def set_active(self, reminders: list[Reminder], today: date) -> None:
        self.active = reminders


def _person(workspace, name: str, birthday: Birthday | None = None) -> int:
    contact_id, _ = workspace.contacts.create(ContactRecord(given_name=name, birthday=birthday))
    return contact_id


@pytest.fixture
def notifier(qapp) -> RecordingNotifier:
    return RecordingNotifier()


@pytest.fixture
def controller(qapp, workspace) -> AppController:
    return AppController(workspace)


@pytest.fixture
def driver(controller, notifier):
    driver = ReminderDriver(controller, notifier)
    yield driver
    driver.stop()


def test_timer_is_armed_for_the_next_due_moment(workspace, clock, driver):
    anna = _person(workspace, "Anna")
    due = clock.now() + timedelta(minutes=2)
    workspace.activity.add_followup(anna, due_at=due)

    driver.start()

    assert driver.armed_for == due
    assert driver.timer.isActive() and driver.timer.isSingleShot()
    assert driver.timer.interval() == 2 * 60 * 1000
    assert driver.watchdog.isActive()
    # One timer, whatever the number of reminders.
    for minutes in range(3, 50):
        workspace.activity.add_followup(anna, due_at=clock.now() + timedelta(minutes=minutes))
    driver.check()
    assert driver.timer.interval() == 2 * 60 * 1000
    assert len(driver.findChildren(type(driver.timer))) == 2  # the timer and the watchdog


def test_with_nothing_due_the_timer_still_wakes_within_the_cap(driver):
    driver.start()
    assert driver.armed_for is None
    assert driver.timer.interval() == MAX_WAIT.total_seconds() * 1000


def test_a_due_follow_up_raises_one_message_that_opens_the_contact(
    workspace, clock, driver, notifier, qtbot
):
    anna = _person(workspace, "Anna")
    workspace.activity.add_followup(anna, due_at=clock.now() + timedelta(seconds=1), what="bellen")
    driver.start()
    assert notifier.messages == []

    clock.advance(timedelta(seconds=1))
    with qtbot.waitSignal(driver.checked, timeout=5000) as fired:
        pass  # the real timer fires (armed for 1 s)
    assert len(fired.args[0].due) == 1
    [(title, body, reminder)] = notifier.messages
    assert "Anna" in title and "bellen" in body
    with qtbot.waitSignal(notifier.contact_requested) as opened:
        notifier.activate(reminder)
    assert opened.args == [anna]
    # The menu lists it; a second check does not repeat the message.
    assert [r.contact_id for r in notifier.active] == [anna]
    driver.check()
    assert len(notifier.messages) == 1


def test_missed_reminders_are_grouped_into_one_message(workspace, clock, driver, notifier):
    for number in range(5):
        person = _person(workspace, f"Person {number}")
        workspace.activity.add_followup(
            person, due_at=clock.now() - timedelta(days=1, hours=number)
        )
    _person(workspace, "Jarig", Birthday(11, 23))

    driver.start()

    [(title, body, reminder)] = notifier.messages
    assert "6" in title and reminder is None  # a group opens Today, not one contact
    assert body.count("\n") == 3  # three names, then "and 3 more"
    assert len(notifier.active) == 6


def test_watchdog_notices_a_laptop_that_slept(workspace, clock, driver, notifier):
    anna = _person(workspace, "Anna")
    bob = _person(workspace, "Bob")
    workspace.activity.add_followup(anna, due_at=clock.now() + timedelta(hours=2))
    workspace.activity.add_followup(bob, due_at=clock.now() + timedelta(days=1))
    driver.start()
    assert notifier.messages == []

    clock.advance(timedelta(days=3))  # the timer did not run while asleep
    driver._on_watchdog_timeout()

    [(title, body, reminder)] = notifier.messages
    assert "missed" in title.casefold() and reminder is None
    assert "Anna" in body and "Bob" in body


def test_one_missed_reminder_is_shown_as_itself(workspace, clock, driver, notifier):
    anna = _person(workspace, "Anna")
    workspace.activity.add_followup(anna, due_at=clock.now() - timedelta(days=1))
    driver.start()
    [(title, _, reminder)] = notifier.messages
    assert "Anna" in title and reminder.contact_id == anna


def test_watchdog_stays_quiet_when_time_runs_normally(workspace, clock, driver, notifier):
    driver.start()
    checks = []
    driver.checked.connect(checks.append)
    clock.advance(timedelta(milliseconds=WATCHDOG_INTERVAL_MS))
    driver._on_watchdog_timeout()
    assert checks == []


def test_snooze_from_the_notifier_is_stored_and_re_arms(workspace, clock, driver, notifier):
    anna = _person(workspace, "Anna")
    workspace.activity.add_followup(anna, due_at=clock.now())
    driver.start()
    [(_, _, reminder)] = notifier.messages

    notifier.snooze_requested.emit(reminder, SNOOZE_HOUR)

    assert notifier.active == []
    assert driver.armed_for == clock.now() + timedelta(hours=1)


def test_done_from_the_notifier_completes_the_follow_up(
    workspace, clock, controller, driver, notifier, qtbot
):
    anna = _person(workspace, "Anna")
    workspace.activity.add_followup(anna, due_at=clock.now())
    driver.start()
    [(_, _, reminder)] = notifier.messages
    with qtbot.waitSignal(controller.changes_applied) as made:  # through the one runner
        notifier.done_requested.emit(reminder)
    assert made.args[0].contacts == {anna}
    assert made.args[1] is driver
    assert workspace.activity.followups(anna)[0].done_at is not None
    assert notifier.active == []


def test_in_window_banner_shows_the_reminder_and_opens_the_contact(workspace, clock, qtbot):
    notifier = BannerNotifier()
    qtbot.addWidget(notifier.banner)
    anna = _person(workspace, "Anna")
    workspace.activity.add_followup(anna, due_at=clock.now(), what="offerte")
    driver = ReminderDriver(AppController(workspace), notifier)
    driver.start()
    notifier.banner.show()  # its parent window is not shown in this test

    assert "Anna" in notifier.banner.label.text() and "offerte" in notifier.banner.label.text()
    with qtbot.waitSignal(notifier.contact_requested) as opened:
        notifier.banner.open_button.click()
    assert opened.args == [anna]
    assert notifier.banner.isHidden()
    driver.stop()


def test_offscreen_there_is_no_tray_and_the_banner_takes_over(qapp, clock):
    if QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("this desktop has a system tray")
    notifier = make_notifier(clock)
    assert isinstance(notifier, BannerNotifier) and not notifier.has_tray


def test_birthday_message_says_how_many_days(workspace, clock, driver, notifier):
    clock.set(datetime(2026, 11, 23, 8, 0, tzinfo=AMSTERDAM))
    _person(workspace, "Arev", Birthday(11, 26, 1980))
    driver.start()
    assert driver.armed_for == datetime(2026, 11, 23, 9, 0, tzinfo=AMSTERDAM)
    clock.set(driver.armed_for)
    driver.check()
    [(title, body, _)] = notifier.messages
    assert "3" in title and "Arev" in title and "46" in body


def test_menu_entries_tell_two_follow_ups_of_one_person_apart(workspace, clock, driver, notifier):
    anna = _person(workspace, "Anna")
    workspace.activity.add_followup(anna, due_at=clock.now(), what="offerte nabellen")
    workspace.activity.add_followup(anna, due_at=clock.now(), what="proefpakket brengen")
    driver.start()
    texts = {menu_text(r, clock.now().date()) for r in notifier.active}
    assert len(texts) == 2 and all("Anna" in text for text in texts)


def test_banner_groups_several_reminders_into_one_message(workspace, clock, qtbot):
    notifier = BannerNotifier()
    qtbot.addWidget(notifier.banner)
    for name in ("Anna", "Bob"):
        person = _person(workspace, name)
        workspace.activity.add_followup(person, due_at=clock.now())
    driver = ReminderDriver(AppController(workspace), notifier)
    driver.start()
    text = notifier.banner.label.text()
    assert "Anna" in text and "Bob" in text
    with qtbot.waitSignal(notifier.today_requested):
        notifier.banner.open_button.click()
    driver.stop()


def test_a_failing_check_is_retried_not_dropped(workspace, clock, driver, notifier, monkeypatch):
    def locked(now=None):
        raise RuntimeError("database is locked")

    monkeypatch.setattr(driver.service, "collect", locked)
    driver.start()
    assert driver.timer.isActive() and driver.timer.interval() == RETRY_MS
    monkeypatch.undo()
    anna = _person(workspace, "Anna")
    workspace.activity.add_followup(anna, due_at=clock.now())
    driver.check()
    assert len(notifier.messages) == 1


def test_startup_check_can_wait_for_the_tray(workspace, clock, driver, notifier, qtbot):
    anna = _person(workspace, "Anna")
    workspace.activity.add_followup(anna, due_at=clock.now() - timedelta(days=1))
    driver.start(first_check_after_ms=50)
    assert notifier.messages == []
    with qtbot.waitSignal(driver.checked, timeout=5000):
        pass
    assert len(notifier.messages) == 1


def test_a_drag_alone_does_not_trigger_a_check_unless_quiet_prospects_count(
    workspace, clock, controller, driver
):
    from prospectdesk.domain.settings import REMIND_QUIET
    from prospectdesk.ui.reminder_driver import CHANGES_SETTLE_MS

    anna = _person(workspace, "Anna")
    workspace.activity.add_followup(anna, due_at=clock.now() + timedelta(hours=3))
    driver.start()
    armed = driver.timer.interval()
    prospect = workspace.pipeline.stage_by_role("prospect").id
    drag = workspace.pipeline.move_contacts([anna], to_stage_id=prospect)
    assert drag.moved and not drag.contacts

    controller.changes_applied.emit(drag, None)
    assert driver.timer.interval() == armed  # still armed for the follow-up

    workspace.settings.set(REMIND_QUIET, True)
    controller.changes_applied.emit(drag, None)
    assert driver.timer.interval() == CHANGES_SETTLE_MS

    workspace.settings.set(REMIND_QUIET, False)
    driver.start()
    _followup, changes = workspace.activity.add_followup(anna, due_at=clock.now())
    controller.changes_applied.emit(changes, None)  # a new follow-up: look again
    assert driver.timer.interval() == CHANGES_SETTLE_MS


def test_new_settings_are_looked_at_at_once(workspace, clock, controller, driver, notifier):
    from prospectdesk.domain.reminders import ReminderSettings, save_reminder_settings

    _person(workspace, "Anna", Birthday(month=11, day=28))  # five days away: not yet
    driver.start()
    assert notifier.messages == []
    values = ReminderSettings(
        birthday_lead_days=5, morning_hour=9, remind_quiet=False, close_to_tray=True
    )
    controller.run(lambda: save_reminder_settings(workspace.settings, values))
    assert len(notifier.messages) == 1  # no waiting for the timer: the lead time grew


def test_a_card_turns_overdue_at_the_minute_its_follow_up_passes(qtbot, clock, tmp_path):
    """The board, Today and the call list read the contact again when it falls due."""
    from prospectdesk.ui.app import ProspectDeskApp
    from prospectdesk.ui.board_model import CardRole

    app = ProspectDeskApp(tmp_path / "data", clock=clock, notifier=RecordingNotifier())
    qtbot.addWidget(app.window)
    try:
        app.show()
        anna = _person(app.workspace, "Anna")
        app.workspace.activity.add_followup(anna, due_at=clock.now() + timedelta(minutes=5))
        app.window.board.reload_all()
        column = app.window.board.column_of_stage(app.workspace.pipeline.stage_of(anna))
        app.window.board.read_first_cards()

        def card():
            return column.model.index(column.model.row_of(anna), 0).data(CardRole)

        assert not card().followup_overdue
        app.start_reminders()
        # the one timer is armed for that minute (the injected clock's), not a later refresh
        qtbot.waitUntil(lambda: app.reminders.armed_for == clock.now() + timedelta(minutes=5))
        assert app.reminders.timer.isActive()
        assert app.reminders.timer.interval() == 5 * 60 * 1000
        clock.advance(timedelta(minutes=5, seconds=1))
        app.reminders.check()  # what its timer does at that minute
        assert card().followup_overdue
        today = app.sales_ui.today  # the home tab, showing: it reads again by itself
        qtbot.waitUntil(lambda: "overdue" in today.entries("followups")[0].text(1))
    finally:
        app.close()


def test_a_change_does_not_start_a_driver_never_started_or_stopped(
    workspace, clock, controller, driver
):
    """Reminders run between start() and stop(). A change used to re-arm the timer of a
    driver that never started (a read-only window) or was stopped: its check then ran,
    unasked, in the middle of whatever came next (seen as a test's query count jumping
    from 22 to 112 statements under load)."""
    anna = _person(workspace, "Anna")
    workspace.activity.add_followup(anna, due_at=clock.now() - timedelta(hours=1))
    controller.run(lambda: Changes(everything=True))
    assert not driver.timer.isActive()
    driver.start()
    driver.stop()
    controller.run(lambda: Changes(everything=True))
    assert not driver.timer.isActive()
    driver.start()
    controller.run(lambda: Changes(everything=True))
    assert driver.timer.isActive()  # a running driver looks again shortly
