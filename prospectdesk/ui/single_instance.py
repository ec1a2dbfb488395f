"""One window per data dir: a second start hands over to the running one and exits.

The running app listens on a local socket whose name is derived from the data dir, so two
different data dirs can each have their own window. The domain's file lock
(:mod:`prospectdesk.domain.instance_lock`) is what actually keeps two writers apart; this is
the friendly part that brings the existing window to the front.

Where the socket lives decides who can pretend to be the running window. On Linux and
macOS it is a file in a folder only this user can enter (the user runtime dir, else a
``run`` folder inside the data dir, both 0700 and checked to be ours), never at a fixed
name in the shared ``/tmp``, where another user could create it first and so stop the app
from starting. A socket file that belongs to another user, or lies in a folder others
can write to, is never talked to (asking the peer for its user would take the ``socket``
module, which the app does not import: tests/reliability/test_privacy.py). On Windows it is a named pipe that only this user may open.

The hand-over is race-free: the right to answer is an OS file lock beside the socket
(``<name>.lock``), taken before anything else. Whoever holds it listens at once; a start
that cannot take it keeps trying to reach the holder while the holder is starting.
"""

from __future__ import annotations

import getpass
import logging
import os
import stat
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from prospectdesk import APP_NAME
from prospectdesk.domain.instance_lock import FileLock
from prospectdesk.paths import ensure_private_dir

# QtNetwork is imported where a socket is used: a start that takes the right to answer
# listens only once its first screen is painted (issue 21), and loading QtNetwork was
# ~10 ms of the path to that paint.
if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
# "Open these files" (Open with ProspectDesk on a .vcf while the app runs): this line, one
# absolute path a line (UTF-8), and an empty line that ends the message.
OPEN_FILES = b"open\n"
MAX_MESSAGE_BYTES = 1 << 20
# How long a start keeps trying to reach a window that holds the data dir but is not
# answering yet (it took the lock a moment ago and is about to listen).
HANDOVER_TIMEOUT_MS = 5000
_RETRY_S = 0.02
# sun_path holds 108 bytes on Linux and 104 on macOS, the final NUL included.
_MAX_SOCKET_PATH = 100


def server_name(data_dir: Path | str) -> str:
    """Stable for one user and one data dir; no path characters the OS would mind."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name (a container): the dir alone still separates apps
        user = ""
    key = f"{user}\0{Path(data_dir).expanduser().resolve()}".encode()
    return "prospectdesk-" + _sha256_hex(key)[:24]


def _sha256_hex(data: bytes) -> str:
    """SHA-256 by Python's own module, the one hashlib falls back to: the same digest
    without loading OpenSSL's libcrypto (``import hashlib`` does, ~11 M instructions, on
    the way to the first paint) for one hash of a path."""
    try:
        from _sha2 import sha256  # type: ignore[import-not-found]  # Python 3.12 and later
    except ImportError:
        try:
            from _sha256 import sha256  # type: ignore[import-not-found]  # Python 3.11
        except ImportError:  # a Python built without them
            from hashlib import sha256
    return str(sha256(data).hexdigest())


def server_address(data_dir: Path | str) -> str | None:
    """What the running window listens on: a pipe name on Windows, else the path of a
    socket in a private folder (None when there is no such folder: no hand-over then)."""
    name = server_name(data_dir)
    if sys.platform == "win32":
        return name
    for path in _socket_path_candidates(Path(data_dir), name):
        if len(os.fsencode(f"{path}.lock")) > _MAX_SOCKET_PATH:
            continue  # a socket path has a length limit
        folder = path.parent
        try:
            _make_private_dir(folder)
        except OSError as error:
            log.debug("no socket folder at %s: %s", folder, error)
            continue
        if _is_private_dir(folder):
            return str(path)
        log.warning("%s is not a folder of this user alone: not used for the socket", folder)
    return None


def _socket_path_candidates(data_dir: Path, name: str) -> list[Path]:
    """The user runtime dir; else a ``run`` folder in the data dir (one data dir: no
    hash needed); else a folder of our own in the temporary folder (a long data dir path)."""
    candidates = []
    try:
        from platformdirs import user_runtime_dir

        with warnings.catch_warnings():  # "XDG_RUNTIME_DIR is not set": the fallback is ok
            warnings.simplefilter("ignore")
            candidates.append(Path(user_runtime_dir(APP_NAME, appauthor=False)) / name)
    except Exception as error:  # platformdirs refuses a runtime dir that is not private
        log.debug("no user runtime dir: %s", error)
    candidates.append(data_dir.expanduser().resolve() / "run" / "prospectdesk")
    candidates.append(Path(tempfile.gettempdir()) / f"prospectdesk-{os.geteuid()}" / name)
    return candidates


def _make_private_dir(folder: Path) -> None:
    """Create the folder itself (0700), never a missing parent: a runtime dir that does
    not exist is not ours to make up. The data dir is, on a first start."""
    if folder.name == "run" and not folder.parent.exists():
        ensure_private_dir(folder.parent)
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass
    info = os.lstat(folder)
    if stat.S_ISDIR(info.st_mode) and info.st_uid == os.geteuid():
        os.chmod(folder, 0o700)  # ours but opened up (an older version, a person)


def _is_private_dir(folder: Path) -> bool:
    """Ours, 0700, no symlink, and in a parent nobody else can rename it in."""
    try:
        mine = os.lstat(folder)
        parent = os.stat(folder.parent)
    except OSError:
        return False
    me = os.geteuid()
    if not stat.S_ISDIR(mine.st_mode) or mine.st_uid != me or mine.st_mode & 0o077:
        return False
    others_may_write = parent.st_mode & 0o022 and not parent.st_mode & stat.S_ISVTX
    return parent.st_uid in (me, 0) and not others_may_write


def _is_our_socket(path: str) -> bool:
    """The socket file is this user's, in a folder of this user alone."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return (
        stat.S_ISSOCK(info.st_mode)
        and info.st_uid == os.geteuid()
        and _is_private_dir(Path(path).parent)
    )


