"""The app's QApplication fills on the painting thread (prospectdesk/ui/qt_app.py)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from prospectdesk.ui.qt_app import serial_fills

# A tab widget's border is a fill of hundreds of spans: Qt hands those to its pool of
# threads unless told not to. Prints the number of pool threads once it has painted.
_PAINT_AND_COUNT = """
import os, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
if sys.argv[1] == "app":
    from prospectdesk.ui.qt_app import ensure_qapplication
    app = ensure_qapplication()
else:
    app = QApplication([])
tabs = QTabWidget()
tabs.addTab(QWidget(), "One")
tabs.resize(600, 700)
tabs.show()
tabs.repaint()
app.processEvents()
tasks = Path("/proc/self/task")
print(sum("pooled" in (task / "comm").read_text() for task in tasks.iterdir()))
"""


def _pool_threads(how: str) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("QT_NO_GUI_THREADPOOL", None)
    out = subprocess.run(
        [sys.executable, "-c", _PAINT_AND_COUNT, how],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    ).stdout
    return int(out.split()[-1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts threads in /proc")
def test_the_app_paints_without_qt_s_fill_threads() -> None:
    assert _pool_threads("plain") > 0  # what Qt does by itself: the test can tell
    assert _pool_threads("app") == 0


def test_an_owner_s_own_setting_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_NO_GUI_THREADPOOL", "0")
    serial_fills()
    assert os.environ["QT_NO_GUI_THREADPOOL"] == "0"
    monkeypatch.delenv("QT_NO_GUI_THREADPOOL")
    serial_fills()
    assert os.environ["QT_NO_GUI_THREADPOOL"] == "1"
