"""Text templates in the database (table ``text_templates``) and the one read a letter is
filled from (inquiry, contact, department, clerk). The service opens the unit of work; these
functions read and write inside it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from buergeranfragen.answering.records import (
    LetterFacts,
    TemplateDraft,
    TemplatePurpose,
    TemplateRecord,
)
from buergeranfragen.db.conversation_tables import TextTemplate
from buergeranfragen.db.models import Contact, Department, Inquiry, Person, table_of
from buergeranfragen.stored_values import from_storage

_INSERT = {
    name: dialect.insert(table_of(TextTemplate))
    .on_conflict_do_nothing(index_elements=["name"])
    .returning(table_of(TextTemplate).c.id)  # no row when the name was taken
    for name, dialect in (("sqlite", sqlite), ("postgresql", postgresql))
}


def template_record(row: TextTemplate) -> TemplateRecord:
    return TemplateRecord(
        id=row.id,
        name=row.name,
        purpose=from_storage(TemplatePurpose, row.purpose),
        subject=row.subject,
        body=row.body,
        active=row.active,
        version=row.version,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
    )


def templates(
    session: Session, purpose: TemplatePurpose | None, include_inactive: bool
) -> list[TemplateRecord]:
    query = select(TextTemplate).order_by(TextTemplate.purpose, TextTemplate.name)
    if purpose is not None:
        query = query.where(TextTemplate.purpose == purpose.value)
    if not include_inactive:
        query = query.where(TextTemplate.active.is_(True))
    return [template_record(row) for row in session.scalars(query)]


def by_name(session: Session, name: str) -> TextTemplate | None:
    return session.scalars(select(TextTemplate).where(TextTemplate.name == name)).first()


def name_taken(session: Session, name: str, other_than: int | None) -> str | None:
    """The stored name that equals ``name`` ignoring case (another template's), or None.
    Compared here, not in SQL: SQLite's lower() leaves umlauts as they are (an office has a
    few dozen templates)."""
    query = select(TextTemplate.id, TextTemplate.name)
    wanted = name.casefold()
    for row_id, stored in session.execute(query):
        if row_id != other_than and stored.casefold() == wanted:
            return str(stored)
    return None


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(TextTemplate)) or 0


def insert_defaults(
    session: Session, drafts: Iterable[TemplateDraft], now: datetime, actor: str
) -> int:
    """Insert the shipped templates whose name is not taken (two first starts at once insert
    each once); returns how many this call inserted."""
    statement = _INSERT[session.get_bind().dialect.name]
    inserted = 0
    for draft in drafts:
        values = {
            "name": draft.name,
            "purpose": draft.purpose.value,
            "subject": draft.subject,
            "body": draft.body,
            "active": True,
            "version": 1,
            "created_at": now,
            "updated_at": now,
            "updated_by": actor,
        }
        inserted += session.execute(statement, values).first() is not None
    return inserted


def letter_facts(
    session: Session, inquiry_id: int, clerk: str, now: datetime
) -> tuple[LetterFacts, bool] | None:
    """What the placeholders of a letter about inquiry ``inquiry_id`` are filled from: its
    contact, its department (else the clerk's), the clerk (``clerk``: an OS user; a user not
    yet among the people is shown by that name). None when the inquiry does not exist; the
    flag says whether the clerk is a known person."""
    inquiry = session.get(Inquiry, inquiry_id)
    if inquiry is None:
        return None
    contact = session.get(Contact, inquiry.contact_id) if inquiry.contact_id else None
    person = session.scalars(select(Person).where(Person.os_user == clerk)).first()
    department_id = inquiry.department_id or (person.department_id if person else None)
    department = session.get(Department, department_id) if department_id else None
    values: dict[str, str] = {}
    if contact is not None:
        values.update(
            salutation=contact.salutation,
            title=contact.title,
            first_name=contact.first_name,
            last_name=contact.last_name,
            organisation=contact.organisation or contact.outlet,
        )
    if department is not None:
        values.update(
            department_name=department.name,
            department_phone=department.phone,
            department_email=department.sender_email or department.email,
            department_signature=department.signature,
        )
    clerk_name = (person.display_name if person else "") or clerk
    facts = LetterFacts(
        reference=inquiry.reference,
        received_at=inquiry.received_at,
        subject=inquiry.subject,
        today=now,
        clerk_name=clerk_name,
        **values,
    )
    return facts, person is not None
