"""Contact storage: the only place in contacts/ that takes a SQLAlchemy ``Session``.

The contact service opens a unit of work and calls these functions; other concepts (the
inquiry writer, the mail intake) call them inside the unit of work that their own service
opened, so an inquiry and its new contact are stored together or not at all. ORM objects pass
only between these functions (``mapping`` converts them); what leaves them for a service is
plain data (``ContactRecord``, ``ContactSummary``, ``ContactRef``, ``DuplicateHint``, ints).
Every write refreshes the derived columns (``derived``) and writes its audit entry in the same
transaction.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, func, insert, select, text, tuple_, update
from sqlalchemy.orm import Session

from buergeranfragen.contacts import duplicates, import_review, mapping, merging, queries
from buergeranfragen.contacts.identity import (
    Identity,
    identity_of_record,
    person_name_key,
    same_contact,
)
from buergeranfragen.contacts.queries import ENTITY, NAME_COLUMNS, ref_from_row
from buergeranfragen.contacts.records import (
    ContactKind,
    ContactRecord,
    ContactRef,
    ContactSource,
    ContactSummary,
    DuplicateHint,
    ImportMerge,
)
from buergeranfragen.contacts.validation import CleanContact
from buergeranfragen.db.models import Base, Contact, ContactEmail, ContactPhone, table_of
from buergeranfragen.errors import RecordNotFound, StaleRecord
from buergeranfragen.messages import msg
from buergeranfragen.privacy import audit

_INSERT_CONTACT = insert(table_of(Contact))
_INSERT_PHONE = insert(table_of(ContactPhone))
_INSERT_EMAIL = insert(table_of(ContactEmail))
_OWN_TABLES = {"contact_phones", "contact_emails"}  # follow a contact by cascade, not by merge


# -- deciding "the same contact?" and writing without interleaving -------------------------

# The PostgreSQL advisory lock key of contact identities (any fixed 64-bit number; this one is
# "BA-IDENT" in ASCII, so no other lock of the application collides with it by chance).
IDENTITY_LOCK_KEY = 0x42412D4944454E54
# A write statement that changes nothing: on SQLite it takes the database's write lock.
_TAKE_SQLITE_WRITE_LOCK = text("UPDATE contacts SET version = version WHERE 1 = 0")


def lock_identities(session: Session) -> None:
    """Called FIRST in a unit of work that decides whether an entry is a known contact and then
    inserts or completes one: a second writer doing the same waits until this transaction
    ends, so two imports or mail intakes at once give the result of one after the other.

    SQLite: a write statement before any read takes the write lock (a read first would pin an
    old snapshot that could not be written later). PostgreSQL: a transaction-level advisory
    lock on a fixed key (released at commit or rollback); later statements of this
    transaction see what the previous holder committed (READ COMMITTED)."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        session.execute(_TAKE_SQLITE_WRITE_LOCK)
    elif dialect == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IDENTITY_LOCK_KEY})


# -- references for other concepts ----------------------------------------------------------


def contact_ref(session: Session, contact_id: int) -> ContactRef | None:
    """Id, name and kind of one contact, or None when it is gone."""
    row = session.execute(select(*NAME_COLUMNS).where(Contact.id == contact_id)).first()
    return None if row is None else ref_from_row(row)


def press_email_domains(session: Session) -> set[str]:
    """The mail domains of press contacts (newsrooms, but also freemail: the caller filters)."""
    addresses = session.scalars(
        select(ContactEmail.address).join(Contact).where(Contact.kind == ContactKind.PRESS.value)
    )
    return {a.rpartition("@")[2] for a in addresses if "@" in a}


# -- loading ----------------------------------------------------------------------------------


