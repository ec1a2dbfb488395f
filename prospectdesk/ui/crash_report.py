"""What an unexpected error does in the app: it is written to the log with its traceback
and shown once, in plain words, with the log's path and a "Copy details" button.

Every change is one transaction, so an error in the middle of one leaves the stored data
as it was before it: the dialog says so, and the app keeps running.

Errors reach :class:`CrashReporter` from three places: ``sys.excepthook`` (a slot or an
event handler on the GUI thread: PySide6 hands those to it), ``threading.excepthook`` (a
Python thread), and :func:`report_unexpected` (the background executor's error path, see
:meth:`prospectdesk.ui.controller.AppController.run`).
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.logs import log_dir, log_unexpected

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def report_unexpected(error: BaseException) -> None:
    """Hand an error caught elsewhere (a background task) to whoever shows errors: the
    installed :class:`CrashReporter`, else Python's default (printed)."""
    sys.excepthook(type(error), error, error.__traceback__)


def details_of(exc_info: ExcInfo) -> str:
    return "".join(traceback.format_exception(*exc_info))


class CrashDialog(QDialog):
    """Says what happened in plain words; the traceback below it for a bug report."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crash-dialog")
        self.setWindowTitle(QCoreApplication.translate("CrashDialog", "Something went wrong"))
        self.details = details
        layout = QVBoxLayout(self)
        message = QCoreApplication.translate(
            "CrashDialog",
            "ProspectDesk ran into a problem it did not expect. Your saved contacts are "
            "safe: a change that did not finish was not stored. You can keep working; if "
            "it happens again, please send the details below with a bug report.",
        )
        if log_file is not None:
            message += "\n\n" + QCoreApplication.translate(
                "CrashDialog", "The details are also in the log file %1"
            ).replace("%1", str(log_file))
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        layout.addWidget(self.details_view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            QCoreApplication.translate("CrashDialog", "Copy details"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.copy_button.setObjectName("copy-details")
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


class CrashReporter(QObject):
    """Installs the hooks; shows one dialog at a time (a burst of the same error must not
    bury the window under dialogs: later ones go to the log only while one is open)."""

    _arrived = Signal(str)  # the details, queued to the GUI thread from any thread

    def __init__(self, log_file: Path | None, parent_window: QWidget | None = None) -> None:
        super().__init__()
        self.log_file = log_file
        self.parent_window = parent_window
        self.dialog: CrashDialog | None = None
        self._previous_hooks: tuple | None = None
        self._arrived.connect(self._show)

    def install(self) -> None:
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks
            self._previous_hooks = None

    def excepthook(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt) and self._previous_hooks is not None:
            self._previous_hooks[0](kind, error, trace)
            return
        log_unexpected(log, "unexpected error", error, trace)
        self._arrived.emit(details_of((kind, error, trace)))

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return
        self.dialog = CrashDialog(details, self.log_file, self.parent_window)
        self.dialog.open()


def open_log_folder() -> bool:
    """Help ▸ Open log folder: the folder in the file manager (made first if need be)."""
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def install_log_folder_action(window) -> None:
    """Help ▸ Open log folder (where a bug report's details are)."""
    action = window.add_action(
        QCoreApplication.translate("CrashDialog", "Open log folder"),
        open_log_folder,
        None,
        "help",
    )
    action.setObjectName("open-log-folder")
