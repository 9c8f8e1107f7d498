"""What a drop onto the window carries: mail files from a file manager, Thunderbird (file URLs
or message/rfc822 data) or Outlook (files it exported)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData

MAIL_SUFFIXES = {".eml", ".msg", ".mbox", ".box"}
MAIL_MIME_TYPES = ("message/rfc822", "application/vnd.ms-outlook")
# A mail dragged straight out of Outlook on Windows is a "virtual file": Qt offers its content
# under this format (the first mail of a selection; for several, save them as files first).
OUTLOOK_CONTENTS = 'application/x-qt-windows-mime;value="FileContents"'


def dropped_mails(mime: QMimeData) -> tuple[list[Path], list[bytes]]:
    """Local mail files and mails carried as data."""
    paths = []
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in MAIL_SUFFIXES or path.suffix == "":
                paths.append(path)
    raw = [bytes(mime.data(kind).data()) for kind in MAIL_MIME_TYPES if mime.hasFormat(kind)]
    if not paths and mime.hasFormat(OUTLOOK_CONTENTS):
        raw.append(bytes(mime.data(OUTLOOK_CONTENTS).data()))
    return paths, [r for r in raw if r]


def carries_mail(mime: QMimeData) -> bool:
    paths, raw = dropped_mails(mime)
    return bool(paths or raw)
