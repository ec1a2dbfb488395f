"""fontconfig is started on a thread of its own (prospectdesk/ui/qt_app.py)."""

from __future__ import annotations

import ctypes
import sys

import pytest

from prospectdesk.ui import qt_app


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig is Linux's")
def test_fontconfig_starts_beside_the_main_thread() -> None:
    thread = qt_app.start_fontconfig()
    assert thread is not None and thread.daemon
    thread.join(timeout=30)
    assert not thread.is_alive()


def test_nothing_is_started_without_fontconfig(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> None:
        raise OSError(f"{name}: cannot open shared object file")

    monkeypatch.setattr(ctypes, "CDLL", missing)
    assert qt_app.start_fontconfig() is None


def test_nothing_is_started_off_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert qt_app.start_fontconfig() is None
