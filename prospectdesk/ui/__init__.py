"""The Qt user interface: a thin layer over the domain, built on model/view."""

from __future__ import annotations

import builtins

import PySide6.QtCore  # noqa: F401 - installs the import hook dropped below


def drop_pyside_feature_import_hook() -> bool:
    """Give ``import`` back to Python's own (keeping shiboken's star-import helper).

    Importing PySide6 replaces ``builtins.__import__`` with a hook for its opt-in
    ``from __feature__ import snake_case, true_property``: every ``import`` statement run
    after it calls Python code, and each module imported for the first time has its whole
    source read to see whether it names PySide6 (shibokensupport/feature.py). The app uses
    no ``__feature__`` (a test checks), and the hook was ~4% of the instructions of a start
    to the first painted window. Returns whether it was there to drop."""
    hook = getattr(builtins, "__feature_import__", None)
    underneath = getattr(builtins, "__orig_import__", None)
    if hook is None or underneath is None or builtins.__import__ is not hook:
        return False
    builtins.__import__ = underneath
    return True


drop_pyside_feature_import_hook()
