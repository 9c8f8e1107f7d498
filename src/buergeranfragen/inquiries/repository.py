"""Inquiry storage: the only place in inquiries/ (besides the full-text index helpers in
``search``) that takes a SQLAlchemy ``Session``. The service opens the unit of work and calls
these functions inside it; everything returned is plain data, never an ORM object.

Writes are plain table inserts with bound parameters, compiled once and cheap to run many
times: a mailbox brings thousands of mails.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    CursorResult,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session, selectinload

from buergeranfragen.contacts import repository as contact_store
from buergeranfragen.contacts.derived import split_tags
from buergeranfragen.contacts.records import ContactKind, ContactRef, contact_name
from buergeranfragen.contacts.validation import validate
from buergeranfragen.conversation import store as conversation_store
from buergeranfragen.conversation.interim import interim_of
from buergeranfragen.db.models import (
    AttachmentBlob,
    Contact,
    Inquiry,
    InquiryAttachment,
    InquiryContactCandidate,
    InquiryOriginal,
    table_of,
)
from buergeranfragen.errors import RecordNotFound
from buergeranfragen.inquiries import blobs, detail, queue, search, steps
from buergeranfragen.inquiries.attachments import original_entry
from buergeranfragen.inquiries.mail_lookups import known_senders
from buergeranfragen.inquiries.records import (
    ENTITY,
    AttachmentRecord,
    ContactPlan,
    InquiryQuery,
    InquiryRecord,
    InquiryStatus,
    InquirySummary,
    NewAttachment,
)
from buergeranfragen.inquiries.senders import choose_sender
from buergeranfragen.messages import msg
from buergeranfragen.organisation import repository as organisation
from buergeranfragen.privacy import audit
from buergeranfragen.stored_values import from_storage
from buergeranfragen.workflow.deadlines import Category

_INSERT_INQUIRY = insert(table_of(Inquiry))
_INSERT_ORIGINAL = insert(table_of(InquiryOriginal))
_INSERT_CANDIDATE = insert(table_of(InquiryContactCandidate))
_INSERT_ATTACHMENT = insert(table_of(InquiryAttachment)).returning(table_of(InquiryAttachment).c.id)


@dataclass(frozen=True)
class StoredFile:
    """Where the bytes of an attachment or original mail are: a blob, or (None) not in the
    database - a file of the former attachment folder not found when it was to move in."""

    filename: str
    blob: blobs.BlobInfo | None
    former_path: str = ""


@dataclass(frozen=True)
class FormerFile:
    """An attachment whose file still lies in the former attachment folder."""

    attachment_id: int
    stored_path: str
    size: int


@dataclass(frozen=True)
class Resolved:
    """Whose inquiry it is: a contact, or none and whom it may be from."""

    contact: ContactRef | None
    candidates: tuple[ContactRef, ...] = ()


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


# -- the queue and the detail ----------------------------------------------------------------


def page(
    session: Session, query: InquiryQuery, now: datetime, offset: int, limit: int
) -> list[InquirySummary]:
    rows = session.execute(queue.page_statement(_dialect(session), query, now, offset, limit))
    return [queue.summary_from_row(row) for row in rows]


def count(session: Session, query: InquiryQuery, now: datetime, cap: int) -> int:
    """How many inquiries match; a search with words stops counting at ``cap`` + 1."""
    return int(session.scalar(queue.count_statement(_dialect(session), query, now, cap)) or 0)


_ATTACHMENTS = (
    select(
        InquiryAttachment.id,
        InquiryAttachment.filename,
        InquiryAttachment.stored_path,
        InquiryAttachment.content_type,
        InquiryAttachment.size,
        AttachmentBlob.sha256,
    )
    .outerjoin(AttachmentBlob, AttachmentBlob.id == InquiryAttachment.blob_id)
    .where(InquiryAttachment.inquiry_id == bindparam("inquiry_id"))
    .order_by(InquiryAttachment.id)
)
_ORIGINAL_ENTRY = (
    select(
        InquiryOriginal.filename,
        InquiryOriginal.content_type,
        AttachmentBlob.size,
        AttachmentBlob.sha256,
    )
    .join(AttachmentBlob, AttachmentBlob.id == InquiryOriginal.blob_id)
    .where(InquiryOriginal.inquiry_id == bindparam("inquiry_id"))
)


def load(session: Session, inquiry_id: int) -> InquiryRecord | None:
    """One inquiry with its contact's name, its attachments and (last) its original mail."""
    inquiry = session.get(Inquiry, inquiry_id, options=[selectinload(Inquiry.contact)])
    if inquiry is None:
        return None
    files = [
        AttachmentRecord(
            row.id,
            row.filename,
            row.stored_path,
            row.content_type,
            row.size,
            False,
            row.sha256 or "",
        )
        for row in session.execute(_ATTACHMENTS, {"inquiry_id": inquiry_id})
    ]
    original = session.execute(_ORIGINAL_ENTRY, {"inquiry_id": inquiry_id}).first()
    if original is not None:
        files.append(
            original_entry(inquiry_id, original[0], original[1], int(original[2]), original[3])
        )
    return _record_of(session, inquiry, files, candidates(session, inquiry_id))


