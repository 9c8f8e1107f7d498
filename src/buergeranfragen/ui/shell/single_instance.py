"""One running window per user: a second start (or `buergeranfragen call --from NUMBER`, or a
tel: link) hands its request to the running window through a local socket.

The socket lives in a folder only the user can enter: ``$XDG_RUNTIME_DIR`` when set, else
``<data folder>/run`` (0700), else - when that path is too long for a socket -
``/tmp/buergeranfragen-<uid>`` (0700, checked to be the user's). The client talks only to a
socket the user owns; the server takes requests only from a peer of the same user (Linux:
``SO_PEERCRED``). Whoever else listens or connects gets nothing: no caller numbers leak, and a
foreign socket never keeps the window from starting (it then runs without the hand-over)."""

from __future__ import annotations

import getpass
import logging
import os
import re
import socket as pysocket
import stat
import struct
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from buergeranfragen.config import Settings

NAME_ENV = "BUERGERANFRAGEN_INSTANCE_NAME"
RUNTIME_ENV = "XDG_RUNTIME_DIR"
MAX_SOCKET_PATH = 100  # sockaddr_un holds 108 bytes on Linux, 104 on the BSDs

log = logging.getLogger("buergeranfragen.instance")


def _unix() -> bool:
    return sys.platform != "win32"


def _uid() -> int:
    return os.geteuid()


def private_folder(folder: Path) -> bool:
    """A folder of this user that nobody else may enter or write to."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == _uid() and not info.st_mode & 0o077


def _make_private(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return False
    return private_folder(folder)


def _socket_file_name() -> str:
    name = os.environ.get(NAME_ENV)
    if not name:
        user = re.sub(r"[^A-Za-z0-9_-]", "_", getpass.getuser())
        name = f"buergeranfragen-{user}"
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name)


def server_name() -> str:
    """The socket's path (Unix) or the pipe's name (Windows, where Qt keeps it per user)."""
    file_name = _socket_file_name()
    if not _unix():
        return file_name
    candidates: list[Path] = []
    if os.environ.get(RUNTIME_ENV):
        candidates.append(Path(os.environ[RUNTIME_ENV]))
    candidates.append(Settings.from_environment().data_dir / "run")
    candidates.append(Path(tempfile.gettempdir()) / f"buergeranfragen-{_uid()}")
    for folder in candidates:
        path = folder / file_name
        if len(os.fsencode(path)) <= MAX_SOCKET_PATH and _make_private(folder):
            return str(path)
    return str(candidates[-1] / file_name)  # not private: the checks below refuse it


def trusted_socket(path: str) -> bool:
    """The socket at ``path`` is this user's, in a folder only the user may enter."""
    if not _unix():
        return True
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return (
        stat.S_ISSOCK(info.st_mode) and info.st_uid == _uid() and private_folder(Path(path).parent)
    )


def peer_is_same_user(descriptor: int) -> bool:
    """The process at the other end of a connected Unix socket runs as this user (Linux:
    SO_PEERCRED). Elsewhere the private folder is the guard."""
    if not sys.platform.startswith("linux"):
        return True
    try:
        connection = pysocket.fromfd(descriptor, pysocket.AF_UNIX, pysocket.SOCK_STREAM)
    except OSError:
        return False
    try:
        credentials = connection.getsockopt(
            pysocket.SOL_SOCKET, pysocket.SO_PEERCRED, struct.calcsize("3i")
        )
    except OSError:
        return False
    finally:
        connection.close()  # the duplicate only; Qt keeps its own descriptor
    _pid, uid, _gid = struct.unpack("3i", credentials)
    return bool(uid == _uid())


def send_to_running(message: str, name: str | None = None, timeout_ms: int = 1000) -> bool:
    """True when a running window took the message. A socket that is not the user's own is
    not talked to."""
    path = name or server_name()
    if not trusted_socket(path):
        if os.path.lexists(path):
            log.warning("instance socket not owned by the user; ignored")
        return False
    socket = QLocalSocket()
    socket.connectToServer(path)
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
        if _unix() and not private_folder(Path(self.name).parent):
            log.warning("no private folder for the instance socket; running without it")
            return False
        if _unix() and os.path.lexists(self.name) and not trusted_socket(self.name):
            # Qt would replace it; someone else's file is left alone
            log.warning("instance socket taken by someone else; running without it")
            return False
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
            if _unix() and not peer_is_same_user(int(socket.socketDescriptor())):
                log.warning("instance request from another user refused")
                socket.abort()
                socket.deleteLater()
                continue
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
