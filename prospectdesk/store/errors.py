"""Conditions of the disk and the data folder that an owner meets, told apart from damage.

A full disk, a read-only disk or a folder the app may not write make SQLite fail with
errors that look like damage ("disk I/O error", "unable to open database file"). Calling
them damage sends the owner to restore a backup over a healthy database; these errors say
what is really the matter and what to do, and nothing is changed on their account.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

# Below this much free space SQLite cannot be relied on to open a database for writing
# (the -shm file alone is 32 KiB, and every write goes through the WAL first).
LOW_SPACE = 1024 * 1024

_NO_SPACE_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY_ERRNOS = {errno.EROFS}
_DENIED_ERRNOS = {errno.EACCES, errno.EPERM}


class StorageProblem(RuntimeError):
    """An expected condition of the disk or folder (not damage, not a bug). Its message is
    one plain sentence saying what is wrong and what to do; nothing was changed."""

    exit_status = 1  # what a command that meets it exits with


class NoSpaceError(StorageProblem):
    """The disk holding the data folder is full."""

    def __init__(self, folder: Path, *, needed: int | None = None) -> None:
        free = free_space(folder)
        want = f"at least {_size(needed)}" if needed else "some space"
        have = f" (only {_size(free)} free)" if free is not None else ""
        super().__init__(
            f"there is not enough space on the disk that holds {folder}{have}; free {want} "
            "there (empty the trash, move or delete large files you no longer need) and run "
            "it again. Nothing was changed."
        )
        self.folder = folder
        self.needed = needed
        self.free = free
        # What to free before starting again: enough to reach what is needed (at least
        # LOW_SPACE, below which SQLite cannot be relied on).
        self.to_free = max(1, (needed or LOW_SPACE) - (free or 0))


class ReadOnlyError(StorageProblem):
    """The data folder is on a read-only disk (or mounted read-only)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            f"the data folder {folder} is on a read-only disk; ProspectDesk can show and "
            "export the contacts there (prospectdesk today, prospectdesk export) but cannot "
            "change them. Nothing was changed."
        )
        self.folder = folder


class PermissionDeniedError(StorageProblem):
    """The operating system does not let this user read or write the data folder."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            f"this user may not write in the data folder {folder} (permission denied); "
            "run ProspectDesk as the folder's owner, or choose another folder with "
            "--data-dir. Nothing was changed."
        )
        self.folder = folder


class NotAFolderError(StorageProblem):
    """``--data-dir`` names a file, not a folder."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{path} is a file, not a folder; give --data-dir a folder (an existing one, or "
            "one ProspectDesk may create)"
        )
        self.path = path


def free_space(folder: Path) -> int | None:
    """Bytes free for this user on the disk holding ``folder`` (or its nearest existing
    parent); None when it cannot be told."""
    for candidate in (folder, *folder.parents):
        try:
            return shutil.disk_usage(candidate).free
        except OSError:
            continue
    return None


def is_read_only_disk(folder: Path) -> bool:
    """True when ``folder`` (or its nearest existing parent) is on a read-only mount."""
    for candidate in (folder, *folder.parents):
        try:
            flags = os.statvfs(candidate).f_flag
        except (OSError, AttributeError):  # AttributeError: no statvfs (Windows)
            if candidate.exists():
                return False
            continue
        return bool(flags & getattr(os, "ST_RDONLY", 1))
    return False


def environment_problem(folder: Path, *, writing: bool = True) -> StorageProblem | None:
    """What about the disk or folder (not the file) keeps ``folder`` from working, if
    anything: a read-only disk, a folder this user may not write, a (nearly) full disk."""
    if writing and is_read_only_disk(folder):
        return ReadOnlyError(folder)
    if folder.is_dir() and not os.access(folder, os.R_OK | os.X_OK):
        return PermissionDeniedError(folder)
    if writing and folder.is_dir() and not os.access(folder, os.W_OK):
        return PermissionDeniedError(folder)
    free = free_space(folder)
    if writing and free is not None and free < LOW_SPACE:
        return NoSpaceError(folder)
    return None


def _chain(error: BaseException) -> Iterator[BaseException]:
    """``error`` and every error behind it: peewee wraps sqlite3's errors (the original is
    its first argument), and a failed rollback hides the disk-full error in its context."""
    seen: set[int] = set()
    stack = [error]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        behind_it = (current.__cause__, current.__context__, getattr(current, "orig", None))
        for behind in (*behind_it, *current.args[:1]):
            if isinstance(behind, BaseException):
                stack.append(behind)


def explain(error: BaseException, folder: Path) -> StorageProblem | None:
    """The disk or folder condition behind ``error`` (an OSError or a SQLite error met
    while using the data in ``folder``), or None when it is something else (say damage)."""
    sqlite_seen = False
    for cause in _chain(error):
        if isinstance(cause, StorageProblem):
            return cause
        if isinstance(cause, OSError) and cause.errno is not None:
            if cause.errno in _NO_SPACE_ERRNOS:
                return NoSpaceError(folder)
            if cause.errno in _READ_ONLY_ERRNOS:
                return ReadOnlyError(folder)
            if cause.errno in _DENIED_ERRNOS:
                return environment_problem(folder) or PermissionDeniedError(folder)
        if isinstance(cause, sqlite3.Error):
            sqlite_seen = True
            name = getattr(cause, "sqlite_errorname", "") or ""
            text = str(cause).lower()
            if name.startswith("SQLITE_FULL") or "database or disk is full" in text:
                return NoSpaceError(folder)
            if name.startswith("SQLITE_READONLY") or "readonly database" in text:
                return environment_problem(folder) or ReadOnlyError(folder)
    if sqlite_seen:
        # "disk I/O error", "unable to open database file": damage, or the disk. The disk
        # is looked at: a full or read-only one is the likelier cause, and the cheaper
        # mistake (freeing space harms nothing; restoring a backup over good data would).
        return environment_problem(folder)
    return None


def _size(count: int | None) -> str:
    if count is None:
        return "?"
    if count >= 1024 * 1024 * 1024:
        return f"{count / (1024 * 1024 * 1024):.1f} GB"
    if count < 1024 * 1024:
        return f"{count // 1024} KB"
    return f"{max(1, round(count / (1024 * 1024)))} MB"


__all__ = [
    "LOW_SPACE",
    "NoSpaceError",
    "NotAFolderError",
    "PermissionDeniedError",
    "ReadOnlyError",
    "StorageProblem",
    "environment_problem",
    "explain",
    "free_space",
    "is_read_only_disk",
]
