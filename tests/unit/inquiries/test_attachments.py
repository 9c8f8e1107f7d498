"""Attachment files: safe names that never leave the folder, unique within an inquiry, the
size limits."""

from __future__ import annotations

from pathlib import Path

import pytest

from buergeranfragen.errors import KnownError
from buergeranfragen.inquiries import attachments
from buergeranfragen.inquiries.attachments import (
    AttachmentFolder,
    safe_filename,
    unique_names,
    within_limits,
)
from buergeranfragen.inquiries.records import AttachmentRecord, NewAttachment


def test_attachment_names_never_leave_the_folder() -> None:
    assert safe_filename("../../etc/passwd") == "passwd"
    assert safe_filename("..\\..\\boot.ini") == "boot.ini"
    assert safe_filename(".bashrc") == "bashrc"
    assert safe_filename("a\x00b<c>.pdf") == "abc.pdf"
    assert safe_filename("...") == "anhang"
    long = safe_filename("x" * 300 + ".pdf")
    assert len(long) == 120 and long.endswith(".pdf")


def test_names_are_unique_within_an_inquiry() -> None:
    assert unique_names(["a.pdf", "A.PDF", "a.pdf", "notiz", "notiz"]) == [
        "a.pdf",
        "A (1).PDF",
        "a (2).pdf",
        "notiz",
        "notiz (1)",
    ]


def test_files_are_written_owner_only_and_removed_on_request(tmp_path: Path) -> None:
    folder = AttachmentFolder(tmp_path / "anhaenge")
    [written] = folder.write(
        "BA-2026-00007", 2026, [NewAttachment("../Bescheid.pdf", "application/pdf", b"%PDF")]
    )
    assert written.path == (tmp_path / "anhaenge" / "2026" / "BA-2026-00007_Bescheid.pdf")
    assert written.stored_path == "2026/BA-2026-00007_Bescheid.pdf"
    assert written.path.stat().st_mode & 0o777 == 0o600
    record = AttachmentRecord(
        1, "../Bescheid.pdf", written.stored_path, "application/pdf", 4, False
    )
    assert folder.path_of(record).read_bytes() == b"%PDF"
    folder.remove([written])
    with pytest.raises(KnownError) as info:
        folder.path_of(record)
    assert info.value.reason.param("name") == "../Bescheid.pdf"
    escaping = AttachmentRecord(2, "x", "../../etc/passwd", "text/plain", 1, False)
    with pytest.raises(KnownError, match="außerhalb"):
        folder.path_of(escaping)


def test_oversized_attachments_are_left_out_with_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 4)
    monkeypatch.setattr(attachments, "MAX_ATTACHMENTS_TOTAL", 6)
    files = [
        NewAttachment("gross.pdf", "application/pdf", b"12345"),
        NewAttachment("a.txt", "text/plain", b"1234"),
        NewAttachment("b.txt", "text/plain", b"123"),
        NewAttachment("c.txt", "text/plain", b"12"),
    ]
    kept, notes = within_limits(files)
    assert [a.filename for a in kept] == ["a.txt", "c.txt"]
    assert [n.param("name") for n in notes] == ["gross.pdf", "b.txt"]
    assert "größer als" in str(notes[0]) and "zusammen mehr als" in str(notes[1])


def test_a_name_of_many_multibyte_characters_fits_the_file_system(tmp_path: Path) -> None:
    """90 Chinese characters are 270 bytes: cut by bytes (between characters), so the file with
    the reference in front and a counter behind stays below the 255 bytes of a file name."""
    name = "漢" * 90 + ".pdf"
    safe = safe_filename(name)
    assert safe.endswith(".pdf") and set(safe[:-4]) == {"漢"}
    assert len(safe.encode()) <= 150
    emoji = safe_filename("📄" * 60)
    assert set(emoji) == {"📄"} and len(emoji.encode()) <= 150
    folder = AttachmentFolder(tmp_path / "anhaenge")
    written = folder.write(
        "BA-2026-00008", 2026, [NewAttachment(name, "application/pdf", b"%PDF")] * 2
    )
    assert [w.path.read_bytes() for w in written] == [b"%PDF", b"%PDF"]
