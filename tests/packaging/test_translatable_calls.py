"""Every translated string must be visible to lupdate: it reads the literal in
``self.tr("…")`` and ``QCoreApplication.translate("Context", "…")`` calls and nothing else.
A helper such as ``def _tr(text): return translate("Ctx", text)`` hides every string passed
to it, which then stays English in every language (it happened: 61 strings)."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "prospectdesk" / "ui"


def _dynamic_translations(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        name = node.func.attr
        if name == "tr":
            source = node.args[0] if node.args else None
        elif (
            name == "translate"
            and len(node.args) >= 2
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            # translate("Context", source, ...); QPainter.translate(x, y) is not one.
            source = node.args[1]
        else:
            continue
        if not (isinstance(source, ast.Constant) and isinstance(source.value, str)):
            found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)[:80]}")
    return found


def test_ui_translates_only_literal_strings():
    offenders = [hit for path in sorted(UI.rglob("*.py")) for hit in _dynamic_translations(path)]
    assert offenders == []
