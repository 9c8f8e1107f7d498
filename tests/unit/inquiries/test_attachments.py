"""Attachments: safe names that never leave the folder, the size limits."""

from __future__ import annotations

import pytest

from buergeranfragen.inquiries import attachments
from buergeranfragen.inquiries.attachments import safe_filename, within_limits
from buergeranfragen.inquiries.records import NewAttachment


def test_attachment_names_never_leave_the_folder() -> None:
    assert safe_filename("../../etc/passwd") == "passwd"
    assert safe_filename("..\\..\\boot.ini") == "boot.ini"
    assert safe_filename(".bashrc") == "bashrc"
    assert safe_filename("a\x00b<c>.pdf") == "abc.pdf"
    assert safe_filename("...") == "anhang"
    long = safe_filename("x" * 300 + ".pdf")
    assert len(long) == 120 and long.endswith(".pdf")


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


def test_a_name_of_many_multibyte_characters_fits_the_file_system() -> None:
    """90 Chinese characters are 270 bytes: cut by bytes (between characters), so the file
    stays below the 255 bytes of a file name."""
    name = "漢" * 90 + ".pdf"
    safe = safe_filename(name)
    assert safe.endswith(".pdf") and set(safe[:-4]) == {"漢"}
    assert len(safe.encode()) <= 150
    emoji = safe_filename("📄" * 60)
    assert set(emoji) == {"📄"} and len(emoji.encode()) <= 150
