"""Inquiry use cases: log a call, take in a mail, read the queue, look at one inquiry."""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select, true
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from buergeranfragen.clock import Clock
from buergeranfragen.contacts.phones import format_for_display, parse_phone, try_parse_phone
from buergeranfragen.contacts.records import ContactDraft, ContactKind, ContactSource, PhoneInput
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.engine import SessionFactory, transaction
from buergeranfragen.db.models import Contact, Inquiry, InquiryAttachment
from buergeranfragen.errors import FieldError, KnownError, RecordNotFound, ValidationFailed
from buergeranfragen.inquiries import search
from buergeranfragen.inquiries.records import (
    AttachmentRecord,
    CallDraft,
    InquiryChannel,
    InquiryQuery,
    InquiryRecord,
    InquiryStatus,
    InquirySummary,
)
from buergeranfragen.inquiries.timezone import BERLIN
from buergeranfragen.privacy import audit

ENTITY = "inquiry"
REFERENCE_PREFIX = "BA"
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
MAX_ATTACHMENTS_TOTAL = 100 * 1024 * 1024
_REFERENCE_ATTEMPTS = 20
COUNT_LIMIT = 10_000


def format_reference(year: int, number: int) -> str:
    return f"{REFERENCE_PREFIX}-{year}-{number:05d}"


def safe_filename(name: str, fallback: str = "anhang") -> str:
    """A name that stays inside its folder: no path parts, no control characters, no leading
    dots, at most 120 characters (the extension kept)."""
    name = unicodedata.normalize("NFC", name.replace("\\", "/").split("/")[-1])
    name = "".join(c for c in name if c.isprintable() and c not in '<>:"|?*\x00')
    name = name.strip().lstrip(".").strip()
    if not name:
        name = fallback
    stem, dot, suffix = name.rpartition(".")
    if not dot or len(suffix) > 10:
        stem, suffix = name, ""
    stem = stem[: 120 - len(suffix) - 1] if suffix else name[:120]
    return f"{stem}.{suffix}" if suffix else stem


@dataclass
class NewAttachment:
    filename: str
    content_type: str
    data: bytes
    is_original: bool = False


@dataclass
class MailInquiry:
    """A mail, read and decided on, ready to be stored."""

    kind: ContactKind
    contact_id: int | None
    new_contact: ContactDraft | None
    received_at: datetime
    subject: str
    body: str
    body_html: str
    from_email: str
    from_name: str
    forwarded_by: str
    message_id: str | None
    content_hash: str
    source_file: str
    attachments: list[NewAttachment] = field(default_factory=list)


_SUMMARY_COLUMNS = (
    Inquiry.id,
    Inquiry.reference,
    Inquiry.received_at,
    Inquiry.channel,
    Inquiry.kind,
    Inquiry.subject,
    Inquiry.status,
    Inquiry.from_name,
    Inquiry.from_email,
    Contact.id.label("contact_id"),
    Contact.title,
    Contact.first_name,
    Contact.last_name,
    Contact.organisation,
    Contact.outlet,
)


def _summary_from_row(row: Any) -> InquirySummary:
    """A queue row from plain columns (no ORM objects: the queue reads thousands of them)."""
    name = ""
    if row.contact_id is not None:
        name = " ".join(p for p in (row.title, row.first_name, row.last_name) if p)
        name = name or row.organisation or row.outlet
    return InquirySummary(
        id=row.id,
        reference=row.reference,
        received_at=row.received_at,
        channel=InquiryChannel(row.channel),
        kind=ContactKind(row.kind),
        contact_name=name or row.from_name or row.from_email,
        subject=row.subject,
        status=InquiryStatus(row.status),
    )


def _contact_name(contact: Contact | None, fallback: str = "") -> str:
    if contact is None:
        return fallback
    name = " ".join(p for p in (contact.title, contact.first_name, contact.last_name) if p)
    return name or contact.organisation or contact.outlet or fallback


