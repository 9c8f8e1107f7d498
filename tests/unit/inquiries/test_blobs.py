"""Attachments live in the database (both databases): the same file in two mails is stored
once, large files in chunks, read back chunk by chunk into a private folder of the process;
every desk of a shared database opens them, two databases on one machine share nothing, and a
SQLite backup is one file."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.db.migrate import Database, open_database
from buergeranfragen.db.models import AttachmentBlob, AttachmentBlobChunk, InquiryAttachment
from buergeranfragen.errors import KnownError
from buergeranfragen.inquiries import blobs
from buergeranfragen.inquiries.opening import PrivateFolder
from buergeranfragen.inquiries.records import InquiryRecord, MailInquiry, MailSender, NewAttachment
from buergeranfragen.inquiries.service import InquiryService
from tests.conftest import ACTOR

WHEN = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


def store(inquiries: InquiryService, n: int, *files: NewAttachment) -> InquiryRecord:
    return inquiries.store_mail(
        MailInquiry(
            sender=MailSender(f"person{n}@example.org", f"Person {n}"),
            received_at=WHEN,
            subject=f"Mail {n}",
            body="Text",
            body_html="",
            forwarded_by="",
            source_file="",
            kind=ContactKind.CITIZEN,
            message_id=f"<m{n}@example.org>",
            content_hash=f"{n:064d}",
            attachments=(
                *files,
                NewAttachment("original.eml", "message/rfc822", b"raw %d" % n, True),
            ),
        )
    )


def count(database: Database, table: type) -> int:
    with database.engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(table)) or 0)


def test_the_same_file_in_two_mails_is_stored_once(
    database: Database, inquiries: InquiryService
) -> None:
    pdf = NewAttachment("Bescheid.pdf", "application/pdf", b"%PDF-1.4 same")
    first = store(inquiries, 1, pdf)
    second = store(inquiries, 2, NewAttachment("kopie.pdf", "application/pdf", pdf.data))
    a, b = first.attachments[0], second.attachments[0]
    assert a.sha256 == b.sha256 == hashlib.sha256(pdf.data).hexdigest()
    assert count(database, InquiryAttachment) == 2
    assert count(database, AttachmentBlob) == 3  # the PDF once, two originals
    assert inquiries.attachment_file(b).read_bytes() == pdf.data
    assert inquiries.attachment_file(b).name == "kopie.pdf"
    assert inquiries.get(second.id).attachments[0] == b


def test_large_files_are_stored_and_read_in_chunks(
    database: Database, inquiries: InquiryService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(blobs, "CHUNK_BYTES", 1000)
    data = bytes(range(256)) * 10 + b"!"  # 2561 bytes: three chunks
    record = store(inquiries, 1, NewAttachment("gross.bin", "application/octet-stream", data))
    with database.engine.connect() as connection:
        sizes = connection.scalars(
            select(func.length(AttachmentBlobChunk.data))
            .join(AttachmentBlob, AttachmentBlob.id == AttachmentBlobChunk.blob_id)
            .where(AttachmentBlob.sha256 == record.attachments[0].sha256)
            .order_by(AttachmentBlobChunk.seq)
        ).all()
    assert sizes == [1000, 1000, 561]
    assert inquiries.attachment_file(record.attachments[0]).read_bytes() == data
    empty = store(inquiries, 2, NewAttachment("leer.txt", "text/plain", b""))
    assert inquiries.attachment_file(empty.attachments[0]).read_bytes() == b""


def test_a_damaged_blob_is_reported_not_opened(
    database: Database, inquiries: InquiryService
) -> None:
    record = store(inquiries, 1, NewAttachment("a.pdf", "application/pdf", b"%PDF-original"))
    with database.engine.begin() as connection:
        connection.execute(update(AttachmentBlobChunk).values(data=b"%PDF-tampered"))
    with pytest.raises(KnownError, match="beschädigt"):
        inquiries.attachment_file(record.attachments[0])


def test_opened_files_are_private_and_go_with_the_process(
    database: Database, clock: FixedClock
) -> None:
    inquiries = InquiryService(database.session_factory, clock, ACTOR)  # the system's temp
    record = store(inquiries, 1, NewAttachment("../../a.pdf", "application/pdf", b"%PDF"))
    path = inquiries.attachment_file(record.attachments[0])
    root = path.parent.parent
    assert root.parent == Path(tempfile.gettempdir()) and path.name == "a.pdf"
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = inquiries.attachment_file(record.attachments[0])
    assert again != path and again.read_bytes() == b"%PDF"  # a folder of its own each time
    inquiries.close()
    assert not root.exists()


def test_every_desk_of_a_shared_database_opens_the_attachments(
    database: Database, clock: FixedClock, tmp_path: Path
) -> None:
    desk_a = InquiryService(database.session_factory, clock, "a", tmp_path / "a")
    desk_b = InquiryService(database.session_factory, clock, "b", tmp_path / "b")
    record = store(desk_a, 1, NewAttachment("Bescheid.pdf", "application/pdf", b"%PDF-a"))
    seen = desk_b.get(record.id).attachments
    assert desk_b.attachment_file(seen[0]).read_bytes() == b"%PDF-a"
    assert desk_b.attachment_file(seen[1]).read_bytes() == b"raw 1"


def test_two_databases_on_one_machine_share_nothing(clock: FixedClock, tmp_path: Path) -> None:
    """The same reference and file name in two databases (one data folder): each opens its
    own file."""
    opened = []
    for n in (1, 2):
        db = open_database(f"sqlite:///{tmp_path / f'db{n}.sqlite'}", clock)
        try:
            inquiries = InquiryService(db.session_factory, clock, ACTOR, tmp_path / "offen")
            record = store(inquiries, 1, NewAttachment("a.pdf", "application/pdf", b"db%d" % n))
            assert record.reference == "BA-2026-00001"
            opened.append(inquiries.attachment_file(record.attachments[0]))
        finally:
            db.close()
    assert [p.read_bytes() for p in opened] == [b"db1", b"db2"]
    assert not (tmp_path / "data" / "attachments").exists()


def test_a_backup_is_one_file(sqlite_database: Database, clock: FixedClock, tmp_path: Path) -> None:
    inquiries = InquiryService(sqlite_database.session_factory, clock, ACTOR, tmp_path / "o")
    record = store(inquiries, 1, NewAttachment("a.pdf", "application/pdf", b"%PDF-backup"))
    source = sqlite3.connect(str(sqlite_database.engine.url.database))
    target = sqlite3.connect(tmp_path / "kopie.sqlite")
    source.backup(target)
    source.close()
    target.close()
    copy = open_database(f"sqlite:///{tmp_path / 'kopie.sqlite'}", clock)
    try:
        restored = InquiryService(copy.session_factory, clock, ACTOR, tmp_path / "o2")
        files = restored.get(record.id).attachments
        assert [restored.attachment_file(f).read_bytes() for f in files] == [
            b"%PDF-backup",
            b"raw 1",
        ]
    finally:
        copy.close()


def test_the_private_folder_is_made_with_its_mode_from_the_start(tmp_path: Path) -> None:
    """mkdtemp, not mkdir-then-chmod: a permissive umask does not open it for a moment."""
    old = os.umask(0)
    try:
        folder = PrivateFolder(tmp_path / "p")
        path, fd = folder.new_file("x.txt")
        os.close(fd)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.parent.stat().st_mode) == 0o700
    folder.remove()
    assert not path.exists()


def test_folders_of_killed_processes_are_removed_at_the_next_opening(tmp_path: Path) -> None:
    parent = tmp_path / "offen"
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()  # a process number that has ended
    killed = parent / f"buergeranfragen-{child.pid}-abcd1234"
    (killed / "a1").mkdir(parents=True)
    (killed / "a1" / "Bescheid.pdf").write_bytes(b"%PDF")
    running = parent / f"buergeranfragen-{os.getpid()}-efgh5678"
    running.mkdir()
    other = parent / "buergeranfragen-1000"  # not ours to judge (e.g. a socket folder)
    other.mkdir()
    folder = PrivateFolder(parent)
    path, descriptor = folder.new_file("neu.pdf")
    os.close(descriptor)
    assert not killed.exists()
    assert running.exists() and other.exists() and path.exists()
    folder.remove()


def test_the_private_folder_comes_back_when_something_removed_it(tmp_path: Path) -> None:
    folder = PrivateFolder(tmp_path / "offen")
    first, descriptor = folder.new_file("a.pdf")
    os.close(descriptor)
    shutil.rmtree(first.parent.parent)  # a /tmp cleaner under the running program
    second, descriptor = folder.new_file("a.pdf")
    os.close(descriptor)
    assert second.exists() and second.parent.parent.is_dir()
    folder.remove()