def open_files_message(files: list[str]) -> bytes:
    """What a start with files sends: :data:`OPEN_FILES`, the paths, an empty line."""
    paths = [os.path.abspath(path) for path in files if "\n" not in path]
    return OPEN_FILES + "".join(f"{path}\n" for path in paths).encode("utf-8") + b"\n"


class SingleInstance(QObject):
    """Signals:
    activation_requested(): a second start asked this window to come to the front.
    files_open_requested(list): a second start was given files (``prospectdesk gui
        FILE...``, the desktop's "Open with"): their absolute paths, to import.
    """

    activation_requested = Signal()
    files_open_requested = Signal(list)

    def __init__(
        self,
        data_dir: Path | str,
        parent: QObject | None = None,
        *,
        files: list[str] | None = None,
    ) -> None:
        """``files``: what this start was asked to open, handed to the running window
        when there is one."""
        super().__init__(parent)
        self.files = list(files or [])
        self.name = server_name(data_dir)
        self.address = server_address(data_dir)
        # The right to answer. Beside the socket; on Windows (a pipe has no folder) in
        # this user's own temporary folder.
        self._claim = (
            None
            if self.address is None
            else FileLock(Path(tempfile.gettempdir()) / f"{self.name}.lock")
            if sys.platform == "win32"
            else FileLock(Path(f"{self.address}.lock"), remove_on_release=True)
        )
        self._server: QLocalServer | None = None

    def become_primary(
        self, timeout_ms: int = HANDOVER_TIMEOUT_MS, *, listen_later: bool = False
    ) -> bool:
        """What a start does first. True: this process is the window of the data dir (it
        listens from now on, or there is nowhere to listen). False: another window holds
        the data dir and was asked to come to the front; this start should end.

        ``listen_later``: only take the right to answer; the caller calls :meth:`listen`
        once its first screen is painted. A later start meanwhile keeps trying to reach
        this one (up to ``HANDOVER_TIMEOUT_MS``), as it does while any holder starts."""
        if self.address is None:
            return True
        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            if self._claim_right() and (listen_later or self.listen()):
                return True
            left_ms = int((deadline - time.monotonic()) * 1000)
            if left_ms > 0 and self.notify_running(timeout_ms=left_ms):
                return False
            if time.monotonic() >= deadline:
                # It holds the right to answer but does not (hung?): open, and let the
                # data dir's lock decide.
                log.warning("the ProspectDesk holding %s does not answer", self.address)
                return True

    def notify_running(self, timeout_ms: int = 1000) -> bool:
        """True when the window of this data dir (this user's) was asked to show itself.
        Waits up to ``timeout_ms`` for a window that is still starting."""
        if self.address is None or self.listening:
            return False  # nobody to ask, or we are the window
        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            if self._activate(max(int((deadline - time.monotonic()) * 1000), 1)):
                return True
            if not self._claimed_elsewhere() or time.monotonic() >= deadline:
                return False
            time.sleep(_RETRY_S)

    def _claimed_elsewhere(self) -> bool:
        """Whether another process holds the right to answer (it is starting or running)."""
        if self._claim is None or self._claim.held:
            return False
        if self._claim.try_acquire():
            self._claim.release()
            return False
        return True

    def _activate(self, timeout_ms: int) -> bool:
        assert self.address is not None
        if sys.platform != "win32" and not _is_our_socket(self.address):
            return False
        from PySide6.QtNetwork import QLocalSocket

        connection = QLocalSocket()
        connection.connectToServer(self.address)
        if not connection.waitForConnected(timeout_ms):
            return False
        connection.write(open_files_message(self.files) if self.files else ACTIVATE)
        connection.flush()
        connection.waitForBytesWritten(timeout_ms)
        connection.disconnectFromServer()
        if connection.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            connection.waitForDisconnected(timeout_ms)
        return True

    def listen(self) -> bool:
        """Start answering later starts: True when this process is now the one that
        answers, False when another one holds that right (or nothing can listen here)."""
        if self.listening:
            return True
        if not self._claim_right():
            return False
        assert self.address is not None and self._claim is not None
        from PySide6.QtNetwork import QLocalServer

        # Ours now: a socket file still there was left by a crashed run.
        QLocalServer.removeServer(self.address)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.address):
            log.warning("cannot listen at %s: %s", self.address, server.errorString())
            server.deleteLater()
            self._claim.release()
            return False
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server
        return True

    def _claim_right(self) -> bool:
        """Take the right to answer (the lock beside the socket); True when held."""
        if self.address is None or self._claim is None:
            return False
        return self._claim.held or self._claim.try_acquire()

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._claim is not None:
            self._claim.release()

    def _on_server_new_connection(self) -> None:
        from PySide6.QtNetwork import QLocalSocket  # loaded by listen() already

        assert self._server is not None
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            # Each connection goes once its peer hangs up (each was ~17 KB, kept for the
            # app's lifetime before).
            connection.disconnected.connect(connection.deleteLater)
            connection.readyRead.connect(self._on_connection_ready_read)
            if connection.bytesAvailable():
                self._read(connection)
            if connection.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                connection.deleteLater()  # gone before we looked: no disconnected() comes

    def _on_connection_ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket  # loaded by listen() already

        connection = self.sender()
        if isinstance(connection, QLocalSocket):
            self._read(connection)

    def _read(self, connection: QLocalSocket) -> None:
        buffer = bytes(connection.property("received") or b"") + bytes(connection.readAll().data())
        if buffer.startswith(OPEN_FILES) and len(buffer) < MAX_MESSAGE_BYTES:
            if not buffer.endswith(b"\n\n"):
                connection.setProperty("received", buffer)
                return  # the rest of the message is on its way
            lines = buffer[len(OPEN_FILES) :].decode("utf-8", "replace").splitlines()
            self.files_open_requested.emit([line for line in lines if line])
        elif any(
            len(buffer) < len(tag) and tag.startswith(buffer) for tag in (ACTIVATE, OPEN_FILES)
        ):
            connection.setProperty("received", buffer)
            return  # the rest of the message is on its way
        elif buffer.startswith(ACTIVATE):
            self.activation_requested.emit()
        connection.disconnectFromServer()  # one message per connection


def bring_to_front(window: QWidget) -> None:
    """Show a window that may be minimised, hidden in the tray or behind others."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