class InquiryService:
    def __init__(
        self,
        session_factory: SessionFactory,
        clock: Clock,
        actor: str,
        contacts: ContactService,
        attachments_dir: Path,
    ) -> None:
        self._factory = session_factory
        self._clock = clock
        self._actor = actor
        self.contacts = contacts
        self.attachments_dir = attachments_dir

    @property
    def session_factory(self) -> SessionFactory:
        return self._factory

    def now(self) -> datetime:
        return self._clock()

    # -- writing -----------------------------------------------------------------------------

    def log_call(self, draft: CallDraft) -> InquiryRecord:
        """Store a call; an unknown caller becomes a contact in the same transaction."""
        number = ""
        if draft.number.strip():
            try:
                number = parse_phone(draft.number).e164
            except ValueError as exc:
                raise ValidationFailed([FieldError("number", str(exc))]) from exc
        if not (draft.subject.strip() or draft.text.strip()):
            raise ValidationFailed(
                [FieldError("subject", "Bitte einen Betreff oder eine Notiz zum Anruf eingeben.")]
            )
        now = self._clock()
        received = draft.received_at or now
        if draft.deadline is not None and draft.kind != ContactKind.PRESS:
            raise ValidationFailed(
                [FieldError("deadline", "Ein Redaktionsschluss gehört nur zu Presseanfragen.")]
            )

        def build(session: Session) -> Inquiry:
            contact = self._call_contact(session, draft, number)
            kind = draft.kind
            if contact is not None and contact.kind == ContactKind.PRESS.value:
                kind = ContactKind.PRESS
            inquiry = self._new_inquiry(
                session,
                kind=kind,
                channel=InquiryChannel.PHONE,
                status=draft.status,
                received_at=received,
                contact=contact,
                subject=draft.subject.strip(),
                body=draft.text.strip(),
                topic=draft.topic.strip(),
                caller_number=number,
                deadline=draft.deadline if kind == ContactKind.PRESS else None,
            )
            return inquiry

        return self._store(build, [])

    def _call_contact(self, session: Session, draft: CallDraft, number: str) -> Contact | None:
        if draft.contact_id is not None:
            contact = session.get(Contact, draft.contact_id)
            if contact is None:
                raise RecordNotFound(f"Kontakt Nr. {draft.contact_id} gibt es nicht (mehr).")
            return contact
        if draft.new_contact is not None:
            new = draft.new_contact
            known = {p.e164 for p in (try_parse_phone(x.raw) for x in new.phones) if p}
            if number and number not in known:
                new = replace(new, phones=(*new.phones, PhoneInput(draft.number)))
            if new.source == ContactSource.TYPED:
                new = replace(new, source=ContactSource.CALL)
            return self.contacts.create_in(session, new)
        return None

    def store_mail(self, mail: MailInquiry) -> InquiryRecord:
        def build(session: Session) -> Inquiry:
            contact = None
            if mail.contact_id is not None:
                contact = session.get(Contact, mail.contact_id)
            elif mail.new_contact is not None:
                contact = self.contacts.find_by_email(session, mail.from_email) or (
                    self.contacts.create_in(session, mail.new_contact)
                )
            return self._new_inquiry(
                session,
                kind=mail.kind,
                channel=InquiryChannel.EMAIL,
                status=InquiryStatus.NEW,
                received_at=mail.received_at,
                contact=contact,
                subject=mail.subject,
                body=mail.body,
                body_html=mail.body_html,
                from_email=mail.from_email,
                from_name=mail.from_name,
                forwarded_by=mail.forwarded_by,
                message_id=mail.message_id,
                content_hash=mail.content_hash,
                source_file=mail.source_file,
            )

        return self._store(build, mail.attachments)

    def _store(self, build: Any, attachments: Sequence[NewAttachment]) -> InquiryRecord:
        """Allocate the next reference of the year and store; on a clash with a colleague
        saving at the same moment, take the next number."""
        last_error: Exception | None = None
        for _ in range(_REFERENCE_ATTEMPTS):
            written: list[Path] = []
            try:
                with transaction(self._factory) as session:
                    inquiry = build(session)
                    session.flush()
                    written = self._write_attachments(session, inquiry, attachments)
                    audit.record(
                        session,
                        at=self._clock(),
                        actor=self._actor,
                        entity=ENTITY,
                        entity_id=inquiry.id,
                        action="create",
                        changes={
                            "reference": inquiry.reference,
                            "channel": inquiry.channel,
                            "kind": inquiry.kind,
                            "status": inquiry.status,
                            "contact_id": inquiry.contact_id,
                            "subject": inquiry.subject,
                        },
                    )
                    contact_name = _contact_name(inquiry.contact, inquiry.from_name)
                    search.write_index(
                        session,
                        inquiry.id,
                        inquiry.received_at,
                        search.index_text(
                            inquiry.reference,
                            inquiry.subject,
                            inquiry.body,
                            inquiry.topic,
                            contact_name,
                            inquiry.from_email,
                            inquiry.from_name,
                        ),
                    )  # executing it flushed the attachments and the audit entry too
                    return self._to_record(inquiry)
            except IntegrityError as exc:
                self._remove(written)
                if "message_id" in str(exc.orig).lower():
                    raise KnownError("Diese Mail ist schon als Anfrage gespeichert.") from exc
                last_error = exc  # the reference was taken meanwhile: try the next one
            except BaseException:
                self._remove(written)
                raise
        raise KnownError(
            "Es konnte keine Vorgangsnummer vergeben werden. Bitte erneut versuchen."
        ) from last_error

    def _new_inquiry(self, session: Session, **values: Any) -> Inquiry:
        now = self._clock()
        year = now.astimezone(BERLIN).year
        last = session.scalar(select(func.max(Inquiry.ref_number)).where(Inquiry.ref_year == year))
        number = (last or 0) + 1
        contact = values.pop("contact")
        inquiry = Inquiry(
            reference=format_reference(year, number),
            ref_year=year,
            ref_number=number,
            kind=ContactKind(values.pop("kind")).value,
            channel=InquiryChannel(values.pop("channel")).value,
            status=InquiryStatus(values.pop("status")).value,
            contact=contact,
            created_at=now,
            updated_at=now,
            **values,
        )
        for name, default in (
            ("body_html", ""),
            ("topic", ""),
            ("caller_number", ""),
            ("from_email", ""),
            ("from_name", ""),
            ("forwarded_by", ""),
            ("source_file", ""),
            ("subject", ""),
            ("body", ""),
        ):
            if getattr(inquiry, name) is None:
                setattr(inquiry, name, default)
        session.add(inquiry)
        return inquiry

    def _write_attachments(
        self, session: Session, inquiry: Inquiry, attachments: Sequence[NewAttachment]
    ) -> list[Path]:
        if not attachments:
            return []
        # one folder a year, file names led by the reference: BA-2026-00123_Bescheid.pdf
        folder = self.attachments_dir / str(inquiry.ref_year)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        base = self.attachments_dir.resolve()
        written: list[Path] = []
        used: set[str] = set()
        for attachment in attachments:
            name = safe_filename(attachment.filename)
            candidate = name
            counter = 1
            while candidate.casefold() in used:
                stem, dot, suffix = name.rpartition(".")
                candidate = f"{stem} ({counter}).{suffix}" if dot else f"{name} ({counter})"
                counter += 1
            used.add(candidate.casefold())
            path = (folder / f"{inquiry.reference}_{candidate}").resolve()
            if not path.is_relative_to(base):  # belt and braces: never outside the folder
                raise KnownError(f"Unzulässiger Dateiname für einen Anhang: {attachment.filename}")
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(attachment.data)
            written.append(path)
            session.add(
                InquiryAttachment(
                    inquiry=inquiry,
                    filename=attachment.filename[:300],
                    stored_path=str(path.relative_to(base)),
                    content_type=attachment.content_type[:200],
                    size=len(attachment.data),
                    is_original=attachment.is_original,
                )
            )
        return written

    @staticmethod
    def _remove(paths: list[Path]) -> None:
        for path in paths:
            try:
                path.unlink()
            except OSError:
                pass

    # -- reading -----------------------------------------------------------------------------

    def get(self, inquiry_id: int) -> InquiryRecord:
        with self._factory() as session:
            inquiry = session.get(
                Inquiry,
                inquiry_id,
                options=[selectinload(Inquiry.attachments), selectinload(Inquiry.contact)],
            )
            if inquiry is None:
                raise RecordNotFound(f"Anfrage Nr. {inquiry_id} gibt es nicht (mehr).")
            return self._to_record(inquiry)

    def find_duplicate(self, message_id: str | None, content_hash: str) -> str | None:
        """The reference of an inquiry made from the same mail, if any."""
        with self._factory() as session:
            return self.find_duplicate_in(session, message_id, content_hash)

    @staticmethod
    def find_duplicate_in(
        session: Session, message_id: str | None, content_hash: str
    ) -> str | None:
        if message_id:
            found = session.scalar(
                select(Inquiry.reference).where(Inquiry.message_id == message_id)
            )
            if found:
                return found
        return session.scalar(
            select(Inquiry.reference).where(Inquiry.content_hash == content_hash).limit(1)
        )

    def attachment_file(self, attachment: AttachmentRecord) -> Path:
        path = (self.attachments_dir / attachment.stored_path).resolve()
        if not path.is_relative_to(self.attachments_dir.resolve()):
            raise KnownError("Der Anhang liegt außerhalb des Anhang-Ordners.")
        if not path.exists():
            raise KnownError(f"Der Anhang „{attachment.filename}“ fehlt im Anhang-Ordner {path}.")
        return path

    @staticmethod
    def _filters(query: InquiryQuery) -> ColumnElement[bool]:
        parts: list[ColumnElement[bool]] = []
        if query.kind is not None:
            parts.append(Inquiry.kind == query.kind.value)
        if query.channel is not None:
            parts.append(Inquiry.channel == query.channel.value)
        if query.status is not None:
            parts.append(Inquiry.status == query.status.value)
        if query.received_from is not None:
            parts.append(Inquiry.received_at >= query.received_from)
        if query.received_until is not None:
            parts.append(Inquiry.received_at < query.received_until)
        if query.contact_id is not None:
            parts.append(Inquiry.contact_id == query.contact_id)
        return and_(true(), *parts)

    def _select(
        self, session: Session, query: InquiryQuery, *columns: Any
    ) -> tuple[Select[Any], bool]:
        """The statement for a query; with words, it is driven by the full-text index."""
        dialect = session.get_bind().dialect.name
        expression = search.match_expression(dialect, query.text) if query.text.strip() else None
        statement = select(*columns)
        if expression is None:
            return statement.select_from(Inquiry).where(self._filters(query)), False
        fts = search.fts_table
        statement = statement.select_from(fts.join(Inquiry, Inquiry.id == fts.c.inquiry_id)).where(
            search.match_clause(dialect, expression), self._filters(query)
        )
        if query.received_from is not None:
            statement = statement.where(fts.c.rowid >= search.time_key(query.received_from))
        if query.received_until is not None:
            statement = statement.where(fts.c.rowid < search.time_key(query.received_until))
        return statement, True

    _SORTS = {
        "reference": (Inquiry.ref_year, Inquiry.ref_number),
        "received_at": (Inquiry.received_at, Inquiry.id),
        "channel": (Inquiry.channel, Inquiry.received_at),
        "kind": (Inquiry.kind, Inquiry.received_at),
        "subject": (Inquiry.subject, Inquiry.received_at),
        "status": (Inquiry.status, Inquiry.received_at),
        "contact": (Contact.sort_name, Inquiry.received_at),
    }

    def search(
        self, query: InquiryQuery, offset: int = 0, limit: int = 200
    ) -> list[InquirySummary]:
        with self._factory() as session:
            statement, by_index = self._select(session, query, *_SUMMARY_COLUMNS)
            statement = statement.outerjoin(Contact, Inquiry.contact_id == Contact.id)
            if by_index and query.sort == "received_at":
                key = search.fts_table.c.rowid
                order = [key.desc() if query.descending else key.asc()]
            else:
                columns = self._SORTS.get(query.sort, self._SORTS["received_at"])
                order = [(c.desc() if query.descending else c.asc()).nulls_last() for c in columns]
            rows = session.execute(statement.order_by(*order).offset(offset).limit(limit))
            return [_summary_from_row(row) for row in rows]

    def count(self, query: InquiryQuery) -> int:
        """How many inquiries match; a search with words counts to COUNT_LIMIT + 1 at most
        (the queue then says "more than 10,000")."""
        with self._factory() as session:
            only_words = not any(
                (query.kind, query.channel, query.status, query.contact_id is not None)
            )
            statement, by_index = self._select(session, query, Inquiry.id)
            if by_index and only_words:  # the index alone knows: no need to visit the rows
                fts = search.fts_table
                dialect = session.get_bind().dialect.name
                expression = search.match_expression(dialect, query.text) or ""
                inner = select(fts.c.rowid).where(search.match_clause(dialect, expression))
                if query.received_from is not None:
                    inner = inner.where(fts.c.rowid >= search.time_key(query.received_from))
                if query.received_until is not None:
                    inner = inner.where(fts.c.rowid < search.time_key(query.received_until))
                statement = select(func.count()).select_from(
                    inner.limit(COUNT_LIMIT + 1).subquery()
                )
            elif by_index:
                statement = select(func.count()).select_from(
                    statement.limit(COUNT_LIMIT + 1).subquery()
                )
            else:
                statement = statement.with_only_columns(func.count(Inquiry.id))
            return int(session.scalar(statement) or 0)

    def open_for_contact(self, contact_id: int, limit: int = 5) -> list[InquirySummary]:
        query = InquiryQuery(contact_id=contact_id, status=InquiryStatus.NEW)
        return self.search(query, 0, limit)

    def history(self, inquiry_id: int) -> list[audit.AuditRecord]:
        with self._factory() as session:
            return audit.history(session, ENTITY, inquiry_id)

    def _to_record(self, inquiry: Inquiry) -> InquiryRecord:
        return InquiryRecord(
            id=inquiry.id,
            version=inquiry.version,
            reference=inquiry.reference,
            kind=ContactKind(inquiry.kind),
            channel=InquiryChannel(inquiry.channel),
            status=InquiryStatus(inquiry.status),
            received_at=inquiry.received_at,
            contact_id=inquiry.contact_id,
            contact_name=_contact_name(inquiry.contact, inquiry.from_name or inquiry.from_email),
            subject=inquiry.subject,
            body=inquiry.body,
            body_html=inquiry.body_html,
            topic=inquiry.topic,
            caller_number=format_for_display(inquiry.caller_number)
            if inquiry.caller_number
            else "",
            deadline=inquiry.deadline,
            from_email=inquiry.from_email,
            from_name=inquiry.from_name,
            forwarded_by=inquiry.forwarded_by,
            message_id=inquiry.message_id,
            source_file=inquiry.source_file,
            attachments=tuple(
                AttachmentRecord(
                    a.id, a.filename, a.stored_path, a.content_type, a.size, a.is_original
                )
                for a in inquiry.attachments
            ),
            created_at=inquiry.created_at,
        )
