"""The background lane: results come back on the GUI thread, and none after the app has
closed (the widgets their callbacks update are being deleted then)."""

from __future__ import annotations

import threading

from prospectdesk.ui.tasks import ThreadExecutor


def test_a_result_comes_back_on_the_gui_thread(qtbot):
    executor = ThreadExecutor()
    seen: list[tuple[object, bool]] = []
    executor.submit(
        lambda: 42,
        lambda value: seen.append((value, threading.current_thread() is threading.main_thread())),
        lambda error: seen.append((error, False)),
    )
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(42, True)]


def test_no_result_reaches_its_callback_once_the_executor_is_closed(qtbot):
    """The Calls tab's count finished while the app closed, and its callback wrote to a
    heading already deleted with the window (found by a test that restarts the app)."""
    executor = ThreadExecutor()
    done: list[object] = []
    failed: list[object] = []
    executor.submit(lambda: "counted", done.append, failed.append)
    executor.submit(lambda: 1 / 0, done.append, failed.append)
    executor.close()  # both have run; their results are queued for the GUI thread
    qtbot.wait(50)  # the queue is processed
    assert done == [] and failed == []


def test_a_job_that_ends_after_its_relay_was_deleted_says_nothing(qtbot, capfd):
    """At the end of a process Python deletes what is left of Qt's objects, a job's
    relay too, while the job may still run (a start quit during its background check):
    its result goes nowhere, without a traceback."""
    from shiboken6 import Shiboken

    executor = ThreadExecutor()
    release = threading.Event()
    executor.submit(release.wait, lambda _: None, lambda _: None)
    (relay,) = executor._relays
    Shiboken.delete(relay)
    release.set()
    executor.wait_for_done()
    assert "Signal source has been deleted" not in capfd.readouterr().err
