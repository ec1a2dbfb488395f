"""The app drops PySide6's ``__feature__`` import hook (see prospectdesk/ui/__init__.py)."""

from __future__ import annotations

import builtins
import subprocess
import sys
from pathlib import Path

import prospectdesk
import prospectdesk.ui

SOURCE = Path(prospectdesk.__file__).resolve().parent


def test_the_ui_runs_imports_through_python_s_own_machinery() -> None:
    assert builtins.__import__ is not getattr(builtins, "__feature_import__", None)
    # A second call finds nothing left to drop.
    assert prospectdesk.ui.drop_pyside_feature_import_hook() is False


def test_the_hook_is_dropped_in_a_fresh_process_and_imports_still_work() -> None:
    """In a process of its own (the test session may have dropped it already): PySide6
    puts the hook in, the ui package takes it out, and Qt modules imported afterwards
    (star imports too, which shiboken's lazy loading handles) still load."""
    script = (
        "import builtins\n"
        "import PySide6.QtCore\n"
        "hooked = builtins.__import__ is builtins.__feature_import__\n"
        "import prospectdesk.ui\n"
        "from PySide6.QtNetwork import QLocalServer\n"
        "from PySide6.QtGui import *\n"
        "print(hooked, builtins.__import__ is builtins.__feature_import__, QLocalServer, QIcon)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out[:2] == ["True", "False"]


def test_no_module_of_the_app_asks_for_a_pyside_feature() -> None:
    """The hook only serves ``from __feature__ import ...`` (snake_case, true_property):
    a module that used it would silently get Qt's own names once the hook is gone."""
    users = [
        str(path.relative_to(SOURCE))
        for path in SOURCE.rglob("*.py")
        if "__feature__" in path.read_text(encoding="utf-8")
        and path != SOURCE / "ui" / "__init__.py"
    ]
    assert users == []
