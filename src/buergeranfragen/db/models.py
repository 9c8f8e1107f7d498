"""SQLAlchemy 2 typed models. Every table that a person edits carries a version counter
(optimistic locking) and created/updated timestamps."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC (naive in SQLite, timestamptz in PostgreSQL) and always returns aware UTC."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; services must pass aware datetimes")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    pass


def table_of(model: type[Base]) -> Table:
    """The Core table of a mapped class, for plain (fast) inserts."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


class Contact(Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # ContactKind value
    salutation: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(String(80), default="")
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    function: Mapped[str] = mapped_column(String(200), default="")
    outlet: Mapped[str] = mapped_column(String(300), default="")  # press: medium / Redaktion
    desk: Mapped[str] = mapped_column(String(200), default="")  # press: Ressort / beat
    street: Mapped[str] = mapped_column(String(300), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(String(1000), default="")  # comma separated
    source: Mapped[str] = mapped_column(String(16))  # ContactSource value
    # Derived, normalised with buergeranfragen.text (ä → ae, ß → ss, case folded): name,
    # organisation, outlet, emails and numbers in every writing; the list filter searches it.
    search_text: Mapped[str] = mapped_column(Text, default="")
    sort_name: Mapped[str] = mapped_column(String(400), default="", index=True)
    # normalised "first last|organisation-or-outlet", for the same-name duplicate hint
    name_key: Mapped[str] = mapped_column(String(800), default="", index=True)

    version: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    phones: Mapped[list[ContactPhone]] = relationship(
        back_populates="contact",
        cascade="all, delete-orphan",
        order_by="ContactPhone.position",
        lazy="selectin",
    )
    emails: Mapped[list[ContactEmail]] = relationship(
        back_populates="contact",
        cascade="all, delete-orphan",
        order_by="ContactEmail.position",
        lazy="selectin",
    )

    __mapper_args__ = {"version_id_col": version}


class ContactPhone(Base):
    __tablename__ = "contact_phones"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # PhoneKind value
    e164: Mapped[str] = mapped_column(String(20), index=True)
    raw: Mapped[str] = mapped_column(String(100))  # as typed
    position: Mapped[int] = mapped_column(Integer, default=0)

    contact: Mapped[Contact] = relationship(back_populates="phones")


class ContactEmail(Base):
    __tablename__ = "contact_emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # EmailKind value
    address: Mapped[str] = mapped_column(String(320), index=True)  # normalised
    position: Mapped[int] = mapped_column(Integer, default=0)

    contact: Mapped[Contact] = relationship(back_populates="emails")


class AuditEntry(Base):
    """Who changed what, when. Written in the same transaction as the change itself."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40))
    changes: Mapped[str] = mapped_column(Text, default="{}")  # JSON

    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)


class Inquiry(Base):
    """One inquiry: a call, a mail, a letter or a visit, from its arrival to its answer."""

    __tablename__ = "inquiries"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)  # BA-2026-00123
    ref_year: Mapped[int] = mapped_column(Integer)
    ref_number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # ContactKind value: citizen / press
    channel: Mapped[str] = mapped_column(String(16))  # InquiryChannel value
    status: Mapped[str] = mapped_column(String(24), index=True)  # InquiryStatus value
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    subject: Mapped[str] = mapped_column(String(500), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str] = mapped_column(Text, default="")  # the mail's original HTML
    topic: Mapped[str] = mapped_column(String(200), default="")
    caller_number: Mapped[str] = mapped_column(String(40), default="")  # E.164 for calls
    deadline: Mapped[datetime | None] = mapped_column(UTCDateTime)  # Redaktionsschluss
    from_email: Mapped[str] = mapped_column(String(320), default="")
    from_name: Mapped[str] = mapped_column(String(300), default="")
    forwarded_by: Mapped[str] = mapped_column(String(320), default="")
    message_id: Mapped[str | None] = mapped_column(String(500), unique=True)
    content_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    source_file: Mapped[str] = mapped_column(String(500), default="")

    # Routing and handling (0008): who is responsible, how urgent, until when, and why.
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    priority: Mapped[str | None] = mapped_column(String(16))
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    # no ON DELETE: SQLite adds it to an existing table only inline, which it cannot reflect;
    # a rule that routed inquiries is deactivated (or its references cleared first)
    routing_rule_id: Mapped[int | None] = mapped_column(ForeignKey("routing_rules.id"), index=True)
    routing_reason: Mapped[str | None] = mapped_column(Text)  # the words that matched
    # workflow.deadlines.Category value: "ifg" (IFG NRW request, one month) or "general"
    category: Mapped[str] = mapped_column(String(16), default="general", server_default="general")
    # a stranger's mail naming this inquiry's reference opened a new one linked to it (0011)
    # (no ON DELETE rule, see 0011: deleting an inquiry clears the links to it first)
    linked_inquiry_id: Mapped[int | None] = mapped_column(ForeignKey("inquiries.id"))
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # retention (0015)

    version: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    attachments: Mapped[list[InquiryAttachment]] = relationship(
        back_populates="inquiry", cascade="all, delete-orphan", order_by="InquiryAttachment.id"
    )
    contact: Mapped[Contact | None] = relationship()

    __table_args__ = (
        UniqueConstraint("ref_year", "ref_number"),
        # the queue's views: a department's / a person's open inquiries and their counts
        Index("ix_inquiries_department_status", "department_id", "status"),
        Index("ix_inquiries_assignee_status", "assignee_id", "status"),
        # the sidebar (0009): all open counts from one index, due views, press today
        Index(
            "ix_inquiries_open_counts",
            "status",
            "department_id",
            "assignee_id",
            "due_at",
            "received_at",
        ),
        Index("ix_inquiries_status_due", "status", "due_at", "received_at"),
        Index("ix_inquiries_kind_received", "kind", "received_at"),
    )
    __mapper_args__ = {"version_id_col": version}


class InquiryContactCandidate(Base):
    """A contact a mail may be from: the sender's address is shared (a newsroom's newsdesk)
    and the display name picked none of its contacts, so the clerk assigns one
    (``InquiryService.assign_contact``), which clears the inquiry's candidates.

    A row of its own (not a composite key): merging contacts repoints every reference to a
    contact, and two candidates of one inquiry merged into one must not collide."""

    __tablename__ = "inquiry_contact_candidates"

    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(
        ForeignKey("inquiries.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )


class AttachmentBlob(Base):
    """The content of an attachment or an original mail, stored once however many mails bring
    it (named by its SHA-256); the bytes are in ``attachment_blob_chunks``, at most
    ``CHUNK_BYTES`` a row, so that neither writing nor reading holds a large file twice."""

    __tablename__ = "attachment_blobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)  # hex
    size: Mapped[int] = mapped_column(BigInteger)


class AttachmentBlobChunk(Base):
    __tablename__ = "attachment_blob_chunks"

    blob_id: Mapped[int] = mapped_column(
        ForeignKey("attachment_blobs.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class InquiryAttachment(Base):
    __tablename__ = "inquiry_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(
        ForeignKey("inquiries.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(300))  # as the sender named it
    # the content; None only for a file of the former attachment folder not (yet) found
    blob_id: Mapped[int | None] = mapped_column(ForeignKey("attachment_blobs.id"), index=True)
    # where the file lay in the former attachment folder while not in the database, else ""
    stored_path: Mapped[str] = mapped_column(String(500))
    content_type: Mapped[str] = mapped_column(String(200), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, default=0)
    is_original: Mapped[bool] = mapped_column(Boolean, default=False)  # unused: see originals
    # the further message of the conversation it came with; None: the inquiry's first (0011)
    message_row_id: Mapped[int | None] = mapped_column(
        ForeignKey("inquiry_messages.id"), index=True
    )

    inquiry: Mapped[Inquiry] = relationship(back_populates="attachments")


class InquiryOriginal(Base):
    """The mail as it arrived (.eml or .msg); its bytes are a blob like an attachment's."""

    __tablename__ = "inquiry_originals"

    inquiry_id: Mapped[int] = mapped_column(
        ForeignKey("inquiries.id", ondelete="CASCADE"), primary_key=True
    )
    filename: Mapped[str] = mapped_column(String(300))
    content_type: Mapped[str] = mapped_column(String(200))
    blob_id: Mapped[int] = mapped_column(ForeignKey("attachment_blobs.id"), index=True)


class Mailbox(Base):
    """An IMAP mailbox the office fetches from; the password lives in the OS keyring."""

    __tablename__ = "mailboxes"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    host: Mapped[str] = mapped_column(String(300))
    port: Mapped[int] = mapped_column(Integer)
    security: Mapped[str] = mapped_column(String(16))  # tls / starttls / none
    username: Mapped[str] = mapped_column(String(300))
    folder: Mapped[str] = mapped_column(String(300), default="INBOX")
    since: Mapped[date | None] = mapped_column(Date)  # ignore older mail
    move_to: Mapped[str] = mapped_column(String(300), default="")  # folder for handled mail
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __mapper_args__ = {"version_id_col": version}


class MailboxFolderState(Base):
    """What was fetched already: UIDVALIDITY and the highest UID seen, per folder."""

    __tablename__ = "mailbox_folder_state"

    mailbox_id: Mapped[int] = mapped_column(
        ForeignKey("mailboxes.id", ondelete="CASCADE"), primary_key=True
    )
    folder: Mapped[str] = mapped_column(String(300), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger)


class RejectedMail(Base):
    """A mail the intake refused for good, kept as it arrived (the "Nicht übernommen" list): it
    can be looked at, saved as a file, imported again (a later version may read it) or
    deleted. ``sha256`` keeps one entry per original. Of a mail too large to take, or a file
    that is no mail at all, only the first ``kept_bytes`` are kept (``size`` is the whole).
    Deleting an entry dismisses it: its bytes, subject, sender and reason go, the row stays
    with ``dismissed_at`` so that the same mailbox message coming again (the position was held
    before it) does not bring the entry back. Ids are never reused."""

    __tablename__ = "rejected_mails"
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    rejected_at: Mapped[datetime] = mapped_column(UTCDateTime)
    source: Mapped[str] = mapped_column(String(1000))  # a file, or mailbox/folder/UID
    file_name: Mapped[str] = mapped_column(String(500))  # the name to import it again under
    reason_template: Mapped[str] = mapped_column(Text)  # a messages.Message: its template
    reason_values: Mapped[str] = mapped_column(Text, default="{}")  # and its values (JSON)
    subject: Mapped[str] = mapped_column(String(1000), default="")
    sender: Mapped[str] = mapped_column(String(1000), default="")
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    kept_bytes: Mapped[int] = mapped_column(BigInteger, default=0)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    dismissed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)  # loaded only when asked


