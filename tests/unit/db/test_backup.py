"""Backup and restore of a SQLite database (`db/backup.py`, CLI `backup`/`restore`)."""

from __future__ import annotations

import io
import os
import sqlite3
import stat
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from buergeranfragen.cli import main
from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactDraft, ContactKind
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.backup import (
    BackupFailed,
    backup_database,
    check_backup,
    database_file,
    restore_database,
)
from buergeranfragen.db.engine import create_database_engine
from buergeranfragen.db.migrate import head_revision, open_database, upgrade
from tests.conftest import ACTOR


def _contacts(url: str, clock: FixedClock, count: int, start: int = 0) -> None:
    db = open_database(url, clock)
    try:
        service = ContactService(db.session_factory, clock, ACTOR)
        for number in range(start, start + count):
            service.create(
                ContactDraft(kind=ContactKind.CITIZEN, first_name="Eva", last_name=f"M{number}")
            )
    finally:
        db.close()


def _count(path: Path, table: str = "contacts") -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'db' / 'office.sqlite'}"


def test_backup_while_another_connection_writes_is_consistent_and_owner_only(
    url: str, tmp_path: Path, clock: FixedClock
) -> None:
    _contacts(url, clock, 5)
    engine = create_database_engine(url)
    old_umask = os.umask(0o022)
    try:
        with engine.connect() as writer:  # a write under way, not committed
            writer.execute(text("DELETE FROM contacts"))
            target = backup_database(url, tmp_path / "copy.sqlite")
            writer.rollback()
    finally:
        os.umask(old_umask)
        engine.dispose()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _count(target) == 5
    assert check_backup(target).contacts == 5
    assert not list(tmp_path.glob("*.part"))


def test_backup_refuses_an_existing_file_and_postgresql(
    url: str, tmp_path: Path, clock: FixedClock
) -> None:
    _contacts(url, clock, 1)
    existing = tmp_path / "there.sqlite"
    existing.write_text("keep")
    with pytest.raises(BackupFailed, match="gibt es schon"):
        backup_database(url, existing)
    assert existing.read_text() == "keep"
    with pytest.raises(BackupFailed, match="pg_dump"):
        database_file("postgresql+psycopg://user@host/office")


def test_restore_replaces_the_database_and_keeps_the_replaced_file(
    url: str, tmp_path: Path, clock: FixedClock
) -> None:
    _contacts(url, clock, 3)
    copy = backup_database(url, tmp_path / "copy.sqlite")
    _contacts(url, clock, 4, start=10)
    result = restore_database(url, copy, clock)
    path = database_file(url)
    assert _count(path) == 3
    assert result.kept is not None and _count(result.kept) == 7
    assert result.kept.name == "office.vor-wiederherstellung-20261125-103000.sqlite"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert (result.facts.contacts, result.upgraded_from) == (3, None)
    assert sorted(p.name for p in path.parent.iterdir()) == sorted([path.name, result.kept.name])
    _contacts(url, clock, 1, start=20)  # the restored database works
    assert _count(path) == 4
    again = restore_database(url, copy, clock)  # in the same second: kept beside the first
    assert again.kept is not None and again.kept.name.endswith("103000-2.sqlite")
    assert _count(result.kept) == 7 and _count(again.kept) == 4


def test_restore_refuses_while_the_database_is_open(
    url: str, tmp_path: Path, clock: FixedClock
) -> None:
    _contacts(url, clock, 2)
    copy = backup_database(url, tmp_path / "copy.sqlite")
    _contacts(url, clock, 1, start=5)
    db = open_database(url, clock)  # a window elsewhere: an idle pooled connection
    try:
        with db.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        with pytest.raises(BackupFailed, match="noch geöffnet"):
            restore_database(url, copy, clock)
    finally:
        db.close()
    assert _count(database_file(url)) == 3
    assert [p.name for p in database_file(url).parent.glob("*vor-wieder*")] == []


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        ("text", "keine SQLite-Datenbank"),
        ("newer", "neueren Version"),
        ("foreign", "keine Datenbank von Bürgeranfragen"),
        ("corrupt", "keine brauchbare Sicherung"),
    ],
)
def test_restore_checks_the_file_before_touching_anything(
    url: str, tmp_path: Path, clock: FixedClock, damage: str, expected: str
) -> None:
    _contacts(url, clock, 2)
    bad = tmp_path / "bad.sqlite"
    if damage == "text":
        bad.write_text("kein SQLite")
    else:
        backup_database(url, bad)
        connection = sqlite3.connect(bad)
        if damage == "newer":
            connection.execute("UPDATE alembic_version SET version_num = '9999'")
        elif damage == "foreign":
            connection.execute("DROP TABLE alembic_version")
        connection.commit()
        connection.close()
        if damage == "corrupt":
            data = bytearray(bad.read_bytes())
            page = 4096
            data[3 * page : 5 * page] = bytes([0xA5]) * (2 * page)
            bad.write_bytes(bytes(data))
    before = database_file(url).read_bytes()
    with pytest.raises(BackupFailed, match=expected):
        restore_database(url, bad, clock)
    assert database_file(url).read_bytes() == before
    assert sorted(p.name for p in database_file(url).parent.iterdir()) == ["office.sqlite"]


def test_an_older_backup_is_upgraded_after_the_restore(
    url: str, tmp_path: Path, clock: FixedClock
) -> None:
    old = tmp_path / "old.sqlite"
    engine = create_database_engine(f"sqlite:///{old}")
    upgrade(engine, clock, "0013")
    engine.dispose()
    _contacts(url, clock, 1)
    result = restore_database(url, old, clock)
    assert result.upgraded_from == "0013"
    connection = sqlite3.connect(database_file(url))
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    connection.close()
    assert revision == head_revision()


def test_backup_and_restore_on_the_command_line(
    url: str, tmp_path: Path, clock: FixedClock
) -> None:
    _contacts(url, clock, 2)
    target = tmp_path / "cli.sqlite"
    out = io.StringIO()
    assert main(["--database", url, "backup", str(target)], out=out) == 0
    assert "Gesichert" in out.getvalue()
    assert main(["--database", url, "backup", str(target)], out=io.StringIO()) == 1
    _contacts(url, clock, 1, start=9)
    out = io.StringIO()
    assert main(["--database", url, "restore", "--yes", str(target)], out=out) == 0
    assert "2 Kontakte" in out.getvalue() and "vor-wiederherstellung" in out.getvalue()
    assert _count(database_file(url)) == 2


def test_backup_runs_while_another_thread_keeps_writing(
    url: str, tmp_path: Path, clock: FixedClock
) -> None:
    _contacts(url, clock, 1)
    stop = threading.Event()
    errors: list[BaseException] = []

    def write() -> None:
        try:
            number = 100
            while not stop.is_set():
                _contacts(url, clock, 1, start=number)
                number += 1
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    worker = threading.Thread(target=write)
    worker.start()
    try:
        copies = [backup_database(url, tmp_path / f"c{n}.sqlite") for n in range(3)]
    finally:
        stop.set()
        worker.join()
    assert errors == []
    for copy in copies:
        assert check_backup(copy).contacts >= 1
