"""A database of schema 0005 kept attachments as files in the attachment folder and originals
in their rows: after the upgrade (0006) and the next start everything is in the database
(both databases), the files are gone with the folder, and a file that was missing is a clear
note when the attachment is opened - nothing lost, no crash."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import Engine

from buergeranfragen.clock import FixedClock
from buergeranfragen.config import Settings
from buergeranfragen.context import build_context
from buergeranfragen.db.engine import create_database_engine
from buergeranfragen.db.migrate import current_revision, upgrade
from buergeranfragen.errors import KnownError

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40
SAME_PDF_AGAIN = PDF  # a second mail brought the same file: one blob
ORIGINAL = b"From: a@example.org\r\nSubject: Alt\r\n\r\nText\r\n"
WHEN = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _inquiry(number: int) -> dict[str, object]:
    return {
        "id": number,
        "reference": f"BA-2026-{number:05d}",
        "ref_year": 2026,
        "ref_number": number,
        "kind": "citizen",
        "channel": "email",
        "status": "new",
        "received_at": WHEN.replace(tzinfo=None),
        "subject": f"Alt {number}",
        "body": "Text",
        "body_html": "",
        "topic": "",
        "caller_number": "",
        "from_email": "a@example.org",
        "from_name": "",
        "forwarded_by": "",
        "source_file": "",
        "version": 1,
        "created_at": WHEN.replace(tzinfo=None),
        "updated_at": WHEN.replace(tzinfo=None),
    }


def database_at_0005(url: str, clock: FixedClock, folder: Path) -> Engine:
    """Two mails with attachment files (one of them gone from the folder) and originals, as
    version 0005 left them; the originals cache beside them."""
    engine = create_database_engine(url)
    upgrade(engine, clock, revision="0005")
    tables = sa.MetaData()
    tables.reflect(engine)
    with engine.begin() as connection:
        connection.execute(tables.tables["inquiries"].insert(), [_inquiry(1), _inquiry(2)])
        connection.execute(
            tables.tables["inquiry_attachments"].insert(),
            [
                {
                    "id": 10,
                    "inquiry_id": 1,
                    "filename": "Bescheid.pdf",
                    "stored_path": "2026/BA-2026-00001_Bescheid.pdf",
                    "content_type": "application/pdf",
                    "size": len(PDF),
                    "is_original": False,
                },
                {
                    "id": 11,
                    "inquiry_id": 1,
                    "filename": "Foto.jpg",
                    "stored_path": "2026/BA-2026-00001_Foto.jpg",  # not in the folder
                    "content_type": "image/jpeg",
                    "size": 3,
                    "is_original": False,
                },
                {
                    "id": 12,
                    "inquiry_id": 2,
                    "filename": "Bescheid.pdf",
                    "stored_path": "2026/BA-2026-00002_Bescheid.pdf",
                    "content_type": "application/pdf",
                    "size": len(PDF),
                    "is_original": False,
                },
            ],
        )
        connection.execute(
            tables.tables["inquiry_originals"].insert(),
            [
                {
                    "inquiry_id": n,
                    "filename": "original.eml",
                    "content_type": "message/rfc822",
                    "data": ORIGINAL + str(n).encode(),
                }
                for n in (1, 2)
            ],
        )
    (folder / "2026").mkdir(parents=True)
    (folder / "2026" / "BA-2026-00001_Bescheid.pdf").write_bytes(PDF)
    (folder / "2026" / "BA-2026-00002_Bescheid.pdf").write_bytes(SAME_PDF_AGAIN)
    (folder / "originale").mkdir()
    (folder / "originale" / "BA-2026-00001_original.eml").write_bytes(ORIGINAL)
    assert current_revision(engine) == "0005"
    return engine


def test_files_of_the_attachment_folder_move_into_the_database(
    db_url: str, clock: FixedClock, tmp_path: Path
) -> None:
    settings = Settings(db_url, tmp_path / "daten", tmp_path / "logs", "t")
    folder = settings.former_attachments_dir
    engine = database_at_0005(db_url, clock, folder)
    engine.dispose()

    context = build_context(settings, clock)
    try:
        one = context.inquiries.get(1)
        pdf, photo, original = one.attachments
        assert (pdf.filename, photo.filename, original.filename) == (
            "Bescheid.pdf",
            "Foto.jpg",
            "original.eml",
        )
        assert pdf.sha256 == hashlib.sha256(PDF).hexdigest() and pdf.stored_path == ""
        assert context.inquiries.attachment_file(pdf).read_bytes() == PDF
        assert context.inquiries.attachment_file(original).read_bytes() == ORIGINAL + b"1"
        assert context.inquiries.original_mail(2) == ORIGINAL + b"2"
        two_pdf = context.inquiries.get(2).attachments[0]
        assert context.inquiries.attachment_file(two_pdf).read_bytes() == PDF
        # the missing file: noted, where it was looked for
        assert photo.sha256 == "" and photo.stored_path == "2026/BA-2026-00001_Foto.jpg"
        with pytest.raises(KnownError) as info:
            context.inquiries.attachment_file(photo)
        assert "fehlte im früheren Anhang-Ordner" in str(info.value.reason)
        assert "BA-2026-00001_Foto.jpg" in str(info.value.reason)
        with context.database.engine.connect() as connection:
            blobs = connection.scalar(sa.text("SELECT count(*) FROM attachment_blobs"))
        assert blobs == 3  # the PDF once, two originals
    finally:
        context.close()
    assert not folder.exists()  # files moved, the originals cache dropped, the folder gone

    again = build_context(settings, clock)  # the next start: nothing to do, nothing lost
    try:
        assert again.inquiries.attachment_file(pdf).read_bytes() == PDF
    finally:
        again.close()


def test_a_file_that_turns_up_later_is_moved_in_at_the_next_start(
    sqlite_url: str, clock: FixedClock, tmp_path: Path
) -> None:
    """On a shared database each desk had its own folder: the desk that has the file moves it
    in when it starts the new version."""
    settings = Settings(sqlite_url, tmp_path / "daten", tmp_path / "logs", "t")
    folder = settings.former_attachments_dir
    database_at_0005(sqlite_url, clock, folder).dispose()
    build_context(settings, clock).close()
    (folder / "2026").mkdir(parents=True)
    (folder / "2026" / "BA-2026-00001_Foto.jpg").write_bytes(b"JPG")
    context = build_context(settings, clock)
    try:
        photo = context.inquiries.get(1).attachments[1]
        assert context.inquiries.attachment_file(photo).read_bytes() == b"JPG"
    finally:
        context.close()
    assert not folder.exists()
