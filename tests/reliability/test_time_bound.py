"""``time_bound`` (the hostile-input tests' per-file limit) keeps an alarm already armed."""

from __future__ import annotations

import os
import signal

import pytest

from tests.reliability.test_hostile_input import time_bound

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGALRM is POSIX only")


def test_an_outer_alarm_is_still_armed_after_a_bounded_read():
    """pytest-timeout's "signal" method (``-o timeout_method=signal``) arms this same
    alarm for the whole test."""
    outer = lambda *_: None  # noqa: E731
    previous = signal.signal(signal.SIGALRM, outer)
    saved = signal.setitimer(signal.ITIMER_REAL, 100)
    try:
        with time_bound(1):
            pass
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 99 < left <= 100
        assert signal.getsignal(signal.SIGALRM) is outer
    finally:
        signal.signal(signal.SIGALRM, previous)
        signal.setitimer(signal.ITIMER_REAL, *saved)


def test_a_bounded_read_that_hangs_still_fails():
    with pytest.raises(TimeoutError), time_bound(0.05):
        signal.pause()


def test_an_outer_limit_due_first_is_left_to_fire():
    fired = []
    previous = signal.signal(signal.SIGALRM, lambda *_: fired.append(True))
    saved = signal.setitimer(signal.ITIMER_REAL, 0.05)
    try:
        with time_bound(30):
            signal.pause()
        assert fired
    finally:
        signal.signal(signal.SIGALRM, previous)
        signal.setitimer(signal.ITIMER_REAL, *saved)
