from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from prospectdesk.ui.app import ProspectDeskApp, ensure_qapplication


@pytest.fixture
def start_app(qapp, qtbot, data_dir, clock):
    """Start the real app on ``data_dir`` (call again after closing: a restart)."""
    ensure_qapplication()
    started: list[ProspectDeskApp] = []

    def start() -> ProspectDeskApp:
        app = ProspectDeskApp(data_dir, clock=clock)
        app.show()
        qtbot.waitExposed(app.window)
        started.append(app)
        return app

    yield start
    for app in started:
        try:
            app.close()  # drops unsaved edits: no modal question at teardown
        except RuntimeError:  # already closed by the test (a restart)
            pass


@pytest.fixture
def app_in(qtbot, clock, tmp_path: Path):
    """Start the real app in a language on a 1366x768 window (a small laptop), the size the
    fit tests measure at."""
    started: list[ProspectDeskApp] = []

    def start(language: str) -> ProspectDeskApp:
        app = ProspectDeskApp(tmp_path / language, clock=clock, language=language)
        qtbot.addWidget(app.window)
        app.window.setGeometry(0, 0, 1366, 768)
        app.show()
        qtbot.waitExposed(app.window)
        started.append(app)
        return app

    yield start
    for app in started:
        app.close()


def drop_on(view, mime: QMimeData, point: QPoint) -> None:
    """What a mouse drag ends in: enter, move and drop events on the target viewport."""
    viewport = view.viewport()
    actions = Qt.DropAction.MoveAction
    buttons = Qt.MouseButton.LeftButton
    mods = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(
        point, actions, mime, buttons, mods
    )  # the QPoint form is what PySide6 offers
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(point, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    drop = QDropEvent(point.toPointF(), actions, mime, buttons, mods)
    drop.setDropAction(Qt.DropAction.MoveAction)
    QApplication.sendEvent(viewport, drop)


def type_text(qtbot, widget, text: str) -> None:
    """Type like a person: ASCII as key clicks, other scripts (Armenian, accented Dutch)
    through the input method, as a real keyboard layout or IME delivers them.
    (QTest's key clicks assert on non-ASCII characters.)"""
    from PySide6.QtGui import QInputMethodEvent

    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)