def _load(session: Session, contact_id: int, expected_version: int | None = None) -> Contact:
    """The contact to change; refused if it is gone or (with ``expected_version``) if someone
    saved a newer version meanwhile. Returns the ORM object, so it stays private to this
    module: what leaves the repository is a record (``get_record``)."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise RecordNotFound(msg("Kontakt Nr. {id} gibt es nicht (mehr).", id=contact_id))
    if expected_version is not None and contact.version != expected_version:
        raise StaleRecord(
            msg(
                "„{name}“ wurde inzwischen von jemand anderem geändert. Bitte laden Sie den "
                "Kontakt neu; Ihre Eingaben wurden nicht gespeichert.",
                name=mapping.to_summary(contact).name,
            )
        )
    return contact


def get_record(session: Session, contact_id: int) -> ContactRecord:
    return mapping.to_record(_load(session, contact_id))


# -- writing ----------------------------------------------------------------------------------


def _audit(
    session: Session,
    contact_id: int,
    action: str,
    changes: dict[str, Any],
    *,
    now: datetime,
    actor: str,
) -> None:
    audit.record(
        session,
        at=now,
        actor=actor,
        entity=ENTITY,
        entity_id=contact_id,
        action=action,
        changes=changes,
    )


def _insert_rows(session: Session, clean: CleanContact, now: datetime, actor: str) -> Contact:
    """Insert a new contact with plain statements (imports and the mail intake create many);
    returns the detached object the values were derived on, with its new id."""
    contact = Contact(
        kind=ContactKind(clean.draft.kind).value,
        source=ContactSource(clean.draft.source).value,
        created_at=now,
        updated_at=now,
        version=1,
    )
    mapping.apply_clean(contact, clean)
    mapping.refresh_derived(contact)
    values = {c.key: getattr(contact, c.key) for c in Contact.__table__.columns if c.key != "id"}
    result = cast(CursorResult[Any], session.execute(_INSERT_CONTACT, values))
    contact_id = int(result.inserted_primary_key[0])  # type: ignore[index]
    if contact.phones:
        rows = [
            dict(contact_id=contact_id, kind=p.kind, e164=p.e164, raw=p.raw, position=p.position)
            for p in contact.phones
        ]
        session.execute(_INSERT_PHONE, rows)
    if contact.emails:
        rows = [
            dict(contact_id=contact_id, kind=e.kind, address=e.address, position=e.position)
            for e in contact.emails
        ]
        session.execute(_INSERT_EMAIL, rows)
    _audit(session, contact_id, "create", mapping.snapshot(contact), now=now, actor=actor)
    contact.id = contact_id
    return contact


def insert_contact(
    session: Session, clean: CleanContact, *, now: datetime, actor: str
) -> ContactSummary:
    """Insert a new, validated contact with plain statements (imports and the mail intake
    create many) and its audit entry, inside the caller's unit of work."""
    return mapping.to_summary(_insert_rows(session, clean, now, actor))


def insert_many(
    session: Session, cleans: Iterable[CleanContact], *, now: datetime, actor: str
) -> int:
    """Insert validated contacts (each audited); returns how many."""
    count = 0
    for clean in cleans:
        _insert_rows(session, clean, now, actor)
        count += 1
    return count


def _insert_and_load(session: Session, clean: CleanContact, now: datetime, actor: str) -> Contact:
    contact = session.get(Contact, _insert_rows(session, clean, now, actor).id)
    assert contact is not None
    return contact


def create_contact(
    session: Session, clean: CleanContact, *, now: datetime, actor: str
) -> ContactRecord:
    """Insert a new, validated contact and return it whole."""
    return mapping.to_record(_insert_and_load(session, clean, now, actor))


def update_contact(
    session: Session,
    contact_id: int,
    expected_version: int,
    clean: CleanContact,
    *,
    now: datetime,
    actor: str,
) -> ContactRecord:
    """Save an edited contact; refused if someone saved a newer version meanwhile. Saving the
    same values again is no change: no new version, no audit entry."""
    contact = _load(session, contact_id, expected_version)
    before = mapping.snapshot(contact)
    mapping.apply_clean(contact, clean)
    changes = audit.diff(before, mapping.snapshot(contact))
    if not changes:
        session.expunge(contact)
        return mapping.to_record(contact)
    contact.updated_at = now
    mapping.refresh_derived(contact)
    session.flush()
    _audit(session, contact.id, "update", changes, now=now, actor=actor)
    return mapping.to_record(contact)


