"""``prospectdesk --smoke-test`` from a fresh process: the flag the bundle test relies on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def start(*arguments: str) -> subprocess.CompletedProcess:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    environment.pop("PROSPECTDESK_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "prospectdesk", *arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_smoke_test_opens_paints_and_exits_zero(tmp_path: Path) -> None:
    result = start("--data-dir", str(tmp_path / "data"), "--lang", "hy", "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert "language hy" in result.stdout and "Լիդ" in result.stdout
    assert (tmp_path / "data" / "prospectdesk.sqlite3").exists()


def test_smoke_test_fails_when_the_requested_language_is_missing(tmp_path: Path) -> None:
    result = start("--data-dir", str(tmp_path / "data"), "--lang", "xx", "--smoke-test")
    assert result.returncode == 1
    assert "no translation catalog for 'xx'" in result.stderr
