"""The single-instance socket: in the user's runtime folder (or a 0700 folder of the user),
never talked to when someone else owns it, and requests from another user refused."""

from __future__ import annotations

import os
import socket as pysocket
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket

from buergeranfragen.ui.shell import single_instance
from buergeranfragen.ui.shell.single_instance import (
    InstanceServer,
    peer_is_same_user,
    send_to_running,
    server_name,
    trusted_socket,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")


@pytest.fixture
def runtime_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="rt-"))  # short: a socket path has ~100 bytes
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    for child in folder.iterdir():
        child.unlink()
    folder.rmdir()


def test_the_socket_lives_in_the_runtime_folder(runtime_dir: Path) -> None:
    assert Path(server_name()).parent == runtime_dir


def test_without_a_runtime_folder_a_private_folder_of_the_user(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("BUERGERANFRAGEN_DATA_DIR", str(Path(tempfile.mkdtemp(prefix="d-"))))
    folder = Path(server_name()).parent
    assert not str(folder).startswith("/tmp/buergeranfragen")  # not a guessable shared name
    info = folder.stat()
    assert info.st_uid == os.geteuid() and stat.S_IMODE(info.st_mode) == 0o700


def test_a_socket_of_another_user_is_not_talked_to_nor_removed(
    qapp: object, runtime_dir: Path
) -> None:
    path = server_name()
    foreign = pysocket.socket(pysocket.AF_UNIX, pysocket.SOCK_STREAM)
    foreign.bind(path)
    foreign.listen(1)
    try:
        if os.geteuid() == 0:
            os.chown(path, 65534, 65534)
        else:
            pytest.skip("needs root to make a socket of another user")
        assert not trusted_socket(path)
        assert not send_to_running("call +49 211 8371001")
        foreign.setblocking(False)
        with pytest.raises(BlockingIOError):
            foreign.accept()  # nobody connected: the number did not leak
        server = InstanceServer()
        assert not server.listen()  # the window runs without the hand-over
        assert os.path.exists(path)  # and did not remove someone else's socket
        server.close()
    finally:
        foreign.close()


def test_a_folder_others_may_enter_is_not_used(qapp: object, runtime_dir: Path) -> None:
    runtime_dir.chmod(0o755)
    try:
        assert Path(server_name()).parent != runtime_dir
        server = InstanceServer(str(runtime_dir / "instance"))
        assert not server.listen()
        assert not send_to_running("show", str(runtime_dir / "instance"))
    finally:
        runtime_dir.chmod(0o700)


def test_a_request_of_another_user_is_refused(
    qtbot, qapp: object, runtime_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    server = InstanceServer()
    assert server.listen()
    received: list[str] = []
    server.message_received.connect(received.append)
    try:
        assert send_to_running("show")
        qtbot.waitUntil(lambda: received == ["show"])
        # the same socket, but the peer is now "another user"
        monkeypatch.setattr(single_instance, "peer_is_same_user", lambda fd: False)
        client = QLocalSocket()
        client.connectToServer(server.name)
        assert client.waitForConnected(1000)
        client.write(b"call +49 211 8371001\n")
        client.flush()
        qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.UnconnectedState)
        assert received == ["show"]
    finally:
        server.close()


def test_peer_credentials_are_read_from_the_descriptor() -> None:
    left, right = pysocket.socketpair(pysocket.AF_UNIX)
    try:
        assert peer_is_same_user(left.fileno()) is True
        if sys.platform.startswith("linux"):
            single_uid = os.geteuid
            try:
                single_instance._uid = lambda: single_uid() + 1  # type: ignore[assignment]
                assert peer_is_same_user(left.fileno()) is False
            finally:
                single_instance._uid = single_uid  # type: ignore[assignment]
    finally:
        left.close()
        right.close()
