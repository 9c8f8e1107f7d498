"""Inquiry use cases: log a call, take in a mail, read the queue, look at one inquiry."""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, Select, and_, func, insert, select, true
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from buergeranfragen.calendar import BERLIN
from buergeranfragen.clock import Clock
from buergeranfragen.contacts import repository as contact_store
from buergeranfragen.contacts.phones import format_for_display, parse_phone, try_parse_phone
from buergeranfragen.contacts.records import (
    ContactDraft,
    ContactKind,
    ContactRef,
    ContactSource,
    PhoneInput,
    contact_name,
)
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.contacts.validation import validate
from buergeranfragen.db.engine import SessionFactory, transaction
from buergeranfragen.db.models import (
    Contact,
    Inquiry,
    InquiryAttachment,
    InquiryOriginal,
    table_of,
)
from buergeranfragen.errors import (
    DuplicateMail,
    FieldError,
    KnownError,
    RecordNotFound,
    ValidationFailed,
)
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


# Plain table inserts with bound parameters: compiled once, cheap to run many times.
_INSERT_INQUIRY = insert(table_of(Inquiry))
_INSERT_ORIGINAL = insert(table_of(InquiryOriginal))
_INSERT_ATTACHMENT = insert(table_of(InquiryAttachment)).returning(
    table_of(InquiryAttachment).c.id, sort_by_parameter_order=True
)


