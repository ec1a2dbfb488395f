"""The GUI sits beside the command line, not on it: nothing in ``prospectdesk.ui`` imports
``prospectdesk.commands`` (shared helpers live in the domain)."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "prospectdesk" / "ui"


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_ui_module_imports_the_commands():
    offenders = {
        path.name
        for path in UI.glob("*.py")
        for module in _imported_modules(path)
        if module == "prospectdesk.commands" or module.startswith("prospectdesk.commands.")
    }
    assert offenders == set()
