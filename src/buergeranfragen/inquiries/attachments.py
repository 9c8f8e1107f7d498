"""Attachment files: one folder a year under the data folder, each file name led by the
inquiry's reference (``2026/BA-2026-00123_Bescheid.pdf``), owner-only, never outside the
folder. The original mail lives in the database and is written out on first use
(``originale/``)."""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from buergeranfragen.errors import KnownError
from buergeranfragen.inquiries.records import AttachmentRecord, NewAttachment
from buergeranfragen.messages import Message, msg

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
MAX_ATTACHMENTS_TOTAL = 100 * 1024 * 1024
ORIGINALS_FOLDER = "originale"


MAX_NAME_BYTES = 150


def safe_filename(name: str, fallback: str = "anhang") -> str:
    """A name that stays inside its folder: no path parts, no control characters, no leading
    dots, at most 120 characters and 150 bytes in UTF-8 (the extension kept), so that with the
    reference in front it stays below the 255 bytes a file name may have (90 Chinese
    characters are 270 bytes)."""
    name = unicodedata.normalize("NFC", name.replace("\\", "/").split("/")[-1])
    name = "".join(c for c in name if c.isprintable() and c not in '<>:"|?*\x00')
    name = name.strip().lstrip(".").strip()
    if not name:
        name = fallback
    stem, dot, suffix = name.rpartition(".")
    if not dot or len(suffix) > 10:
        stem, suffix = name, ""
    stem = stem[: 120 - len(suffix) - 1] if suffix else name[:120]
    limit = MAX_NAME_BYTES - (len(suffix.encode()) + 1 if suffix else 0)
    stem = stem.encode()[:limit].decode(errors="ignore")  # cut between characters, not in one
    return f"{stem}.{suffix}" if suffix else stem


def within_limits(
    attachments: Iterable[NewAttachment],
) -> tuple[list[NewAttachment], list[Message]]:
    """The attachments to store, in order, and a note for each one left out: larger than
    MAX_ATTACHMENT_BYTES, or beyond MAX_ATTACHMENTS_TOTAL together."""
    kept: list[NewAttachment] = []
    notes: list[Message] = []
    total = 0
    for attachment in attachments:
        size = len(attachment.data)
        if size > MAX_ATTACHMENT_BYTES:
            notes.append(
                msg(
                    "Anhang „{name}“ ist mit {size} MB größer als {limit} MB und wurde nicht "
                    "gespeichert.",
                    name=attachment.filename,
                    size=f"{size / 1048576:.1f}",
                    limit=MAX_ATTACHMENT_BYTES // 1048576,
                )
            )
            continue
        if total + size > MAX_ATTACHMENTS_TOTAL:
            notes.append(
                msg(
                    "Anhang „{name}“ wurde nicht gespeichert: zusammen mehr als {limit} MB "
                    "Anhänge.",
                    name=attachment.filename,
                    limit=MAX_ATTACHMENTS_TOTAL // 1048576,
                )
            )
            continue
        total += size
        kept.append(attachment)
    return kept, notes


def unique_names(names: Iterable[str]) -> list[str]:
    """Safe names, made unique within one inquiry (case-insensitively): ``a.pdf``,
    ``a (1).pdf``."""
    used: set[str] = set()
    unique = []
    for raw in names:
        name = safe_filename(raw)
        candidate = name
        counter = 1
        while candidate.casefold() in used:
            stem, dot, suffix = name.rpartition(".")
            candidate = f"{stem} ({counter}).{suffix}" if dot else f"{name} ({counter})"
            counter += 1
        used.add(candidate.casefold())
        unique.append(candidate)
    return unique


@dataclass(frozen=True)
class WrittenFile:
    """An attachment on disk, not yet referenced in the database."""

    path: Path
    filename: str  # as the sender named it
    stored_path: str  # relative to the attachment folder
    content_type: str
    size: int


def original_entry(
    inquiry_id: int, filename: str, content_type: str, size: int
) -> AttachmentRecord:
    """The original mail as an entry of the attachment list (it lives in the database; its id
    is the inquiry's, negated)."""
    return AttachmentRecord(-inquiry_id, filename, "", content_type, size, True)


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


class AttachmentFolder:
    def __init__(self, root: Path) -> None:
        self.root = root

    def write(
        self, reference: str, year: int, attachments: Sequence[NewAttachment]
    ) -> list[WrittenFile]:
        """Write the files of one inquiry; on an error, what was written is removed again."""
        if not attachments:
            return []
        folder = self.root / str(year)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        base = self.root.resolve()
        written: list[WrittenFile] = []
        try:
            names = unique_names(a.filename for a in attachments)
            for attachment, name in zip(attachments, names, strict=True):
                path = (folder / f"{reference}_{name}").resolve()
                if not path.is_relative_to(base):  # belt and braces: never outside the folder
                    raise KnownError(
                        msg(
                            "Unzulässiger Dateiname für einen Anhang: {name}",
                            name=attachment.filename,
                        )
                    )
                _write_private(path, attachment.data)
                written.append(
                    WrittenFile(
                        path,
                        attachment.filename[:300],
                        str(path.relative_to(base)),
                        attachment.content_type[:200],
                        len(attachment.data),
                    )
                )
        except BaseException:
            self.remove(written)
            raise
        return written

    @staticmethod
    def remove(files: Iterable[WrittenFile]) -> None:
        for file in files:
            try:
                file.path.unlink()
            except OSError:
                pass

    def path_of(self, attachment: AttachmentRecord) -> Path:
        """The stored file of an attachment (not the original mail)."""
        path = (self.root / attachment.stored_path).resolve()
        if not path.is_relative_to(self.root.resolve()):
            raise KnownError(msg("Der Anhang liegt außerhalb des Anhang-Ordners."))
        if not path.exists():
            raise KnownError(
                msg(
                    "Der Anhang „{name}“ fehlt im Anhang-Ordner {path}.",
                    name=attachment.filename,
                    path=str(path),
                )
            )
        return path

    def original_file(self, reference: str, filename: str, data: bytes) -> Path:
        """The original mail as a file to open, written on first use."""
        folder = self.root / ORIGINALS_FOLDER
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / f"{reference}_{safe_filename(filename)}"
        if not path.exists():
            _write_private(path, data)
        return path
