"""Mail intake: a mail file (or IMAP message) becomes an inquiry, or is reported as a
duplicate, or refused with a reason. Used by the command line, drag and drop, the file dialog
and the mailbox fetcher alike."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import select

from buergeranfragen.calendar import local
from buergeranfragen.contacts.emails import EmailError, normalise_email
from buergeranfragen.contacts.io.entries import split_name
from buergeranfragen.contacts.records import ContactDraft, ContactKind, ContactSource, EmailInput
from buergeranfragen.db.models import Contact, ContactEmail
from buergeranfragen.errors import DuplicateMail, KnownError
from buergeranfragen.inquiries import search
from buergeranfragen.inquiries.service import (
    MAX_ATTACHMENT_BYTES,
    MAX_ATTACHMENTS_TOTAL,
    InquiryService,
    MailInquiry,
    NewAttachment,
)
from buergeranfragen.mail.parsing import (
    NotAMail,
    ParsedMail,
    attached_original,
    find_forwarded,
    parse_mail_bytes,
    strip_forward_prefix,
)

MAX_MAIL_BYTES = 150 * 1024 * 1024
MAIL_SUFFIXES = (".eml", ".msg", ".mbox", ".box", ".txt", "")
DEFAULT_OFFICE_DOMAINS = ("nrw.de",)


def _media_domains() -> frozenset[str]:
    text = (
        resources.files("buergeranfragen.resources")
        .joinpath("media_domains.txt")
        .read_text(encoding="utf-8")
    )
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and "#" not in line
    )


def _domain_in(address: str, domains: Iterable[str]) -> bool:
    domain = address.rpartition("@")[2].lower()
    return any(domain == d or domain.endswith("." + d) for d in domains)


@dataclass(frozen=True)
class MailReport:
    """What happened to one mail file (the JSON of `mail import`)."""

    file: str
    status: str  # "imported" | "duplicate" | "rejected"
    reference: str | None = None
    kind: str | None = None
    from_email: str = ""
    from_name: str = ""
    forwarded_by: str = ""
    subject: str = ""
    received_at: str | None = None
    attachments: int = 0
    warnings: tuple[str, ...] = ()
    error: str | None = None
    inquiry_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "status": self.status,
            "reference": self.reference,
            "kind": self.kind,
            "from_email": self.from_email,
            "from_name": self.from_name,
            "forwarded_by": self.forwarded_by,
            "subject": self.subject,
            "received_at": self.received_at,
            "attachments": self.attachments,
            "warnings": list(self.warnings),
            "error": self.error,
        }


@dataclass
class _Decision:
    kind: ContactKind
    from_email: str
    from_name: str
    forwarded_by: str
    subject: str
    received_at: Any
    body: str
    body_html: str
    warnings: list[str] = field(default_factory=list)


class MailIntake:
    def __init__(
        self,
        inquiries: InquiryService,
        office_domains: Sequence[str] = DEFAULT_OFFICE_DOMAINS,
    ) -> None:
        self.inquiries = inquiries
        self.office_domains = tuple(d.lower() for d in office_domains)
        self.media_domains = _media_domains()
        self._press_cache: tuple[float, frozenset[str]] | None = None

    def import_files(
        self,
        paths: Sequence[Path],
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Iterator[MailReport]:
        for done, path in enumerate(paths, start=1):
            if cancelled is not None and cancelled():
                return
            yield self.import_file(path)
            if progress is not None:
                progress(done, len(paths))

    def import_file(self, path: Path) -> MailReport:
        try:
            size = path.stat().st_size
            if size > MAX_MAIL_BYTES:
                return MailReport(
                    str(path),
                    "rejected",
                    error=(f"Die Datei ist mit {size // (1024 * 1024)} MB zu groß für eine Mail."),
                )
            data = path.read_bytes()
        except FileNotFoundError:
            return MailReport(str(path), "rejected", error="Die Datei gibt es nicht.")
        except IsADirectoryError:
            return MailReport(str(path), "rejected", error="Das ist ein Ordner, keine Datei.")
        except OSError as exc:
            return MailReport(
                str(path), "rejected", error=f"Die Datei ist nicht lesbar ({exc.strerror})."
            )
        return self.import_bytes(data, str(path), path.name)

    def import_bytes(self, data: bytes, label: str, source_name: str) -> MailReport:
        try:
            parsed = parse_mail_bytes(data)
        except NotAMail as exc:
            return MailReport(label, "rejected", error=str(exc))
        except Exception as exc:  # noqa: BLE001 - a mail no reader understands is refused
            return MailReport(
                label,
                "rejected",
                error=f"Die Mail ist so beschädigt, dass sie nicht lesbar ist ({exc}).",
            )
        if source_name.lower().endswith((".mbox", ".box")) and data.count(b"\nFrom ") > 0:
            parsed.warnings.append("Die Datei enthält mehrere Mails; übernommen wurde die erste.")
        message_id = parsed.message_id or None
        decision = self._decide(parsed)
        with self.inquiries.session_factory() as session:
            duplicate = self.inquiries.find_duplicate_in(session, message_id, parsed.content_hash)
            sender = None
            if decision.from_email:
                sender = session.execute(
                    select(Contact.id, Contact.kind)
                    .join(ContactEmail)
                    .where(ContactEmail.address == decision.from_email)
                    .order_by(Contact.id)
                    .limit(1)
                ).first()
        decision.kind = self._kind(decision, sender.kind if sender else None)
        base: dict[str, Any] = dict(
            file=label,
            kind=decision.kind.value,
            from_email=decision.from_email,
            from_name=decision.from_name,
            forwarded_by=decision.forwarded_by,
            subject=decision.subject,
            received_at=local(decision.received_at).isoformat(),
        )
        if duplicate:
            return MailReport(
                status="duplicate",
                reference=duplicate,
                warnings=tuple(parsed.warnings),
                error=f"Diese Mail ist schon als {duplicate} gespeichert.",
                **base,
            )
        attachments, attachment_warnings = self._attachments(parsed, data)
        warnings = [*parsed.warnings, *decision.warnings, *attachment_warnings]
        contact_id = sender.id if sender else None
        new_contact = None if sender else self._new_contact(decision)
        try:
            record = self.inquiries.store_mail(
                MailInquiry(
                    kind=decision.kind,
                    contact_id=contact_id,
                    new_contact=new_contact,
                    received_at=decision.received_at,
                    subject=decision.subject,
                    body=decision.body,
                    body_html=decision.body_html,
                    from_email=decision.from_email,
                    from_name=decision.from_name,
                    forwarded_by=decision.forwarded_by,
                    message_id=message_id[:500] if message_id else None,
                    content_hash=parsed.content_hash,
                    source_file=source_name[:500],
                    attachments=attachments,
                )
            )
        except DuplicateMail as exc:  # stored by a colleague's client a moment ago
            reference = self.inquiries.find_duplicate(message_id, parsed.content_hash)
            return MailReport(
                status="duplicate",
                reference=reference,
                warnings=tuple(warnings),
                error=f"Diese Mail ist schon als {reference} gespeichert."
                if reference
                else exc.message,
                **base,
            )
        except KnownError as exc:
            return MailReport(
                status="rejected", warnings=tuple(warnings), error=exc.message, **base
            )
        return MailReport(
            status="imported",
            reference=record.reference,
            attachments=sum(not a.is_original for a in record.attachments),
            warnings=tuple(warnings),
            inquiry_id=record.id,
            **base,
        )

    # -- decisions --------------------------------------------------------------------------

    def _decide(self, parsed: ParsedMail) -> _Decision:
        now = self.inquiries.now()
        decision = _Decision(
            kind=ContactKind.CITIZEN,
            from_email=parsed.from_email,
            from_name=parsed.from_name,
            forwarded_by="",
            subject=parsed.subject,
            received_at=parsed.received_at or now,
            body=parsed.text,
            body_html=parsed.html,
        )
        if parsed.received_at is None:
            decision.warnings.append("Als Eingangszeit gilt die Zeit des Imports.")
        if parsed.from_email and _domain_in(parsed.from_email, self.office_domains):
            self._unwrap_forward(parsed, decision)
        return decision

    def _unwrap_forward(self, parsed: ParsedMail, decision: _Decision) -> None:
        """A colleague forwarded the mail: the inquiry is the original sender's."""
        original = attached_original(parsed)
        if original is not None and original.from_email:
            decision.forwarded_by = parsed.from_email
            decision.from_email, decision.from_name = original.from_email, original.from_name
            decision.subject = original.subject or strip_forward_prefix(parsed.subject)
            decision.received_at = original.received_at or decision.received_at
            decision.body = original.text or parsed.text
            decision.body_html = original.html
            return
        block = find_forwarded(parsed.text)
        if block is None or _domain_in(block.from_email, self.office_domains):
            return
        decision.forwarded_by = parsed.from_email
        decision.from_email, decision.from_name = block.from_email, block.from_name
        decision.subject = block.subject or strip_forward_prefix(parsed.subject)
        decision.received_at = block.date or decision.received_at
        note = parsed.text[: parsed.text.find(block.text)].strip() if block.text else ""
        decision.body = block.text or parsed.text
        if note:
            decision.warnings.append("Der Kommentar der weiterleitenden Person steht im Original.")

    def _kind(self, decision: _Decision, sender_kind: str | None) -> ContactKind:
        words = search.normalise(f"{decision.subject}\n{decision.body[:2000]}")
        if "presseanfrage" in words or "press inquiry" in words or "medienanfrage" in words:
            return ContactKind.PRESS
        if sender_kind == ContactKind.PRESS.value:
            return ContactKind.PRESS
        address = decision.from_email
        if address and _domain_in(address, self.media_domains | self._press_domains()):
            return ContactKind.PRESS
        return ContactKind.CITIZEN

    def _press_domains(self) -> frozenset[str]:
        """Mail domains of press contacts (newsrooms), except freemail and the office's own;
        read once a minute at most, not once per mail."""
        now = time.monotonic()
        if self._press_cache is not None and now - self._press_cache[0] < 60:
            return self._press_cache[1]
        with self.inquiries.session_factory() as session:
            addresses = session.scalars(
                select(ContactEmail.address)
                .join(Contact)
                .where(Contact.kind == ContactKind.PRESS.value)
            )
            domains = frozenset(
                domain
                for domain in (a.rpartition("@")[2] for a in addresses)
                if domain
                and domain not in _FREEMAIL
                and not _domain_in(f"x@{domain}", self.office_domains)
            )
        self._press_cache = (now, domains)
        return domains

    def _new_contact(self, decision: _Decision) -> ContactDraft | None:
        if not decision.from_email:
            return None
        try:
            normalise_email(decision.from_email)
        except EmailError:
            return None
        first, last = split_name(decision.from_name) if decision.from_name else ("", "")
        return ContactDraft(
            kind=decision.kind,
            first_name=first,
            last_name=last,
            source=ContactSource.EMAIL,
            emails=(EmailInput(decision.from_email),),
        )

    def _attachments(self, parsed: ParsedMail, raw: bytes) -> tuple[list[NewAttachment], list[str]]:
        warnings: list[str] = []
        kept: list[NewAttachment] = []
        total = 0
        for attachment in parsed.attachments:
            size = len(attachment.data)
            if size > MAX_ATTACHMENT_BYTES:
                warnings.append(
                    f"Anhang „{attachment.filename}“ ist mit {size / 1048576:.1f} MB größer als "
                    f"{MAX_ATTACHMENT_BYTES // 1048576} MB und wurde nicht gespeichert."
                )
                continue
            if total + size > MAX_ATTACHMENTS_TOTAL:
                warnings.append(
                    f"Anhang „{attachment.filename}“ wurde nicht gespeichert: zusammen mehr als "
                    f"{MAX_ATTACHMENTS_TOTAL // 1048576} MB Anhänge."
                )
                continue
            total += size
            kept.append(
                NewAttachment(attachment.filename, attachment.content_type, attachment.data)
            )
        suffix = ".msg" if raw[:4] == b"\xd0\xcf\x11\xe0" else ".eml"
        kept.append(
            NewAttachment(
                f"original{suffix}",
                "message/rfc822" if suffix == ".eml" else "application/vnd.ms-outlook",
                raw,
                is_original=True,
            )
        )
        return kept, warnings


_FREEMAIL = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "t-online.de",
        "yahoo.com",
        "yahoo.de",
        "outlook.com",
        "hotmail.com",
        "hotmail.de",
        "icloud.com",
        "posteo.de",
        "mailbox.org",
        "freenet.de",
        "aol.com",
    }
)
