"""One window per data dir: a second start hands over to the running one and exits.

The running app listens on a local socket (a named pipe on Windows, a socket file readable
by this user only elsewhere) whose name is derived from the data dir, so two different data
dirs can each have their own window. The domain's file lock
(:mod:`prospectdesk.domain.instance_lock`) is what actually keeps two writers apart; this is
the friendly part that brings the existing window to the front.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

ACTIVATE = b"activate\n"


def server_name(data_dir: Path | str) -> str:
    """Stable for one user and one data dir; no path characters the OS would mind."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name (a container): the dir alone still separates apps
        user = ""
    key = f"{user}\0{Path(data_dir).expanduser().resolve()}".encode()
    return "prospectdesk-" + hashlib.sha256(key).hexdigest()[:24]


class SingleInstance(QObject):
    """Signals:
    activation_requested(): a second start asked this window to come to the front.
    """

    activation_requested = Signal()

    def __init__(self, data_dir: Path | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._server: QLocalServer | None = None

    def notify_running(self, timeout_ms: int = 1000) -> bool:
        """True when another instance is listening and was asked to show itself."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(ACTIVATE)
        socket.flush()
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(timeout_ms)
        return True

    def listen(self) -> bool:
        """Start answering later starts. A socket file left by a crashed run is removed."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # Nobody answered notify_running, so the name is stale: take it over.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                return False
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server
        return True

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            # The connection is the server's child and goes with it; a deleteLater here
            # races the Python wrapper at shutdown (a crash in PySide 6.12).
            connection.readyRead.connect(lambda c=connection: self._on_connection_ready_read(c))
            if connection.bytesAvailable():
                self._on_connection_ready_read(connection)

    def _on_connection_ready_read(self, connection: QLocalSocket) -> None:
        if bytes(connection.readAll().data()).startswith(ACTIVATE.strip()):
            self.activation_requested.emit()


def bring_to_front(window: QWidget) -> None:
    """Show a window that may be minimised, hidden in the tray or behind others."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
