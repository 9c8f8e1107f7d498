"""The outbox: outgoing mails of the inquiries (rows of ``inquiry_messages`` with a
``send_state``) handed to the SMTP server, each exactly once per click.

The contract with the services that write a mail (reply, forward): they store the message
with ``direction="out"``, ``send_state="sending"``, ``send_started_at=now``, ``attempts=0``
and ``original_blob_id`` = the exact bytes to hand over, in the same unit of work as the rest,
then call ``deliver(row_id)``. Sender and recipients come from those bytes (From; To, Cc, Bcc);
the Bcc header is not sent.

**Never twice**: every send first *claims* the row in a unit of work of its own, committed
before anything goes to the server: one UPDATE that moves the row to ``sending``, raises
``attempts`` by one and stamps ``send_started_at``, only where state and attempts are still
what was read (compare and set: of two desks, or two clicks, exactly one wins; on PostgreSQL
the loser's UPDATE waits for the winner and then finds the row changed). A stored row not
claimed yet (``sending``, attempts 0) was never handed over. A claimed row still in
``sending`` after ``stale_after`` means that desk stopped between handing over and marking it
sent: ``retry`` turns it ``unclear`` and does not send it again unasked; the clerk checks
(the recipient, the sent folder) and chooses ``resend`` or ``mark_sent``.

A failed mail keeps its reason (a ``Message`` stored as JSON) and is tried again by ``retry``
unless the server refused it for good (``permanent``: sending it as it is would not help;
``resend`` after the clerk looked at it)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from buergeranfragen.clock import Clock
from buergeranfragen.conversation.records import SendState
from buergeranfragen.conversation.send_errors import error_from_json, error_to_json
from buergeranfragen.db.conversation_tables import InquiryMessage
from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.db.models import Inquiry
from buergeranfragen.errors import KnownError, RecordNotFound
from buergeranfragen.inquiries import blobs
from buergeranfragen.inquiries.references import format_reference
from buergeranfragen.mail.envelope import NoEnvelope, envelope_of
from buergeranfragen.mail.smtp_settings import SmtpSettingsService
from buergeranfragen.mail.transport import SendFailed, SmtpTransport
from buergeranfragen.messages import Message, msg
from buergeranfragen.privacy import audit

STALE_AFTER = timedelta(minutes=15)  # far beyond a send's time-outs (60 s per server step)
log = logging.getLogger("buergeranfragen.mail")
_M = InquiryMessage
_WAITING = (SendState.SENDING.value, SendState.FAILED.value, SendState.UNCLEAR.value)


@dataclass(frozen=True)
class DeliveryResult:
    message_row_id: int
    state: SendState
    reason: Message | None = None  # why it failed, or a note on a mail that went
    permanent: bool = False
    sent_now: bool = False  # this call handed it to the server


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    inquiry_id: int
    reference: str
    subject: str
    to: str
    state: SendState
    reason: Message | None
    permanent: bool
    attempts: int
    at: datetime  # last handed over (or stored)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "reference": self.reference,
            "subject": self.subject,
            "to": self.to,
            "state": self.state.value,
            "reason": None if self.reason is None else self.reason.render(),
            "permanent": self.permanent,
            "attempts": self.attempts,
            "at": self.at.isoformat(),
        }


@dataclass
class RetryReport:
    results: list[DeliveryResult] = field(default_factory=list)
    unclear: list[int] = field(default_factory=list)  # rows found stopped mid-send just now


@dataclass(frozen=True)
class _Claim:
    row_id: int
    attempts: int
    blob_id: int | None


def _count(result: object) -> int:
    """The rows an UPDATE changed."""
    return int(getattr(result, "rowcount", 0))


Allowed = Callable[[str | None, int, datetime | None], bool]


class Outbox:
    def __init__(
        self,
        session_factory: SessionFactory,
        clock: Clock,
        actor: str,
        settings: SmtpSettingsService,
        transport: SmtpTransport | None = None,
        stale_after: timedelta = STALE_AFTER,
    ) -> None:
        self._factory = session_factory
        self._clock = clock
        self._actor = actor
        self._settings = settings
        self.transport = transport or SmtpTransport()
        self.stale_after = stale_after

    # -- sending -----------------------------------------------------------------------------

    def deliver(self, message_row_id: int) -> DeliveryResult:
        """Hand the stored mail to the server once. A send failure is the result (state
        ``failed`` with the reason), never an exception; a row another call has claimed
        already (a second click) is left alone and reported in its present state."""

        def fresh_or_failed(state: str | None, attempts: int, _at: datetime | None) -> bool:
            return state == SendState.FAILED or (state == SendState.SENDING and attempts == 0)

        return self._send(message_row_id, fresh_or_failed)

    def retry(self) -> RetryReport:
        """Mark claimed mails left in ``sending`` for longer than ``stale_after`` as
        ``unclear`` (not resent), then send every failed one that was not refused for good and
        every stored one nobody claimed (a desk stopped before handing it over)."""
        report = RetryReport()
        now = self._clock()
        limit = now - self.stale_after
        with transaction(self._factory) as session:
            stale = list(
                session.scalars(
                    select(_M.id).where(
                        _M.send_state == SendState.SENDING.value,
                        _M.attempts > 0,
                        _M.send_started_at < limit,
                    )
                )
            )
            if stale:
                session.execute(
                    update(_M)
                    .where(_M.id.in_(stale), _M.send_state == SendState.SENDING.value)
                    .values(send_state=SendState.UNCLEAR.value)
                    .execution_options(synchronize_session=False)
                )
                log.warning("outbox: %d mail(s) stopped while sending are now unclear", len(stale))
        report.unclear = stale
        with reading(self._factory) as session:
            rows = session.execute(
                select(_M.id, _M.send_state, _M.attempts, _M.send_started_at, _M.send_error)
                .where(_M.send_state.in_((SendState.FAILED.value, SendState.SENDING.value)))
                .order_by(_M.id)
            ).all()
        due = [
            row_id
            for row_id, state, attempts, started, error in rows
            if (state == SendState.FAILED and not error_from_json(error)[1])
            or (state == SendState.SENDING and attempts == 0 and (started or now) < limit)
        ]

        def retryable(state: str | None, attempts: int, started: datetime | None) -> bool:
            if state == SendState.FAILED:
                return True
            return state == SendState.SENDING and attempts == 0 and (started or now) < limit

        for row_id in due:
            try:
                report.results.append(self._send(row_id, retryable))
            except KnownError as exc:  # the database: this one waits, the others go on
                report.results.append(DeliveryResult(row_id, SendState.FAILED, exc.reason))
        return report

    def resend(self, message_row_id: int) -> DeliveryResult:
        """Send an ``unclear`` mail (the clerk checked it did not arrive) or a failed one
        again."""

        def checked(state: str | None, _attempts: int, _at: datetime | None) -> bool:
            return state in (SendState.UNCLEAR, SendState.FAILED)

        self._audit(message_row_id, "resend")
        return self._send(message_row_id, checked)

    def mark_sent(self, message_row_id: int) -> None:
        """The clerk found an ``unclear`` (or failed) mail was sent after all."""
        now = self._clock()
        with transaction(self._factory) as session:
            done = session.execute(
                update(_M)
                .where(
                    _M.id == message_row_id,
                    _M.send_state.in_((SendState.UNCLEAR.value, SendState.FAILED.value)),
                )
                .values(send_state=SendState.SENT.value, sent_at=now, send_error="")
                .execution_options(synchronize_session=False)
            )
            if _count(done) != 1:
                raise KnownError(
                    msg(
                        "Nachricht Nr. {number} wartet nicht (mehr) im Postausgang.",
                        number=message_row_id,
                    )
                )
            self._record(session, message_row_id, "mark_sent", now)

    # -- reading -----------------------------------------------------------------------------

    def entries(self) -> list[OutboxEntry]:
        """Every mail waiting: being sent, failed or unclear, oldest first."""
        with reading(self._factory) as session:
            rows = session.execute(
                select(
                    _M.id,
                    _M.inquiry_id,
                    Inquiry.ref_year,
                    Inquiry.ref_number,
                    _M.subject,
                    _M.to_addr,
                    _M.send_state,
                    _M.send_error,
                    _M.attempts,
                    _M.send_started_at,
                    _M.at,
                )
                .join(Inquiry, Inquiry.id == _M.inquiry_id)
                .where(_M.send_state.in_(_WAITING))
                .order_by(_M.at, _M.id)
            ).all()
        entries = []
        for (
            row_id,
            inquiry_id,
            year,
            number,
            subject,
            to,
            state,
            error,
            attempts,
            started,
            at,
        ) in rows:
            reason, permanent = error_from_json(error)
            entries.append(
                OutboxEntry(
                    row_id,
                    inquiry_id,
                    format_reference(year, number),
                    subject,
                    to,
                    SendState(str(state)),
                    reason,
                    permanent,
                    attempts,
                    started or at,
                )
            )
        return entries

    def waiting(self) -> int:
        """How many mails wait in the outbox (for the status bar)."""
        with reading(self._factory) as session:
            count = session.scalar(
                select(func.count()).select_from(_M).where(_M.send_state.in_(_WAITING))
            )
        return int(count or 0)

    # -- the steps ---------------------------------------------------------------------------

    def _send(self, row_id: int, allowed: Allowed) -> DeliveryResult:
        claim = self._claim(row_id, allowed)
        if isinstance(claim, DeliveryResult):
            return claim
        try:
            settings = self._settings.show()
            if settings is None:
                raise SendFailed(
                    msg(
                        "Es ist kein Postausgangsserver eingerichtet (Extras → Postausgang "
                        "(SMTP)); die Mail bleibt im Postausgang."
                    ),
                    permanent=False,
                )
            envelope = envelope_of(self._bytes(claim))
            password = self._settings.password(settings)
            result = self.transport.send(
                settings, password, envelope.data, envelope.sender, envelope.recipients
            )
        except NoEnvelope as exc:
            return self._finish(claim, SendState.FAILED, exc.reason, permanent=True)
        except SendFailed as exc:
            log.info("outbox: mail %d not sent (permanent=%s)", row_id, exc.permanent)
            return self._finish(claim, SendState.FAILED, exc.reason, exc.permanent)
        except KnownError as exc:  # keyring, database: nothing went out, try again later
            return self._finish(claim, SendState.FAILED, exc.reason, permanent=False)
        note = None
        if result.refused:
            note = msg(
                "Gesendet, aber nicht an alle: der Server nahm {refused} nicht an.",
                refused="; ".join(f"{r} ({a})" for r, a in result.refused.items()),
            )
        log.info("outbox: mail %d sent", row_id)
        return self._finish(claim, SendState.SENT, note, permanent=False)

    def _claim(self, row_id: int, allowed: Allowed) -> _Claim | DeliveryResult:
        now = self._clock()
        with transaction(self._factory) as session:
            row = session.execute(
                select(
                    _M.direction,
                    _M.send_state,
                    _M.attempts,
                    _M.send_started_at,
                    _M.send_error,
                    _M.original_blob_id,
                ).where(_M.id == row_id)
            ).first()
            if row is None or row.direction != "out" or row.send_state is None:
                raise RecordNotFound(
                    msg("Eine zu sendende Nachricht Nr. {number} gibt es nicht.", number=row_id)
                )
            state, attempts = row.send_state, row.attempts or 0
            if allowed(state, attempts, row.send_started_at):
                claimed = session.execute(
                    update(_M)
                    .where(_M.id == row_id, _M.send_state == state, _M.attempts == attempts)
                    .values(
                        send_state=SendState.SENDING.value,
                        attempts=attempts + 1,
                        send_started_at=now,
                        send_error="",
                    )
                    .execution_options(synchronize_session=False)
                )
                if _count(claimed) == 1:
                    return _Claim(row_id, attempts + 1, row.original_blob_id)
                current = session.execute(
                    select(_M.send_state, _M.send_error).where(_M.id == row_id)
                ).one()
                state, error = current.send_state, current.send_error
            else:
                error = row.send_error
        reason, permanent = error_from_json(error)
        return DeliveryResult(row_id, SendState(state or SendState.SENDING), reason, permanent)

    def _bytes(self, claim: _Claim) -> bytes:
        missing = NoEnvelope(msg("Der Inhalt der Mail ist nicht gespeichert."))
        if claim.blob_id is None:
            raise missing
        with reading(self._factory) as session:
            blob = blobs.info(session, claim.blob_id)
            if blob is None:
                raise missing
            data = b"".join(blobs.chunks(session, blob))
        if blobs.sha256_of(data) != blob.sha256:
            raise NoEnvelope(msg("Der gespeicherte Inhalt der Mail ist beschädigt."))
        return data

    def _finish(
        self, claim: _Claim, state: SendState, reason: Message | None, permanent: bool
    ) -> DeliveryResult:
        now = self._clock()
        values: dict[str, object] = {
            "send_state": state.value,
            "send_error": "" if reason is None else error_to_json(reason, permanent),
        }
        if state is SendState.SENT:
            values["sent_at"] = now
        try:
            with transaction(self._factory) as session:
                session.execute(
                    update(_M)
                    .where(
                        _M.id == claim.row_id,
                        _M.send_state == SendState.SENDING.value,
                        _M.attempts == claim.attempts,
                    )
                    .values(**values)
                    .execution_options(synchronize_session=False)
                )
        except KnownError as exc:
            log.warning("outbox: state of mail %d not stored", claim.row_id)
            if state is SendState.SENT:  # it went: the row becomes "unclear" later
                return DeliveryResult(
                    claim.row_id,
                    SendState.SENT,
                    msg(
                        "Die Mail wurde gesendet, konnte aber nicht als gesendet vermerkt "
                        "werden ({reason}); sie erscheint später als „unklar“ im Postausgang.",
                        reason=exc.reason,
                    ),
                    sent_now=True,
                )
            raise
        return DeliveryResult(claim.row_id, state, reason, permanent, state is SendState.SENT)

    def _audit(self, row_id: int, action: str) -> None:
        with transaction(self._factory) as session:
            self._record(session, row_id, action, self._clock())

    def _record(self, session: Session, row_id: int, action: str, now: datetime) -> None:
        audit.record(
            session,
            at=now,
            actor=self._actor,
            entity="inquiry_message",
            entity_id=row_id,
            action=action,
            changes={},
        )
