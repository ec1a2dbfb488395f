"""One writer per data dir: an OS file lock held for as long as the workspace is open.

The lock is advisory and tied to an open file: the OS drops it when the process ends,
however it ends (a crash or SIGKILL included), so a stale lock never blocks a restart.
The GUI adds a local socket on top (bringing the running window to the front); this lock is
what keeps the command line, a second GUI and a script from writing at the same time.

On POSIX the lock is taken on the data dir itself as well as on ``prospectdesk.lock``: a
lock file can be deleted while it is held, and the next process then creates a new one and
locks that, but the folder holding the database cannot be swapped under a running app. The
lock file stays (older versions look only at it, and it names the holder's pid). On Windows
an open file cannot be deleted, so the file's lock alone holds.
"""

from __future__ import annotations

import errno
import logging
import os
import sys
from pathlib import Path

log = logging.getLogger(__name__)

LOCK_FILE = "prospectdesk.lock"


class AlreadyOpenError(RuntimeError):
    """Another ProspectDesk (window, command or script) has this data dir open."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__(f"{data_dir} is already open in another ProspectDesk")
        self.data_dir = data_dir


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / LOCK_FILE
        self._file = FileLock(self.path)
        self._dir_fd: int | None = None

    @property
    def held(self) -> bool:
        return self._file.held

    def acquire(self) -> InstanceLock:
        """Take the lock now or raise :class:`AlreadyOpenError` (never waits)."""
        if self.held:
            return self
        dir_fd = _lock_dir(self.data_dir)
        try:
            if not self._file.try_acquire():
                raise AlreadyOpenError(self.data_dir)
        except BaseException:
            if dir_fd is not None:
                os.close(dir_fd)  # closing drops its lock
            raise
        self._dir_fd = dir_fd
        # The pid is only a hint for a person looking at the folder; the lock is the truth.
        fd = self._file.fd
        assert fd is not None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        return self

    def release(self) -> None:
        dir_fd, self._dir_fd = self._dir_fd, None
        try:
            self._file.release()
        finally:
            if dir_fd is not None:
                os.close(dir_fd)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


class FileLock:
    """An OS lock on one file (created 0600), taken without waiting.

    The file locked is the one at ``path`` once the lock is taken: a file deleted between
    our open and our lock is let go (whoever comes next would lock the new one).
    ``remove_on_release``: the file is deleted on release, while still locked (POSIX; the
    check above makes that safe), so that lock files for passing names do not pile up.
    """

    def __init__(self, path: Path, *, remove_on_release: bool = False) -> None:
        self.path = path
        self.remove_on_release = remove_on_release and sys.platform != "win32"
        self.fd: int | None = None

    @property
    def held(self) -> bool:
        return self.fd is not None

    def try_acquire(self) -> bool:
        """True once held; False when another open file holds it (this process's too)."""
        if self.fd is not None:
            return True
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                _lock(fd)
            except OSError:
                os.close(fd)
                return False
            if _still_at(fd, self.path):
                self.fd = fd
                return True
            os.close(fd)  # deleted or replaced meanwhile: lock the one there now

    def release(self) -> None:
        if self.fd is None:
            return
        fd, self.fd = self.fd, None
        try:
            if self.remove_on_release:
                self.path.unlink(missing_ok=True)
            _unlock(fd)
        finally:
            os.close(fd)


def _still_at(fd: int, path: Path) -> bool:
    try:
        now = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (mine.st_dev, mine.st_ino) == (now.st_dev, now.st_ino)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_dir(data_dir: Path) -> int | None:
        return None  # the lock file cannot be deleted while it is open

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        # flock (not lockf): it belongs to this open file, so a second open in the same
        # process conflicts too, which keeps the in-process tests honest.
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _lock_dir(data_dir: Path) -> int | None:
        """The data dir's own descriptor, locked; raises :class:`AlreadyOpenError` when
        another process holds it. None where the file system cannot lock a folder (some
        network mounts): the lock file then holds alone, as before."""
        fd = os.open(data_dir, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            _lock(fd)
        except OSError as error:
            os.close(fd)
            if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise AlreadyOpenError(data_dir) from error
            log.warning("cannot lock the folder %s (%s): relying on its lock file", data_dir, error)
            return None
        return fd
