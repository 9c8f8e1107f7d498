"""Attachments: the limits of what is stored, safe file names for writing one out, and the
names as shown. The bytes live in the database (``blobs``); opening writes them into the
process's private folder (``opening``)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from buergeranfragen.inquiries.records import AttachmentRecord, NewAttachment
from buergeranfragen.messages import Message, msg

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
MAX_ATTACHMENTS_TOTAL = 100 * 1024 * 1024
MAX_NAME_BYTES = 150
# device names Windows opens instead of a file, whatever the extension ("CON.txt", "nul.pdf")
RESERVED_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$"}
    | {f"{device}{n}" for device in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]}
)


def safe_filename(name: str, fallback: str = "anhang") -> str:
    """A name that stays inside its folder and says what it is: no path parts, no control or
    direction characters (U+202E shows "rechnung<U+202E>fdp.exe" as "rechnungexe.pdf"), no
    leading dots, no trailing dots or spaces (Windows drops them: "evil.exe." is "evil.exe"),
    at most 120 characters and 150 bytes in UTF-8 with the extension kept (90 Chinese
    characters are 270 bytes; a name may have 255), no Windows device name ("CON.txt" is
    written "_CON.txt")."""
    name = unicodedata.normalize("NFC", name.replace("\\", "/").split("/")[-1])
    name = "".join(c for c in name if c.isprintable() and c not in '<>:"|?*\x00')
    while name != (trimmed := name.strip().strip(".")):  # ". .exe", "evil.exe. ."
        name = trimmed
    if not name:
        name = fallback
    stem, dot, suffix = name.rpartition(".")
    if not dot or len(suffix) > 10 or not stem:
        stem, suffix = name, ""
    stem = stem[: 120 - len(suffix) - 1] if suffix else name[:120]
    limit = MAX_NAME_BYTES - (len(suffix.encode()) + 1 if suffix else 0)
    stem = stem.encode()[:limit].decode(errors="ignore")  # cut between characters, not in one
    stem = stem.rstrip(". ") or fallback  # a cut may end in one
    safe = f"{stem}.{suffix}" if suffix else stem
    device = safe.split(".", 1)[0].rstrip(" ").upper()
    return "_" + safe if device in RESERVED_NAMES else safe


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


def original_entry(
    inquiry_id: int, filename: str, content_type: str, size: int, sha256: str = ""
) -> AttachmentRecord:
    """The original mail as an entry of the attachment list (it lives in the database; its id
    is the inquiry's, negated)."""
    return AttachmentRecord(-inquiry_id, filename, "", content_type, size, True, sha256)