def candidates(session: Session, inquiry_id: int) -> tuple[ContactRef, ...]:
    """Whom a mail without a contact may be from, oldest contact first."""
    ids = session.scalars(
        select(InquiryContactCandidate.contact_id)
        .where(InquiryContactCandidate.inquiry_id == inquiry_id)
        .distinct()  # two candidates merged into one contact are one
        .order_by(InquiryContactCandidate.contact_id)
    )
    refs = (contact_store.contact_ref(session, contact_id) for contact_id in list(ids))
    return tuple(ref for ref in refs if ref is not None)


def _record_of(
    session: Session,
    inquiry: Inquiry,
    files: list[AttachmentRecord],
    candidates: tuple[ContactRef, ...],
) -> InquiryRecord:
    """A loaded inquiry (its contact loaded with it) as a plain record."""
    row = {column.key: getattr(inquiry, column.key) for column in table_of(Inquiry).columns}
    name = contact_name(inquiry.contact, inquiry.from_name or inquiry.from_email)
    record = detail.record_from_row(inquiry.id, row, name, files, candidates)
    routing = steps.routing_of(
        session, inquiry.department_id, inquiry.assignee_id, inquiry.routing_rule_id, row
    )
    linked = (
        session.scalar(select(Inquiry.reference).where(Inquiry.id == inquiry.linked_inquiry_id))
        if inquiry.linked_inquiry_id is not None
        else None
    )
    history = steps.steps_of(session, inquiry.id)
    messages = conversation_store.messages_of(session, inquiry.id)
    received = next((s for s in history if s.kind == steps.StepKind.RECEIVED), None)
    interim = interim_of(
        kind=record.kind,
        channel=record.channel,
        category=from_storage(Category, inquiry.category or Category.GENERAL),
        status=record.status,
        received_at=record.received_at,
        first_status=from_storage(InquiryStatus, received.to_value if received else "new"),
        history=history,
        messages=messages,
        settings=organisation.stored_deadlines(session),
    )
    return replace(
        record,
        routing=routing,
        steps=history,
        messages=messages,
        linked_reference=linked or "",
        interim_due_at=interim.due_at,
        interim_sent_at=interim.sent_at,
    )


def contact_tags(session: Session, contact_id: int | None) -> tuple[str, ...]:
    """The tags of a contact (none without one)."""
    if contact_id is None:
        return ()
    stored = session.scalar(select(Contact.tags).where(Contact.id == contact_id))
    return tuple(split_tags(stored)) if stored else ()


def original_file(session: Session, inquiry_id: int) -> StoredFile | None:
    """Where the mail file an inquiry was made from is stored (None for calls)."""
    row = session.execute(
        select(InquiryOriginal.filename, InquiryOriginal.blob_id).where(
            InquiryOriginal.inquiry_id == inquiry_id
        )
    ).first()
    return None if row is None else StoredFile(row[0], blobs.info(session, row[1]))


def attachment_file(session: Session, attachment_id: int) -> StoredFile | None:
    row = session.execute(
        select(
            InquiryAttachment.filename, InquiryAttachment.blob_id, InquiryAttachment.stored_path
        ).where(InquiryAttachment.id == attachment_id)
    ).first()
    if row is None:
        return None
    blob = None if row[1] is None else blobs.info(session, row[1])
    return StoredFile(row[0], blob, row[2])


def former_files(session: Session) -> list[FormerFile]:
    """Attachments whose file lies in the former attachment folder still."""
    rows = session.execute(
        select(InquiryAttachment.id, InquiryAttachment.stored_path, InquiryAttachment.size)
        .where(InquiryAttachment.blob_id.is_(None))
        .order_by(InquiryAttachment.id)
    )
    return [FormerFile(row[0], row[1], row[2]) for row in rows]


def attach_blob(session: Session, attachment_id: int, blob_id: int) -> bool:
    """The attachment's bytes are this blob from now on; False when another desk moved it in
    meanwhile (or it is gone)."""
    result = session.execute(
        update(InquiryAttachment)
        .where(InquiryAttachment.id == attachment_id, InquiryAttachment.blob_id.is_(None))
        .values(blob_id=blob_id, stored_path="")
    )
    return bool(cast(CursorResult[Any], result).rowcount)


# -- writing ---------------------------------------------------------------------------------


