"""One writer per data dir: an OS file lock held for as long as the workspace is open.

The lock is advisory and tied to an open file: the OS drops it when the process ends,
however it ends (a crash or SIGKILL included), so a stale lock never blocks a restart.
The GUI adds a local socket on top (bringing the running window to the front); this lock is
what keeps the command line, a second GUI and a script from writing at the same time.
"""

from __future__ import annotations

import os
from pathlib import Path

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

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> InstanceLock:
        """Take the lock now or raise :class:`AlreadyOpenError` (never waits)."""
        if self._fd is not None:
            return self
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError as error:
            os.close(fd)
            raise AlreadyOpenError(self.data_dir) from error
        # The pid is only a hint for a person looking at the folder; the lock is the truth.
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

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