def _original_record(
    inquiry_id: int, filename: str, content_type: str, size: int
) -> AttachmentRecord:
    """The original mail as an entry of the attachment list (it lives in the database)."""
    return AttachmentRecord(-inquiry_id, filename, "", content_type, size, True)


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
    return InquirySummary(
        id=row.id,
        reference=row.reference,
        received_at=row.received_at,
        channel=InquiryChannel(row.channel),
        kind=ContactKind(row.kind),
        contact_name=contact_name(
            row if row.contact_id is not None else None, row.from_name or row.from_email
        ),
        subject=row.subject,
        status=InquiryStatus(row.status),
    )


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
        if draft.deadline is not None and draft.kind != ContactKind.PRESS:
            raise ValidationFailed(
                [FieldError("deadline", "Ein Redaktionsschluss gehört nur zu Presseanfragen.")]
            )

        def contact(session: Session) -> tuple[ContactRef | None, dict[str, Any]]:
            found = self._call_contact(session, draft, number)
            press = draft.kind == ContactKind.PRESS or (
                found is not None and found.kind == ContactKind.PRESS
            )
            kind = ContactKind.PRESS if press else ContactKind.CITIZEN
            return found, {
                "kind": kind.value,
                "deadline": draft.deadline if press else None,
            }

        values = {
            "channel": InquiryChannel.PHONE.value,
            "status": InquiryStatus(draft.status).value,
            "received_at": draft.received_at or self._clock(),
            "subject": draft.subject.strip()[:500],
            "body": draft.text.strip(),
            "topic": draft.topic.strip()[:200],
            "caller_number": number,
        }
        return self._store(values, contact, [])

    def _call_contact(self, session: Session, draft: CallDraft, number: str) -> ContactRef | None:
        if draft.contact_id is not None:
            contact = contact_store.contact_ref(session, draft.contact_id)
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
            created = contact_store.insert_contact(
                session, validate(new), now=self._clock(), actor=self._actor
            )
            return ContactRef(created.id, created.name, created.kind)
        return None

    def store_mail(self, mail: MailInquiry) -> InquiryRecord:
        def contact(session: Session) -> tuple[ContactRef | None, dict[str, Any]]:
            found = None
            if mail.contact_id is not None:
                found = contact_store.contact_ref(session, mail.contact_id)
            elif mail.new_contact is not None:
                existing = contact_store.refs_by_email(session, mail.from_email)
                if existing:  # a colleague's import got there first
                    found = existing[0]
                else:
                    created = contact_store.insert_contact(
                        session, validate(mail.new_contact), now=self._clock(), actor=self._actor
                    )
                    found = ContactRef(created.id, created.name, created.kind)
            return found, {"kind": ContactKind(mail.kind).value, "deadline": None}

        values = {
            "channel": InquiryChannel.EMAIL.value,
            "status": InquiryStatus.NEW.value,
            "received_at": mail.received_at,
            "subject": mail.subject[:500],
            "body": mail.body,
            "body_html": mail.body_html,
            "from_email": mail.from_email[:320],
            "from_name": mail.from_name[:300],
            "forwarded_by": mail.forwarded_by[:320],
            "message_id": mail.message_id,
            "content_hash": mail.content_hash,
            "source_file": mail.source_file[:500],
        }
        return self._store(values, contact, mail.attachments)

    def _store(
        self,
        values: dict[str, Any],
        contact_for: Any,
        attachments: Sequence[NewAttachment],
    ) -> InquiryRecord:
        """Store one inquiry in one transaction: its contact if new, the next reference of the
        year, the row, the attachments, the index entry and the audit entry. Plain inserts
        (no ORM unit of work): a mailbox brings thousands. On a reference clash with a
        colleague saving at the same moment, take the next number."""
        last_error: Exception | None = None
        for _ in range(_REFERENCE_ATTEMPTS):
            written: list[Path] = []
            try:
                with transaction(self._factory) as session:
                    contact, decided = contact_for(session)
                    session.flush()
                    now = self._clock()
                    year = now.astimezone(BERLIN).year
                    last = session.scalar(
                        select(func.max(Inquiry.ref_number)).where(Inquiry.ref_year == year)
                    )
                    number = (last or 0) + 1
                    row = {
                        "body_html": "",
                        "topic": "",
                        "caller_number": "",
                        "from_email": "",
                        "from_name": "",
                        "forwarded_by": "",
                        "message_id": None,
                        "content_hash": None,
                        "source_file": "",
                        **values,
                        **decided,
                        "reference": format_reference(year, number),
                        "ref_year": year,
                        "ref_number": number,
                        "contact_id": contact.id if contact is not None else None,
                        "version": 1,
                        "created_at": now,
                        "updated_at": now,
                    }
                    result = cast(CursorResult[Any], session.execute(_INSERT_INQUIRY, row))
                    inquiry_id = int(result.inserted_primary_key[0])  # type: ignore[index]
                    files = [a for a in attachments if not a.is_original]
                    written, stored = self._write_attachments(
                        session, inquiry_id, row["reference"], year, files
                    )
                    for original in (a for a in attachments if a.is_original):
                        session.execute(
                            _INSERT_ORIGINAL,
                            {
                                "inquiry_id": inquiry_id,
                                "filename": original.filename[:300],
                                "content_type": original.content_type[:200],
                                "data": original.data,
                            },
                        )
                        stored.append(
                            _original_record(
                                inquiry_id,
                                original.filename,
                                original.content_type,
                                len(original.data),
                            )
                        )
                    audit.record(
                        session,
                        at=now,
                        actor=self._actor,
                        entity=ENTITY,
                        entity_id=inquiry_id,
                        action="create",
                        changes={
                            key: row[key]
                            for key in (
                                "reference",
                                "channel",
                                "kind",
                                "status",
                                "contact_id",
                                "subject",
                            )
                        },
                    )
                    contact_name = (contact.name if contact else "") or (
                        row["from_name"] or row["from_email"]
                    )
                    search.write_index(
                        session,
                        inquiry_id,
                        row["received_at"],
                        search.index_text(
                            row["reference"],
                            row["subject"],
                            row["body"],
                            row["topic"],
                            contact_name,
                            row["from_email"],
                            row["from_name"],
                        ),
                    )
                    return self._record_from_row(inquiry_id, row, contact_name, stored)
            except IntegrityError as exc:
                self._remove(written)
                if "message_id" in str(exc.orig).lower():
                    raise DuplicateMail("Diese Mail ist schon als Anfrage gespeichert.") from exc
                last_error = exc  # the reference was taken meanwhile: try the next one
            except BaseException:
                self._remove(written)
                raise
        raise KnownError(
            "Es konnte keine Vorgangsnummer vergeben werden. Bitte erneut versuchen."
        ) from last_error

    def _write_attachments(
        self,
        session: Session,
        inquiry_id: int,
        reference: str,
        year: int,
        attachments: Sequence[NewAttachment],
    ) -> tuple[list[Path], list[AttachmentRecord]]:
        if not attachments:
            return [], []
        # one folder a year, file names led by the reference: BA-2026-00123_Bescheid.pdf
        folder = self.attachments_dir / str(year)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        base = self.attachments_dir.resolve()
        written: list[Path] = []
        rows: list[dict[str, Any]] = []
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
            path = (folder / f"{reference}_{candidate}").resolve()
            if not path.is_relative_to(base):  # belt and braces: never outside the folder
                raise KnownError(f"Unzulässiger Dateiname für einen Anhang: {attachment.filename}")
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(attachment.data)
            written.append(path)
            rows.append(
                {
                    "inquiry_id": inquiry_id,
                    "filename": attachment.filename[:300],
                    "stored_path": str(path.relative_to(base)),
                    "content_type": attachment.content_type[:200],
                    "size": len(attachment.data),
                    "is_original": attachment.is_original,
                }
            )
        ids = session.scalars(_INSERT_ATTACHMENT, rows).all()
        stored = [
            AttachmentRecord(
                i, r["filename"], r["stored_path"], r["content_type"], r["size"], r["is_original"]
            )
            for i, r in zip(ids, rows, strict=True)
        ]
        return written, stored

    @staticmethod
    def _record_from_row(
        inquiry_id: int,
        row: dict[str, Any],
        contact_name: str,
        attachments: list[AttachmentRecord],
    ) -> InquiryRecord:
        return InquiryRecord(
            id=inquiry_id,
            version=row["version"],
            reference=row["reference"],
            kind=ContactKind(row["kind"]),
            channel=InquiryChannel(row["channel"]),
            status=InquiryStatus(row["status"]),
            received_at=row["received_at"],
            contact_id=row["contact_id"],
            contact_name=contact_name,
            subject=row["subject"],
            body=row["body"],
            body_html=row["body_html"],
            topic=row["topic"],
            caller_number=format_for_display(row["caller_number"]) if row["caller_number"] else "",
            deadline=row["deadline"],
            from_email=row["from_email"],
            from_name=row["from_name"],
            forwarded_by=row["forwarded_by"],
            message_id=row["message_id"],
            source_file=row["source_file"],
            attachments=tuple(attachments),
            created_at=row["created_at"],
        )

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
            record = self._to_record(inquiry)
            original = session.execute(
                select(
                    InquiryOriginal.filename,
                    InquiryOriginal.content_type,
                    func.length(InquiryOriginal.data),
                ).where(InquiryOriginal.inquiry_id == inquiry_id)
            ).first()
            if original is None:
                return record
            entry = _original_record(inquiry_id, original[0], original[1], int(original[2]))
            return replace(record, attachments=(*record.attachments, entry))

    def _original_file(self, inquiry_id: int) -> Path:
        with self._factory() as session:
            row = session.get(InquiryOriginal, inquiry_id)
            reference = session.scalar(select(Inquiry.reference).where(Inquiry.id == inquiry_id))
        if row is None or reference is None:
            raise KnownError("Die Originalmail ist nicht gespeichert.")
        folder = self.attachments_dir / "originale"
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = folder / f"{reference}_{safe_filename(row.filename)}"
        if not path.exists():
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(row.data)
        return path

    def find_duplicate(self, message_id: str | None, content_hash: str) -> str | None:
        """The reference of an inquiry made from the same mail, if any."""
        with self._factory() as session:
            return self.find_duplicate_in(session, message_id, content_hash)

    @staticmethod
    def find_duplicate_in(
        session: Session, message_id: str | None, content_hash: str
    ) -> str | None:
        if message_id:  # the same content always carries the same Message-ID
            return session.scalar(select(Inquiry.reference).where(Inquiry.message_id == message_id))
        return session.scalar(
            select(Inquiry.reference).where(Inquiry.content_hash == content_hash).limit(1)
        )

    def attachment_file(self, attachment: AttachmentRecord) -> Path:
        """The file to open; the original mail is written out of the database on first use."""
        if attachment.is_original:
            return self._original_file(-attachment.id)
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
        row = {column.key: getattr(inquiry, column.key) for column in table_of(Inquiry).columns}
        attachments = [
            AttachmentRecord(a.id, a.filename, a.stored_path, a.content_type, a.size, a.is_original)
            for a in inquiry.attachments
        ]
        name = contact_name(inquiry.contact, inquiry.from_name or inquiry.from_email)
        return self._record_from_row(inquiry.id, row, name, attachments)
