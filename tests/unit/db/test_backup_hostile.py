"""Hostile inputs for backup and restore (`db/backup.py`, `db/daily.py`)."""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.db.backup import (
    BackupFailed,
    backup_database,
    check_backup,
    database_file,
    restore_database,
)
from buergeranfragen.db.migrate import open_database


@pytest.fixture
def url(tmp_path: Path, clock: FixedClock) -> str:
    address = f"sqlite:///{tmp_path / 'db' / 'office.sqlite'}"
    open_database(address, clock).close()
    return address


def _in_time(call: object, seconds: float = 5.0) -> BaseException | None:
    """Run ``call`` on a thread; fail the test if it has not ended in ``seconds``."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            call()  # type: ignore[operator]
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "the call hangs"
    return outcome[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_not_waited_for(
    url: str, tmp_path: Path, clock: FixedClock
) -> None:
    pipe = tmp_path / "pipe.sqlite"
    os.mkfifo(pipe)
    try:
        for call in (lambda: check_backup(pipe), lambda: restore_database(url, pipe, clock)):
            error = _in_time(call)
            assert isinstance(error, BackupFailed)
    finally:
        # a hanging reader would still be waiting for a writer: let it go
        descriptor = os.open(pipe, os.O_RDWR | os.O_NONBLOCK)
        os.close(descriptor)
    assert sorted(p.name for p in database_file(url).parent.iterdir()) == ["office.sqlite"]


def test_a_part_file_that_cannot_be_written_is_a_known_failure(
    url: str, tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = backup_database(url, tmp_path / "copy.sqlite")
    path = database_file(url)
    before = path.read_bytes()
    in_the_way = path.with_name(path.name + ".part")
    in_the_way.mkdir()  # something of that name the restore cannot remove
    with pytest.raises(BackupFailed, match="nicht gelungen"):
        restore_database(url, copy, clock)
    in_the_way.rmdir()
    real_open = os.open

    def full(file: object, flags: int, mode: int = 0o777) -> int:
        if str(file).endswith(".part"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_open(file, flags, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", full)
    with pytest.raises(BackupFailed, match="nicht gelungen"):
        restore_database(url, copy, clock)
    monkeypatch.undo()
    assert path.read_bytes() == before


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_a_backup_never_goes_over_the_databases_own_files(
    url: str, clock: FixedClock, suffix: str
) -> None:
    path = database_file(url)
    companion = path.with_name(path.name + suffix)
    db = open_database(url, clock)  # the app runs: WAL and shared memory exist
    try:
        companion.touch()
        before = companion.read_bytes()
        with pytest.raises(BackupFailed):
            backup_database(url, companion, overwrite=True)
        assert companion.read_bytes() == before
    finally:
        db.close()
