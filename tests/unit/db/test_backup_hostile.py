"""Hostile inputs for backup and restore (`db/backup.py`, `db/daily.py`)."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import threading
from datetime import UTC, date, datetime, timedelta
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
from buergeranfragen.db.daily import backup_name, backups_in, run_daily_backup
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


def test_daily_backup_is_kept_when_the_clock_went_back(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'office.sqlite'}"
    clock = FixedClock(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
    open_database(url, clock).close()
    folder = tmp_path / "backups"
    folder.mkdir()
    # a week of backups made while the clock was a year ahead
    future = [date(2027, 11, 25) + timedelta(days=n) for n in range(10)]
    for day in future:
        (folder / backup_name(day)).write_text("damals")
    earlier = [date(2026, 11, 25) - timedelta(days=n) for n in range(1, 4)]
    for day in earlier:
        backup_database(url, folder / backup_name(day))
    result = run_daily_backup(url, None, clock)
    assert result.made
    assert result.path.exists(), "today's backup was deleted by its own rotation"
    kept = backups_in(folder)
    assert set(earlier) <= set(kept), "real backups were deleted for ones from the future"
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
    sqlite3.connect(result.path).close()
    assert set(future) <= set(kept)  # not ours to judge: left alone


def test_two_restores_at_once_never_leave_the_office_without_a_database(
    url: str, tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from buergeranfragen.db import backup

    first = backup_database(url, tmp_path / "first.sqlite")
    second = backup_database(url, tmp_path / "second.sqlite")
    take = backup._take_for_ourselves
    others: list[object] = []

    def meanwhile(path: Path) -> sqlite3.Connection:
        if not others:  # a second restore (another command) runs in between
            others.append(second)
            restore_database(url, second, clock)
        return take(path)

    monkeypatch.setattr(backup, "_take_for_ourselves", meanwhile)
    try:
        restore_database(url, first, clock)
    except BackupFailed:
        pass  # refusing is fine; losing the database is not
    assert others
    path = database_file(url)
    assert path.exists(), "the database is gone"
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert connection.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1
    connection.close()


def test_a_full_disk_while_copying_is_not_blamed_on_the_backup(
    url: str, tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from buergeranfragen.db import backup

    copy = backup_database(url, tmp_path / "copy.sqlite")
    path = database_file(url)
    before = path.read_bytes()

    def disk_full(_source: object, _part: object) -> None:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(backup, "_copy_into", disk_full)
    with pytest.raises(BackupFailed) as failed:
        restore_database(url, copy, clock)
    said = failed.value.reason.template
    assert "konnte nicht geschrieben werden" in said and "keine brauchbare" not in said
    assert path.read_bytes() == before
