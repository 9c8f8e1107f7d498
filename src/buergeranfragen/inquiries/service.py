"""Inquiry use cases, each one unit of work: log a call, store a mail, assign a mail's contact,
read the queue, look at one inquiry, open its attachments; and the mail intake's questions
(duplicate? which sender? newsroom domains?). The work is done in ``calls``, ``writer``,
``senders``, ``queue``, ``detail``, ``attachments``, ``blobs``, ``opening``, ``former_files`` and
``repository``; this façade opens the sessions."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from buergeranfragen.clock import Clock
from buergeranfragen.contacts import repository as contact_store
from buergeranfragen.conversation import store as conversation_store
from buergeranfragen.conversation.service import ConversationService
from buergeranfragen.conversation.threads import may_thread
from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.errors import KnownError, RecordNotFound
from buergeranfragen.inquiries import blobs, mail_lookups, queue, repository
from buergeranfragen.inquiries.calls import plan_call
from buergeranfragen.inquiries.former_files import FormerAttachmentFolder
from buergeranfragen.inquiries.opening import PrivateFolder
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
from buergeranfragen.messages import Message, msg
from buergeranfragen.privacy import audit

log = logging.getLogger(__name__)

COUNT_LIMIT = 10_000  # a search counts no further; the queue shows "more than 10,000"


class InquiryService:
    def __init__(
        self,
        session_factory: SessionFactory,
        clock: Clock,
        actor: str,
        open_dir: Path | None = None,
    ) -> None:
        """``open_dir``: where the private folder for opened attachments is made (default:
        the system's temporary folder)."""
        self._factory = session_factory
        self._clock = clock
        self._actor = actor
        self._opened = PrivateFolder(open_dir)
        self._writer = InquiryWriter(session_factory, clock, actor)
        # mails the intake refused for good, kept as they arrived ("Nicht übernommen")
        self.rejected = RejectedMails(session_factory, clock)
        # further mails threaded into an inquiry, logged calls and letters
        self.conversation = ConversationService(session_factory, clock, actor)

    def prepare_routing(self) -> None:
        """Build the router from the stored rules now (at start) rather than with the first
        inquiry."""
        self._writer.prepare_routing()

    def rules_changed(self) -> None:
        """The routing rules or departments were changed here: the next inquiry reads them at
        once (a change at another desk counts within ``routing.RECHECK_SECONDS``)."""
        self._writer.router.invalidate()

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
            linked_inquiry_id=mail.linked_inquiry_id,
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
        self,
        message_id: str | None,
        content_hash: str,
        from_email: str,
        from_name: str = "",
        *,
        reply_to_ids: Sequence[str] = (),
        subject: str = "",
    ) -> MailLookup:
        """Is the mail stored already, whose is it, as things stand (the sender's address and
        display name), and does it answer an inquiry (``conversation.store.find_thread``:
        only when it names Message-IDs or a reference)? One read."""
        sender = MailSender(from_email, from_name)
        with reading(self._factory) as session:
            lookup = mail_lookups.mail_lookup(session, message_id, content_hash, sender)
            if lookup.duplicate is None and may_thread(reply_to_ids, subject):
                thread = conversation_store.find_thread(session, reply_to_ids, subject, from_email)
                lookup = dataclasses.replace(lookup, thread=thread)
            return lookup

    def find_duplicate(self, message_id: str | None, content_hash: str) -> str | None:
        """The reference of an inquiry made from the same mail, if any."""
        with reading(self._factory) as session:
            return mail_lookups.duplicate_reference(session, message_id, content_hash)

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
            return repository.page(session, query, self._clock(), offset, limit)

    def count(self, query: InquiryQuery) -> int:
        """How many inquiries match; a search with words counts to COUNT_LIMIT + 1 at most
        (the queue then says "more than 10,000")."""
        with reading(self._factory) as session:
            return repository.count(session, query, self._clock(), COUNT_LIMIT)

    def open_for_contact(
        self, contact_id: int, limit: int = queue.OPEN_LIMIT
    ) -> list[InquirySummary]:
        """A caller's inquiries that are still new, newest first."""
        return self.search(queue.open_for_contact(contact_id), 0, limit)

    # -- files -------------------------------------------------------------------------------

    def attachment_file(self, attachment: AttachmentRecord) -> Path:
        """The attachment (or original mail) written out of the database into this process's
        private folder, chunk by chunk, under a safe name; its SHA-256 checked."""
        with reading(self._factory) as session:
            if attachment.is_original:
                stored = repository.original_file(session, -attachment.id)
            else:
                stored = repository.attachment_file(session, attachment.id)
            if stored is None:
                raise RecordNotFound(
                    msg("Der Anhang „{name}“ ist nicht mehr gespeichert.", name=attachment.filename)
                )
            if stored.blob is None:
                raise KnownError(
                    msg(
                        "Der Anhang „{name}“ ist nicht in der Datenbank: die Datei {path} fehlte "
                        "im früheren Anhang-Ordner, als die Anhänge in die Datenbank übernommen "
                        "wurden.",
                        name=attachment.filename,
                        path=stored.former_path,
                    )
                )
            return self._write_out(stored.filename, stored.blob, blobs.chunks(session, stored.blob))

    def _write_out(self, filename: str, blob: blobs.BlobInfo, parts: Iterator[bytes]) -> Path:
        try:
            path, fd = self._opened.new_file(filename)
            digest = hashlib.sha256()
            with os.fdopen(fd, "wb") as handle:
                for part in parts:
                    digest.update(part)
                    handle.write(part)
        except OSError as exc:
            raise KnownError(
                msg(
                    "Der Anhang „{name}“ kann nicht aus der Datenbank geholt werden: {reason}.",
                    name=filename,
                    reason=exc.strerror or str(exc),
                )
            ) from exc
        if digest.hexdigest() != blob.sha256:
            path.unlink(missing_ok=True)
            raise KnownError(
                msg("Der Anhang „{name}“ ist in der Datenbank beschädigt.", name=filename)
            )
        return path

    def original_mail(self, inquiry_id: int) -> bytes | None:
        """The mail file an inquiry was made from, as it arrived (None for calls)."""
        with reading(self._factory) as session:
            stored = repository.original_file(session, inquiry_id)
            if stored is None or stored.blob is None:
                return None
            return b"".join(blobs.chunks(session, stored.blob))

    def move_in_former_files(self, folder: Path) -> list[Message]:
        """Attachments still lying as files in the former attachment folder (before 0006) move
        into the database, each in a unit of work of its own; a file then is removed, the
        folder when empty. A file not there stays noted at its attachment (on a shared
        database another desk may have it). Returns a note per file not moved."""
        return FormerAttachmentFolder(self._factory, folder).move_in()

    def close(self) -> None:
        """Remove the files opened so far (also done when the process ends)."""
        self._opened.remove()
