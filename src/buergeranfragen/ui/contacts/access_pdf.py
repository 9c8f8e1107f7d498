"""The Art. 15 export as a readable German PDF (QTextDocument printed to a QPdfWriter, A4, page
numbers at the foot). Every value is inserted as plain text through ``QTextCursor.insertText``
- never as HTML - so a name or a mail's text is shown exactly as stored. Called from the core
through ``privacy.access_files.write_pdf`` (imported lazily); the command line gets an
offscreen application."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from buergeranfragen.privacy.access_files import Document
from buergeranfragen.privacy.access_wording import TITLE, Part, parts
from buergeranfragen.ui.reports.pdf_export import a4_writer


def _format(size: float, bold: bool = False) -> QTextCharFormat:
    char = QTextCharFormat()
    font = QFont("Sans Serif")
    font.setPointSizeF(size)
    font.setBold(bold)
    char.setFont(font)
    return char


def build_document(doc: Document) -> QTextDocument:
    """The text document (plain-text values only) - also what the tests read back."""
    text = QTextDocument()
    cursor = QTextCursor(text)
    body = _format(10)
    caption = _format(10, bold=True)
    block = QTextBlockFormat()
    spaced = QTextBlockFormat()
    spaced.setTopMargin(8)
    cursor.setBlockFormat(block)
    cursor.insertText(TITLE, _format(16, bold=True))
    cursor.insertBlock(block)
    cursor.insertText(doc.name, _format(13, bold=True))
    for part in parts(doc):
        _part(cursor, part, body, caption, spaced, block)
    return text


def _part(
    cursor: QTextCursor,
    part: Part,
    body: QTextCharFormat,
    caption: QTextCharFormat,
    spaced: QTextBlockFormat,
    block: QTextBlockFormat,
) -> None:
    cursor.insertBlock(spaced)
    cursor.insertText(part.title, _format(13 if part.level == 1 else 11, bold=True))
    for label, value in part.lines:
        cursor.insertBlock(block)
        if label:
            cursor.insertText(f"{label}: ", caption)
        cursor.insertText(value, body)
    for label, value in part.texts:
        if label:
            cursor.insertBlock(spaced)
            cursor.insertText(label, caption)
        if value:
            cursor.insertBlock(block)
            cursor.insertText(value, body)


def write_access_pdf(doc: Document, path: Path) -> None:
    writer = a4_writer(path, f"{TITLE} – {doc.name}")
    text = build_document(doc)
    text.print_(writer)
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"PDF not written: {path.name}")
