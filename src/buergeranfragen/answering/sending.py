"""Replying to the citizen and forwarding to a department by mail.

Each is one unit of work first: the mail is composed (``composing``), stored on the inquiry as
a message in the state "wird gesendet" with the exact bytes to hand to the server, and the
status moves on (a reply: "Beantwortet", or "Rückfrage" when it asks back - the clerk picks;
an interim reply keeps the inquiry open). Only then is it handed to the outbox, which marks it
sent or keeps it with the reason to retry (``mail.outbox``): nothing typed is lost when the
server is down, and one click never sends twice.

The sender is the department's own address where one is set, else the office's (the SMTP
settings)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from buergeranfragen.answering.composing import (
    Composed,
    Party,
    Quoted,
    compose_forward,
    compose_reply,
    with_reference,
)
from buergeranfragen.calendar import local
from buergeranfragen.clock import Clock
from buergeranfragen.contacts.emails import EmailError, normalise_email
from buergeranfragen.conversation import store
from buergeranfragen.conversation.records import Direction, MessageKind, SendState
from buergeranfragen.db.engine import SessionFactory, reading
from buergeranfragen.db.limits import clean_text
from buergeranfragen.db.models import Department, Inquiry
from buergeranfragen.errors import FieldError, KnownError, RecordNotFound, ValidationFailed
from buergeranfragen.inquiries import blobs, repository
from buergeranfragen.inquiries.acting import Acting, act, set_status, status_of
from buergeranfragen.inquiries.records import InquiryRecord, InquiryStatus
from buergeranfragen.inquiries.senders import lookup_address
from buergeranfragen.messages import Message, msg
from buergeranfragen.runtime import log_message
from buergeranfragen.workflow import states

log = logging.getLogger(__name__)
TEXT_LIMIT = 100_000
SUBJECT_LIMIT = 500
REPLY_STATES = (InquiryStatus.ANSWERED, InquiryStatus.WAITING)


@dataclass(frozen=True)
class Sent:
    """A reply or forward as stored (and, when the outbox could hand it over, sent)."""

    record: InquiryRecord
    message_row_id: int
    state: SendState
    error: str = ""


class SendingService:
    def __init__(
        self,
        session_factory: SessionFactory,
        clock: Clock,
        actor: str,
        office_sender: Callable[[], Party | None],
        deliver: Callable[[int], object] | None = None,
    ) -> None:
        """``office_sender``: the office's sender (the SMTP settings), None when none is set;
        ``deliver``: hands a stored message to the server (the outbox), None: it waits."""
        self._factory = session_factory
        self._clock = clock
        self._actor = actor
        self._office_sender = office_sender
        self._deliver = deliver

    # -- replying -------------------------------------------------------------------------------

    def recipient(self, inquiry_id: int) -> str:
        """Whom a reply would go to ("Name <address>"), or the refusal - before the clerk
        writes a word (a contact without a mail address is answered by phone or letter)."""
        with reading(self._factory) as session:
            inquiry = session.get(Inquiry, inquiry_id)
            if inquiry is None:
                raise RecordNotFound(
                    msg("Anfrage Nr. {number} gibt es nicht (mehr).", number=inquiry_id)
                )
            party, _quoted = _citizen(session, inquiry)
        return f"{party.name} <{party.address}>" if party.name else party.address

    def reply(
        self,
        inquiry_id: int,
        text: str,
        *,
        subject: str = "",
        status: InquiryStatus | None = InquiryStatus.ANSWERED,
        interim: bool = False,
        version: int | None = None,
    ) -> Sent:
        """Answer the citizen by mail; ``interim``: a Zwischennachricht (the status stays)."""
        text = _checked_text(text, "text", msg("Die Antwort ist leer."))
        subject = _checked_text(subject, "subject", None, SUBJECT_LIMIT)
        if interim:
            status = None
        elif status is not None and status not in REPLY_STATES:
            raise KnownError(
                msg("Nach einer Antwort ist die Anfrage „Beantwortet“ oder in „Rückfrage“.")
            )
        sender = self._sender_or_refuse()
        kind = MessageKind.INTERIM if interim else MessageKind.REPLY
        stored: dict[str, int] = {}

        def change(acting: Acting) -> None:
            inquiry, session = acting.inquiry, acting.session
            before = status_of(acting)
            if before in states.DONE:
                raise KnownError(
                    msg(
                        "{reference} ist „{status}“; für eine Antwort bitte erst wieder öffnen.",
                        reference=inquiry.reference,
                        status=states.state_name(before),
                    )
                )
            if status is not None and status != before:
                states.check_transition(before, status, "", "")
            to, quoted = _citizen(session, inquiry)
            in_reply_to, references = store.thread_ids(session, inquiry.id)
            composed = compose_reply(
                sender=_sender_for(session, inquiry.department_id, sender),
                to=to,
                subject=(
                    with_reference(subject, inquiry.reference, "")
                    if subject
                    else with_reference(inquiry.subject or "Ihre Anfrage", inquiry.reference, "AW:")
                ),
                text=text,
                reference=inquiry.reference,
                now=acting.now,
                in_reply_to=in_reply_to,
                references=references,
                quoted=quoted,
            )
            stored["id"] = _store_outgoing(acting, kind, composed, None)
            if status is not None and status != before:
                set_status(acting, before, status, "")

        return self._stored_then_sent(inquiry_id, version, change, stored)

    # -- forwarding -----------------------------------------------------------------------------

    def forward(
        self, inquiry_id: int, department_code: str, *, note: str = "", version: int | None = None
    ) -> Sent:
        """Send the inquiry to a department: the original mail attached whole, or the call
        note; the cover note above it."""
        note = _checked_text(note, "note", None)
        sender = self._sender_or_refuse()
        stored: dict[str, int] = {}

        def change(acting: Acting) -> None:
            inquiry, session = acting.inquiry, acting.session
            department = _department(session, department_code)
            to = _department_address(department)
            original, outlook, name = _original(session, inquiry.id)
            cover = note or f"Zur Bearbeitung: {inquiry.reference}."
            if original is None:  # a call, a letter: the note carries everything
                cover += "\n\n" + _call_note(inquiry)
            composed = compose_forward(
                sender=_sender_for(session, inquiry.department_id, sender),
                to=to,
                subject=with_reference(inquiry.subject or "Anfrage", inquiry.reference, "WG:"),
                note=cover,
                reference=inquiry.reference,
                now=acting.now,
                original=original,
                original_is_outlook=outlook,
                original_name=name,
            )
            stored["id"] = _store_outgoing(acting, MessageKind.FORWARD, composed, department.id)

        return self._stored_then_sent(inquiry_id, version, change, stored, changes_row=False)

    # -- the parts ------------------------------------------------------------------------------

    def _sender_or_refuse(self) -> Party:
        sender = self._office_sender()
        if sender is None:
            raise KnownError(
                msg(
                    "Es ist kein Postausgangsserver eingerichtet; die Administration richtet "
                    "ihn unter Extras → Postausgang (SMTP) ein."
                )
            )
        return sender

    def _stored_then_sent(
        self,
        inquiry_id: int,
        version: int | None,
        change: Callable[[Acting], None],
        stored: dict[str, int],
        changes_row: bool = True,
    ) -> Sent:
        record = act(
            self._factory, self._clock(), self._actor, inquiry_id, version, change, changes_row
        )
        row_id = stored["id"]
        # Stored from here on: whatever goes wrong now, the outbox sends it later. A refusal
        # now would have the clerk send it a second time.
        try:
            if self._deliver is not None:
                self._deliver(row_id)  # a send failure is its result, not an exception
            with reading(self._factory) as session:
                record = repository.load(session, inquiry_id) or record
        except KnownError as exc:  # the database at this very moment
            log.warning(
                "mail %s stored, handing it over failed: %s", row_id, log_message(exc.reason)
            )
        message = next(m for m in record.messages if m.id == row_id)
        reason = message.send_reason.render() if message.send_reason is not None else ""
        return Sent(record, row_id, message.send_state or SendState.SENDING, reason)


def _checked_text(text: str, field: str, empty: Message | None, limit: int = TEXT_LIMIT) -> str:
    """Typed text: NUL removed, trimmed, not beyond ``limit``; empty refused with ``empty``
    (None: may be empty)."""
    text = clean_text(text).strip()
    if not text and empty is not None:
        raise ValidationFailed([FieldError(field, empty)])
    if len(text) > limit:
        raise ValidationFailed(
            [FieldError(field, msg("Höchstens {limit} Zeichen, bitte kürzen.", limit=limit))]
        )
    return text


def _store_outgoing(
    acting: Acting, kind: MessageKind, composed: Composed, department_id: int | None
) -> int:
    blob = blobs.store_bytes(acting.session, composed.data)
    return store.insert_message(
        acting.session,
        acting.inquiry.id,
        {
            "direction": Direction.OUT.value,
            "kind": kind.value,
            "at": acting.now,
            "author": acting.actor,
            "from_email": composed.sender[:320],
            "to_addr": composed.to[:1000],
            "subject": composed.subject[:1000],
            "text": composed.text,
            "message_id": composed.message_id,
            "original_blob_id": blob.id,
            "original_filename": "gesendet.eml",
            "department_id": department_id,
            "send_state": SendState.SENDING.value,
            "send_started_at": acting.now,
        },
    )


def _sender_for(session: Session, department_id: int | None, office: Party) -> Party:
    """The department's own sender address where one is set, else the office's."""
    if department_id is None:
        return office
    row = session.execute(
        select(Department.sender_email, Department.name).where(Department.id == department_id)
    ).first()
    if row is None or not row[0]:
        return office
    return Party(row[0], office.name or row[1])


def _citizen(session: Session, inquiry: Inquiry) -> tuple[Party, Quoted | None]:
    """Whom a reply goes to - the inquiry's own address (its sender's, else its contact's
    first valid one), never a third party who joined the conversation by answering a mail of
    it - and the mail it quotes: the latest one from that address, else the inquiry's own."""
    address = ""
    for candidate in store.own_addresses(session, inquiry.id):
        try:
            address = normalise_email(candidate)
        except EmailError:
            continue
        break
    if not address:
        raise KnownError(
            msg(
                "Für {reference} ist keine gültige Mailadresse bekannt; bitte beim Kontakt eine "
                "eintragen oder telefonisch bzw. per Brief antworten.",
                reference=inquiry.reference,
            )
        )
    theirs = [
        m
        for m in store.messages_of(session, inquiry.id)
        if m.direction == Direction.IN
        and m.kind == MessageKind.MAIL
        and lookup_address(m.from_email) == lookup_address(address)
    ]
    if theirs:
        latest = max(theirs, key=lambda m: m.id)  # the last one added
        party = Party(address, latest.from_name or inquiry.from_name)
        return party, Quoted(Party(latest.from_email, latest.from_name), latest.at, latest.text)
    party = Party(address, inquiry.from_name)
    quoted = Quoted(party, inquiry.received_at, inquiry.body) if inquiry.from_email else None
    return party, quoted


