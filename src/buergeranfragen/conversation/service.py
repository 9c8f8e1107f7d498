"""The conversation of an inquiry: further mails of the citizen threaded into it (with their
effect on the status), calls and answers given by phone or letter logged as messages, and the
whole conversation read back.

**Threading** (``find_thread``): a mail whose In-Reply-To or References names a mail of an
inquiry (the one it was made from, a further one, or one sent from it) belongs to that inquiry.
A reference in the subject ("[BA-2026-00123]", also after "AW:"/"WG:") is enough only when the
sender is known to write in that inquiry (its sender, a further mail's, or its contact's
address): anyone could guess numbers, so a stranger's mail naming a reference opens a new
inquiry linked to that one (``Thread.linked_only``). Of several references the first one the
sender writes in wins, else the first known one is linked.

A further mail moves an inquiry in Rückfrage back to "In Bearbeitung" and reopens a finished
or closed one (the step says why, the import report tells the clerk)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from buergeranfragen.clock import Clock
from buergeranfragen.conversation import store
from buergeranfragen.conversation.records import Direction, MessageKind, MessageRecord
from buergeranfragen.conversation.threads import Thread, may_thread
from buergeranfragen.db.engine import SessionFactory, reading
from buergeranfragen.db.limits import clean_text
from buergeranfragen.db.models import Inquiry
from buergeranfragen.errors import DuplicateMail, FieldError, KnownError, ValidationFailed
from buergeranfragen.inquiries import repository
from buergeranfragen.inquiries.acting import Acting, act, set_status, status_of
from buergeranfragen.inquiries.blobs import store_bytes
from buergeranfragen.inquiries.records import InquiryRecord, InquiryStatus, NewAttachment
from buergeranfragen.messages import msg
from buergeranfragen.workflow import states

TEXT_LIMIT = 100_000  # characters of a logged call or letter
SUBJECT_LIMIT = 1000

# what a logged contact is, and the states it may lead to (None: the status stays)
LOGGED_KINDS: dict[MessageKind, Direction] = {
    MessageKind.CALL: Direction.IN,
    MessageKind.CALLBACK: Direction.OUT,
    MessageKind.PHONE_ANSWER: Direction.OUT,
    MessageKind.LETTER: Direction.OUT,
}


@dataclass(frozen=True)
class IncomingMail:
    """A further mail of the citizen, read and decided on, ready to be added."""

    from_email: str
    from_name: str
    subject: str
    text: str
    body_html: str
    received_at: datetime
    message_id: str | None
    reply_to_ids: tuple[str, ...]
    content_hash: str
    attachments: tuple[NewAttachment, ...] = ()
    original: NewAttachment | None = None


@dataclass(frozen=True)
class ThreadedMail:
    """A mail added to an inquiry: the inquiry as it is now and what the mail changed."""

    record: InquiryRecord
    message_row_id: int
    before: InquiryStatus
    reopened: bool  # it was finished or closed and is "In Bearbeitung" again
    resumed: bool  # it waited in Rückfrage and is "In Bearbeitung" again


class ConversationService:
    def __init__(self, session_factory: SessionFactory, clock: Clock, actor: str) -> None:
        self._factory = session_factory
        self._clock = clock
        self._actor = actor

    # -- reading ------------------------------------------------------------------------------

    def messages(self, inquiry_id: int) -> tuple[MessageRecord, ...]:
        """The further messages, oldest first (the inquiry itself is the first message)."""
        with reading(self._factory) as session:
            return store.messages_of(session, inquiry_id)

    def find_thread(
        self, reply_to_ids: tuple[str, ...] | list[str], subject: str, from_email: str
    ) -> Thread | None:
        """The inquiry a new mail belongs to (see the module's description), or None. (The
        mail intake asks this inside its one read per mail: ``InquiryService.mail_lookup``.)"""
        if not may_thread(reply_to_ids, subject):
            return None
        with reading(self._factory) as session:
            return store.find_thread(session, list(reply_to_ids), subject, from_email)

    # -- writing ------------------------------------------------------------------------------

    def add_mail(self, inquiry_id: int, mail: IncomingMail) -> ThreadedMail:
        """Add a further mail of the citizen to the inquiry, in one unit of work with its
        attachments, its original and the status it leads to. Raises ``DuplicateMail`` when
        a colleague's client added the same mail a moment ago."""
        effect: dict[str, object] = {}

        def change(acting: Acting) -> None:
            before = status_of(acting)
            row_id = store.insert_message(
                acting.session, acting.inquiry.id, _incoming_row(acting.session, mail)
            )
            repository.insert_attachments(
                acting.session, acting.inquiry.id, list(mail.attachments), message_row_id=row_id
            )
            sender = mail.from_email or mail.from_name
            if before == InquiryStatus.WAITING:
                set_status(
                    acting,
                    before,
                    InquiryStatus.IN_PROGRESS,
                    f"Antwort von {sender} eingegangen.",
                )
            elif before in states.DONE:
                set_status(
                    acting,
                    before,
                    states.REOPENED_TO,
                    f"Wieder geöffnet: eine neue Mail von {sender} ist eingegangen.",
                )
            effect.update(row_id=row_id, before=before)

        try:
            record = act(self._factory, self._clock(), self._actor, inquiry_id, None, change)
        except IntegrityError as exc:  # the same Message-ID, added by a colleague meanwhile
            raise DuplicateMail(msg("Diese Mail ist schon bei einer Anfrage gespeichert.")) from exc
        before = effect["before"]
        assert isinstance(before, InquiryStatus)
        row_id = effect["row_id"]
        assert isinstance(row_id, int)
        return ThreadedMail(
            record,
            row_id,
            before,
            reopened=before in states.DONE,
            resumed=before == InquiryStatus.WAITING,
        )

    def log_contact(
        self,
        inquiry_id: int,
        kind: MessageKind,
        text: str,
        *,
        status: InquiryStatus | None = None,
        comment: str = "",
        version: int | None = None,
    ) -> InquiryRecord:
        """A call of the citizen, a call-back, or an answer given by phone or letter, as a
        message of the inquiry; with ``status`` the inquiry moves on in the same unit of work
        (as ``workflow.states`` allows: "am Telefon erledigt" after an answer by phone,
        "Beantwortet" after a letter, "Rückfrage" after a call-back that asked back)."""
        direction = LOGGED_KINDS.get(kind)
        if direction is None:
            raise KnownError(msg("Diese Art von Nachricht lässt sich nicht von Hand erfassen."))
        text = clean_text(text).strip()
        if not text:
            raise ValidationFailed(
                [FieldError("text", msg("Bitte festhalten, was besprochen wurde."))]
            )
        if len(text) > TEXT_LIMIT:
            raise ValidationFailed(
                [
                    FieldError(
                        "text", msg("Höchstens {limit} Zeichen, bitte kürzen.", limit=TEXT_LIMIT)
                    )
                ]
            )
        comment = clean_text(comment).strip()

        def change(acting: Acting) -> None:
            before = status_of(acting)
            if status is not None and status != before:
                states.check_transition(before, status, comment or text[:200], "")
            store.insert_message(
                acting.session,
                acting.inquiry.id,
                {
                    "direction": direction.value,
                    "kind": kind.value,
                    "at": acting.now,
                    "author": acting.actor,
                    "text": text,
                },
            )
            if status is not None and status != before:
                set_status(acting, before, status, comment)

        return act(self._factory, self._clock(), self._actor, inquiry_id, version, change)


def _reference(session: Session, inquiry_id: int) -> str:
    return session.scalar(select(Inquiry.reference).where(Inquiry.id == inquiry_id)) or ""


def _incoming_row(session: Session, mail: IncomingMail) -> dict[str, object]:
    row: dict[str, object] = {
        "direction": Direction.IN.value,
        "kind": MessageKind.MAIL.value,
        "at": mail.received_at,
        "author": "",
        "from_email": mail.from_email[:320],
        "from_name": mail.from_name[:300],
        "subject": mail.subject[:SUBJECT_LIMIT],
        "text": mail.text,
        "body_html": mail.body_html,
        "message_id": mail.message_id,
        "in_reply_to": (mail.reply_to_ids[0] if mail.reply_to_ids else "")[:1000],
        "reference_ids": " ".join(mail.reply_to_ids)[:10_000],
        "content_hash": mail.content_hash or None,
    }
    if mail.original is not None:
        blob = store_bytes(session, mail.original.data)
        row["original_blob_id"] = blob.id
        row["original_filename"] = mail.original.filename[:300]
    return row
