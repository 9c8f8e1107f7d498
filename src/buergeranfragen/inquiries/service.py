"""Inquiry use cases, each one unit of work: log a call, store a mail, assign a mail's contact,
read the queue, look at one inquiry, open its attachments; and the mail intake's questions
(duplicate? which sender? newsroom domains?). The work is done in ``calls``, ``writer``,
``senders``, ``queue``, ``detail``, ``attachments`` and ``repository``; this façade opens the
sessions."""

from __future__ import annotations

from pathlib import Path

from buergeranfragen.clock import Clock
from buergeranfragen.contacts import repository as contact_store
from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.errors import KnownError, RecordNotFound
from buergeranfragen.inquiries import queue, repository
from buergeranfragen.inquiries.attachments import AttachmentFolder
from buergeranfragen.inquiries.calls import plan_call
from buergeranfragen.inquiries.records import (
    ENTITY,
    AttachmentRecord,
    CallDraft,
    ContactPlan,
    InquiryChannel,
    InquiryFields,
    InquiryQuery,
    InquiryRecord,
    InquiryStatus,
    InquirySummary,
    MailInquiry,
    MailLookup,
    MailSender,
    NewInquiry,
)
from buergeranfragen.inquiries.writer import InquiryWriter
from buergeranfragen.mail.rejected import RejectedMails
from buergeranfragen.messages import msg
from buergeranfragen.privacy import audit

COUNT_LIMIT = 10_000  # a search counts no further; the queue shows "more than 10,000"


class InquiryService:
    def __init__(
        self,
        session_factory: SessionFactory,
        clock: Clock,
        actor: str,
        attachments_dir: Path,
    ) -> None:
        self._factory = session_factory
        self._clock = clock
        self._actor = actor
        self._folder = AttachmentFolder(attachments_dir)
        self._writer = InquiryWriter(session_factory, clock, actor, self._folder)
        # mails the intake refused for good, kept as they arrived ("Nicht übernommen")
        self.rejected = RejectedMails(session_factory, clock)

    # -- writing -----------------------------------------------------------------------------

    def log_call(self, draft: CallDraft) -> InquiryRecord:
        """Store a call; an unknown caller becomes a contact in the same transaction."""
        return self._writer.write(plan_call(draft, self._clock()))

    def store_mail(self, mail: MailInquiry) -> InquiryRecord:
        """Store a mail with its attachments and original; its contact is chosen among the
        contacts with the sender's address (``senders``) in the same unit of work, a new one
        made with it, or - none chosen - the candidates stored. Raises ``DuplicateMail`` when
        a colleague's client stored the same mail a moment ago."""
        fields = InquiryFields(
            channel=InquiryChannel.EMAIL,
            status=InquiryStatus.NEW,
            received_at=mail.received_at,
            subject=mail.subject,
            body=mail.body,
            body_html=mail.body_html,
            from_email=mail.sender.address,
            from_name=mail.sender.display_name,
            forwarded_by=mail.forwarded_by,
            message_id=mail.message_id,
            content_hash=mail.content_hash,
            source_file=mail.source_file,
        )
        contact = ContactPlan(sender=mail.sender)
        return self._writer.write(
            NewInquiry(fields, contact, mail.kind, True, None, mail.attachments)
        )

    def assign_contact(self, inquiry_id: int, contact_id: int) -> InquiryRecord:
        """The clerk's pick for a mail without a contact (or a correction): the inquiry is
        ``contact_id``'s from now on, its candidates cleared; audited."""
        with transaction(self._factory) as session:
            repository.assign_contact(
                session, inquiry_id, contact_id, now=self._clock(), actor=self._actor
            )
            record = repository.load(session, inquiry_id)
        assert record is not None  # assign_contact raised RecordNotFound otherwise
        return record

    # -- the mail intake's questions ---------------------------------------------------------

    def mail_lookup(
        self, message_id: str | None, content_hash: str, from_email: str, from_name: str = ""
    ) -> MailLookup:
        """Is the mail stored already, and whose is it, as things stand (the sender's address
        and display name)? One read."""
        sender = MailSender(from_email, from_name)
        with reading(self._factory) as session:
            return repository.mail_lookup(session, message_id, content_hash, sender)

    def find_duplicate(self, message_id: str | None, content_hash: str) -> str | None:
        """The reference of an inquiry made from the same mail, if any."""
        with reading(self._factory) as session:
            return repository.duplicate_reference(session, message_id, content_hash)

    def press_email_domains(self) -> set[str]:
        """The mail domains of press contacts (freemail and the office's own included)."""
        with reading(self._factory) as session:
            return contact_store.press_email_domains(session)

    # -- reading -----------------------------------------------------------------------------

    def get(self, inquiry_id: int) -> InquiryRecord:
        with reading(self._factory) as session:
            record = repository.load(session, inquiry_id)
        if record is None:
            raise RecordNotFound(
                msg("Anfrage Nr. {number} gibt es nicht (mehr).", number=inquiry_id)
            )
        return record

    def history(self, inquiry_id: int) -> list[audit.AuditRecord]:
        with reading(self._factory) as session:
            return audit.history(session, ENTITY, inquiry_id)

    def search(
        self, query: InquiryQuery, offset: int = 0, limit: int = 200
    ) -> list[InquirySummary]:
        with reading(self._factory) as session:
            return repository.page(session, query, offset, limit)

    def count(self, query: InquiryQuery) -> int:
        """How many inquiries match; a search with words counts to COUNT_LIMIT + 1 at most
        (the queue then says "more than 10,000")."""
        with reading(self._factory) as session:
            return repository.count(session, query, COUNT_LIMIT)

    def open_for_contact(
        self, contact_id: int, limit: int = queue.OPEN_LIMIT
    ) -> list[InquirySummary]:
        """A caller's inquiries that are still new, newest first."""
        return self.search(queue.open_for_contact(contact_id), 0, limit)

    # -- files -------------------------------------------------------------------------------

    def attachment_file(self, attachment: AttachmentRecord) -> Path:
        """The file to open; the original mail is written out of the database on first use."""
        if not attachment.is_original:
            return self._folder.path_of(attachment)
        with reading(self._factory) as session:
            original = repository.original(session, -attachment.id)
        if original is None:
            raise KnownError(msg("Die Originalmail ist nicht gespeichert."))
        return self._folder.original_file(original.reference, original.filename, original.data)

    def original_mail(self, inquiry_id: int) -> bytes | None:
        """The mail file an inquiry was made from, as it arrived (None for calls)."""
        with reading(self._factory) as session:
            original = repository.original(session, inquiry_id)
        return None if original is None else original.data
