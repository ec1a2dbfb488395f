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
        self._fd: int | None = None
        self._dir_fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> InstanceLock:
        """Take the lock now or raise :class:`AlreadyOpenError` (never waits)."""
        if self._fd is not None:
            return self
        dir_fd = _lock_dir(self.data_dir)
        try:
            fd = self._lock_file()
        except BaseException:
            if dir_fd is not None:
                os.close(dir_fd)  # closing drops its lock
            raise
        # The pid is only a hint for a person looking at the folder; the lock is the truth.
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd, self._dir_fd = fd, dir_fd
        return self

    def _lock_file(self) -> int:
        """The locked lock file; raises :class:`AlreadyOpenError` when someone holds it."""
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                _lock(fd)
            except OSError as error:
                os.close(fd)
                raise AlreadyOpenError(self.data_dir) from error
            if _still_at(fd, self.path):
                return fd
            # Deleted (or replaced) between our open and our lock: we locked a file nobody
            # else will find. Lock the one that is there now.
            os.close(fd)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        dir_fd, self._dir_fd = self._dir_fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)
            if dir_fd is not None:
                os.close(dir_fd)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


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
