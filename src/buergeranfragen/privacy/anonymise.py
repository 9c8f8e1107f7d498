"""Anonymising and deleting what the retention rules say is due (storage level: the caller's
Session, one unit of work per chunk).

Anonymising an inquiry removes the person and keeps the statistics:

- removed: the contact link, the sender's name and address, the caller's number, subject,
  text and the mail's HTML, the message id and content hash, the source file's name, the
  contact candidates, every step's comment (notes, reasons), of every message of its
  conversation the addresses, names, subject, text, HTML, header ids and the original's bytes,
  the attachments and the original mail (their blobs too when no other record uses them), its
  full-text index entry (only its reference number stays findable), and in its audit entries
  every value but those the history's first steps read (``steps.arrival_steps``);
- kept: reference number, kind, channel, category, status, topic, department, assignee,
  priority, dates (received, due, Redaktionsschluss), routing rule and reason (the rule's
  words), the steps without their comments and the messages' kind, direction, time and
  author - everything the reports read, so every report stays the same.

``anonymised_at`` marks the row: it is not processed twice, and the window says so."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, exists, func, or_, select, update
from sqlalchemy.orm import Session

from buergeranfragen.contacts.queries import ENTITY as CONTACT
from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.db.conversation_tables import InquiryMessage
from buergeranfragen.db.models import (
    AuditEntry,
    Contact,
    Inquiry,
    InquiryAttachment,
    InquiryContactCandidate,
    InquiryOriginal,
    InquiryStep,
    RejectedMail,
    UTCDateTime,
)
from buergeranfragen.inquiries import blobs, search, steps
from buergeranfragen.inquiries.records import ENTITY as INQUIRY
from buergeranfragen.privacy import audit, contact_trail
from buergeranfragen.workflow.states import DONE

MESSAGE = "inquiry_message"  # the audit trail's name for a conversation's message
_DONE = sorted(s.value for s in DONE)
# what an inquiry's audit entries keep: the history's first steps and what names no person
AUDIT_KEPT = frozenset(
    {
        "reference",
        "channel",
        "kind",
        "category",
        "status",
        "topic",
        "priority",
        "department",
        "department_id",
        "assignee",
        "due_at",
        steps.RECEIVED_AT,
        steps.ROUTED_TO,
        steps.ROUTED_TO_NAME,
        steps.ROUTED_BY,
        steps.ROUTED_BECAUSE,
    }
)


def closed_at() -> Any:
    """When an inquiry was closed: its last status step, or (none) when it came in."""
    last = (
        select(func.max(InquiryStep.at))
        .where(InquiryStep.inquiry_id == Inquiry.id, InquiryStep.kind == steps.StepKind.STATUS)
        .scalar_subquery()
    )
    return func.coalesce(last, Inquiry.received_at, type_=UTCDateTime)


def due_inquiries(
    session: Session, citizen_before: datetime, press_before: datetime, limit: int | None = None
) -> list[tuple[int, str, str, datetime]]:
    """Closed inquiries not yet anonymised whose period has run out: (id, reference, kind,
    closed at), oldest id first. Any kind but press counts as a citizen inquiry."""
    closed = closed_at()
    query = (
        select(Inquiry.id, Inquiry.reference, Inquiry.kind, closed)
        .where(
            Inquiry.anonymised_at.is_(None),
            Inquiry.status.in_(_DONE),
            or_(
                and_(Inquiry.kind == ContactKind.PRESS.value, closed < press_before),
                and_(Inquiry.kind != ContactKind.PRESS.value, closed < citizen_before),
            ),
        )
        .order_by(Inquiry.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return [(r[0], r[1], r[2], r[3]) for r in session.execute(query)]


def _kept(changes: object) -> dict[str, Any]:
    if not isinstance(changes, dict):
        return {}
    return {k: v for k, v in changes.items() if k in AUDIT_KEPT}


def strip_audit(session: Session, entity: str, entity_ids: Iterable[int]) -> None:
    """Keep of these records' audit entries only the values in ``AUDIT_KEPT`` (who did what
    when stays)."""
    ids = list(entity_ids)
    if not ids:
        return
    rows = session.execute(
        select(AuditEntry.id, AuditEntry.changes).where(
            AuditEntry.entity == entity, AuditEntry.entity_id.in_(ids)
        )
    ).all()
    for row_id, stored in rows:
        try:
            changes = json.loads(stored)
        except ValueError:
            changes = {}
        kept = json.dumps(_kept(changes), ensure_ascii=False, sort_keys=True, default=str)
        if kept != stored:
            session.execute(update(AuditEntry).where(AuditEntry.id == row_id).values(changes=kept))


def database_time(session: Session) -> datetime | None:
    """The database server's clock (PostgreSQL); None for SQLite, which has none of its own."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    found: datetime | None = session.scalar(select(func.now()))
    return found


