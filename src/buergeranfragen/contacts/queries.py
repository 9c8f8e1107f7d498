"""The SQL the contact repository runs, built here as conditions and statements (no session):
the list filter, the look-ups by number, address and name, the candidates of the "same
contact" rule (``identity``), and the audit entries of import merges."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, or_, select, true

from buergeranfragen.contacts.derived import search_words
from buergeranfragen.contacts.identity import Identity
from buergeranfragen.contacts.phones import looks_like_phone, search_key
from buergeranfragen.contacts.records import ContactKind, ContactRef, contact_name
from buergeranfragen.db.models import AuditEntry, Contact, ContactEmail, ContactPhone
from buergeranfragen.stored_values import from_storage

ENTITY = "contact"  # the audit trail's name for contacts
ROWS_PER_VALUE = 500  # how many holders of one shared number or address are looked at
NAME_COLUMNS = (
    Contact.id,
    Contact.title,
    Contact.first_name,
    Contact.last_name,
    Contact.organisation,
    Contact.outlet,
    Contact.kind,
)
# A contact without any name: neither a person's nor an organisation's (or outlet's).
NAMELESS = and_(
    Contact.first_name == "",
    Contact.last_name == "",
    Contact.organisation == "",
    Contact.outlet == "",
)


def ref_from_row(row: object) -> ContactRef:
    """The reference of a row of ``NAME_COLUMNS``."""
    return ContactRef(
        row.id,  # type: ignore[attr-defined]
        contact_name(row),
        from_storage(ContactKind, row.kind),  # type: ignore[attr-defined]
        row.organisation or row.outlet,  # type: ignore[attr-defined]
    )


def like(column: Any, needle: str) -> ColumnElement[bool]:
    return column.contains(needle, autoescape=True)  # type: ignore[no-any-return]


def search_condition(typed: str) -> ColumnElement[bool]:
    """The filter of the contact list: every word must occur (in the one normalised form, so
    "Mueller" finds "Müller"); a number in any writing."""
    typed = typed.strip()
    if not typed:
        return true()
    if looks_like_phone(typed):
        return like(Contact.search_text, search_key(typed))
    condition: ColumnElement[bool] = true()
    for word in search_words(typed):
        condition = condition & like(Contact.search_text, word)
    return condition


def holding_number(numbers: Collection[str]) -> ColumnElement[bool]:
    """Contacts with one of these numbers (E.164; indexed)."""
    return Contact.id.in_(select(ContactPhone.contact_id).where(ContactPhone.e164.in_(numbers)))


def holding_address(addresses: Collection[str]) -> ColumnElement[bool]:
    """Contacts with one of these (normalised) addresses (indexed)."""
    subquery = select(ContactEmail.contact_id).where(ContactEmail.address.in_(addresses))
    return Contact.id.in_(subquery)


def candidates(entry: Identity, name_keys: Collection[str]) -> ColumnElement[bool] | None:
    """The contacts ``identity.same_contact`` is to be asked about for ``entry``: those sharing
    a number, an address or the name at the organisation (``name_keys``; for an organisation's
    entry: its name), and - for an entry with a name - named like it (every word in the search
    text) or without any name. None when there is nothing to look up by."""
    shares = [
        *([holding_number(entry.numbers)] if entry.numbers else []),
        *([holding_address(entry.emails)] if entry.emails else []),
        *([Contact.name_key.in_(name_keys)] if name_keys else []),
    ]
    words = entry.name.split()
    if not words:
        return or_(*shares) if shares else None
    named = and_(*(like(Contact.search_text, w) for w in words))
    if not entry.is_person:  # an organisation's entry: also the contacts of its name
        shares.append(named)
    return or_(*shares) & or_(named, NAMELESS) if shares else None


def nameless_first() -> tuple[ColumnElement[Any], ColumnElement[Any]]:
    """The order of candidates: contacts without a name first, then the oldest."""
    return case((NAMELESS, 0), else_=1), Contact.id.asc()


def number_rows(numbers: Collection[str]) -> Select[int, str]:
    """(contact id, number) of the contacts with one of these numbers, oldest first."""
    query = select(ContactPhone.contact_id, ContactPhone.e164)
    query = query.where(ContactPhone.e164.in_(numbers))
    return query.order_by(ContactPhone.contact_id, ContactPhone.position).limit(ROWS_PER_VALUE)


def address_rows(addresses: Collection[str]) -> Select[int, str]:
    """(contact id, address) of the contacts with one of these addresses, oldest first."""
    query = select(ContactEmail.contact_id, ContactEmail.address)
    query = query.where(ContactEmail.address.in_(addresses))
    return query.order_by(ContactEmail.contact_id, ContactEmail.position).limit(ROWS_PER_VALUE)


def named_rows(words: Collection[str]) -> Select[int, str, str]:
    """(id, first name, last name) of the contacts whose search text holds every one of these
    (normalised) name words, oldest first; the caller compares the whole name."""
    query = select(Contact.id, Contact.first_name, Contact.last_name)
    query = query.where(and_(*(like(Contact.search_text, w) for w in words)))
    return query.order_by(Contact.id).limit(ROWS_PER_VALUE)


def name_key_ids(name_keys: Collection[str]) -> Select[int]:
    """Ids of the contacts with one of these name keys (name at organisation), oldest first."""
    query = select(Contact.id).where(Contact.name_key.in_(name_keys))
    return query.order_by(Contact.id).limit(ROWS_PER_VALUE)


def import_merge_entries() -> Select[int, datetime, str, str]:
    """(contact id, at, actor, changes as JSON) of every import merge in the audit trail."""
    query = select(AuditEntry.entity_id, AuditEntry.at, AuditEntry.actor, AuditEntry.changes)
    query = query.where(AuditEntry.entity == ENTITY, AuditEntry.action == "import_merge")
    return query.order_by(AuditEntry.id)
