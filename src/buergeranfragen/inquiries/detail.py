"""The read model of one inquiry: everything the detail view shows, as one plain record
(built from a stored row's values, or from the values just written). Plain values only: the
repository reads the row."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from buergeranfragen.contacts.phones import format_for_display
from buergeranfragen.contacts.records import ContactKind, ContactRef
from buergeranfragen.inquiries.records import (
    AttachmentRecord,
    InquiryChannel,
    InquiryRecord,
    InquiryStatus,
)
from buergeranfragen.stored_values import from_storage


def record_from_row(
    inquiry_id: int,
    row: Mapping[str, Any],
    contact: str,
    attachments: Iterable[AttachmentRecord],
    candidates: Iterable[ContactRef] = (),
) -> InquiryRecord:
    """``row`` holds every column of ``inquiries``; ``contact`` is the name to show;
    ``candidates`` whom a mail without a contact may be from."""
    return InquiryRecord(
        id=inquiry_id,
        version=row["version"],
        reference=row["reference"],
        kind=from_storage(ContactKind, row["kind"]),
        channel=from_storage(InquiryChannel, row["channel"]),
        status=from_storage(InquiryStatus, row["status"]),
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
        contact_candidates=tuple(candidates),
        anonymised_at=row.get("anonymised_at"),
    )
