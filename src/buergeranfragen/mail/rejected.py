"""Mails the intake refused for good ("Nicht übernommen"): kept in the database as they arrived,
with where they came from (a file, or mailbox/folder/UID), when, why, and subject and sender as
far as they could be read. Nothing that arrives is lost: an entry can be looked at, saved as a
file, imported again (``MailIntake.retry_rejected``; a later version may read it) or deleted.
One entry per original (SHA-256): refusing the same mail again updates its entry.

Of a mail larger than the intake takes, and of a file that is no mail at all, only the first
``KEPT_PART_BYTES`` are kept (the entry says so; such an entry cannot be imported again).
Deleting an entry dismisses it (``dismissed_at``; the bytes and what was read of the mail are
removed): a mailbox that takes the same message again - its position was held before it by a
mail to retry - does not bring it back (``keep(..., revive=False)``); a file imported again
does. The list and the preview never load a whole original.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buergeranfragen.clock import Clock
from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.db.limits import clean_text, column_limit
from buergeranfragen.db.models import RejectedMail
from buergeranfragen.errors import KnownError, RecordNotFound
from buergeranfragen.messages import Message, msg

PREVIEW_BYTES = 512 * 1024  # the window shows this much of an original as text
KEPT_PART_BYTES = 1024 * 1024  # of a mail too large, or of no mail at all: its beginning


@dataclass(frozen=True)
class RejectedEntry:
    """One mail in the "Nicht übernommen" list (without its bytes)."""

    id: int
    rejected_at: datetime
    source: str
    file_name: str
    reason: Message
    subject: str
    sender: str
    size: int  # of the mail as it arrived
    kept_bytes: int  # how much of it is kept (less than ``size``: only its beginning)

    @property
    def complete(self) -> bool:
        return self.kept_bytes >= self.size

    def to_json(self) -> dict[str, Any]:
        """The documented JSON of `mail rejected --json` (the reason in German)."""
        return {
            "id": self.id,
            "rejected_at": self.rejected_at.isoformat(),
            "source": self.source,
            "file_name": self.file_name,
            "reason": str(self.reason),
            "subject": self.subject,
            "sender": self.sender,
            "size": self.size,
            "complete": self.complete,
        }


def _fit(column: str, value: str) -> str:
    """Text from outside as both databases take it: no NUL, no surrogate (``clean_text``),
    cut to its column."""
    limit = column_limit(RejectedMail.__table__, column)  # type: ignore[arg-type]
    value = clean_text(value)
    return value if limit is None else value[:limit]


def _reason_values(reason: Message) -> str:
    return json.dumps(
        {name: clean_text(str(value)) for name, value in reason.params}, ensure_ascii=False
    )


_LISTED = (
    RejectedMail.id,
    RejectedMail.rejected_at,
    RejectedMail.source,
    RejectedMail.file_name,
    RejectedMail.reason_template,
    RejectedMail.reason_values,
    RejectedMail.subject,
    RejectedMail.sender,
    RejectedMail.size,
    RejectedMail.kept_bytes,
)


def _entry(row: Any) -> RejectedEntry:
    try:
        values = json.loads(row.reason_values or "{}")
    except ValueError:
        values = {}
    return RejectedEntry(
        id=row.id,
        rejected_at=row.rejected_at,
        source=row.source,
        file_name=row.file_name,
        reason=Message(row.reason_template, tuple((str(k), v) for k, v in values.items())),
        subject=row.subject,
        sender=row.sender,
        size=row.size,
        kept_bytes=row.kept_bytes,
    )


def _not_found(entry_id: int) -> RecordNotFound:
    return RecordNotFound(
        msg("Die nicht übernommene Mail Nr. {number} gibt es nicht (mehr).", number=entry_id)
    )


class RejectedMails:
    def __init__(self, session_factory: SessionFactory, clock: Clock) -> None:
        self._factory = session_factory
        self._clock = clock

    def keep(
        self,
        data: bytes,
        source: str,
        file_name: str,
        reason: Message,
        subject: str = "",
        sender: str = "",
        *,
        part: bool = False,
        revive: bool = True,
    ) -> int | None:
        """Keep a refused mail (or update the entry of the same original); its id. ``part``:
        keep only the first ``KEPT_PART_BYTES``. An entry the clerk deleted stays deleted when
        ``revive`` is False (None is returned then)."""
        digest = hashlib.sha256(data).hexdigest()
        kept = data[:KEPT_PART_BYTES] if part else data
        fields = {
            "rejected_at": self._clock(),
            "source": _fit("source", source),
            "file_name": _fit("file_name", file_name),
            "reason_template": reason.template,
            "reason_values": _reason_values(reason),
            "subject": _fit("subject", subject),
            "sender": _fit("sender", sender),
            "size": len(data),
            "kept_bytes": len(kept),
            "data": kept,
            "dismissed_at": None,
        }
        with transaction(self._factory) as session:
            row = session.scalars(select(RejectedMail).where(RejectedMail.sha256 == digest)).first()
            if row is None:
                row = RejectedMail(sha256=digest, **fields)
                session.add(row)
            elif row.dismissed_at is not None and not revive:
                return None
            else:
                for name, value in fields.items():
                    setattr(row, name, value)
            session.flush()
            return row.id

    def entries(self) -> list[RejectedEntry]:
        """Every kept mail, the most recently refused first (without the originals)."""
        with reading(self._factory) as session:
            rows = session.execute(
                select(*_LISTED)
                .where(RejectedMail.dismissed_at.is_(None))
                .order_by(RejectedMail.rejected_at.desc(), RejectedMail.id.desc())
            )
            return [_entry(row) for row in rows]

    def get(self, entry_id: int) -> RejectedEntry:
        with reading(self._factory) as session:
            return _entry(_row(session, entry_id))

    def original(self, entry_id: int) -> bytes:
        """The mail as it arrived (of a mail kept in part: its beginning)."""
        with reading(self._factory) as session:
            row = _row(session, entry_id)
            return bytes(row.data)

    def preview(self, entry_id: int) -> str:
        """The original as text (to be shown as plain text, never as markup): UTF-8 where it
        is, the rest replaced; the first ``PREVIEW_BYTES`` (only those are read)."""
        with reading(self._factory) as session:
            row = _row(session, entry_id)
            head = session.scalar(
                select(func.substr(RejectedMail.data, 1, PREVIEW_BYTES)).where(
                    RejectedMail.id == entry_id
                )
            )
            size = row.size
        text = bytes(head or b"").decode("utf-8", "replace").replace("\x00", "\ufffd")
        if size > PREVIEW_BYTES:
            text += "\n[…]"
        return text

    def save_original(self, entry_id: int, target: Path, overwrite: bool = False) -> Path:
        """Write the original to ``target`` (created for the user only). An existing file is
        kept unless ``overwrite`` (the window's file dialog asked); a link at ``target`` is
        never followed: overwriting replaces the link itself."""
        data = self.original(entry_id)
        try:
            if overwrite:
                _replace(target, data)
            else:
                _create(target, data)
        except FileExistsError as exc:
            raise KnownError(
                msg(
                    "Die Datei {path} gibt es schon; sie wird nicht überschrieben. Bitte einen "
                    "anderen Namen wählen.",
                    path=str(target),
                )
            ) from exc
        except OSError as exc:
            raise KnownError(
                msg(
                    "Die Mail kann nicht als {path} gespeichert werden ({reason}).",
                    path=str(target),
                    reason=exc.strerror or type(exc).__name__,
                )
            ) from exc
        return target

    def delete(self, entry_id: int) -> None:
        """Dismiss the entry: its original, subject, sender, source and reason are removed."""
        with transaction(self._factory) as session:
            row = _row(session, entry_id)
            row.dismissed_at = self._clock()
            row.data, row.kept_bytes = b"", 0
            # the source may be a file named after the sender ("Beschwerde Müller.eml")
            row.subject = row.sender = row.file_name = row.source = ""
            row.reason_values = "{}"


def _row(session: Session, entry_id: int) -> RejectedMail:
    row = session.get(RejectedMail, entry_id)
    if row is None or row.dismissed_at is not None:
        raise _not_found(entry_id)
    return row


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)


def _create(target: Path, data: bytes) -> None:
    fd = os.open(target, _NEW_FILE, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)


def _replace(target: Path, data: bytes) -> None:
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    _create(temporary, data)
    try:
        os.replace(temporary, target)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise
