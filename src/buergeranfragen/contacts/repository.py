"""Contact storage: the only place in contacts/ that takes a SQLAlchemy ``Session``.

Other concepts (the inquiry writer, the mail intake) call these functions inside the unit of
work that their service opened, so an inquiry and its new contact are stored together or not
at all. Everything returned is plain data (``ContactRef``, ``ContactSummary``), never an ORM
object.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from buergeranfragen.contacts.records import ContactKind, ContactRef, ContactSummary, contact_name
from buergeranfragen.contacts.validation import CleanContact
from buergeranfragen.db.models import Contact, ContactEmail

_NAME_COLUMNS = (
    Contact.id,
    Contact.title,
    Contact.first_name,
    Contact.last_name,
    Contact.organisation,
    Contact.outlet,
    Contact.kind,
)


def _ref_from_row(row: object) -> ContactRef:
    return ContactRef(row.id, contact_name(row), ContactKind(row.kind))  # type: ignore[attr-defined]


def contact_ref(session: Session, contact_id: int) -> ContactRef | None:
    """Id, name and kind of one contact, or None when it is gone."""
    row = session.execute(select(*_NAME_COLUMNS).where(Contact.id == contact_id)).first()
    return None if row is None else _ref_from_row(row)


def refs_by_email(session: Session, address: str) -> list[ContactRef]:
    """Every contact with this email address (normalised, lower case), oldest first."""
    rows = session.execute(
        select(*_NAME_COLUMNS)
        .join(ContactEmail)
        .where(ContactEmail.address == address.lower())
        .order_by(Contact.id)
    )
    return [_ref_from_row(row) for row in rows]


def press_email_domains(session: Session) -> set[str]:
    """The mail domains of press contacts (newsrooms, but also freemail: the caller filters)."""
    addresses = session.scalars(
        select(ContactEmail.address).join(Contact).where(Contact.kind == ContactKind.PRESS.value)
    )
    return {a.rpartition("@")[2] for a in addresses if "@" in a}


def insert_contact(
    session: Session, clean: CleanContact, *, now: datetime, actor: str
) -> ContactSummary:
    """Insert a new, validated contact with plain statements (imports and the mail intake
    create many) and its audit entry, inside the caller's unit of work."""
    from buergeranfragen.contacts.service import insert_rows  # moved here by the split

    return insert_rows(session, clean, now=now, actor=actor)