def anonymise_inquiry(session: Session, inquiry_id: int, now: datetime, actor: str) -> bool:
    """Remove the person from one inquiry (see the module); False when it is gone or done.
    The row is locked first (PostgreSQL), so an erasure at another desk either went before
    (the row is gone) or waits."""
    row = session.execute(
        select(Inquiry.reference, Inquiry.received_at, Inquiry.contact_id, Inquiry.anonymised_at)
        .where(Inquiry.id == inquiry_id)
        .with_for_update()
    ).first()
    if row is None or row.anonymised_at is not None:
        return False
    held = blobs.held_by(session, [inquiry_id])
    session.execute(delete(InquiryAttachment).where(InquiryAttachment.inquiry_id == inquiry_id))
    session.execute(delete(InquiryOriginal).where(InquiryOriginal.inquiry_id == inquiry_id))
    session.execute(
        delete(InquiryContactCandidate).where(InquiryContactCandidate.inquiry_id == inquiry_id)
    )
    message_ids = list(
        session.scalars(select(InquiryMessage.id).where(InquiryMessage.inquiry_id == inquiry_id))
    )
    session.execute(
        update(InquiryMessage)
        .where(InquiryMessage.inquiry_id == inquiry_id)
        .values(
            from_email="",
            from_name="",
            to_addr="",
            subject="",
            text="",
            body_html="",
            message_id=None,
            in_reply_to="",
            reference_ids="",  # the content's hash stays, as the inquiry's own (below)
            original_blob_id=None,
            original_filename="",
            send_error="",
        )
    )
    session.execute(
        update(InquiryStep).where(InquiryStep.inquiry_id == inquiry_id).values(comment="")
    )
    strip_audit(session, INQUIRY, [inquiry_id])
    strip_audit(session, MESSAGE, message_ids)
    if row.contact_id is not None:  # the contact's period runs from its last inquiry on
        session.execute(
            update(Contact)
            .where(Contact.id == row.contact_id, Contact.updated_at < row.received_at)
            .values(updated_at=row.received_at)
        )
    session.execute(
        update(Inquiry)
        .where(Inquiry.id == inquiry_id)
        .values(
            contact_id=None,
            subject="",
            body="",
            body_html="",
            caller_number="",
            from_email="",
            from_name="",
            forwarded_by="",
            message_id=None,  # may name the sender; the content's hash stays (see
            source_file="",  # ``mail_lookups._stored_mail``: the same mail is not taken again)
            anonymised_at=now,
            updated_at=now,
            version=Inquiry.version + 1,  # an open editor's save is refused as stale
        )
    )
    search.write_index(session, inquiry_id, row.received_at, search.index_text(row.reference))
    blobs.drop_unused(session, held)
    audit.record(
        session,
        at=now,
        actor=actor,
        entity=INQUIRY,
        entity_id=inquiry_id,
        action="anonymise",
        changes={},
    )
    return True


def _contact_unused(before: datetime) -> Any:
    return and_(
        Contact.updated_at < before,
        ~exists().where(Inquiry.contact_id == Contact.id),
        ~exists().where(InquiryContactCandidate.contact_id == Contact.id),
    )


def due_contacts(
    session: Session, before: datetime, limit: int | None = None
) -> list[tuple[int, datetime]]:
    """Contacts no inquiry names (nor as a candidate) unchanged since before ``before``:
    (id, last change), oldest id first."""
    query = (
        select(Contact.id, Contact.updated_at).where(_contact_unused(before)).order_by(Contact.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return [(r[0], r[1]) for r in session.execute(query)]


def delete_contact(
    session: Session, contact_id: int, before: datetime, now: datetime, actor: str
) -> bool:
    """Delete the contact (its numbers and addresses with it) when it is still due (a desk may
    have given it an inquiry meanwhile); its audit entries keep who changed it when, not
    what (nor what those merged into it held). False: not deleted."""
    spans = contact_trail.contact_spans(session, contact_id)  # before its row goes
    traces = contact_trail.split_traces(session, spans)
    gone = session.execute(
        delete(Contact)
        .where(Contact.id == contact_id, _contact_unused(before))
        .execution_options(synchronize_session=False)
    )
    if int(getattr(gone, "rowcount", 0)) != 1:
        return False
    session.execute(
        update(AuditEntry)
        .where(
            or_(
                *contact_trail.in_spans(
                    AuditEntry.entity, AuditEntry.entity_id, AuditEntry.at, spans
                )
            )
        )
        .values(changes="{}")
    )
    for entry_id, cleaned in traces.items():
        session.execute(update(AuditEntry).where(AuditEntry.id == entry_id).values(changes=cleaned))
    audit.record(
        session,
        at=now,
        actor=actor,
        entity=CONTACT,
        entity_id=contact_id,
        action="retention_delete",
        changes={},
    )
    return True


def due_rejected(
    session: Session, before: datetime, limit: int | None = None
) -> list[tuple[int, datetime]]:
    """Refused mails ("Nicht übernommen") still kept that came before ``before``."""
    query = (
        select(RejectedMail.id, RejectedMail.rejected_at)
        .where(RejectedMail.dismissed_at.is_(None), RejectedMail.rejected_at < before)
        .order_by(RejectedMail.id)
    )
    if limit is not None:
        query = query.limit(limit)
    return [(r[0], r[1]) for r in session.execute(query)]


def dismiss_rejected(session: Session, entry_ids: list[int], now: datetime) -> int:
    """Remove the bytes, subject, sender, source, file name and reason of these refused mails, as
    deleting one in the window does (the row stays, so the same mailbox message is not taken
    again)."""
    if not entry_ids:
        return 0
    done = session.execute(
        update(RejectedMail)
        .where(RejectedMail.id.in_(entry_ids), RejectedMail.dismissed_at.is_(None))
        .values(
            dismissed_at=now,
            data=b"",
            kept_bytes=0,
            subject="",
            sender="",
            source="",  # a file's path may name the sender
            file_name="",
            reason_values="{}",
        )
        .execution_options(synchronize_session=False)
    )
    return int(getattr(done, "rowcount", 0))
