"""Mailing a report to its recipients (the head of unit, …): a mail with the report's files
attached, which belongs to no inquiry.

As with an inquiry's mail (``mail.outbox``), the mail is first stored - its exact bytes and the
state ``sending`` - in a unit of work of its own (table ``report_mails``, 0012), then claimed
(one compare-and-set UPDATE: of two calls exactly one hands it over) and handed to the office's
SMTP server; a failure keeps the reason and the mail is tried again by ``retry``, unless the
server refused it for good. The report holds no personal data, so neither does its mail."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from sqlalchemy import select, update

from buergeranfragen.calendar import local
from buergeranfragen.clock import Clock
from buergeranfragen.conversation.records import SendState
from buergeranfragen.conversation.send_errors import error_from_json, error_to_json
from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.db.report_tables import ReportMail
from buergeranfragen.errors import KnownError
from buergeranfragen.inquiries import blobs
from buergeranfragen.mail.envelope import NoEnvelope, envelope_of
from buergeranfragen.mail.smtp_settings import SmtpSettingsService
from buergeranfragen.mail.transport import SendFailed, SmtpTransport
from buergeranfragen.messages import Message, msg
from buergeranfragen.reports.periods import Period

log = logging.getLogger("buergeranfragen.mail")
_R = ReportMail
TYPES = {
    ".xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ".pdf": ("application", "pdf"),
    ".csv": ("text", "csv"),
}


@dataclass(frozen=True)
class ReportMailResult:
    row_id: int
    state: SendState
    reason: Message | None = None
    recipients: tuple[str, ...] = ()


def compose_report_mail(
    sender: str,
    sender_name: str,
    recipients: Sequence[str],
    period: Period,
    files: Sequence[Path],
    now: datetime,
) -> bytes:
    """The mail's bytes: a short German text and each file attached (SMTP policy: CRLF)."""
    mail = EmailMessage(policy=policy.SMTP)
    mail["From"] = Address(sender_name, addr_spec=sender) if sender_name else sender
    mail["To"] = ", ".join(recipients)
    mail["Subject"] = f"Wochenbericht {period.label}"
    mail["Date"] = format_datetime(local(now))
    mail["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    names = "\n".join(f"- {path.name}" for path in files)
    mail.set_content(
        "Guten Tag,\n\n"
        f"anbei der Bericht {period.label} ({period.first:%d.%m.%Y} bis "
        f"{period.last:%d.%m.%Y}), erstellt am {local(now):%d.%m.%Y um %H:%M} Uhr:\n\n"
        f"{names}\n\n"
        "Der Bericht enthält nur Zahlen, Aktenzeichen und Abteilungen, keine personenbezogenen "
        "Daten.\n\nDiese Mail wurde von Bürgeranfragen automatisch erstellt.\n"
    )
    for path in files:
        maintype, subtype = TYPES.get(path.suffix.lower(), ("application", "octet-stream"))
        mail.add_attachment(
            path.read_bytes(), maintype=maintype, subtype=subtype, filename=path.name
        )
    return mail.as_bytes()


class ReportMailer:
    def __init__(
        self,
        session_factory: SessionFactory,
        clock: Clock,
        actor: str,
        smtp: SmtpSettingsService,
        transport: SmtpTransport | None = None,
    ) -> None:
        self._factory = session_factory
        self._clock = clock
        self._actor = actor
        self._smtp = smtp
        self.transport = transport or SmtpTransport()

    def mail(
        self, period: Period, files: Sequence[Path], recipients: Sequence[str]
    ) -> ReportMailResult:
        """Store the report mail, then hand it to the server once (a failure is the result,
        kept to be tried again; no server set up at all is a KnownError: nothing is stored)."""
        server = self._smtp.show()
        if server is None:
            raise KnownError(
                msg("Es ist kein Postausgangsserver eingerichtet (Extras → Postausgang (SMTP)).")
            )
        now = self._clock()
        data = compose_report_mail(
            server.sender_email, server.sender_name, recipients, period, files, now
        )
        with transaction(self._factory) as session:
            blob = blobs.store_bytes(session, data)
            row = ReportMail(
                period_key=period.key,
                at=now,
                author=self._actor,
                to_addr=", ".join(recipients)[:2000],
                subject=f"Wochenbericht {period.label}",
                blob_id=blob.id,
                send_state=SendState.SENDING.value,
                send_error="",
                attempts=0,
                send_started_at=now,
            )
            session.add(row)
            session.flush()
            row_id = row.id
        return self.deliver(row_id)

    def deliver(self, row_id: int) -> ReportMailResult:
        """Hand the stored mail to the server once (a stored one nobody claimed, or a failed
        one); a mail another call claimed already is reported as it is."""
        now = self._clock()
        with transaction(self._factory) as session:
            row = session.execute(
                select(_R.send_state, _R.attempts, _R.send_error, _R.blob_id, _R.to_addr).where(
                    _R.id == row_id
                )
            ).one()
            state, attempts = row.send_state, row.attempts
            recipients = tuple(a.strip() for a in row.to_addr.split(",") if a.strip())
            fresh = state == SendState.SENDING and attempts == 0
            if not (fresh or state == SendState.FAILED):
                reason = error_from_json(row.send_error)[0]
                return ReportMailResult(row_id, SendState(state), reason, recipients)
            claimed = session.execute(
                update(_R)
                .where(_R.id == row_id, _R.send_state == state, _R.attempts == attempts)
                .values(send_state=SendState.SENDING.value, attempts=attempts + 1,
                        send_started_at=now, send_error="")
                .execution_options(synchronize_session=False)
            )  # fmt: skip
            if int(getattr(claimed, "rowcount", 0)) != 1:
                return ReportMailResult(row_id, SendState.SENDING, None, recipients)
            blob_id = row.blob_id
        try:
            settings = self._smtp.show()
            if settings is None:
                raise SendFailed(
                    msg("Es ist kein Postausgangsserver eingerichtet."), permanent=False
                )
            envelope = envelope_of(self._bytes(blob_id))
            password = self._smtp.password(settings)
            self.transport.send(
                settings, password, envelope.data, envelope.sender, envelope.recipients
            )
        except NoEnvelope as exc:
            failed: tuple[Message, bool] = (exc.reason, True)
        except SendFailed as exc:
            log.info("report mail %d not sent (permanent=%s)", row_id, exc.permanent)
            failed = (exc.reason, exc.permanent)
        except KnownError as exc:  # keyring, database: nothing went out, try again later
            failed = (exc.reason, False)
        else:
            log.info("report mail %d sent", row_id)
            return self._finish(row_id, attempts + 1, SendState.SENT, None, False, recipients)
        reason, permanent = failed
        return self._finish(row_id, attempts + 1, SendState.FAILED, reason, permanent, recipients)

    def retry(self) -> list[ReportMailResult]:
        """Send every failed report mail the server did not refuse for good, and every stored
        one nobody claimed (a desk stopped before handing it over)."""
        with reading(self._factory) as session:
            rows = session.execute(
                select(_R.id, _R.send_state, _R.attempts, _R.send_error)
                .where(_R.send_state.in_((SendState.FAILED.value, SendState.SENDING.value)))
                .order_by(_R.id)
            ).all()
        due = [
            row_id
            for row_id, state, attempts, error in rows
            if (state == SendState.FAILED and not error_from_json(error)[1])
            or (state == SendState.SENDING and attempts == 0)
        ]
        results = []
        for row_id in due:
            try:
                results.append(self.deliver(row_id))
            except KnownError as exc:  # the database: this one waits, the others go on
                results.append(ReportMailResult(row_id, SendState.FAILED, exc.reason))
        return results

    def _bytes(self, blob_id: int | None) -> bytes:
        missing = NoEnvelope(msg("Der Inhalt der Mail ist nicht gespeichert."))
        if blob_id is None:
            raise missing
        with reading(self._factory) as session:
            blob = blobs.info(session, blob_id)
            if blob is None:
                raise missing
            return b"".join(blobs.chunks(session, blob))

    def _finish(
        self,
        row_id: int,
        attempts: int,
        state: SendState,
        reason: Message | None,
        permanent: bool,
        recipients: tuple[str, ...],
    ) -> ReportMailResult:
        now = self._clock()
        values: dict[str, object] = {
            "send_state": state.value,
            "send_error": "" if reason is None else error_to_json(reason, permanent),
        }
        if state is SendState.SENT:
            values["sent_at"] = now
        with transaction(self._factory) as session:
            session.execute(
                update(_R)
                .where(
                    _R.id == row_id,
                    _R.send_state == SendState.SENDING.value,
                    _R.attempts == attempts,
                )
                .values(**values)
                .execution_options(synchronize_session=False)
            )
        return ReportMailResult(row_id, state, reason, recipients)