def _reassign_references(session: Session, old_id: int, new_id: int) -> None:
    """Point every row of other tables that refers to ``old_id`` (inquiries, later more) at
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


def _fold_into(
    session: Session,
    keep: Contact,
    other: Contact,
    now: datetime,
    actor: str,
    choices: Mapping[str, str] | None = None,
) -> Contact:
    keep_id, other_id = keep.id, other.id
    mine, theirs = mapping.values_of(keep), mapping.values_of(other)
    resolution = merging.resolve(mine, theirs, choices)
    _reassign_references(session, other_id, keep_id)  # first: it flushes
    before = mapping.snapshot(keep)
    other_snapshot = mapping.snapshot(other)
    for name, value in resolution.scalars.items():
        setattr(keep, name, value)
    mine.scalars.update(resolution.scalars)
    mapping.add_values(keep, merging.absorb(mine, theirs))
    keep.notes = merging.with_note(keep.notes, merging.not_kept_note(resolution.not_kept))
    if keep.kind != resolution.kind:
        keep.kind = resolution.kind
    keep.updated_at = now
    mapping.refresh_derived(keep)
    session.delete(other)
    session.flush()
    changes = {
        "merged_from": other_id,
        "changes": audit.diff(before, mapping.snapshot(keep)),
        "not_kept": dict(resolution.not_kept),
    }
    _audit(session, keep_id, "merge", changes, now=now, actor=actor)
    changes = {"into": keep_id, "snapshot": other_snapshot}
    _audit(session, other_id, "merged_into", changes, now=now, actor=actor)
    return keep


def merge_contacts(
    session: Session,
    keep_id: int,
    other_id: int,
    keep_version: int | None,
    other_version: int | None,
    *,
    now: datetime,
    actor: str,
    choices: Mapping[str, str] | None = None,
) -> ContactRecord:
    """Fold ``other`` into ``keep`` (see ``merging``: the clerk's ``choices`` for fields both
    fill differently, the rest in the notes), repoint what referred to ``other``, delete it;
    both sides audited."""
    keep = _load(session, keep_id, keep_version)
    other = _load(session, other_id, other_version)
    return mapping.to_record(_fold_into(session, keep, other, now, actor, choices))


def merge_new_contact(
    session: Session,
    clean: CleanContact,
    into_id: int,
    into_version: int | None,
    *,
    now: datetime,
    actor: str,
    choices: Mapping[str, str] | None = None,
) -> ContactRecord:
    """Store ``clean`` as a contact (audited) and fold it straight into ``into_id``."""
    keep = _load(session, into_id, into_version)
    other = _insert_and_load(session, clean, now, actor)
    return mapping.to_record(_fold_into(session, keep, other, now, actor, choices))


def complete_contact(
    session: Session, contact_id: int, clean: CleanContact, *, now: datetime, actor: str
) -> ContactRecord:
    """Add what ``clean`` has and the contact lacks (an import meeting a known contact)."""
    target = _load(session, contact_id)
    before = mapping.snapshot(target)
    additions = merging.absorb(mapping.values_of(target), merging.values_of_clean(clean))
    if additions:
        mapping.add_values(target, additions)
        target.updated_at = now
        mapping.refresh_derived(target)
        session.flush()
        changes = audit.diff(before, mapping.snapshot(target))
        _audit(session, target.id, "import_merge", changes, now=now, actor=actor)
    return mapping.to_record(target)


def split_contact(
    session: Session,
    contact_id: int,
    expected_version: int | None,
    clean: CleanContact,
    *,
    now: datetime,
    actor: str,
) -> tuple[ContactRecord, ContactRecord]:
    """Make ``clean`` (validated, with the numbers and addresses it takes) a contact of its
    own and take those numbers and addresses from ``contact_id``; audited on both sides
    ("split_off" and "split_from", besides the new contact's "create")."""
    contact = _load(session, contact_id, expected_version)
    new = _insert_rows(session, clean, now, actor)
    before = mapping.snapshot(contact)
    moved = {"phones": [p.e164 for _, p in clean.phones], "emails": [a for _, a in clean.emails]}
    mapping.remove_values(contact, moved["phones"], moved["emails"])
    contact.updated_at = now
    mapping.refresh_derived(contact)
    session.flush()
    changes = {"to": new.id, **moved, "changes": audit.diff(before, mapping.snapshot(contact))}
    _audit(session, contact_id, "split_off", changes, now=now, actor=actor)
    _audit(session, new.id, "split_from", {"from": contact_id, **moved}, now=now, actor=actor)
    return mapping.to_record(contact), get_record(session, new.id)


def import_merges(session: Session) -> list[ImportMerge]:
    """Every import merge in the audit trail that changed a contact (numbers, addresses, or
    fields it filled), oldest first, with the contact's name now ("" when it is gone)."""
    found = []
    for contact_id, at, actor, changes in session.execute(queries.import_merge_entries()):
        change = json.loads(changes)
        phones, emails = import_review.added_values(change)
        filled = import_review.filled_fields(change)
        if phones or emails or filled:
            found.append(ImportMerge(contact_id, "", at, phones, emails, actor, filled))
    ids = list({m.contact_id for m in found})
    rows = session.execute(select(*NAME_COLUMNS).where(Contact.id.in_(ids)))
    names = {row.id: ref_from_row(row).name for row in rows}
    return [import_review.named(m, names.get(m.contact_id, "")) for m in found]


def history(session: Session, contact_id: int) -> list[audit.AuditRecord]:
    return audit.history(session, ENTITY, contact_id)


# -- lists and look-ups -----------------------------------------------------------------------


def search(session: Session, typed: str, offset: int, limit: int) -> list[ContactSummary]:
    contacts = session.scalars(
        select(Contact)
        .where(queries.search_condition(typed))
        .order_by(Contact.sort_name, Contact.id)
        .offset(offset)
        .limit(limit)
    )
    return [mapping.to_summary(c) for c in contacts]


def count(session: Session, typed: str) -> int:
    query = select(func.count(Contact.id)).where(queries.search_condition(typed))
    return int(session.scalar(query) or 0)


def with_number(session: Session, e164: str, limit: int) -> list[ContactSummary]:
    """Contacts with exactly this number (indexed), in list order."""
    ids = select(ContactPhone.contact_id).where(ContactPhone.e164 == e164)
    contacts = session.scalars(
        select(Contact).where(Contact.id.in_(ids)).order_by(Contact.sort_name).limit(limit)
    )
    return [mapping.to_summary(c) for c in contacts]


ListKey = tuple[str, int]  # (sort_name, id): where a page of the whole list ends


def page_after(
    session: Session, after: ListKey | None, batch: int
) -> tuple[list[ContactRecord], ListKey | None]:
    """The next ``batch`` contacts in list order after ``after`` (keyset paging), and the key
    of the last one (None when there are no more)."""
    query = select(Contact).order_by(Contact.sort_name, Contact.id).limit(batch)
    if after is not None:
        query = query.where(tuple_(Contact.sort_name, Contact.id) > after)
    contacts = list(session.scalars(query))
    if not contacts:
        return [], None
    return [mapping.to_record(c) for c in contacts], (contacts[-1].sort_name, contacts[-1].id)


def identity_candidates(
    session: Session, entry: Identity, name_keys: Collection[str], limit: int = 200
) -> list[ContactRecord]:
    """The stored contacts ``identity.same_contact`` is asked about for ``entry`` (see
    ``queries.candidates``): nameless ones first, then oldest first."""
    condition = queries.candidates(entry, name_keys)
    if condition is None:
        return []
    query = select(Contact).where(condition).order_by(*queries.nameless_first()).limit(limit)
    return [mapping.to_record(c) for c in session.scalars(query)]


def sorted_as(session: Session, sort_name: str, limit: int = 20) -> list[ContactRecord]:
    """Contacts listed under exactly this sort name (indexed): for an entry that has nothing
    but its name and fields, the only way to find it again on a second import."""
    if not sort_name:
        return []
    query = select(Contact).where(Contact.sort_name == sort_name).order_by(Contact.id)
    return [mapping.to_record(c) for c in session.scalars(query.limit(limit))]


def sharing(
    session: Session, entry: Identity, exclude_id: int, limit: int = 3
) -> tuple[tuple[list[str], int], tuple[list[str], int]]:
    """Who else holds one of ``entry``'s numbers, and one of its addresses: the names of the
    oldest ``limit`` and how many there are, each."""
    found: list[tuple[list[str], int]] = []
    for values, holding in (
        (entry.numbers, queries.holding_number),
        (entry.emails, queries.holding_address),
    ):
        if not values:
            found.append(([], 0))
            continue
        condition = holding(values) & (Contact.id != exclude_id)
        holders = select(Contact).where(condition).order_by(Contact.id).limit(limit)
        names = [mapping.to_summary(c).name for c in session.scalars(holders)]
        total = int(session.scalar(select(func.count(Contact.id)).where(condition)) or 0)
        found.append((names, total))
    return found[0], found[1]


def duplicate_hints(
    session: Session,
    keys: duplicates.DuplicateKeys,
    entry: Identity,
    exclude_id: int | None,
    limit: int,
) -> list[DuplicateHint]:
    """Stored contacts sharing a number, an address or the name key (see ``duplicates``): the
    same person (``identity.same_contact``) first, then the others, oldest first within each
    kind of match."""
    by_number: list[tuple[int, str]] = []
    by_address: list[tuple[int, str]] = []
    by_name: list[int] = []
    if keys.numbers:
        by_number = [(i, v) for i, v in session.execute(queries.number_rows(keys.numbers))]
    if keys.addresses:
        by_address = [(i, v) for i, v in session.execute(queries.address_rows(keys.addresses))]
    if keys.name_keys:
        by_name = list(session.scalars(queries.name_key_ids(keys.name_keys)))
    by_person_name: list[int] = []
    if keys.person_name:  # a hint only: the same name never makes the same person
        rows = session.execute(queries.named_rows(keys.name_words()))
        by_person_name = [i for i, f, n in rows if person_name_key(f, n) == keys.person_name]
    candidates = identity_candidates(session, entry, keys.name_keys) if entry.name else []
    if not entry.name and entry.emails:  # the holders of its addresses, named or not
        candidates = identity_candidates(session, entry, ())
    same = {c.id for c in candidates if same_contact(entry, identity_of_record(c))}
    reasons = duplicates.reasons_by_contact(
        by_number, by_address, by_name, exclude_id, limit, same, by_person_name
    )
    if not reasons:
        return []
    contacts = session.scalars(select(Contact).where(Contact.id.in_(list(reasons))))
    return duplicates.hints(reasons, {c.id: mapping.to_summary(c) for c in contacts}, same)
