"""Storage of Art. 15 and Art. 17: which contacts a value names, every row stored about one
contact (read as plain dictionaries), and erasing them with everything tied to them.

Which inquiries belong to a person (``person_inquiries``): those of the contact; those whose
candidates name the contact (a mail whose sender was not decided); those whose sender address or
calling number is one of the contact's. Erasing takes the inquiries of the contact and those
without a contact that point to this contact alone (no other candidate, no other contact with
that address or number): a mail from a shared address stays until a clerk decides whose it is."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, or_, select, text, update
from sqlalchemy.orm import Session

from buergeranfragen.db.conversation_tables import InquiryMessage
from buergeranfragen.db.models import (
    AttachmentBlob,
    AuditEntry,
    Contact,
    ContactEmail,
    ContactPhone,
    Inquiry,
    InquiryAttachment,
    InquiryContactCandidate,
    InquiryOriginal,
    InquiryStep,
    RejectedMail,
    table_of,
)
from buergeranfragen.db.privacy_tables import ReadEntry
from buergeranfragen.inquiries import blobs, search
from buergeranfragen.privacy import audit
from buergeranfragen.privacy.anonymise import dismiss_rejected
from buergeranfragen.privacy.contact_trail import Span, contact_spans, in_spans, split_traces

ERASURE_ENTITY = "person_erasure"  # the audit's one entry that an erasure happened
EXPORT_ACTION = "access_export"  # the audit's entry that a person's data was handed out

# derived columns (search keys): not data of the person beyond what the other columns hold
_DERIVED = {"search_text", "sort_name", "name_key"}


def _row(mapping: Mapping[Any, Any], skip: Collection[str] = ()) -> dict[str, Any]:
    return {str(key): value for key, value in mapping.items() if key not in skip}


def contact_ids_by_email(session: Session, address: str) -> list[int]:
    rows = session.scalars(
        select(ContactEmail.contact_id)
        .where(func.lower(ContactEmail.address) == address.lower())
        .distinct()
    )
    return sorted(int(r) for r in rows)


def contact_ids_by_phone(session: Session, e164: str) -> list[int]:
    rows = session.scalars(
        select(ContactPhone.contact_id).where(ContactPhone.e164 == e164).distinct()
    )
    return sorted(int(r) for r in rows)


def contact_names(session: Session, ids: Iterable[int]) -> dict[int, dict[str, str]]:
    """The naming columns of each contact (title, names, organisation, outlet)."""
    table = table_of(Contact)
    rows = session.execute(
        select(
            table.c.id,
            table.c.title,
            table.c.first_name,
            table.c.last_name,
            table.c.organisation,
            table.c.outlet,
        ).where(table.c.id.in_(list(ids)))
    ).mappings()
    return {int(r["id"]): {k: str(v) for k, v in r.items() if k != "id"} for r in rows}


def contact_row(session: Session, contact_id: int) -> dict[str, Any] | None:
    table = table_of(Contact)
    found = session.execute(select(table).where(table.c.id == contact_id)).mappings().first()
    return None if found is None else _row(found, _DERIVED)


def _children(session: Session, model: Any, column: str, ids: Collection[int]) -> list[Any]:
    table = table_of(model)
    if not ids:
        return []
    return list(
        session.execute(
            select(table).where(table.c[column].in_(list(ids))).order_by(*table.primary_key.columns)
        ).mappings()
    )


def phones_and_emails(session: Session, contact_id: int) -> tuple[list[dict[str, Any]], ...]:
    phones = [
        _row(r, {"id", "contact_id"})
        for r in _children(session, ContactPhone, "contact_id", [contact_id])
    ]
    emails = [
        _row(r, {"id", "contact_id"})
        for r in _children(session, ContactEmail, "contact_id", [contact_id])
    ]
    return phones, emails


def person_inquiries(session: Session, contact_id: int) -> dict[int, list[str]]:
    """Each inquiry about the contact, with why: "contact", "candidate", "sender_address",
    "caller_number" (see the module docstring)."""
    found: dict[int, list[str]] = {}

    def add(ids: Iterable[int], why: str) -> None:
        for inquiry_id in ids:
            found.setdefault(int(inquiry_id), []).append(why)

    add(session.scalars(select(Inquiry.id).where(Inquiry.contact_id == contact_id)), "contact")
    add(
        session.scalars(
            select(InquiryContactCandidate.inquiry_id).where(
                InquiryContactCandidate.contact_id == contact_id
            )
        ),
        "candidate",
    )
    phones, emails = phones_and_emails(session, contact_id)
    addresses = [str(e["address"]).lower() for e in emails]
    numbers = [str(p["e164"]) for p in phones]
    if addresses:
        add(
            session.scalars(
                select(Inquiry.id).where(func.lower(Inquiry.from_email).in_(addresses))
            ),
            "sender_address",
        )
    if numbers:
        add(
            session.scalars(select(Inquiry.id).where(Inquiry.caller_number.in_(numbers))),
            "caller_number",
        )
    return {key: found[key] for key in sorted(found)}


def inquiry_rows(session: Session, ids: Collection[int]) -> list[dict[str, Any]]:
    return [_row(r) for r in _children(session, Inquiry, "id", ids)]


def step_rows(session: Session, ids: Collection[int]) -> list[dict[str, Any]]:
    return [_row(r) for r in _children(session, InquiryStep, "inquiry_id", ids)]


def message_rows(session: Session, ids: Collection[int]) -> list[dict[str, Any]]:
    return [
        _row(r, {"original_blob_id"}) for r in _children(session, InquiryMessage, "inquiry_id", ids)
    ]


def attachment_rows(session: Session, ids: Collection[int]) -> list[dict[str, Any]]:
    """Names, sizes and types of the attachments (not their bytes)."""
    return [
        _row(r, {"blob_id", "stored_path", "is_original"})
        for r in _children(session, InquiryAttachment, "inquiry_id", ids)
    ]


def original_rows(session: Session, ids: Collection[int]) -> list[dict[str, Any]]:
    if not ids:
        return []
    originals = table_of(InquiryOriginal)
    blobs = table_of(AttachmentBlob)
    rows = session.execute(
        select(originals.c.inquiry_id, originals.c.filename, originals.c.content_type, blobs.c.size)
        .join(blobs, blobs.c.id == originals.c.blob_id)
        .where(originals.c.inquiry_id.in_(list(ids)))
        .order_by(originals.c.inquiry_id)
    ).mappings()
    return [_row(r) for r in rows]


def _audit_filter(
    spans: Iterable[Span], inquiry_ids: Collection[int], message_ids: Collection[int]
) -> Any:
    table = table_of(AuditEntry)
    parts = in_spans(table.c.entity, table.c.entity_id, table.c.at, spans)
    if inquiry_ids:
        parts.append((table.c.entity == "inquiry") & table.c.entity_id.in_(list(inquiry_ids)))
    if message_ids:
        parts.append(
            (table.c.entity == "inquiry_message") & table.c.entity_id.in_(list(message_ids))
        )
    return or_(*parts)


def audit_rows(
    session: Session,
    spans: Iterable[Span],
    inquiry_ids: Collection[int],
    message_ids: Collection[int],
) -> list[dict[str, Any]]:
    """The audit entries of the contact (``spans``: ``contact_spans``), of these inquiries and
    their messages."""
    table = table_of(AuditEntry)
    rows = session.execute(
        select(table).where(_audit_filter(spans, inquiry_ids, message_ids)).order_by(table.c.id)
    ).mappings()
    result = []
    for r in rows:
        entry = _row(r)
        try:
            entry["changes"] = json.loads(str(r["changes"]))
        except ValueError:
            entry["changes"] = str(r["changes"])
        result.append(entry)
    return result


def _readings_filter(spans: Iterable[Span], inquiry_ids: Collection[int]) -> Any:
    parts = in_spans(ReadEntry.entity, ReadEntry.entity_id, ReadEntry.at, spans)
    if inquiry_ids:
        parts.append((ReadEntry.entity == "inquiry") & ReadEntry.entity_id.in_(list(inquiry_ids)))
    return or_(*parts)


def reading_rows(
    session: Session, spans: Iterable[Span], inquiry_ids: Collection[int]
) -> list[dict[str, Any]]:
    """Who opened the contact (``spans``: ``contact_spans``) or one of these inquiries, when
    (the audit of reading)."""
    table = table_of(ReadEntry)
    rows = session.execute(
        select(table.c.at, table.c.actor, table.c.entity, table.c.entity_id)
        .where(_readings_filter(spans, inquiry_ids))
        .order_by(table.c.id)
    ).mappings()
    return [dict(r) for r in rows]


def rejected_rows(session: Session, contact_id: int) -> list[dict[str, Any]]:
    """Mails refused at intake ("Nicht übernommen", still kept) sent from one of the contact's
    addresses: their sender names the address."""
    addresses = [
        str(a).lower()
        for a in session.scalars(
            select(ContactEmail.address).where(ContactEmail.contact_id == contact_id)
        )
        if a
    ]
    if not addresses:
        return []
    sender = func.lower(RejectedMail.sender)
    rows = session.execute(
        select(
            RejectedMail.id,
            RejectedMail.rejected_at,
            RejectedMail.sender,
            RejectedMail.subject,
            RejectedMail.size,
        )
        .where(
            RejectedMail.dismissed_at.is_(None),
            # "Name <address>" or the address alone: a longer address that merely holds
            # this one ("xanna@…" for "anna@…") is another person's
            or_(*(or_(sender == a, sender.endswith(f"<{a}>", autoescape=True)) for a in addresses)),
        )
        .order_by(RejectedMail.id)
    ).mappings()
    return [dict(r) for r in rows]


def record_export(
    session: Session, contact_id: int, at: datetime, actor: str, files: list[str]
) -> None:
    audit.record(
        session,
        at=at,
        actor=actor,
        entity="contact",
        entity_id=contact_id,
        action=EXPORT_ACTION,
        changes={"files": files},
    )


# -- erasure ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ErasurePlan:
    contact_id: int
    inquiry_ids: tuple[int, ...]
    message_ids: tuple[int, ...]
    attachments: int
    originals: int  # the mails as they arrived or were sent (of inquiries and messages)
    rejected_ids: tuple[int, ...] = ()  # refused mails from the person's addresses


def erasure_plan(session: Session, contact_id: int) -> ErasurePlan:
    related = person_inquiries(session, contact_id)
    mine = [i for i, why in related.items() if "contact" in why]
    loose = [i for i, why in related.items() if "contact" not in why]
    if loose:
        mine += _only_theirs(session, contact_id, loose)
    ids = sorted(set(mine))
    message_ids = tuple(int(r["id"]) for r in _children(session, InquiryMessage, "inquiry_id", ids))
    attachments = len(_children(session, InquiryAttachment, "inquiry_id", ids))
    originals = len(_children(session, InquiryOriginal, "inquiry_id", ids)) if ids else 0
    if message_ids:
        originals += int(
            session.scalar(
                select(func.count())
                .select_from(table_of(InquiryMessage))
                .where(
                    InquiryMessage.id.in_(message_ids), InquiryMessage.original_blob_id.is_not(None)
                )
            )
            or 0
        )
    rejected = tuple(int(r["id"]) for r in rejected_rows(session, contact_id))
    return ErasurePlan(contact_id, tuple(ids), message_ids, attachments, originals, rejected)


def _only_theirs(session: Session, contact_id: int, ids: list[int]) -> list[int]:
    """Of inquiries not assigned to the contact: those without a contact whose candidates,
    sender address and number point to this contact alone."""
    result = []
    for row in inquiry_rows(session, ids):
        if row["contact_id"] is not None:
            continue  # another person's inquiry (an address they share)
        others: set[int] = set()
        others.update(
            int(c)
            for c in session.scalars(
                select(InquiryContactCandidate.contact_id).where(
                    InquiryContactCandidate.inquiry_id == row["id"]
                )
            )
        )
        if row["from_email"]:
            others.update(contact_ids_by_email(session, str(row["from_email"])))
        if row["caller_number"]:
            others.update(contact_ids_by_phone(session, str(row["caller_number"])))
        if others <= {contact_id}:
            result.append(int(row["id"]))
    return result


def erase(session: Session, plan: ErasurePlan, at: datetime, actor: str) -> None:
    """Delete the contact and everything tied to it (``plan``) in the caller's unit of work;
    the audit keeps one entry: that an erasure happened, by whom, when, with the counts."""
    ids = list(plan.inquiry_ids)
    messages = list(plan.message_ids)
    spans = contact_spans(session, plan.contact_id)  # before the contact's row goes
    for entry_id, cleaned in split_traces(session, spans).items():
        session.execute(update(AuditEntry).where(AuditEntry.id == entry_id).values(changes=cleaned))
    held = blobs.held_by(session, ids)
    if ids:
        # references without ON DELETE: links from other inquiries, attachments of messages
        session.execute(
            update(Inquiry)
            .where(Inquiry.linked_inquiry_id.in_(ids), Inquiry.id.not_in(ids))
            .values(linked_inquiry_id=None)
        )
        session.execute(update(Inquiry).where(Inquiry.id.in_(ids)).values(linked_inquiry_id=None))
        received = session.execute(
            select(Inquiry.id, Inquiry.received_at).where(Inquiry.id.in_(ids))
        ).all()
        _delete_index(session, [search.time_key(r.received_at, r.id) for r in received], ids)
        session.execute(
            delete(table_of(InquiryAttachment)).where(InquiryAttachment.inquiry_id.in_(ids))
        )
        session.execute(
            delete(table_of(InquiryOriginal)).where(InquiryOriginal.inquiry_id.in_(ids))
        )
        session.execute(delete(table_of(InquiryMessage)).where(InquiryMessage.inquiry_id.in_(ids)))
        session.execute(delete(table_of(InquiryStep)).where(InquiryStep.inquiry_id.in_(ids)))
        session.execute(
            delete(table_of(InquiryContactCandidate)).where(
                InquiryContactCandidate.inquiry_id.in_(ids)
            )
        )
        session.execute(delete(table_of(Inquiry)).where(Inquiry.id.in_(ids)))
    session.execute(
        delete(table_of(InquiryContactCandidate)).where(
            InquiryContactCandidate.contact_id == plan.contact_id
        )
    )
    session.execute(delete(table_of(AuditEntry)).where(_audit_filter(spans, ids, messages)))
    for model in (ContactPhone, ContactEmail):
        table = table_of(model)
        session.execute(delete(table).where(table.c.contact_id == plan.contact_id))
    session.execute(delete(table_of(Contact)).where(table_of(Contact).c.id == plan.contact_id))
    gone = blobs.drop_unused(session, held)
    dismiss_rejected(session, list(plan.rejected_ids), at)
    session.execute(delete(table_of(ReadEntry)).where(_readings_filter(spans, ids)))
    audit.record(
        session,
        at=at,
        actor=actor,
        entity=ERASURE_ENTITY,
        entity_id=0,  # not the contact's id: it would lead back to the person in a backup
        action="erase",
        changes={
            "inquiries": len(ids),
            "messages": len(messages),
            "attachments": plan.attachments,
            "originals": plan.originals,
            "files": gone,
            "refused_mails": len(plan.rejected_ids),
        },
    )


def _delete_index(session: Session, keys: list[int], ids: list[int]) -> None:
    """Remove the inquiries' full-text entries; on SQLite the FTS5 index is then merged into
    one segment, so the old segments holding the words are gone from the file too."""
    if session.get_bind().dialect.name == "sqlite":
        for key in keys:
            session.execute(text("DELETE FROM inquiry_fts WHERE rowid = :key"), {"key": key})
        search.compact(session)
    else:
        session.execute(text("DELETE FROM inquiry_fts WHERE inquiry_id = ANY(:ids)"), {"ids": ids})


def checkpoint(session: Session) -> None:
    """After the erasure's commit: SQLite moves the WAL into the file and empties it (its
    frames still hold the pages as they were before); elsewhere nothing."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