class Department(Base):
    """A unit an inquiry is routed to (a ministry, a unit of the state chancellery). Never
    deleted while an inquiry or a rule names it; deactivated instead. Its name may change: the
    history of an inquiry keeps the name it had then (``InquiryStep.department_name``)."""

    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)  # STK, IM, MSB ...
    name: Mapped[str] = mapped_column(String(300))
    email: Mapped[str] = mapped_column(String(320), default="")  # for forwarding
    phone: Mapped[str] = mapped_column(String(60), default="")
    signature: Mapped[str] = mapped_column(Text, default="", server_default="")  # 0011
    # the address replies of this department are sent from; "" = the office's (0011)
    sender_email: Mapped[str] = mapped_column(String(320), default="", server_default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __mapper_args__ = {"version_id_col": version}


class Person(Base):
    """A user of the program: the operating-system user name, and the role that decides what
    they may do (``organisation.records.Role``)."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    os_user: Mapped[str] = mapped_column(String(200), unique=True)
    display_name: Mapped[str] = mapped_column(String(300), default="")
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("departments.id", ondelete="SET NULL"), index=True
    )
    role: Mapped[str] = mapped_column(String(24))  # Role value
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __mapper_args__ = {"version_id_col": version}


class RoutingRule(Base):
    """One rule of the ordered routing list (lowest ``position`` first; the first match
    wins). ``conditions`` is JSON: kind, channel, words, sender domains, contact tags."""

    __tablename__ = "routing_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer, index=True)
    name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    conditions: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    priority: Mapped[str | None] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __mapper_args__ = {"version_id_col": version}


class InquiryStep(Base):
    """One step in an inquiry's history: received, routed, assigned, status changed, note.
    Who and when, from and to (codes, user names or states), the department's name as it was
    at that moment, and an optional comment."""

    __tablename__ = "inquiry_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    inquiry_id: Mapped[int] = mapped_column(
        ForeignKey("inquiries.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(200))  # OS user name
    kind: Mapped[str] = mapped_column(String(16))  # StepKind value
    from_value: Mapped[str] = mapped_column(String(300), default="")
    to_value: Mapped[str] = mapped_column(String(300), default="")
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("departments.id", ondelete="SET NULL"), index=True
    )
    department_name: Mapped[str] = mapped_column(String(300), default="")  # the name then
    # the authority an inquiry was passed to (status "abgegeben"; workflow.states)
    handed_to: Mapped[str] = mapped_column(String(300), default="", server_default="")
    comment: Mapped[str] = mapped_column(Text, default="")

    # the weekly report reads a period's status steps by time (0013) and an inquiry's by time (0014)
    __table_args__ = (
        Index("ix_inquiry_steps_kind_at", "kind", "at"),
        Index("ix_inquiry_steps_inquiry_kind_at", "inquiry_id", "kind", "at"),
    )


class SavedView(Base):
    """A queue filter a user saved under a name (the sidebar's own views). ``query`` is JSON of
    the filter's fields (``inquiries.views.query_to_json``); keys a newer version wrote are
    ignored on reading."""

    __tablename__ = "saved_views"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner: Mapped[str] = mapped_column(String(200))  # OS user name
    name: Mapped[str] = mapped_column(String(100))
    query: Mapped[str] = mapped_column(Text, default="{}")
    position: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (UniqueConstraint("owner", "name"),)
    __mapper_args__ = {"version_id_col": version}


class OfficeSetting(Base):
    """A setting the whole office shares (every desk on one database sees the same), as JSON
    under its key: ``deadlines`` (``workflow.deadline_config``)."""

    __tablename__ = "office_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by: Mapped[str] = mapped_column(String(200))

    __mapper_args__ = {"version_id_col": version}


# Later issues' tables live in modules of their own; importing them here puts them into
# Base.metadata for every caller of this module (migrations, tests, create_all).
from buergeranfragen.db import conversation_tables, office_tables  # noqa: E402,F401,I001
from buergeranfragen.db import privacy_tables, report_tables  # noqa: E402,F401
