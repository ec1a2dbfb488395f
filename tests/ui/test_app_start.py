"""What the real start does once the window is up."""

from __future__ import annotations

import gc

from prospectdesk.ui.launch import freeze_startup_objects


def test_start_up_objects_leave_the_collectors_rounds():
    built_at_start = [{"card": n} for n in range(100)]
    before = gc.get_freeze_count()
    try:
        freeze_startup_objects()
        assert gc.get_freeze_count() >= before + len(built_at_start)
    finally:
        gc.unfreeze()  # this process goes on to start many more apps
