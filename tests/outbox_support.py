"""What the reply and forward services do before they call the outbox: store the outgoing
message as ``sending`` with its bytes, in one unit of work (for the outbox tests)."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from buergeranfragen.clock import Clock
from buergeranfragen.db.conversation_tables import InquiryMessage
from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.db.models import Inquiry
from buergeranfragen.inquiries import blobs
from buergeranfragen.mail.intake import MailIntake


def an_inquiry(intake: MailIntake, factory: SessionFactory) -> int:
    incoming = (
        b"From: B\xc3\xbcrgerin <celik@beispiel.de>\r\nTo: nrwdirekt@nrw.de\r\n"
        b"Subject: Laterne\r\nMessage-ID: <in-1@beispiel.de>\r\n"
        b"Date: Tue, 24 Nov 2026 10:00:00 +0100\r\n\r\nDie Laterne ist aus.\r\n"
    )
    intake.import_bytes(incoming, "test", "in.eml")
    with reading(factory) as session:
        return int(session.scalars(select(Inquiry.id)).one())


def reply_bytes(number: int = 1, bcc: str = "") -> bytes:
    return (
        "From: Pressestelle <pressestelle@nrw.de>\r\n"
        "To: Frau Celik <celik@beispiel.de>\r\n"
        + (f"Bcc: {bcc}\r\n" if bcc else "")
        + f"Subject: AW: Laterne [BA-2026-00001] Nr. {number}\r\n"
        f"Message-ID: <reply-{number}@nrw.de>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        f"Sehr geehrte Frau Celik,\r\nGrüße ({number})\r\n"
    ).encode()


def store_outgoing(
    factory: SessionFactory,
    clock: Clock,
    inquiry_id: int,
    data: bytes,
    state: str = "sending",
    attempts: int = 0,
) -> int:
    with transaction(factory) as session:
        blob = blobs.store_bytes(session, data)
        row = InquiryMessage(
            inquiry_id=inquiry_id,
            direction="out",
            kind="reply",
            at=clock(),
            author="testerin",
            from_email="pressestelle@nrw.de",
            to_addr="celik@beispiel.de",
            subject="AW: Laterne",
            message_id=f"<{uuid.uuid4()}@nrw.de>",
            original_blob_id=blob.id,
            send_state=state,
            send_started_at=clock(),
            attempts=attempts,
        )
        session.add(row)
        session.flush()
        return int(row.id)


def row_state(factory: SessionFactory, row_id: int) -> tuple[str | None, int]:
    with reading(factory) as session:
        row = session.get(InquiryMessage, row_id)
        assert row is not None
        return row.send_state, row.attempts
