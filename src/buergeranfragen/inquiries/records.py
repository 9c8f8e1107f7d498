"""Plain data of inquiries crossing the service boundary."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from buergeranfragen.contacts.records import ContactDraft, ContactKind


class InquiryChannel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    LETTER = "letter"
    IN_PERSON = "in_person"

    @property
    def label(self) -> str:
        return {
            "phone": "Telefon",
            "email": "E-Mail",
            "letter": "Brief",
            "in_person": "persönlich",
        }[self.value]


class InquiryStatus(StrEnum):
    NEW = "new"
    ANSWERED_ON_PHONE = "answered_on_phone"

    @property
    def label(self) -> str:
        return {"new": "Neu", "answered_on_phone": "am Telefon erledigt"}[self.value]


@dataclass(frozen=True)
class CallDraft:
    """What the press officer typed into the call form."""

    number: str = ""
    contact_id: int | None = None
    new_contact: ContactDraft | None = None  # an unknown caller, created with the inquiry
    kind: ContactKind = ContactKind.CITIZEN
    subject: str = ""
    text: str = ""
    topic: str = ""
    status: InquiryStatus = InquiryStatus.NEW
    deadline: datetime | None = None
    received_at: datetime | None = None  # default: now


@dataclass(frozen=True)
class AttachmentRecord:
    id: int
    filename: str
    stored_path: str
    content_type: str
    size: int
    is_original: bool


@dataclass(frozen=True)
class InquirySummary:
    """One row of the queue."""

    id: int
    reference: str
    received_at: datetime
    channel: InquiryChannel
    kind: ContactKind
    contact_name: str
    subject: str
    status: InquiryStatus


@dataclass(frozen=True)
class InquiryRecord:
    id: int
    version: int
    reference: str
    kind: ContactKind
    channel: InquiryChannel
    status: InquiryStatus
    received_at: datetime
    contact_id: int | None
    contact_name: str
    subject: str
    body: str
    body_html: str
    topic: str
    caller_number: str
    deadline: datetime | None
    from_email: str
    from_name: str
    forwarded_by: str
    message_id: str | None
    source_file: str
    attachments: tuple[AttachmentRecord, ...] = field(default=())
    created_at: datetime | None = None


@dataclass(frozen=True)
class InquiryQuery:
    """The queue's filter; every part optional."""

    text: str = ""
    kind: ContactKind | None = None
    channel: InquiryChannel | None = None
    status: InquiryStatus | None = None
    received_from: datetime | None = None
    received_until: datetime | None = None
    contact_id: int | None = None
    sort: str = "received_at"  # a column of the queue
    descending: bool = True
