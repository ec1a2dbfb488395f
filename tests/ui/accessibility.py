"""What a screen reader announces for a control: the rule the accessibility tests apply.

A control is named by its own accessible name, by the text of a label whose buddy it is
(what a form's row label becomes), or, for a button, check box or tab bar, by its own
text. A combo box's current entry or a line edit's placeholder is not a name: it says
what is chosen or typed, not what the control is for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QTabBar,
    QWidget,
)


def accessible_name(widget: QWidget) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text().replace("&", "").strip()
    if isinstance(widget, QTabBar):
        texts = [widget.tabText(i) for i in range(widget.count())]
        return ", ".join(texts) if texts and all(t.strip() for t in texts) else ""
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().replace("&", "").strip():
            return label.text().replace("&", "").strip()
    return ""


def focusable_controls(window: QWidget) -> list[QWidget]:
    """Every control of ``window`` that Tab can reach as it is shown now (the tests turn
    its tab pages), popups of combo boxes left out."""
    return [
        widget
        for widget in window.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.window() is window
        and widget.isVisibleTo(window)
        and widget.focusProxy() is None  # a tab widget hands focus to its tab bar
        # the line edit inside a spin box or an editable combo box is part of that control
        and not isinstance(widget.parent(), (QAbstractSpinBox, QComboBox))
    ]


def unnamed_controls(window: QWidget) -> list[str]:
    """A readable line per control without a name (empty: all are named)."""
    return [
        f"{type(w).__name__} {w.objectName()!r} in {type(w.parent()).__name__}"
        for w in focusable_controls(window)
        if not any(char.isalpha() for char in accessible_name(w))  # "✕" or "+" is no name
    ]
