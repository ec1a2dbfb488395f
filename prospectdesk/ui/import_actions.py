"""File ▸ Import… / Export… and dropping files on the main window.

Apart from :mod:`prospectdesk.ui.import_dialog` so that a start-up does not load the
readers, the importer and the encoding detector (about 30 ms): they are imported the first
time the owner imports or exports.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMainWindow

from prospectdesk.ui.controller import AppController
from prospectdesk.ui.tasks import Executor

if TYPE_CHECKING:
    from prospectdesk.domain.io.importer import ImportOutcome
    from prospectdesk.ui.import_dialog import ImportDialog

# vCard 3.0 first: what Outlook, Google and iCloud read.
EXPORT_FILTERS = {
    "vcf3": "vCard 3.0 (*.vcf)",
    "vcf": "vCard 4.0 (*.vcf)",
    "csv": "Google CSV (*.csv)",
    "csv-outlook": "Outlook CSV (*.csv)",
    "ics": "iCalendar (*.ics)",
    "json": "JSON (*.json)",
}


def export_filters() -> dict[str, str]:
    """EXPORT_FILTERS and the one that needs words: one vCard file per contact (a folder
    named like the chosen file), for Outlook, which reads only a file's first card."""
    return {
        "vcf3": EXPORT_FILTERS["vcf3"],
        "vcf3-each": QCoreApplication.translate(
            "ImportDialog", "vCard 3.0, one file per contact, for Outlook (*.vcf)"
        ),
        **{key: text for key, text in EXPORT_FILTERS.items() if key != "vcf3"},
    }


class ImportExportActions(QObject):
    """File ▸ Import…, File ▸ Export… and dropping files on the window."""

    def __init__(self, window: QMainWindow, controller: AppController) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.executor: Executor = controller.executor  # the app's one background lane
        self.dialog: ImportDialog | None = None
        self.import_action = QAction(QCoreApplication.translate("ImportDialog", "Import…"), window)
        self.import_action.setObjectName("import-action")
        self.import_action.setShortcut("Ctrl+I")
        self.import_action.triggered.connect(self.choose_and_import)
        self.export_action = QAction(QCoreApplication.translate("ImportDialog", "Export…"), window)
        self.export_action.setObjectName("export-action")
        self.export_action.setShortcut("Ctrl+E")
        self.export_action.triggered.connect(self.choose_and_export)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def choose_and_import(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self.window,
            QCoreApplication.translate("ImportDialog", "Import contacts"),
            "",
            QCoreApplication.translate(
                "ImportDialog", "Contact files (*.vcf *.vcard *.csv *.txt);;All files (*)"
            ),
        )
        if paths:
            self.open_import(paths)

    def open_import(self, paths: Sequence[str | Path]) -> ImportDialog:
        from prospectdesk.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.controller, paths, executor=self.executor, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.import_finished.connect(self._on_dialog_import_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_import_finished(self, outcome: ImportOutcome) -> None:
        from prospectdesk.ui.import_dialog import outcome_message

        self.window.statusBar().showMessage(outcome_message(outcome), 10000)

    def choose_and_export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("ImportDialog", "Export contacts"),
            "contacts.vcf",
            ";;".join(export_filters().values()),
        )
        if not path:
            return
        key = next((k for k, v in export_filters().items() if v == chosen), "vcf3")
        target = Path(path)
        if not target.suffix:
            from prospectdesk.domain.io.export import FILE_SUFFIXES

            target = target.with_suffix(FILE_SUFFIXES[key.split("-")[0].removesuffix("3")])
        self.export(target, key)

    def export(self, target: Path, key: str) -> None:
        from prospectdesk.ui.import_dialog import export_to

        workspace = self.controller.workspace
        shown = target.with_suffix("") if key == "vcf3-each" else target  # the folder
        self.executor.submit(
            lambda: export_to(workspace, target, key),
            lambda count: self.window.statusBar().showMessage(
                QCoreApplication.translate("ImportDialog", "Exported %1 contacts to %2")
                .replace("%1", str(count))
                .replace("%2", str(shown)),
                10000,
            ),
            lambda error: self.window.statusBar().showMessage(
                QCoreApplication.translate("ImportDialog", "Export failed: %1").replace(
                    "%1", str(error)
                ),
                10000,
            ),
        )

    @staticmethod
    def local_files(event: QDragEnterEvent | QDropEvent) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in (
            QEvent.Type.DragEnter,
            QEvent.Type.DragMove,
        ):
            if self.local_files(event):  # type: ignore[arg-type]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        if watched is self.window and event.type() == QEvent.Type.Drop:
            files = self.local_files(event)  # type: ignore[arg-type]
            if files:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.open_import(files)
                return True
        return super().eventFilter(watched, event)


def install_import_export(window: QMainWindow, controller: AppController, file_menu) -> None:
    """Add File ▸ Import… / Export… and file drops to the main window."""
    actions = ImportExportActions(window, controller)
    first = file_menu.actions()[1] if len(file_menu.actions()) > 1 else None
    file_menu.insertAction(first, actions.import_action)
    file_menu.insertAction(first, actions.export_action)
    window.import_export = actions
