"""Telling the owner, at start, why the contacts cannot be opened when that is the disk's
or folder's doing (full, read-only, not theirs) or a newer ProspectDesk's: never "damaged",
and nothing is changed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
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


def read_only_banner_text(problem: StorageProblem) -> str:
    """The banner over a data dir opened read-only: why, and what still works."""
    if isinstance(problem, NoSpaceError):
        locale = QLocale()
        why = (
            QCoreApplication.translate(
                "StorageProblem",
                "the disk that holds your contacts is full (%1 free). Free at least %2 there, "
                "then start ProspectDesk again.",
            )
            .replace("%1", locale.formattedDataSize(problem.free or 0))
            .replace("%2", locale.formattedDataSize(problem.to_free))
        )
    elif isinstance(problem, PermissionDeniedError):
        why = QCoreApplication.translate(
            "StorageProblem", "this user may not change the folder that holds your contacts."
        )
    else:
        why = QCoreApplication.translate(
            "StorageProblem", "your contacts are on a disk or in a file that can only be read."
        )
    return QCoreApplication.translate(
        "StorageProblem",
        "Read-only: %1 Changes are not possible; File ▸ Export works.",
    ).replace("%1", why)


def needs_upgrade_text() -> str:
    """An older database found read-only: updating it is a write."""
    return QCoreApplication.translate(
        "StorageProblem",
        "Your contacts were saved by an older ProspectDesk and must be updated, but they "
        "can only be read where they are. Make the folder writable again (fix its "
        "permissions, or free some space), then start ProspectDesk again. Nothing was changed.",
    )


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


__all__ = [
    "StorageProblem",
    "needs_upgrade_text",
    "read_only_banner_text",
    "show_storage_problem",
    "storage_problem_text",
]
