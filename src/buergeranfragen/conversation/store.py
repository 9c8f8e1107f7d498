"""An inquiry's messages in the database (storage level, inside the caller's unit of work):
writing one, reading the conversation, and the questions threading asks - which inquiry a
Message-ID belongs to, which addresses are known to have written in an inquiry."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, union_all
from sqlalchemy.orm import Session

from buergeranfragen.conversation.records import Direction, MessageKind, MessageRecord, SendState
from buergeranfragen.conversation.send_errors import error_from_json
from buergeranfragen.conversation.threads import Thread, references_in
from buergeranfragen.db.conversation_tables import InquiryMessage
from buergeranfragen.db.models import ContactEmail, Department, Inquiry, table_of
from buergeranfragen.inquiries.senders import lookup_address
from buergeranfragen.stored_values import from_storage

_MESSAGES = table_of(InquiryMessage)


def insert_message(session: Session, inquiry_id: int, values: dict[str, Any]) -> int:
    """A new message row (``values``: its columns but the inquiry) and its id."""
    row = InquiryMessage(inquiry_id=inquiry_id, **values)
    session.add(row)
    session.flush()
    return row.id


def messages_of(session: Session, inquiry_id: int) -> tuple[MessageRecord, ...]:
    """The further messages of an inquiry, oldest first (the first is the inquiry itself)."""
    rows = session.execute(
        select(InquiryMessage, Department.code, Department.name)
        .outerjoin(Department, Department.id == InquiryMessage.department_id)
        .where(InquiryMessage.inquiry_id == inquiry_id)
        .order_by(InquiryMessage.at, InquiryMessage.id)
    )
    return tuple(record_of(row[0], row[1] or "", row[2] or "") for row in rows)


def record_of(row: InquiryMessage, code: str = "", name: str = "") -> MessageRecord:
    return MessageRecord(
        id=row.id,
        inquiry_id=row.inquiry_id,
        direction=from_storage(Direction, row.direction),
        kind=from_storage(MessageKind, row.kind),
        at=row.at,
        author=row.author,
        from_email=row.from_email,
        from_name=row.from_name,
        to_addr=row.to_addr,
        subject=row.subject,
        text=row.text,
        message_id=row.message_id,
        department_code=code,
        department_name=name,
        send_state=from_storage(SendState, row.send_state) if row.send_state else None,
        send_error=row.send_error,
        attempts=row.attempts,
        sent_at=row.sent_at,
        send_reason=error_from_json(row.send_error)[0],
    )


def inquiry_of_message_ids(session: Session, ids: Sequence[str]) -> int | None:
    """The inquiry one of these Message-IDs belongs to: the mail it was made from, a further
    mail of it or a mail sent from it. The first ID that is known decides."""
    if not ids:
        return None
    wanted = list(ids)
    found = session.execute(
        union_all(
            select(Inquiry.message_id.label("mid"), Inquiry.id.label("inquiry_id")).where(
                Inquiry.message_id.in_(wanted)
            ),
            select(
                InquiryMessage.message_id.label("mid"),
                InquiryMessage.inquiry_id.label("inquiry_id"),
            ).where(InquiryMessage.message_id.in_(wanted)),
        )
    ).all()
    by_id = {row[0]: row[1] for row in found}
    return next((by_id[one] for one in wanted if one in by_id), None)


def inquiry_by_reference(session: Session, reference: str) -> int | None:
    return session.scalar(select(Inquiry.id).where(Inquiry.reference == reference.upper()))


def writes_in(session: Session, inquiry_id: int, address: str) -> bool:
    """Is ``address`` the inquiry's own: its sender's or one of its contact's addresses? (Not
    that of a further mail: whoever knew a Message-ID of the conversation - a third party the
    citizen copied in - got threaded in; that makes them no owner of the inquiry.)"""
    if not address:
        return False
    wanted = lookup_address(address)
    return wanted in own_addresses(session, inquiry_id)


def own_addresses(session: Session, inquiry_id: int) -> list[str]:
    """The inquiry's own addresses as stored for lookups: its sender's first, then its
    contact's in their order."""
    inquiry = session.get(Inquiry, inquiry_id)
    if inquiry is None:
        return []
    found = [lookup_address(inquiry.from_email)] if inquiry.from_email else []
    if inquiry.contact_id is not None:
        found += session.scalars(
            select(ContactEmail.address)
            .where(ContactEmail.contact_id == inquiry.contact_id)
            .order_by(ContactEmail.position, ContactEmail.id)
        ).all()
    return list(dict.fromkeys(a for a in found if a))


def thread_ids(session: Session, inquiry_id: int) -> tuple[str | None, list[str]]:
    """What a mail sent from the inquiry refers to: In-Reply-To, the citizen's latest mail
    (or the one the inquiry was made from), and References, every known mail of the
    conversation in the order they were added (at most the last 20: a long thread's header
    stays short)."""
    rows = session.execute(
        select(InquiryMessage.message_id, InquiryMessage.direction)
        .where(InquiryMessage.inquiry_id == inquiry_id, InquiryMessage.message_id.is_not(None))
        .order_by(InquiryMessage.id)  # as they were added (a sender's Date may be off)
    ).all()
    first = session.scalar(select(Inquiry.message_id).where(Inquiry.id == inquiry_id))
    chain = ([first] if first else []) + [row[0] for row in rows if row[0]]
    incoming = [row[0] for row in rows if row[0] and row[1] == Direction.IN.value]
    latest = incoming[-1] if incoming else first
    return latest, chain[-20:]


def find_thread(
    session: Session, reply_to_ids: Sequence[str], subject: str, from_email: str
) -> Thread | None:
    """The inquiry a new mail belongs to (``conversation.service``): the one a Message-ID of
    In-Reply-To/References names; else one whose reference in the subject the sender writes
    in (its owner: ``writes_in``); else the first known reference, only to link a new
    inquiry to (``linked_only``)."""
    by_header = inquiry_of_message_ids(session, list(reply_to_ids))
    if by_header is not None:
        reference = session.scalar(select(Inquiry.reference).where(Inquiry.id == by_header))
        return Thread(by_header, reference or "")
    linked: Thread | None = None
    for reference in references_in(subject):
        found = inquiry_by_reference(session, reference)
        if found is None:
            continue
        if writes_in(session, found, from_email):
            return Thread(found, reference)  # the one the sender writes in wins
        linked = linked or Thread(found, reference, linked_only=True)
    return linked
