"""Mail intake: a mail file (or IMAP message) becomes an inquiry, or is reported as a
duplicate, or refused with a reason. Used by the command line, drag and drop, the file dialog
and the mailbox fetcher alike.

Every mail ends in exactly one outcome (``MailOutcome``): imported, duplicate, rejected (final:
the original is kept in the "Nicht übernommen" list, ``rejected.py``) or retry later (the
database or the disk had trouble; nothing was stored, the mail is to be handled again). No
error while handling one mail escapes ``import_bytes``: an unexpected one rejects that mail
(the traceback goes to the log) and the mails behind it go on."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from buergeranfragen.calendar import local
from buergeranfragen.clock import Clock
from buergeranfragen.conversation.service import IncomingMail
from buergeranfragen.conversation.threads import Thread
from buergeranfragen.db.limits import clean_text
from buergeranfragen.errors import DatabaseUnavailable, DuplicateMail, KnownError
from buergeranfragen.input_files import UnreadableInput, read_input_file, shown_path
from buergeranfragen.inquiries.attachments import within_limits
from buergeranfragen.inquiries.records import (
    OUTLOOK_MAIL,
    InquiryRecord,
    MailInquiry,
    MailSender,
    NewAttachment,
)
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.mail.decisions import Decision, decide
from buergeranfragen.mail.outcomes import (
    MailOutcome as MailOutcome,
)
from buergeranfragen.mail.outcomes import (
    MailReport as MailReport,
)
from buergeranfragen.mail.outcomes import (
    disk_trouble,
    environment_error,
    log_error,
    refused,
    retry,
    unexpected_error,
)
from buergeranfragen.mail.outlook import OLE_SIGNATURE, formatted_html
from buergeranfragen.mail.parsing import parse_mail_bytes
from buergeranfragen.mail.press import PressDetector
from buergeranfragen.mail.records import NotAMail, ParsedMail
from buergeranfragen.messages import Message, msg
from buergeranfragen.runtime import log_message

log = logging.getLogger("buergeranfragen.mail")
MAX_MAIL_BYTES = 150 * 1024 * 1024
MAIL_SUFFIXES = (".eml", ".msg", ".mbox", ".box", ".txt", "")
DEFAULT_OFFICE_DOMAINS = ("nrw.de",)
MESSAGE_ID_LENGTH = 500


class MailIntake:
    def __init__(
        self,
        inquiries: InquiryService,
        clock: Clock,
        office_domains: Sequence[str] = DEFAULT_OFFICE_DOMAINS,
    ) -> None:
        self.inquiries = inquiries
        self._clock = clock
        self.office_domains = tuple(d.lower() for d in office_domains)
        self.press = PressDetector(inquiries.press_email_domains, self.office_domains)

    def import_files(
        self,
        paths: Sequence[Path],
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Iterator[MailReport]:
        for done, path in enumerate(paths, start=1):
            if cancelled is not None and cancelled():
                return
            try:
                report = self.import_file(path)
            except Exception as exc:  # noqa: BLE001 - one file never stops the ones behind it
                label = shown_path(path)
                report = refused(label, unexpected_error(label, exc))
            yield report
            if progress is not None:
                progress(done, len(paths))

    def import_file(self, path: Path) -> MailReport:
        """One mail file; a file that cannot be read is refused (there is nothing to keep)."""
        label = shown_path(path)
        try:
            data = read_input_file(path, MAX_MAIL_BYTES)
        except UnreadableInput as exc:
            return replace(refused(label, exc.reason), unreadable=True)
        return self.import_bytes(data, label, path.name)

    def import_bytes(
        self, data: bytes, label: str, source_name: str, *, from_mailbox: bool = False
    ) -> MailReport:
        """One mail: ``label`` names it in the report (and, refused, in the "Nicht übernommen"
        list), ``source_name`` is kept with it. Always returns its outcome. ``from_mailbox``:
        a refused mail whose entry the clerk deleted stays deleted (the mailbox takes it again
        only because its position was held before it)."""
        if len(data) > MAX_MAIL_BYTES:
            report = refused(
                label,
                msg(
                    "Die Mail ist mit {size} MB größer als die {limit} MB, die übernommen "
                    "werden; aufbewahrt ist nur ihr Anfang.",
                    size=len(data) // (1024 * 1024),
                    limit=MAX_MAIL_BYTES // (1024 * 1024),
                ),
            )
            return self._keep(data, label, source_name, report, part=True, revive=not from_mailbox)
        report, whole = self._guarded(data, label, source_name)
        if report.status is MailOutcome.REJECTED:
            report = self._keep(
                data, label, source_name, report, part=not whole, revive=not from_mailbox
            )
        return report

    def retry_rejected(self, entry_id: int) -> MailReport:
        """Import a mail of the "Nicht übernommen" list again: imported (or found to be a
        duplicate), its entry goes; refused again, the entry stays with the new reason. An
        entry of which only the beginning is kept cannot be imported again."""
        rejected = self.inquiries.rejected
        entry = rejected.get(entry_id)
        if not entry.complete:
            raise KnownError(
                msg(
                    "Von der Mail Nr. {number} ist nur der Anfang aufbewahrt; sie kann nicht "
                    "erneut übernommen werden.",
                    number=entry_id,
                )
            )
        report = self.import_bytes(rejected.original(entry_id), entry.source, entry.file_name)
        if report.status.stored:
            rejected.delete(entry_id)
        return report

    def _guarded(self, data: bytes, label: str, source_name: str) -> tuple[MailReport, bool]:
        """The outcome of one mail, whatever goes wrong, and whether the whole original is to
        be kept if refused (not of a file that is no mail at all). Trouble of the environment
        (a locked or unreachable database, a full or failing disk: ``environment_error``)
        means retry later; a value the database refuses, an OSError this mail always causes
        (a name too long), or any other error rejects this mail only."""
        try:
            return self._import(data, label, source_name), True
        except NotAMail as exc:
            return refused(label, exc.reason), False
        except DatabaseUnavailable as exc:
            return retry(label, exc.reason), True
        except OSError as exc:
            if environment_error(exc):
                return retry(label, disk_trouble(exc)), True
            log_error("Die Mail wurde wegen eines Dateifehlers nicht übernommen", label, exc)
            failure = msg(
                "Die Mail konnte nicht gespeichert werden ({reason}).",
                reason=exc.strerror or type(exc).__name__,
            )
            return refused(label, failure), True
        except SQLAlchemyError as exc:  # e.g. DataError, IntegrityError: this mail's data
            log_error("Die Datenbank hat die Mail nicht angenommen", label, exc)
            reason = str(getattr(exc, "orig", None) or type(exc).__name__).splitlines()[0]
            return refused(
                label,
                msg("Die Datenbank hat die Mail nicht angenommen ({reason}).", reason=reason[:300]),
            ), True
        except Exception as exc:  # noqa: BLE001 - one mail never stops the ones behind it
            return refused(label, unexpected_error(label, exc)), True

    def _keep(
        self,
        data: bytes,
        label: str,
        source_name: str,
        report: MailReport,
        *,
        part: bool = False,
        revive: bool = True,
    ) -> MailReport:
        """A refused mail goes into the "Nicht übernommen" list. If that fails for a reason of
        the environment, nothing is final: retry later. If it fails for any other reason (what
        was read of the mail), the original is kept with no more than where it came from."""
        reason = report.error or msg("Die Mail wurde nicht übernommen.")
        if not data:
            return report  # an empty file: nothing to keep
        subject, sender = report.subject, _sender(report.from_name, report.from_email)
        if not (subject or sender):
            subject, sender = _headline_of(data)
        rejected = self.inquiries.rejected
        try:
            try:
                entry_id = rejected.keep(
                    data, label, source_name, reason, subject, sender, part=part, revive=revive
                )
            except Exception as exc:
                if environment_error(exc):
                    raise
                log_error("Die nicht übernommene Mail ließ sich nicht aufbewahren", label, exc)
                entry_id = rejected.keep(
                    data,
                    label,
                    "",
                    msg(
                        "Die Mail wurde nicht übernommen; Betreff, Absender und Grund ließen "
                        "sich nicht speichern. Einzelheiten stehen im Protokoll."
                    ),
                    part=part,
                    revive=revive,
                )
        except Exception as exc:  # noqa: BLE001 - not kept: not final either
            if isinstance(exc, DatabaseUnavailable):
                return retry(label, exc.reason)
            if isinstance(exc, OSError) and environment_error(exc):
                return retry(label, disk_trouble(exc))
            return retry(label, unexpected_error(label, exc))
        return replace(report, rejected_id=entry_id)

    def _import(self, data: bytes, label: str, source_name: str) -> MailReport:
        try:
            parsed = parse_mail_bytes(data)
        except NotAMail:
            raise  # refused by ``_guarded``; only its beginning is kept
        except Exception as exc:  # noqa: BLE001 - a mail no reader understands is refused
            return refused(
                label,
                msg(
                    "Die Mail ist so beschädigt, dass sie nicht lesbar ist ({reason}).",
                    reason=str(exc),
                ),
            )
        if source_name.lower().endswith((".mbox", ".box")) and data.count(b"\nFrom ") > 0:
            parsed.warnings.append(
                msg("Die Datei enthält mehrere Mails; übernommen wurde die erste.")
            )
        message_id = clean_text(parsed.message_id)[:MESSAGE_ID_LENGTH] or None
        decision = decide(parsed, self._clock(), self.office_domains)
        # looked up before storing: no NUL into a query (PostgreSQL refuses it)
        decision.from_email = clean_text(decision.from_email)
        decision.from_name = clean_text(decision.from_name)
        # the Message-IDs it answers, cleaned as the Message-ID is: an RFC 2047 word can carry
        # a NUL into them (PostgreSQL refuses it, SQLite would thread)
        cleaned = (clean_text(one)[:MESSAGE_ID_LENGTH] for one in parsed.reply_to_ids)
        parsed.reply_to_ids = [one for one in cleaned if one]
        lookup = self.inquiries.mail_lookup(
            message_id,
            parsed.content_hash,
            decision.from_email,
            decision.from_name,
            reply_to_ids=parsed.reply_to_ids,
            subject=decision.subject,
        )
        decision.kind = self.press.kind(
            decision.subject, decision.body, decision.from_email, lookup.sender_kind
        )
        report = MailReport(
            file=label,
            status=MailOutcome.REJECTED,
            kind=decision.kind.value,
            from_email=decision.from_email,
            from_name=decision.from_name,
            forwarded_by=decision.forwarded_by,
            subject=decision.subject,
            received_at=local(decision.received_at).isoformat(),
        )
        if lookup.duplicate:
            return replace(
                report,
                status=MailOutcome.DUPLICATE,
                reference=lookup.duplicate,
                warnings=tuple(parsed.warnings),
                error=_stored_as(lookup.duplicate),
            )
        thread = lookup.thread  # asked in the same read
        if thread is not None and not thread.linked_only:
            return self._thread(thread, parsed, data, message_id, decision, report)
        if thread is not None:
            report = replace(report, linked_reference=thread.reference)
        linked = thread.inquiry_id if thread is not None else None
        return self._store(parsed, data, source_name, message_id, decision, report, linked)

    def formatted_body(self, record: InquiryRecord) -> str:
        """The formatted (HTML) body of a mail: as stored, or - for an Outlook mail whose
        formatting is only in its RTF body - derived from the stored original. That can take
        seconds: for the formatted view, on request. Never derived for a mail unwrapped from a
        colleague's forward: the original stored is the colleague's (see
        ``InquiryRecord.formatting_in_original``)."""
        if record.body_html or not record.formatting_in_original:
            return record.body_html
        original = self.inquiries.original_mail(record.id)
        return formatted_html(original) if original else ""

    # -- storing ----------------------------------------------------------------------------

    def _store(
        self,
        parsed: ParsedMail,
        data: bytes,
        source_name: str,
        message_id: str | None,
        decision: Decision,
        report: MailReport,
        linked: int | None = None,
    ) -> MailReport:
        files = [NewAttachment(a.filename, a.content_type, a.data) for a in parsed.attachments]
        kept, left_out = within_limits(files)
        warnings = (*parsed.warnings, *decision.warnings, *left_out)
        report = replace(report, warnings=warnings)
        try:
            record = self.inquiries.store_mail(
                MailInquiry(
                    kind=decision.kind,
                    sender=MailSender(decision.from_email, decision.from_name, decision.kind),
                    received_at=decision.received_at,
                    subject=decision.subject,
                    body=decision.body,
                    body_html=decision.body_html,
                    forwarded_by=decision.forwarded_by,
                    message_id=message_id,
                    content_hash=parsed.content_hash,
                    source_file=source_name[:500],
                    attachments=(*kept, _original(data)),
                    linked_inquiry_id=linked,
                )
            )
        except DuplicateMail as exc:  # stored by a colleague's client a moment ago
            reference = self.inquiries.find_duplicate(message_id, parsed.content_hash)
            error = _stored_as(reference) if reference else exc.reason
            return replace(report, status=MailOutcome.DUPLICATE, reference=reference, error=error)
        except DatabaseUnavailable:
            raise  # retry later
        except KnownError as exc:
            log.info("mail not stored: %s", log_message(exc.reason))
            return replace(report, error=exc.reason)
        log.info("mail stored as %s (%d warnings)", record.reference, len(report.warnings))
        return replace(
            report,
            status=MailOutcome.IMPORTED,
            reference=record.reference,
            warnings=(*report.warnings, *record.warnings),
            kind=record.kind.value,  # decided again with the sender stored by then
            # as stored (NUL removed, cut to the column): what the clerk will see
            subject=record.subject,
            from_email=record.from_email,
            from_name=record.from_name,
            forwarded_by=record.forwarded_by,
            attachments=sum(not a.is_original for a in record.attachments),
            inquiry_id=record.id,
            contact_candidates=(
                None
                if record.contact_id is not None
                else tuple(c.id for c in record.contact_candidates)
            ),
        )

    def _thread(
        self,
        thread: Thread,
        parsed: ParsedMail,
        data: bytes,
        message_id: str | None,
        decision: Decision,
        report: MailReport,
    ) -> MailReport:
        """Add the mail to the inquiry it answers (``conversation.service``)."""
        files = [NewAttachment(a.filename, a.content_type, a.data) for a in parsed.attachments]
        kept, left_out = within_limits(files)
        report = replace(report, warnings=(*parsed.warnings, *decision.warnings, *left_out))
        try:
            threaded = self.inquiries.conversation.add_mail(
                thread.inquiry_id,
                IncomingMail(
                    from_email=decision.from_email,
                    from_name=decision.from_name,
                    subject=clean_text(decision.subject),
                    text=clean_text(decision.body),
                    body_html=clean_text(decision.body_html),
                    received_at=decision.received_at,
                    message_id=message_id,
                    reply_to_ids=tuple(parsed.reply_to_ids),
                    content_hash=parsed.content_hash,
                    attachments=tuple(kept),
                    original=_original(data),
                ),
            )
        except DuplicateMail:
            reference = self.inquiries.find_duplicate(message_id, parsed.content_hash)
            return replace(
                report,
                status=MailOutcome.DUPLICATE,
                reference=reference,
                error=_stored_as(reference) if reference else None,
            )
        except DatabaseUnavailable:
            raise
        except KnownError as exc:
            log.info("mail not threaded: %s", log_message(exc.reason))
            return replace(report, error=exc.reason)
        record = threaded.record
        log.info("mail added to %s", record.reference)
        notes: list[Message] = []
        if threaded.reopened:
            notes.append(
                msg(
                    "{reference} war abgeschlossen und ist durch diese Mail wieder in Bearbeitung.",
                    reference=record.reference,
                )
            )
        elif threaded.resumed:
            notes.append(
                msg(
                    "Die Rückfrage zu {reference} ist beantwortet; die Anfrage ist wieder in "
                    "Bearbeitung.",
                    reference=record.reference,
                )
            )
        return replace(
            report,
            status=MailOutcome.THREADED,
            reference=record.reference,
            inquiry_id=record.id,
            kind=record.kind.value,
            attachments=len(kept),
            warnings=(*report.warnings, *notes),
            reopened=threaded.reopened,
            resumed=threaded.resumed,
        )


def _sender(name: str, email: str) -> str:
    """A sender as the "Nicht übernommen" list shows it."""
    return f"{name} <{email}>" if name else email


def _headline_of(data: bytes) -> tuple[str, str]:
    """Subject and sender of a refused mail, as far as they can be read."""
    try:
        parsed = parse_mail_bytes(data)
    except Exception:  # noqa: BLE001 - unreadable: the list shows the source and the reason
        return "", ""
    return parsed.subject, _sender(parsed.from_name, parsed.from_email)


def _stored_as(reference: str) -> Message:
    return msg("Diese Mail ist schon als {reference} gespeichert.", reference=reference)


def _original(raw: bytes) -> NewAttachment:
    """The mail file itself, kept in the database."""
    if raw[:4] == OLE_SIGNATURE[:4]:
        return NewAttachment("original.msg", OUTLOOK_MAIL, raw, is_original=True)
    return NewAttachment("original.eml", "message/rfc822", raw, is_original=True)
