"""The layers hold: store < domain < ui and commands, and the core never imports Qt.

The contracts live in pyproject.toml ([tool.importlinter]); running ``lint-imports`` here
puts them on the README's single test line, so CI enforces them with the tests.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# The venv's own script first: the tests may run without the venv on PATH.
LINT_IMPORTS = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which(
    "lint-imports"
)


def lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` on the package in ``tree`` (it reads ./pyproject.toml and puts
    the working folder first on the import path)."""
    assert LINT_IMPORTS, "lint-imports is missing: pip install '.[test]'"
    return subprocess.run(
        [LINT_IMPORTS, "--no-cache"],
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_package_keeps_its_layers():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "reported", "broken"),
    [
        (
            "domain/late_hook.py",
            "from prospectdesk.ui import board_model",
            "prospectdesk.ui",
            "Layers",
        ),
        (
            "domain/io/late_hook.py",
            "import prospectdesk.ui.controller",
            "prospectdesk.ui",
            "Layers",
        ),
        (
            "store/late_hook.py",
            "from prospectdesk.domain import records",
            "prospectdesk.domain",
            "Layers",
        ),
        ("commands/late_hook.py", "from prospectdesk.ui import app", "prospectdesk.ui", "Layers"),
        (
            "domain/late_hook.py",
            "from PySide6.QtCore import QObject",
            "PySide6",
            "never imports Qt",
        ),
    ],
)
def test_a_module_that_crosses_a_layer_breaks_the_contract(
    tmp_path, module, line, reported, broken
):
    """A copy of the package with one offending module (inside a function, where a lazy
    import would hide from a reader) fails the check, naming the contract."""
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    shutil.copytree(
        ROOT / "prospectdesk",
        tmp_path / "prospectdesk",
        ignore=shutil.ignore_patterns("__pycache__", "resources"),
    )
    (tmp_path / "prospectdesk" / module).write_text(f"def later():\n    {line}\n")
    result = lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"late_hook -> {reported}" in result.stdout
    assert broken in result.stdout.split("Broken contracts", 1)[1]
