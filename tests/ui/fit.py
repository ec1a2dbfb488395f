"""Whether what a window shows fits the space it is given: the rule the fit tests apply.

A label, a button, a tab or a table header whose text is wider than its room is cut off
(Qt clips a label, elides a tab or a header section with "…"). What the app elides on
purpose says so: the widget carries the property ``elided`` and shows the whole text in
its tooltip (Today's long names), or, for a view's cells, is not checked at all (only
the headers are)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # rounding of fractional advances


def _plain(label: QLabel) -> str:
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _where(widget: QWidget) -> str:
    names = []
    while widget is not None and len(names) < 3:
        if widget.objectName():
            names.append(widget.objectName())
        widget = widget.parentWidget()
    return "/".join(reversed(names)) or "?"


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisible() and widget.window() is window and widget.width() > 0


def _label_problem(label: QLabel) -> str | None:
    if label.pixmap() is not None and not label.pixmap().isNull():
        return None
    text = _plain(label).replace("&", "") if label.buddy() else _plain(label)
    if not text.strip() or label.property("elided"):
        return None
    metrics = QFontMetrics(label.font())
    room = label.contentsRect().width() - 2 * max(label.margin(), 0)
    if label.indent() > 0:
        room -= label.indent()
    pieces = text.split() if label.wordWrap() else text.splitlines()
    widest = max(pieces, key=metrics.horizontalAdvance, default="")
    if metrics.horizontalAdvance(widest) > room + SLACK:
        return f"label {_where(label)} {widest!r}: needs {metrics.horizontalAdvance(widest)}, has {room}"
    return None


def _button_needs(button: QAbstractButton) -> int:
    metrics = QFontMetrics(button.font())
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    advance = max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)
    style = button.style()
    if isinstance(button, (QCheckBox, QRadioButton)):
        indicator = QStyle.PixelMetric.PM_IndicatorWidth
        spacing = QStyle.PixelMetric.PM_CheckBoxLabelSpacing
        if isinstance(button, QRadioButton):
            indicator = QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
            spacing = QStyle.PixelMetric.PM_RadioButtonLabelSpacing
        return advance + style.pixelMetric(indicator) + style.pixelMetric(spacing)
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        option.initFrom(button)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, button)
        icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
        return advance + icon + margin
    if isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return 0
        return advance
    return advance


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text().strip() or button.property("elided"):
        return None
    needs = _button_needs(button)
    if needs > button.width() + SLACK:
        return f"button {_where(button)} {button.text()!r}: needs {needs}, has {button.width()}"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    problems = []
    metrics = QFontMetrics(bar.font())
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = bar.tabText(index).replace("&", "")
        rect = bar.tabRect(index)
        if not bar.rect().contains(rect):
            problems.append(f"tab {_where(bar)} {text!r}: out of sight {rect} of {bar.rect()}")
        elif rect.width() < metrics.horizontalAdvance(text) and bar.tabToolTip(index) != text:
            problems.append(
                f"tab {_where(bar)} {text!r}: needs {metrics.horizontalAdvance(text)}, has"
                f" {rect.width()} (and no tooltip with the whole title)"
            )
    return problems


def _header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    problems = []
    metrics = QFontMetrics(header.font())
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text.strip():
            continue
        widest = max(text.splitlines(), key=metrics.horizontalAdvance)
        needs = metrics.horizontalAdvance(widest) + margin
        visual = header.visualIndex(logical)
        stretched = header.stretchLastSection() and visual == header.count() - 1
        room = header.sectionSize(logical)
        if stretched:
            room = max(room, header.width() - header.sectionPosition(logical))
        if needs > room + SLACK:
            problems.append(f"header {_where(header)} {widest!r}: needs {needs}, has {room}")
    return problems


def _spin_problem(spin: QAbstractSpinBox) -> str | None:
    """A spin box's shown text ("year unknown") against its line edit."""
    text = spin.lineEdit().displayText()
    if not text.strip():
        return None
    metrics = QFontMetrics(spin.lineEdit().font())
    # a line edit draws its text 2 px in from each side and keeps room for the cursor;
    # a glyph may reach past its advance (Armenian "է" was clipped with 0 px to spare)
    room = spin.lineEdit().width() - 4 - 2
    if metrics.horizontalAdvance(text) > room + SLACK:
        return (
            f"spin box {_where(spin)} {text!r}: needs {metrics.horizontalAdvance(text)}, has {room}"
        )
    return None


def cut_texts(window: QWidget) -> list[str]:
    """One line per text of ``window`` (as shown now) that does not fit its room."""
    problems: list[str] = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            if problem:
                problems.append(problem)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
            if problem:
                problems.append(problem)
        elif isinstance(widget, QAbstractSpinBox):
            problem = _spin_problem(widget)
            if problem:
                problems.append(problem)
        elif isinstance(widget, QTabBar):
            problems.extend(_tab_problems(widget))
        elif isinstance(widget, QHeaderView):
            problems.extend(_header_problems(widget))
    return problems
