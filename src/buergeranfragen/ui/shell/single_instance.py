"""One running window per user: a second start (or `buergeranfragen call --from NUMBER`, or a
tel: link) hands its request to the running window through a local socket."""

from __future__ import annotations

import getpass
import os
import re

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

NAME_ENV = "BUERGERANFRAGEN_INSTANCE_NAME"


def server_name() -> str:
    if os.environ.get(NAME_ENV):
        return os.environ[NAME_ENV]
    user = re.sub(r"[^A-Za-z0-9_-]", "_", getpass.getuser())
    return f"buergeranfragen-{user}"


def send_to_running(message: str, name: str | None = None, timeout_ms: int = 1000) -> bool:
    """True when a running window took the message."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(message.encode("utf-8") + b"\n")
    socket.flush()
    if socket.bytesToWrite():
        socket.waitForBytesWritten(timeout_ms)
    done = socket.bytesToWrite() == 0
    socket.disconnectFromServer()
    return done


class InstanceServer(QObject):
    """Listens for requests of later starts: "show" or "call <number>"."""

    message_received = Signal(str)

    def __init__(self, name: str | None = None) -> None:
        super().__init__()
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)  # a stale socket left by a crashed run
        return self.server.listen(self.name)

    def close(self) -> None:
        for socket in list(self._buffers):
            socket.disconnect(self)
            socket.abort()
            socket.deleteLater()
        self._buffers.clear()
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.setParent(self)
            self._buffers[socket] = b""
            socket.readyRead.connect(self._ready)
            socket.disconnected.connect(self._gone)

    def _ready(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket) and socket in self._buffers:
            self._read(socket)

    def _gone(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket) and socket in self._buffers:
            self._read(socket)
            del self._buffers[socket]
            socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        self._buffers[socket] += bytes(socket.readAll().data())
        while b"\n" in self._buffers[socket]:
            line, rest = self._buffers[socket].split(b"\n", 1)
            self._buffers[socket] = rest
            self.message_received.emit(line.decode("utf-8", "replace").strip())
