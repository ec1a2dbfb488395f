"""Telling the owner, at start, why the contacts cannot be opened when that is the disk's
or folder's doing (full, read-only, not theirs) or a newer ProspectDesk's: never "damaged",
and nothing is changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from prospectdesk.domain.errors import (
    NoSpaceError,
    NotAFolderError,
    PermissionDeniedError,
    ReadOnlyError,
    SchemaTooNewError,
    StorageProblem,
)


def storage_problem_text(problem: StorageProblem) -> str:
    """Plain words: what is the matter, what to do; the English detail goes below."""
    if isinstance(problem, NoSpaceError):
        return QCoreApplication.translate(
            "StorageProblem",
            "The disk that holds your contacts is full:\n%1\n\nFree some space there (empty "
            "the trash, move or delete large files you no longer need), then start "
            "ProspectDesk again. Nothing was changed.",
        ).replace("%1", str(problem.folder))
    if isinstance(problem, ReadOnlyError):
        return QCoreApplication.translate(
            "StorageProblem",
            "Your contacts are on a disk that can only be read:\n%1\n\nProspectDesk cannot "
            "change them there. To take them elsewhere, export them from the command line: "
            "prospectdesk export --format vcf -o contacts.vcf. Nothing was changed.",
        ).replace("%1", str(problem.folder))
    if isinstance(problem, PermissionDeniedError):
        return QCoreApplication.translate(
            "StorageProblem",
            "This user may not change the folder that holds your contacts:\n%1\n\nStart "
            "ProspectDesk as the folder's owner, or choose another folder with --data-dir. "
            "Nothing was changed.",
        ).replace("%1", str(problem.folder))
    if isinstance(problem, SchemaTooNewError):
        return (
            QCoreApplication.translate(
                "StorageProblem",
                "Your contacts were saved by a newer ProspectDesk (data version %1); this "
                "ProspectDesk knows data versions up to %2. Install the newer ProspectDesk "
                "to open them. Nothing was changed.",
            )
            .replace("%1", str(problem.found))
            .replace("%2", str(problem.supported))
        )
    if isinstance(problem, NotAFolderError):
        return QCoreApplication.translate(
            "StorageProblem",
            "%1 is a file, not a folder. Choose a folder for your contacts with --data-dir.",
        ).replace("%1", str(problem.path))
    return str(problem)


def show_storage_problem(parent: QWidget | None, problem: StorageProblem) -> None:
    box = QMessageBox(parent)
    box.setObjectName("storage-problem")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(
        QCoreApplication.translate("StorageProblem", "ProspectDesk cannot open your contacts")
    )
    box.setText(storage_problem_text(problem))
    box.setDetailedText(str(problem))
    box.exec()


__all__ = ["StorageProblem", "show_storage_problem", "storage_problem_text"]