def _department(session: Session, code: str) -> Department:
    row = session.scalar(select(Department).where(Department.code == code.strip().upper()))
    if row is None:
        raise RecordNotFound(
            msg("Eine Abteilung mit dem Kürzel {code} gibt es nicht.", code=code.strip())
        )
    return row


def _department_address(department: Department) -> Party:
    try:
        address = normalise_email(department.email) if department.email else ""
    except EmailError:
        address = ""
    if not address:
        raise KnownError(
            msg(
                "Für die Abteilung {code} ist keine gültige Mailadresse hinterlegt; die "
                "Administration trägt sie unter Extras → Abteilungen ein.",
                code=department.code,
            )
        )
    return Party(address, department.name)


def _original(session: Session, inquiry_id: int) -> tuple[bytes | None, bool, str]:
    stored = repository.original_file(session, inquiry_id)
    if stored is None or stored.blob is None:
        return None, False, ""
    data = b"".join(blobs.chunks(session, stored.blob))
    outlook = stored.filename.lower().endswith(".msg") or data[:4] == b"\xd0\xcf\x11\xe0"
    return data, outlook, stored.filename or ("original.msg" if outlook else "original.eml")


def _call_note(inquiry: Inquiry) -> str:
    lines = [
        f"Aktenzeichen: {inquiry.reference}",
        f"Eingang: {local(inquiry.received_at):%d.%m.%Y %H:%M}",
        f"Betreff: {inquiry.subject}",
    ]
    if inquiry.caller_number:
        lines.append(f"Rufnummer: {inquiry.caller_number}")
    return "\n".join(lines) + "\n\n" + (inquiry.body or "")
