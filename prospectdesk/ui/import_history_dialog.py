"""File ▸ Import history…: every import (file, when, how many contacts created and merged,
records skipped) and Undo for one of them, also after a restart (Ctrl+Z covers only this
session's). The importer is imported on first use: a start-up does not load the readers."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.domain.records import Changes
from prospectdesk.ui.controller import AppController

if TYPE_CHECKING:
    from prospectdesk.domain.io.importer import ImportInfo, ImportUndone

_Index = QModelIndex | QPersistentModelIndex


class ImportHistoryModel(QAbstractTableModel):
    """The imports, newest first: a few hundred rows at most, read in one query."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ImportInfo] = []

    def columns(self) -> list[str]:
        return [
            QCoreApplication.translate("ImportHistoryDialog", "File"),
            QCoreApplication.translate("ImportHistoryDialog", "Imported"),
            QCoreApplication.translate("ImportHistoryDialog", "Created"),
            QCoreApplication.translate("ImportHistoryDialog", "Merged"),
            QCoreApplication.translate("ImportHistoryDialog", "Skipped"),
            QCoreApplication.translate("ImportHistoryDialog", "Undone"),
        ]

    def set_rows(self, rows: list[ImportInfo]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 6
        ):
            return self.columns()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        info = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return info.id
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= column <= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        locale = QLocale()
        if column == 0:
            return info.file
        if column == 1:
            return locale.toString(info.imported_at, QLocale.FormatType.ShortFormat)
        if 2 <= column <= 4:
            count = (info.created, info.merged, info.skipped)[column - 2]
            return "?" if count is None else locale.toString(count)
        if info.undone_at is None:
            return ""
        return locale.toString(info.undone_at, QLocale.FormatType.ShortFormat)


class ImportHistoryDialog(QDialog):
    """The history table and Undo: the undo runs through the controller (one transaction,
    every view told), after a confirmation naming the contacts changed since the import,
    which are kept as they are."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        # Asked before an undo (replaced in tests): the question -> the owner's yes.
        self.confirm: Callable[[str], bool] = self._ask
        self.setObjectName("import-history")
        self.setWindowTitle(self.tr("Import history"))
        self.resize(640, 360)
        note = QLabel(
            self.tr(
                "Undo takes an import back: its new contacts are removed and the contacts it "
                "merged into get their earlier details back. Contacts changed since the "
                "import are kept as they are."
            )
        )
        note.setWordWrap(True)
        self.model = ImportHistoryModel(self)
        self.table = QTableView()
        self.table.setObjectName("import-history-table")
        self.table.setAccessibleName(self.windowTitle())
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Every title in full (Dutch "Ongedaan gemaakt" is wider than a default column).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.undo_button = QPushButton(self.tr("Undo import"))
        self.undo_button.setObjectName("undo-import")
        self.undo_button.setAccessibleName(self.undo_button.text())
        self.undo_button.clicked.connect(self.undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.model.modelReset.connect(self._update_button)
        controller.changes_applied.connect(self._on_changes_applied)
        self.reload()

    def _importer(self):  # type: ignore[no-untyped-def]
        from prospectdesk.domain.io.importer import importer_for

        return importer_for(self.controller.workspace)

    def reload(self) -> None:
        self.model.set_rows(self._importer().history())

    def _on_changes_applied(self, changes: Changes, _initiator: object) -> None:
        # An import, an undo (here or Ctrl+Z) or a restore changes the history.
        if changes.everything or changes.created:
            self.reload()

    def selected(self) -> ImportInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        info = self.selected()
        self.undo_button.setEnabled(info is not None and not info.undone)

    def undo_selected(self) -> None:
        info = self.selected()
        if info is None or info.undone:
            return
        question = (
            self.tr("Undo the import of %1 from %2?")
            .replace("%1", info.file)
            .replace("%2", QLocale().toString(info.imported_at, QLocale.FormatType.ShortFormat))
        )
        kept = self._importer().changed_since_import(info.id)
        if kept:
            names = ", ".join(name for _id, name in kept[:10])
            if len(kept) > 10:
                names += ", …"
            question += "\n\n" + self.tr(
                "%n contact(s) changed since the import will be kept as they are: %1", "", len(kept)
            ).replace("%1", names)
        if not self.confirm(question):
            return
        importer = self._importer()
        self.controller.run(
            lambda: importer.undo_import(info.id),
            initiator=self,
            on_done=self._on_undone,
            on_error=self._on_error,
        )

    def _on_undone(self, _undone: ImportUndone) -> None:
        self.reload()

    def _on_error(self, error: BaseException) -> None:
        from prospectdesk.domain.io.importer import ImportAlreadyUndoneError

        self.reload()
        if isinstance(error, ImportAlreadyUndoneError):
            message = self.tr("This import was undone already; nothing was changed.")
        else:
            message = str(error)
        QMessageBox.information(self, self.windowTitle(), message)

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes


def install_import_history_action(window: QMainWindow, controller: AppController) -> QAction:
    """File ▸ Import history…, after Import… and Export…."""
    action = QAction(QCoreApplication.translate("ImportHistoryDialog", "Import history…"), window)
    action.setObjectName("import-history-action")

    def show() -> None:
        dialog = ImportHistoryDialog(controller, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.import_history_dialog = dialog  # type: ignore[attr-defined]
        dialog.open()

    action.triggered.connect(show)
    menu = window.menus["file"]  # type: ignore[attr-defined]
    actions = menu.actions()
    export = next((a for a in actions if a.objectName() == "export-action"), None)
    after = actions[actions.index(export) + 1] if export and export in actions[:-1] else None
    menu.insertAction(after, action)
    return action
