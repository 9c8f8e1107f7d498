"""Plain data of inquiries crossing the service boundary. The labels of the enums live in the
window (``ui/common/i18n.py``) and the command line, not here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from buergeranfragen.contacts.records import ContactDraft, ContactKind, ContactRef
from buergeranfragen.conversation.records import MessageRecord
from buergeranfragen.conversation.threads import Thread
from buergeranfragen.messages import Message

ENTITY = "inquiry"  # the audit trail's name for inquiries
OUTLOOK_MAIL = "application/vnd.ms-outlook"


class InquiryChannel(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    LETTER = "letter"
    IN_PERSON = "in_person"


class InquiryStatus(StrEnum):
    """Stored values: never rename one (older databases hold them). The allowed steps between
    them are ``workflow.states``."""

    NEW = "new"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting"  # Rückfrage: waiting for the citizen or another office
    ANSWERED = "answered"
    ANSWERED_ON_PHONE = "answered_on_phone"  # "am Telefon erledigt"
    HANDED_OVER = "handed_over"  # "abgegeben" to another authority (to whom: with the step)
    CLOSED = "closed"


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
    """An attachment (or, ``is_original``, the mail file itself) as listed: its bytes are in
    the database under ``sha256``; "" with ``stored_path`` set for a file of the former
    attachment folder that was not found when it was to move into the database."""

    id: int
    filename: str
    stored_path: str
    content_type: str
    size: int
    is_original: bool
    sha256: str = ""


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
    department_code: str = ""  # "" : not routed ("Nicht zugeordnet")
    department_name: str = ""
    assignee: str = ""  # the person's display name (else their user name); "": nobody
    due_at: datetime | None = None
    priority: str = ""


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
    # A mail without a contact whose sender's address several contacts share: whom it may be
    # from, for the clerk to pick (``InquiryService.assign_contact``); oldest first.
    contact_candidates: tuple[ContactRef, ...] = field(default=())
    # when just stored: what had to be cut to fit the database (``db.limits``)
    warnings: tuple[Message, ...] = field(default=())
    routing: RoutingInfo = field(default_factory=lambda: RoutingInfo())
    steps: tuple[InquiryStep, ...] = field(default=())  # oldest first
    # the conversation after the first message (the inquiry's own): oldest first
    messages: tuple[MessageRecord, ...] = field(default=())
    # a stranger's mail named this inquiry's reference: the inquiry it named ("" if none)
    linked_reference: str = ""
    # the Zwischennachricht: when one is due (None: none needed) and when one went out
    interim_due_at: datetime | None = None
    interim_sent_at: datetime | None = None
    anonymised_at: datetime | None = None  # the retention run removed the person (0015)

    @property
    def formatting_in_original(self) -> bool:
        """An Outlook mail whose formatted body was not stored: it is in the original's RTF
        body (``MailIntake.formatted_body`` derives it). Not so for a mail a colleague
        forwarded (``forwarded_by``): the stored original is the colleague's mail, while the
        inquiry shows the mail it carried - its formatting would be the wrong mail's."""
        return (
            not self.body_html
            and not self.forwarded_by
            and any(a.is_original and a.content_type == OUTLOOK_MAIL for a in self.attachments)
        )


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
    department_code: str | None = None  # routed to this department
    unassigned: bool = False  # routed to no department ("Nicht zugeordnet")
    assignee: str | None = None  # handled by this person (user name)
    open_only: bool = False  # still to be worked on (``workflow.states.OPEN``)
    due: DueFilter | None = None  # overdue, or due later today (open inquiries only)
    sort: str = "received_at"  # a column of the queue
    descending: bool = True


class DueFilter(StrEnum):
    """Stored in saved views: never rename one."""

    OVERDUE = "overdue"  # the due moment has passed
    TODAY = "today"  # due later today (Berlin date)


@dataclass(frozen=True)
class NewAttachment:
    """A file that arrived with a mail; ``is_original`` marks the mail file itself."""

    filename: str
    content_type: str
    data: bytes
    is_original: bool = False


