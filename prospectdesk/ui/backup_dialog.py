"""File > Back up now, File > Restore from backup…, and the damaged-database question.

The dialogs ask and show; the rules (what a backup is, what a restore does first) live in
:mod:`prospectdesk.domain.backup`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from prospectdesk.domain.backup import (
    BackupError,
    BackupInfo,
    Backups,
    DatabaseDamagedError,
)
from prospectdesk.ui.controller import AppController


def reason_text(reason: str) -> str:
    """The words the owner sees for why a backup was made."""
    return {
        "daily": QCoreApplication.translate("BackupDialog", "Daily (at start)"),
        "manual": QCoreApplication.translate("BackupDialog", "Backed up by you"),
        "pre-migration": QCoreApplication.translate(
            "BackupDialog", "Before an update of the data format"
        ),
        "pre-import": QCoreApplication.translate("BackupDialog", "Before an import"),
        "pre-restore": QCoreApplication.translate("BackupDialog", "Before a restore"),
    }.get(reason, reason)


def when_text(backup: BackupInfo) -> str:
    local = backup.created_at.astimezone()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def count_text(backup: BackupInfo) -> str:
    if backup.contact_count is None:
        return QCoreApplication.translate("BackupDialog", "unreadable")
    return str(backup.contact_count)


class BackupDialog(QDialog):
    """The list of backups with their time, reason and contact count; back up or restore.

    Restoring goes through the controller, so every view reloads (``Changes.everything``).
    """

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        backups = controller.workspace.backups
        if backups is None:
            raise ValueError("this workspace keeps no backups (it is in memory)")
        self.backups: Backups = backups
        self.setObjectName("backup-dialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 380)

        self.explanation = QLabel(
            self.tr(
                "ProspectDesk backs up your contacts every day at start, before every import "
                "and before every update of the data format. Backups are kept in:\n%1"
            ).replace("%1", str(self.backups.folder))
        )
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTreeWidget()
        self.table.setObjectName("backup-list")
        self.table.setAccessibleName(self.windowTitle())
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([self.tr("When"), self.tr("Why"), self.tr("Contacts")])
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backup-now")
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("restore")
        self.buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.reload()

    def reload(self) -> None:
        self.table.clear()
        self.listed = self.backups.list()
        for backup in self.listed:
            item = QTreeWidgetItem([when_text(backup), reason_text(backup.reason), ""])
            item.setText(2, count_text(backup))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
        for column in range(3):
            self.table.resizeColumnToContents(column)
        if self.listed:
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self._on_table_selection_changed()

    def selected_backup(self) -> BackupInfo | None:
        row = self.table.indexOfTopLevelItem(self.table.currentItem())
        return self.listed[row] if 0 <= row < len(self.listed) else None

    def _on_table_selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def back_up_now(self) -> BackupInfo | None:
        try:
            made = self.backups.backup_now("manual")
        except BackupError as error:
            QMessageBox.warning(self, self.tr("Back up now"), str(error))
            return None
        self.reload()
        return made

    def confirm_restore(self, backup: BackupInfo) -> bool:
        """Ask before replacing everything (tests replace this with a yes or a no)."""
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Replace all your contacts with the backup from %1 (%2 contacts)?\n\n"
                "Your contacts as they are now are backed up first, so this can be undone "
                "by restoring that backup."
            )
            .replace("%1", when_text(backup))
            .replace("%2", count_text(backup)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> bool:
        backup = self.selected_backup()
        if backup is None or not self.confirm_restore(backup):
            return False
        try:
            self.controller.run(lambda: self.backups.restore(backup))
        except (BackupError, RuntimeError) as error:
            QMessageBox.warning(self, self.tr("Restore from backup"), str(error))
            return False
        self.reload()
        return True


def install_backup_actions(window: QMainWindow, controller: AppController) -> list[QAction]:
    """Add File > Back up now and File > Restore from backup… to the main window."""
    if controller.workspace.backups is None:
        return []
    menu = window.menus["file"]  # type: ignore[attr-defined]
    back_up = QAction(QCoreApplication.translate("BackupDialog", "Back up now"), window)
    back_up.setObjectName("backup-now-action")
    restore = QAction(QCoreApplication.translate("BackupDialog", "Restore from backup…"), window)
    restore.setObjectName("restore-action")

    def on_back_up() -> None:
        backups = controller.workspace.backups
        try:
            made = backups.backup_now("manual")
        except BackupError as error:
            QMessageBox.warning(
                window, QCoreApplication.translate("BackupDialog", "Back up now"), str(error)
            )
            return
        window.statusBar().showMessage(
            QCoreApplication.translate("BackupDialog", "Backed up %1 contacts.").replace(
                "%1", count_text(made)
            ),
            5000,
        )

    def on_restore() -> None:
        BackupDialog(controller, window).exec()

    back_up.triggered.connect(on_back_up)
    restore.triggered.connect(on_restore)
    menu.addAction(back_up)
    menu.addAction(restore)
    return [back_up, restore]


# -- when the database is damaged ------------------------------------------------------------


def damaged_message(error: DatabaseDamagedError, backup: BackupInfo | None) -> str:
    """Plain words: what happened, that nothing was changed, and what can be done."""
    text = QCoreApplication.translate(
        "BackupDialog",
        "Your contact database could not be read correctly: part of the file is damaged "
        "(this can happen after a disk problem or a power cut).\n\n"
        "ProspectDesk has not changed the damaged file.",
    )
    if backup is None:
        return (
            text
            + "\n\n"
            + QCoreApplication.translate(
                "BackupDialog",
                "No usable backup was found. The damaged file is here:\n%1\n\n"
                "Keep it: a specialist may be able to recover it.",
            ).replace("%1", str(error.path))
        )
    return (
        text
        + "\n\n"
        + QCoreApplication.translate(
            "BackupDialog",
            "The newest good backup is from %1 and holds %2 contacts. Restore it? "
            "Changes made after that backup are not in it. The damaged file is kept "
            "aside in the data folder.",
        )
        .replace("%1", when_text(backup))
        .replace("%2", count_text(backup))
    )


def ask_to_restore(
    parent: QWidget | None, error: DatabaseDamagedError, backup: BackupInfo | None
) -> bool:
    """Show the damage and offer the newest good backup; True when the owner said yes."""
    box = QMessageBox(parent)
    box.setObjectName("damaged-database")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("BackupDialog", "Contact database damaged"))
    box.setText(damaged_message(error, backup))
    box.setDetailedText("\n".join(error.details[:20]))
    restore = None
    if backup is not None:
        restore = box.addButton(
            QCoreApplication.translate("BackupDialog", "Restore the backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.setDefaultButton(restore)
    box.addButton(
        QCoreApplication.translate("BackupDialog", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    return restore is not None and box.clickedButton() is restore