def resolve_contact(session: Session, plan: ContactPlan, *, now: datetime, actor: str) -> Resolved:
    """The contact an inquiry belongs to; a new one is inserted in the same unit of work. A
    mail's sender is chosen here, among the contacts stored by then (the caller took the
    identity lock first, see ``contacts.repository.lock_identities``)."""
    if plan.contact_id is not None:
        found = contact_store.contact_ref(session, plan.contact_id)
        if found is None:
            raise RecordNotFound(
                msg("Kontakt Nr. {number} gibt es nicht (mehr).", number=plan.contact_id)
            )
        return Resolved(found)
    new_contact = plan.new_contact
    if plan.sender is not None:
        choice = choose_sender(plan.sender, known_senders(session, plan.sender.address))
        if choice.new_contact is None:
            return Resolved(choice.contact, choice.candidates)
        new_contact = choice.new_contact
    if new_contact is None:
        return Resolved(None)
    # a mail's sender (a display name from outside) is cut to fit; a caller typed is checked
    clean = validate(new_contact, cut=plan.sender is not None)
    created = contact_store.insert_contact(session, clean, now=now, actor=actor)
    return Resolved(ContactRef(created.id, created.name, created.kind))


def insert_candidates(session: Session, inquiry_id: int, contacts: Sequence[ContactRef]) -> None:
    if contacts:
        rows = [{"inquiry_id": inquiry_id, "contact_id": c.id} for c in contacts]
        session.execute(_INSERT_CANDIDATE, rows)


def assign_contact(
    session: Session, inquiry_id: int, contact_id: int, *, now: datetime, actor: str
) -> None:
    """Make ``contact_id`` the inquiry's contact (the clerk's pick among the candidates, or
    anyone): its candidates cleared, its index entry naming the contact, audited. A press
    contact's inquiry is a press inquiry, as the intake would have decided."""
    inquiry = session.get(Inquiry, inquiry_id)
    if inquiry is None:
        raise RecordNotFound(msg("Anfrage Nr. {number} gibt es nicht (mehr).", number=inquiry_id))
    contact = contact_store.contact_ref(session, contact_id)
    if contact is None:
        raise RecordNotFound(msg("Kontakt Nr. {number} gibt es nicht (mehr).", number=contact_id))
    session.execute(
        delete(InquiryContactCandidate).where(InquiryContactCandidate.inquiry_id == inquiry_id)
    )
    before = {"contact_id": inquiry.contact_id, "kind": inquiry.kind}
    inquiry.contact_id = contact.id
    if contact.kind == ContactKind.PRESS:
        inquiry.kind = ContactKind.PRESS.value
    changes = audit.diff(before, {"contact_id": inquiry.contact_id, "kind": inquiry.kind})
    if not changes:
        return
    inquiry.updated_at = now
    session.flush()
    audit.record(
        session,
        at=now,
        actor=actor,
        entity=ENTITY,
        entity_id=inquiry_id,
        action="assign_contact",
        changes=changes,
    )
    row = {column.key: getattr(inquiry, column.key) for column in table_of(Inquiry).columns}
    search.write_index(
        session, inquiry_id, inquiry.received_at, search.inquiry_text(row, contact.name)
    )


def last_number(session: Session, year: int) -> int | None:
    return session.scalar(select(func.max(Inquiry.ref_number)).where(Inquiry.ref_year == year))


def insert_inquiry(session: Session, row: dict[str, Any]) -> int:
    result = cast(CursorResult[Any], session.execute(_INSERT_INQUIRY, row))
    return int(result.inserted_primary_key[0])  # type: ignore[index]


def insert_attachments(
    session: Session,
    inquiry_id: int,
    files: Sequence[NewAttachment],
    message_row_id: int | None = None,
) -> list[AttachmentRecord]:
    """The attachments' rows, their bytes as blobs (one per distinct content); with
    ``message_row_id`` those of a further message of the conversation."""
    stored = []
    for file in files:
        blob = blobs.store_bytes(session, file.data)
        filename, content_type = file.filename[:300], file.content_type[:200]
        row = {
            "inquiry_id": inquiry_id,
            "filename": filename,
            "blob_id": blob.id,
            "stored_path": "",
            "content_type": content_type,
            "size": blob.size,
            "is_original": False,
            "message_row_id": message_row_id,
        }
        attachment_id = session.scalar(_INSERT_ATTACHMENT, row)
        assert attachment_id is not None
        stored.append(
            AttachmentRecord(
                attachment_id, filename, "", content_type, blob.size, False, blob.sha256
            )
        )
    return stored


def insert_original(
    session: Session, inquiry_id: int, original_mail: NewAttachment
) -> AttachmentRecord:
    blob = blobs.store_bytes(session, original_mail.data)
    session.execute(
        _INSERT_ORIGINAL,
        {
            "inquiry_id": inquiry_id,
            "filename": original_mail.filename[:300],
            "content_type": original_mail.content_type[:200],
            "blob_id": blob.id,
        },
    )
    return original_entry(
        inquiry_id, original_mail.filename, original_mail.content_type, blob.size, blob.sha256
    )
