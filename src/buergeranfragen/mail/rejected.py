"""Mails the intake refused for good ("Nicht übernommen"): kept in the database as they arrived,
with where they came from (a file, or mailbox/folder/UID), when, why, and subject and sender as
far as they could be read. Nothing that arrives is lost: an entry can be looked at, saved as a
file, imported again (``MailIntake.retry_rejected``; a later version may read it) or deleted.
One entry per original (SHA-256): refusing the same mail again updates its entry."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from buergeranfragen.clock import Clock
from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.db.models import RejectedMail
from buergeranfragen.errors import KnownError, RecordNotFound
from buergeranfragen.messages import Message, msg

PREVIEW_BYTES = 512 * 1024  # the window shows this much of an original as text
_LIMITS = {"source": 1000, "file_name": 500, "subject": 1000, "sender": 1000}


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
    size: int


def clean(value: str, limit: int) -> str:
    """Text from outside as the database takes it on SQLite and PostgreSQL alike: no NUL, no
    lone surrogates (a file name that is not UTF-8), at most ``limit`` characters."""
    value = value.replace("\x00", "")
    value = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return value[:limit]


def _reason_values(reason: Message) -> str:
    return json.dumps({name: str(value) for name, value in reason.params}, ensure_ascii=False)


def _entry(row: RejectedMail) -> RejectedEntry:
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
    ) -> int:
        """Keep a refused mail (or update the entry of the same original); its id."""
        digest = hashlib.sha256(data).hexdigest()
        fields = {
            "rejected_at": self._clock(),
            "source": clean(source, _LIMITS["source"]),
            "file_name": clean(file_name, _LIMITS["file_name"]),
            "reason_template": reason.template,
            "reason_values": clean(_reason_values(reason), 100_000),
            "subject": clean(subject, _LIMITS["subject"]),
            "sender": clean(sender, _LIMITS["sender"]),
        }
        with transaction(self._factory) as session:
            row = session.scalars(select(RejectedMail).where(RejectedMail.sha256 == digest)).first()
            if row is None:
                row = RejectedMail(sha256=digest, size=len(data), data=data, **fields)
                session.add(row)
            else:
                for name, value in fields.items():
                    setattr(row, name, value)
            session.flush()
            return row.id

    def entries(self) -> list[RejectedEntry]:
        """Every kept mail, the most recently refused first."""
        with reading(self._factory) as session:
            rows = session.scalars(
                select(RejectedMail).order_by(
                    RejectedMail.rejected_at.desc(), RejectedMail.id.desc()
                )
            )
            return [_entry(row) for row in rows]

    def count(self) -> int:
        with reading(self._factory) as session:
            return int(session.scalar(select(func.count(RejectedMail.id))) or 0)

    def get(self, entry_id: int) -> RejectedEntry:
        with reading(self._factory) as session:
            row = session.get(RejectedMail, entry_id)
            if row is None:
                raise _not_found(entry_id)
            return _entry(row)

    def original(self, entry_id: int) -> bytes:
        """The mail as it arrived."""
        with reading(self._factory) as session:
            row = session.get(RejectedMail, entry_id)
            if row is None:
                raise _not_found(entry_id)
            return bytes(row.data)

    def preview(self, entry_id: int) -> str:
        """The original as text (to be shown as plain text, never as markup): UTF-8 where it
        is, the rest replaced; the first ``PREVIEW_BYTES``."""
        data = self.original(entry_id)
        text = data[:PREVIEW_BYTES].decode("utf-8", "replace").replace("\x00", "\ufffd")
        if len(data) > PREVIEW_BYTES:
            text += "\n[…]"
        return text

    def save_original(self, entry_id: int, target: Path) -> Path:
        """Write the original to ``target`` (created for the user only)."""
        data = self.original(entry_id)
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(data)
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
        with transaction(self._factory) as session:
            row = session.get(RejectedMail, entry_id)
            if row is None:
                raise _not_found(entry_id)
            session.delete(row)
