"""Every file the program writes is readable by its owner only - the database (with its WAL
and shared-memory files), a backup, a report, a contact export, the log (also after it
rotates), an attachment opened for viewing - even when the process umask would allow more
(each test sets a permissive umask; the program itself sets 0077)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.io.transfer import export_contacts
from buergeranfragen.contacts.records import ContactDraft
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.migrate import backup_sqlite, open_database
from buergeranfragen.inquiries.opening import PrivateFolder
from buergeranfragen.reports.formats import export
from buergeranfragen.runtime import log, setup_logging
from tests.conftest import ACTOR
from tests.report_sample import realistic_sample_report

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_database_with_its_wal_and_a_backup(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "daten" / "ba.sqlite"
    database = open_database(f"sqlite:///{path}", clock)
    try:
        ContactService(database.session_factory, clock, ACTOR).create(ContactDraft(last_name="A"))
        written = sorted(p.name for p in path.parent.iterdir())
        assert {"ba.sqlite", "ba.sqlite-wal", "ba.sqlite-shm"} <= set(written)
        assert {name: mode(path.parent / name) for name in written} == dict.fromkeys(written, 0o600)
        assert mode(path.parent) == 0o700
        backup = backup_sqlite(path, "0016", clock)
        assert mode(backup) == 0o600
    finally:
        database.close()


def test_reports(tmp_path: Path) -> None:
    written = export(realistic_sample_report(), tmp_path, ["xlsx", "csv"])
    assert [mode(p) for p in written] == [0o600, 0o600]


@pytest.mark.parametrize("fmt", ["csv", "vcf"])
def test_contact_exports(tmp_path: Path, clock: FixedClock, fmt: str) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'k.sqlite'}", clock)
    try:
        service = ContactService(database.session_factory, clock, ACTOR)
        service.create(ContactDraft(last_name="Export"))
        target = tmp_path / "aus" / f"kontakte.{fmt}"
        assert export_contacts(service, fmt, target) == 1
        assert mode(target) == 0o600
    finally:
        database.close()


def test_the_log_also_after_it_rotates(tmp_path: Path) -> None:
    log_file = setup_logging(tmp_path / "logs")
    try:
        assert mode(log_file) == 0o600
        assert mode(log_file.parent) == 0o700
        handler = next(h for h in log.handlers if getattr(h, "baseFilename", None))
        log.info("eine Zeile")
        handler.doRollover()  # type: ignore[attr-defined]
        log.info("nach dem Wechsel")
        files = sorted(log_file.parent.iterdir())
        assert len(files) == 2
        assert [mode(p) for p in files] == [0o600, 0o600]
    finally:
        for handler in [h for h in log.handlers if getattr(h, "baseFilename", None)]:
            log.removeHandler(handler)
            handler.close()


def test_an_attachment_opened_for_viewing(tmp_path: Path) -> None:
    folder = PrivateFolder(tmp_path / "offen")
    try:
        path, fd = folder.new_file("brief.pdf")
        os.close(fd)
        assert mode(path) == 0o600
        assert mode(path.parent) == 0o700
    finally:
        folder.remove()
