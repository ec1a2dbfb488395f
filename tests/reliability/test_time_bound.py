"""``time_bound`` (the hostile-input tests' per-file limit) keeps pytest-timeout's alarm."""

from __future__ import annotations

import os
import signal

import pytest

from tests.reliability.test_hostile_input import time_bound

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGALRM is POSIX only")


def test_the_test_timeout_is_still_armed_after_a_bounded_read():
    before, _ = signal.getitimer(signal.ITIMER_REAL)
    if not before:
        pytest.skip("pytest-timeout is not using the signal method here")
    handler = signal.getsignal(signal.SIGALRM)
    with time_bound(1):
        pass
    after, _ = signal.getitimer(signal.ITIMER_REAL)
    assert 0 < after <= before
    assert signal.getsignal(signal.SIGALRM) is handler


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
