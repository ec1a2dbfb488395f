"""Menu shortcuts that work wherever the focus is.

A text field claims some keys that are also menu shortcuts: under X11 a line edit takes
Ctrl+E as "end of line", so File ▸ Export… did nothing while the search box (which has the
focus at start) or any form field had it. The owner sees Ctrl+E in the menu and expects it
to export. The window's own shortcuts win over such claims; the keys a text field really
needs (undo, clipboard, select all, deleting and moving by word) stay the field's."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

Key = QKeySequence.StandardKey
TEXT_KEYS = (
    Key.Undo,
    Key.Redo,
    Key.Cut,
    Key.Copy,
    Key.Paste,
    Key.SelectAll,
    Key.Delete,
    Key.Backspace,
    Key.DeleteStartOfWord,
    Key.DeleteEndOfWord,
    Key.MoveToNextWord,
    Key.MoveToPreviousWord,
    Key.SelectNextWord,
    Key.SelectPreviousWord,
)


def window_actions(window: QWidget) -> list[QAction]:
    """The window's actions and those of its menus (File ▸ Export… is only in a menu)."""
    actions = list(window.actions())
    menus = list(window.findChildren(QMenu))
    for menu in menus:
        actions += menu.actions()
    return actions


class WindowShortcuts(QObject):
    """Watches the widget that has the focus (it is installed on each one as the focus
    moves: a filter on the whole application would run for every event)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new.window() is self.window:
            new.installEventFilter(self)  # once: installing again only moves it first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if any(event.matches(key) for key in TEXT_KEYS):
            return False
        pressed = QKeySequence(event.keyCombination())
        for action in window_actions(self.window):
            if (
                action.isEnabled()
                and action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
                and pressed in action.shortcuts()
            ):
                event.ignore()  # not the field's: the shortcut map runs the action
                return True
        return False
