"""Contact use cases: create, edit, look up callers, find duplicates, merge, import one entry.

The window, the command line and the tests call these the same way. Every method opens its own
unit of work on the session factory it was given; nothing here reads the wall clock or settings.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, func, insert, select, true, tuple_, update
from sqlalchemy.orm import Session

from buergeranfragen.clock import Clock
from buergeranfragen.contacts.emails import EmailError, normalise_email
from buergeranfragen.contacts.phones import (
    looks_like_phone,
    search_forms,
    search_key,
    try_parse_phone,
)
from buergeranfragen.contacts.records import (
    SCALAR_FIELDS,
    ContactDraft,
    ContactKind,
    ContactRecord,
    ContactSource,
    ContactSummary,
    DuplicateHint,
    EmailKind,
    EmailRecord,
    PhoneKind,
    PhoneRecord,
    display_name,
)
from buergeranfragen.contacts.validation import CleanContact, validate
from buergeranfragen.db.engine import SessionFactory, transaction
from buergeranfragen.db.models import Base, Contact, ContactEmail, ContactPhone, table_of
from buergeranfragen.errors import FieldError, RecordNotFound, StaleRecord, ValidationFailed
from buergeranfragen.privacy import audit

ENTITY = "contact"
_INSERT_CONTACT = insert(table_of(Contact))
_INSERT_PHONE = insert(table_of(ContactPhone))
_INSERT_EMAIL = insert(table_of(ContactEmail))
_OWN_TABLES = {"contact_phones", "contact_emails"}


@dataclass(frozen=True)
class ImportOutcome:
    status: str  # "imported" | "merged" | "skipped"
    record: ContactRecord | None
    warnings: tuple[str, ...] = ()
    error: str | None = None


@dataclass
class _Incoming:
    """Values to fold into an existing contact (from a merge or an import)."""

    scalars: dict[str, str]
    tags: Sequence[str]
    phones: list[tuple[str, str, str]] = field(default_factory=list)  # kind, e164, raw
    emails: list[tuple[str, str]] = field(default_factory=list)  # kind, address


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _sort_key(text: str) -> str:
    """German dictionary order (DIN 5007-1): Ä sorts as A, ß as ss, accents are ignored."""
    decomposed = unicodedata.normalize("NFKD", _fold(text))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _name_key(first_name: str, last_name: str, organisation: str, outlet: str) -> str:
    name = _fold(f"{first_name} {last_name}")
    org = _fold(organisation or outlet)
    return f"{name}|{org}" if name and org else ""


def _refresh_derived(contact: Contact) -> None:
    phones = [form for p in contact.phones for form in search_forms(p.e164)]
    parts = [
        contact.title,
        contact.first_name,
        contact.last_name,
        contact.organisation,
        contact.outlet,
        contact.desk,
        contact.function,
        contact.postal_code,
        contact.city,
        contact.tags,
        *(e.address for e in contact.emails),
        *phones,
    ]
    contact.search_text = _fold(" ".join(p for p in parts if p))
    sort = " ".join(p for p in (contact.last_name, contact.first_name, contact.organisation) if p)
    contact.sort_name = _sort_key(sort or contact.outlet)[:400]
    contact.name_key = _name_key(
        contact.first_name, contact.last_name, contact.organisation, contact.outlet
    )[:800]


def _normalise_tags(tags: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for tag in tags:
        for part in tag.split(","):
            clean = " ".join(part.split())
            if clean and clean.casefold() not in seen:
                seen[clean.casefold()] = clean
    return list(seen.values())


def _split_tags(text: str) -> list[str]:
    return _normalise_tags([text]) if text else []


def _snapshot(contact: Contact) -> dict[str, Any]:
    data: dict[str, Any] = {name: getattr(contact, name) for name in SCALAR_FIELDS}
    data["kind"] = contact.kind
    data["tags"] = contact.tags
    data["phones"] = [f"{p.kind}:{p.e164}" for p in contact.phones]
    data["emails"] = [f"{e.kind}:{e.address}" for e in contact.emails]
    return data


def _to_record(contact: Contact) -> ContactRecord:
    return ContactRecord(
        id=contact.id,
        version=contact.version,
        kind=ContactKind(contact.kind),
        tags=tuple(_split_tags(contact.tags)),
        source=ContactSource(contact.source),
        phones=tuple(PhoneRecord(PhoneKind(p.kind), p.e164, p.raw) for p in contact.phones),
        emails=tuple(EmailRecord(EmailKind(e.kind), e.address) for e in contact.emails),
        created_at=contact.created_at,
        updated_at=contact.updated_at,
        **{name: getattr(contact, name) for name in SCALAR_FIELDS},
    )


def _to_summary(contact: Contact) -> ContactSummary:
    return ContactSummary(
        id=contact.id,
        kind=ContactKind(contact.kind),
        name=display_name(
            contact.title,
            contact.first_name,
            contact.last_name,
            contact.organisation or contact.outlet,
            fallback=contact.emails[0].address if contact.emails else "",
        ),
        organisation=contact.organisation or contact.outlet,
        phones_e164=tuple(p.e164 for p in contact.phones),
        emails=tuple(e.address for e in contact.emails),
    )


def _absorb(target: Contact, incoming: _Incoming) -> dict[str, Any]:
    """Fold values into ``target`` without losing any of its own; returns what was added."""
    added: dict[str, Any] = {}
    for name, value in incoming.scalars.items():
        value = value.strip()
        if not value:
            continue
        current = getattr(target, name)
        if name == "notes":
            if value not in current:
                setattr(target, name, f"{current}\n\n{value}" if current else value)
                added[name] = value
        elif not current:
            setattr(target, name, value)
            added[name] = value
    tags = _normalise_tags([target.tags, *incoming.tags])
    if ", ".join(tags) != target.tags:
        target.tags = ", ".join(tags)
        added["tags"] = target.tags
    known_numbers = {p.e164 for p in target.phones}
    for kind, e164, raw in incoming.phones:
        if e164 not in known_numbers:
            position = len(target.phones)
            target.phones.append(ContactPhone(kind=kind, e164=e164, raw=raw, position=position))
            known_numbers.add(e164)
            added.setdefault("phones", []).append(e164)
    known_addresses = {e.address for e in target.emails}
    for kind, address in incoming.emails:
        if address not in known_addresses:
            position = len(target.emails)
            target.emails.append(ContactEmail(kind=kind, address=address, position=position))
            known_addresses.add(address)
            added.setdefault("emails", []).append(address)
    return added


def _incoming_from_clean(clean: CleanContact) -> _Incoming:
    draft = clean.draft
    return _Incoming(
        scalars={name: getattr(draft, name) for name in SCALAR_FIELDS},
        tags=list(draft.tags),
        phones=[(k.value, p.e164, p.raw) for k, p in clean.phones],
        emails=[(k.value, a) for k, a in clean.emails],
    )


def _incoming_from_contact(contact: Contact) -> _Incoming:
    return _Incoming(
        scalars={name: getattr(contact, name) for name in SCALAR_FIELDS},
        tags=_split_tags(contact.tags),
        phones=[(p.kind, p.e164, p.raw) for p in contact.phones],
        emails=[(e.kind, e.address) for e in contact.emails],
    )


def _like(column: Any, needle: str) -> ColumnElement[bool]:
    return column.contains(needle, autoescape=True)  # type: ignore[no-any-return]


def search_condition(text: str) -> ColumnElement[bool]:
    """The filter of the contact list: every word must occur; a number in any writing."""
    text = text.strip()
    if not text:
        return true()
    if looks_like_phone(text):
        return _like(Contact.search_text, search_key(text))
    words = _fold(text).split()
    condition: ColumnElement[bool] = true()
    for word in words:
        condition = condition & _like(Contact.search_text, word)
    return condition


def insert_contact_rows(
    session: Session, clean: CleanContact, now: datetime, actor: str
) -> Contact:
    """Insert a new contact with plain statements (imports and mail intake create many);
    returns the detached object the values were derived on, with its new id."""
    contact = Contact(
        kind=ContactKind(clean.draft.kind).value,
        source=ContactSource(clean.draft.source).value,
        created_at=now,
        updated_at=now,
        version=1,
    )
    ContactService._apply(contact, clean)
    _refresh_derived(contact)
    values = {c.key: getattr(contact, c.key) for c in Contact.__table__.columns if c.key != "id"}
    result = cast(CursorResult[Any], session.execute(_INSERT_CONTACT, values))
    contact_id = int(result.inserted_primary_key[0])  # type: ignore[index]
    if contact.phones:
        session.execute(
            _INSERT_PHONE,
            [
                {
                    "contact_id": contact_id,
                    "kind": p.kind,
                    "e164": p.e164,
                    "raw": p.raw,
                    "position": p.position,
                }
                for p in contact.phones
            ],
        )
    if contact.emails:
        session.execute(
            _INSERT_EMAIL,
            [
                {
                    "contact_id": contact_id,
                    "kind": e.kind,
                    "address": e.address,
                    "position": e.position,
                }
                for e in contact.emails
            ],
        )
    audit.record(
        session,
        at=now,
        actor=actor,
        entity=ENTITY,
        entity_id=contact_id,
        action="create",
        changes=_snapshot(contact),
    )
    contact.id = contact_id
    return contact


def insert_rows(session: Session, clean: CleanContact, now: datetime, actor: str) -> ContactSummary:
    return _to_summary(insert_contact_rows(session, clean, now, actor))


class ContactService:
    def __init__(self, session_factory: SessionFactory, clock: Clock, actor: str) -> None:
        self._factory = session_factory
        self._clock = clock
        self._actor = actor

    # -- reading -----------------------------------------------------------------------------

    def get(self, contact_id: int) -> ContactRecord:
        with self._factory() as session:
            return _to_record(self._load(session, contact_id))

    def lookup_caller(self, number: str, limit: int = 10) -> list[ContactSummary]:
        """Contacts with exactly this number, in any writing (indexed on E.164)."""
        parsed = try_parse_phone(number)
        if parsed is None:
            return []
        with self._factory() as session:
            ids = select(ContactPhone.contact_id).where(ContactPhone.e164 == parsed.e164)
            contacts = session.scalars(
                select(Contact).where(Contact.id.in_(ids)).order_by(Contact.sort_name).limit(limit)
            )
            return [_to_summary(c) for c in contacts]

    def search(self, text: str = "", offset: int = 0, limit: int = 100) -> list[ContactSummary]:
        with self._factory() as session:
            contacts = session.scalars(
                select(Contact)
                .where(search_condition(text))
                .order_by(Contact.sort_name, Contact.id)
                .offset(offset)
                .limit(limit)
            )
            return [_to_summary(c) for c in contacts]

    def count(self, text: str = "") -> int:
        with self._factory() as session:
            return int(
                session.scalar(select(func.count(Contact.id)).where(search_condition(text))) or 0
            )

    def find_duplicates(
        self, draft: ContactDraft, exclude_id: int | None = None, limit: int = 10
    ) -> list[DuplicateHint]:
        """Existing contacts with the same number or email, or the same name at the same
        organisation. Invalid numbers and addresses in the draft are ignored here."""
        numbers = {p.e164 for p in (try_parse_phone(x.raw) for x in draft.phones) if p}
        addresses: set[str] = set()
        for email in draft.emails:
            try:
                addresses.add(normalise_email(email.address))
            except EmailError:
                pass
        key = _name_key(draft.first_name, draft.last_name, draft.organisation, draft.outlet)
        reasons: dict[int, list[str]] = {}
        with self._factory() as session:
            if numbers:
                rows = session.execute(
                    select(ContactPhone.contact_id, ContactPhone.e164).where(
                        ContactPhone.e164.in_(numbers)
                    )
                )
                for contact_id, e164 in rows:
                    parsed = try_parse_phone(e164)
                    shown = parsed.national if parsed else e164
                    reasons.setdefault(contact_id, []).append(f"gleiche Rufnummer {shown}")
            if addresses:
                rows = session.execute(
                    select(ContactEmail.contact_id, ContactEmail.address).where(
                        ContactEmail.address.in_(addresses)
                    )
                )
                for contact_id, address in rows:
                    reasons.setdefault(contact_id, []).append(f"gleiche E-Mail-Adresse {address}")
            if key:
                for contact_id in session.scalars(
                    select(Contact.id).where(Contact.name_key == key)
                ):
                    reasons.setdefault(contact_id, []).append(
                        "gleicher Name bei derselben Organisation"
                    )
            reasons.pop(exclude_id, None)  # type: ignore[arg-type]
            ids = list(reasons)[:limit]
            contacts = session.scalars(select(Contact).where(Contact.id.in_(ids)))
            by_id = {c.id: c for c in contacts}
            return [
                DuplicateHint(_to_summary(by_id[i]), tuple(dict.fromkeys(reasons[i])))
                for i in ids
                if i in by_id
            ]

    def iter_records(
        self, progress: Callable[[int, int], None] | None = None, batch: int = 500
    ) -> Iterator[ContactRecord]:
        """Every contact in list order, read in batches (for exports)."""
        total = self.count()
        done = 0
        last_key: tuple[str, int] | None = None
        while True:
            with self._factory() as session:
                query = select(Contact).order_by(Contact.sort_name, Contact.id).limit(batch)
                if last_key is not None:
                    query = query.where(tuple_(Contact.sort_name, Contact.id) > last_key)
                contacts = list(session.scalars(query))
            if not contacts:
                return
            for contact in contacts:
                yield _to_record(contact)
            done += len(contacts)
            last_key = (contacts[-1].sort_name, contacts[-1].id)
            if progress is not None:
                progress(done, total)

    def history(self, contact_id: int) -> list[audit.AuditRecord]:
        with self._factory() as session:
            return audit.history(session, ENTITY, contact_id)

    # -- writing -----------------------------------------------------------------------------

    def create(self, draft: ContactDraft) -> ContactRecord:
        clean = validate(draft)
        with transaction(self._factory) as session:
            contact = self._insert(session, clean)
            return _to_record(contact)

    def create_many(self, drafts: Iterable[ContactDraft], batch: int = 2000) -> int:
        """Create many validated contacts in batches (one transaction per batch, each contact
        audited); for bulk loads such as the benchmark data. Returns how many were created."""
        created = 0
        pending: list[CleanContact] = []

        def flush() -> None:
            with transaction(self._factory) as session:
                for clean in pending:
                    insert_contact_rows(session, clean, self._clock(), self._actor)
            pending.clear()

        for draft in drafts:
            pending.append(validate(draft))
            created += 1
            if len(pending) >= batch:
                flush()
        if pending:
            flush()
        return created

    def update(self, contact_id: int, expected_version: int, draft: ContactDraft) -> ContactRecord:
        """Save an edited contact; refused if someone saved a newer version meanwhile."""
        clean = validate(draft)
        with transaction(self._factory) as session:
            contact = self._load(session, contact_id)
            self._check_version(contact, expected_version)
            before = _snapshot(contact)
            self._apply(contact, clean)
            changes = audit.diff(before, _snapshot(contact))
            if not changes:
                session.expunge(contact)  # nothing changed: no new version, no audit entry
                return _to_record(contact)
            contact.updated_at = self._clock()
            _refresh_derived(contact)
            session.flush()
            self._audit(session, contact.id, "update", changes)
            return _to_record(contact)

    def merge(
        self,
        keep_id: int,
        other_id: int,
        keep_version: int | None = None,
        other_version: int | None = None,
    ) -> ContactRecord:
        """Fold ``other`` into ``keep``: every number, address, note and tag of both is kept,
        empty fields are filled, everything that pointed at ``other`` now points at ``keep``."""
        if keep_id == other_id:
            raise ValidationFailed(
                [
                    FieldError(
                        "merge", "Ein Kontakt kann nicht mit sich selbst zusammengeführt werden."
                    )
                ]
            )
        with transaction(self._factory) as session:
            keep = self._load(session, keep_id)
            other = self._load(session, other_id)
            if keep_version is not None:
                self._check_version(keep, keep_version)
            if other_version is not None:
                self._check_version(other, other_version)
            return self._fold_into(session, keep, other)

    def create_and_merge(
        self, draft: ContactDraft, into_id: int, into_version: int | None = None
    ) -> ContactRecord:
        """Merge what a form holds, not yet saved, into the existing contact ``into_id``: in one
        unit of work the draft is validated, stored (audited), folded into ``into_id`` and
        removed again. If anything fails, nothing of it remains."""
        clean = validate(draft)
        with transaction(self._factory) as session:
            keep = self._load(session, into_id)
            if into_version is not None:
                self._check_version(keep, into_version)
            other = self._insert(session, clean)
            return self._fold_into(session, keep, other)

    def _fold_into(self, session: Session, keep: Contact, other: Contact) -> ContactRecord:
        """Fold ``other`` into ``keep`` (both loaded in ``session``), delete ``other``, audit."""
        keep_id, other_id = keep.id, other.id
        self._reassign_references(session, other_id, keep_id)  # first: it flushes
        before = _snapshot(keep)
        other_snapshot = _snapshot(other)
        _absorb(keep, _incoming_from_contact(other))
        if other.kind == ContactKind.PRESS:
            keep.kind = ContactKind.PRESS.value
        keep.updated_at = self._clock()
        _refresh_derived(keep)
        session.delete(other)
        session.flush()
        self._audit(
            session,
            keep.id,
            "merge",
            {"merged_from": other_id, "changes": audit.diff(before, _snapshot(keep))},
        )
        self._audit(session, other_id, "merged_into", {"into": keep_id, "snapshot": other_snapshot})
        return _to_record(keep)

    def import_entry(self, draft: ContactDraft) -> ImportOutcome:
        """Store one imported entry: invalid numbers and addresses are kept in the notes with a
        warning; a contact with the same number, address or name+organisation is completed
        instead of duplicated. All or nothing for this entry."""
        warnings: list[str] = []
        phones = []
        emails = []
        kept_notes = []
        for phone in draft.phones:
            if try_parse_phone(phone.raw) is None:
                warnings.append(
                    f"Rufnummer „{phone.raw}“ nicht erkannt; in den Notizen aufbewahrt."
                )
                kept_notes.append(f"Nicht erkannte Rufnummer ({phone.kind.label}): {phone.raw}")
            else:
                phones.append(phone)
        for email in draft.emails:
            try:
                normalise_email(email.address)
                emails.append(email)
            except EmailError:
                warnings.append(
                    f"E-Mail-Adresse „{email.address}“ ungültig; in den Notizen aufbewahrt."
                )
                kept_notes.append(f"Ungültige E-Mail-Adresse: {email.address}")
        notes = "\n".join([draft.notes, *kept_notes]).strip() if kept_notes else draft.notes
        cleaned = replace(draft, phones=tuple(phones), emails=tuple(emails), notes=notes)
        try:
            clean = validate(cleaned)
        except ValidationFailed as exc:
            return ImportOutcome("skipped", None, tuple(warnings), exc.message)
        if not any(
            getattr(draft, f).strip() for f in ("first_name", "last_name", "organisation", "outlet")
        ) and not (clean.phones or clean.emails):
            return ImportOutcome(
                "skipped", None, tuple(warnings), "Eintrag ohne Namen, Rufnummer und E-Mail."
            )
        hints = self.find_duplicates(cleaned)
        with transaction(self._factory) as session:
            if hints:
                target = self._load(session, hints[0].contact.id)
                before = _snapshot(target)
                added = _absorb(target, _incoming_from_clean(clean))
                if added:
                    target.updated_at = self._clock()
                    _refresh_derived(target)
                    session.flush()
                    self._audit(
                        session, target.id, "import_merge", audit.diff(before, _snapshot(target))
                    )
                reason = ", ".join(hints[0].reasons)
                warnings.append(f"Mit vorhandenem Kontakt zusammengeführt ({reason}).")
                return ImportOutcome("merged", _to_record(target), tuple(warnings))
            contact = self._insert(session, clean)
            return ImportOutcome("imported", _to_record(contact), tuple(warnings))

    # -- internals ---------------------------------------------------------------------------

    def _load(self, session: Session, contact_id: int) -> Contact:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise RecordNotFound(f"Kontakt Nr. {contact_id} gibt es nicht (mehr).")
        return contact

    @staticmethod
    def _check_version(contact: Contact, expected_version: int) -> None:
        if contact.version != expected_version:
            raise StaleRecord(
                f"„{_to_summary(contact).name}“ wurde inzwischen von jemand anderem "
                "geändert. Bitte laden Sie den Kontakt neu; Ihre Eingaben wurden nicht "
                "gespeichert."
            )

    def _insert(self, session: Session, clean: CleanContact) -> Contact:
        contact = session.get(
            Contact, insert_contact_rows(session, clean, self._clock(), self._actor).id
        )
        assert contact is not None
        return contact

    @staticmethod
    def _apply(contact: Contact, clean: CleanContact) -> None:
        draft = clean.draft
        for name in SCALAR_FIELDS:
            value = getattr(draft, name)
            value = value.strip() if name != "notes" else value.rstrip()
            if getattr(contact, name, None) != value:
                setattr(contact, name, value)
        if contact.kind != ContactKind(draft.kind).value:
            contact.kind = ContactKind(draft.kind).value
        tags = ", ".join(_normalise_tags(draft.tags))
        if contact.tags != tags:
            contact.tags = tags
        wanted_phones = [(k.value, p.e164, p.raw) for k, p in clean.phones]
        if [(p.kind, p.e164, p.raw) for p in contact.phones] != wanted_phones:
            contact.phones = [
                ContactPhone(kind=k, e164=e, raw=r, position=i)
                for i, (k, e, r) in enumerate(wanted_phones)
            ]
        wanted_emails = [(k.value, a) for k, a in clean.emails]
        if [(e.kind, e.address) for e in contact.emails] != wanted_emails:
            contact.emails = [
                ContactEmail(kind=k, address=a, position=i)
                for i, (k, a) in enumerate(wanted_emails)
            ]

    def _audit(
        self, session: Session, contact_id: int, action: str, changes: dict[str, Any]
    ) -> None:
        audit.record(
            session,
            at=self._clock(),
            actor=self._actor,
            entity=ENTITY,
            entity_id=contact_id,
            action=action,
            changes=changes,
        )

    @staticmethod
    def _reassign_references(session: Session, old_id: int, new_id: int) -> None:
        """Point every row of other tables that refers to ``old_id`` (inquiries, later) at
        ``new_id``; found through the foreign keys, so a new table is covered by itself."""
        contacts_id = Contact.__table__.c.id
        for table in Base.metadata.sorted_tables:
            if table.name in _OWN_TABLES:
                continue
            for fk in table.foreign_keys:
                if fk.column is contacts_id:
                    session.execute(
                        update(table).where(fk.parent == old_id).values({fk.parent.name: new_id})
                    )
