"""ui-state.ini is private like the rest of the data dir, whatever the umask."""

from __future__ import annotations

import os
import stat

import pytest

from prospectdesk.ui.app import ProspectDeskApp

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture
def usual_umask():
    previous = os.umask(0o022)  # what most desktops use: new files 0644
    yield
    os.umask(previous)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_the_window_layout_is_written_readable_by_the_owner_alone(
    qtbot, data_dir, clock, usual_umask
):
    app = ProspectDeskApp(data_dir, clock=clock)
    try:
        app.window.save_state()  # syncs: Qt writes the file anew
        app.window.save_state()
        assert _mode(data_dir / "ui-state.ini") == 0o600
        assert app.ui_state.contains("main/geometry")
    finally:
        app.close()


def test_a_layout_file_an_older_version_left_open_is_tightened(qtbot, data_dir, clock, usual_umask):
    data_dir.mkdir(mode=0o700)
    state = data_dir / "ui-state.ini"
    state.write_text("[main]\nkept=yes\n")
    state.chmod(0o644)
    app = ProspectDeskApp(data_dir, clock=clock)
    try:
        assert app.ui_state.value("main/kept") == "yes"  # nothing of it lost
        app.window.save_state()
        assert _mode(state) == 0o600
    finally:
        app.close()
