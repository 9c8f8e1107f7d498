"""The read model of one inquiry: everything the detail view shows, as one plain record
(built from a stored row, or from the values just written)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from buergeranfragen.contacts.phones import format_for_display
from buergeranfragen.contacts.records import ContactKind, contact_name
from buergeranfragen.db.models import Inquiry, table_of
from buergeranfragen.inquiries.records import (
    AttachmentRecord,
    InquiryChannel,
    InquiryRecord,
    InquiryStatus,
)


def record_from_row(
    inquiry_id: int,
    row: Mapping[str, Any],
    contact: str,
    attachments: Iterable[AttachmentRecord],
) -> InquiryRecord:
    """``row`` holds every column of ``inquiries``; ``contact`` is the name to show."""
    return InquiryRecord(
        id=inquiry_id,
        version=row["version"],
        reference=row["reference"],
        kind=ContactKind(row["kind"]),
        channel=InquiryChannel(row["channel"]),
        status=InquiryStatus(row["status"]),
        received_at=row["received_at"],
        contact_id=row["contact_id"],
        contact_name=contact,
        subject=row["subject"],
        body=row["body"],
        body_html=row["body_html"],
        topic=row["topic"],
        caller_number=format_for_display(row["caller_number"]) if row["caller_number"] else "",
        deadline=row["deadline"],
        from_email=row["from_email"],
        from_name=row["from_name"],
        forwarded_by=row["forwarded_by"],
        message_id=row["message_id"],
        source_file=row["source_file"],
        attachments=tuple(attachments),
        created_at=row["created_at"],
    )


def record_of(inquiry: Inquiry, original: AttachmentRecord | None) -> InquiryRecord:
    """A loaded inquiry (its attachments and contact loaded with it) as a plain record; the
    original mail, if stored, ends the attachment list."""
    row = {column.key: getattr(inquiry, column.key) for column in table_of(Inquiry).columns}
    files = [
        AttachmentRecord(a.id, a.filename, a.stored_path, a.content_type, a.size, a.is_original)
        for a in inquiry.attachments
    ]
    if original is not None:
        files.append(original)
    name = contact_name(inquiry.contact, inquiry.from_name or inquiry.from_email)
    return record_from_row(inquiry.id, row, name, files)