@dataclass(frozen=True)
class MailSender:
    """Who a mail is from, as it says (after unwrapping a colleague's forward); the contact
    is chosen inside the unit of work that stores the mail (``inquiries.senders``)."""

    address: str
    display_name: str = ""
    kind: ContactKind = ContactKind.CITIZEN  # of a contact made for the sender


@dataclass(frozen=True)
class MailInquiry:
    """A mail, read and decided on, ready to be stored."""

    kind: ContactKind
    sender: MailSender
    received_at: datetime
    subject: str
    body: str
    body_html: str
    forwarded_by: str
    message_id: str | None
    content_hash: str
    source_file: str
    attachments: tuple[NewAttachment, ...] = ()
    linked_inquiry_id: int | None = None  # a stranger's mail named this one's reference


@dataclass(frozen=True)
class MailLookup:
    """What the mail intake asks before storing a mail (one read per mail)."""

    duplicate: str | None  # the reference of an inquiry made from the same mail
    sender: ContactRef | None  # the contact the mail would go to, as things stand
    candidates: tuple[ContactRef, ...] = ()  # or whom it may be from (no contact chosen)
    thread: Thread | None = None  # the inquiry it answers (``conversation.threads``)

    @property
    def sender_kind(self) -> ContactKind | None:
        return sender_kind(self.sender, self.candidates)


def sender_kind(
    contact: ContactRef | None, candidates: tuple[ContactRef, ...]
) -> ContactKind | None:
    """The kind of a mail's sender: the contact's, or press when every candidate is a press
    contact (a newsroom's shared address); None when unknown."""
    if contact is not None:
        return contact.kind
    if candidates and all(c.kind == ContactKind.PRESS for c in candidates):
        return ContactKind.PRESS
    return None


@dataclass(frozen=True)
class InquiryFields:
    """The columns an inquiry is stored with, besides its reference, contact and kind."""

    channel: InquiryChannel
    status: InquiryStatus
    received_at: datetime
    subject: str
    body: str
    body_html: str = ""
    topic: str = ""
    caller_number: str = ""  # E.164
    from_email: str = ""
    from_name: str = ""
    forwarded_by: str = ""
    message_id: str | None = None
    content_hash: str | None = None
    source_file: str = ""
    linked_inquiry_id: int | None = None  # a stranger's mail named this one's reference


@dataclass(frozen=True)
class ContactPlan:
    """Whose inquiry it is, settled inside the unit of work that stores it."""

    contact_id: int | None = None  # a known contact that must still exist (a call),
    new_contact: ContactDraft | None = None  # or a new one, created with the inquiry,
    sender: MailSender | None = None  # or a mail's sender, chosen among the stored contacts


@dataclass(frozen=True)
class NewInquiry:
    """Everything the writer needs to store one inquiry."""

    fields: InquiryFields
    contact: ContactPlan
    kind: ContactKind
    press_contact_makes_press: bool = False  # a call from a press contact is a press inquiry
    deadline: datetime | None = None  # Redaktionsschluss, press inquiries only
    attachments: tuple[NewAttachment, ...] = ()


@dataclass(frozen=True)
class InquiryStep:
    """One step of an inquiry's history (``inquiries.steps.StepKind``): when, who, from and to
    (a state, a department code, a user name), the department's name then, and a comment."""

    at: datetime
    actor: str
    kind: str
    from_value: str = ""
    to_value: str = ""
    department_name: str = ""
    comment: str = ""
    handed_to: str = ""  # status "abgegeben": the authority it was passed to


@dataclass(frozen=True)
class BulkResult:
    """What one action on several inquiries did: the references done, and those refused with
    the reason (each inquiry is its own unit of work: one refused leaves the others done)."""

    done: tuple[str, ...] = ()
    refused: tuple[tuple[str, Message], ...] = ()


@dataclass(frozen=True)
class RoutingInfo:
    """Where an inquiry was routed and until when it is due (all empty: not routed)."""

    department_code: str = ""
    department_name: str = ""
    assignee: str = ""  # the person's OS user name
    priority: str = ""
    due_at: datetime | None = None
    rule_name: str = ""
    reason: str = ""  # the words that matched and where ("Kita, Kitaplatz (Betreff)")
