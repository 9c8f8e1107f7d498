"""Storage of who has an inquiry open for editing (``inquiry_presence``, migration 0017): the
only Session user of ``presence``."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from buergeranfragen.db.models import Inquiry, Person
from buergeranfragen.db.office_tables import InquiryPresence


def claim(
    session: Session, inquiry_id: int, os_user: str, desk: str, now: datetime, forget: datetime
) -> bool:
    """This desk has ``inquiry_id`` open from now on (an earlier claim of the desk for it is
    renewed); rows whose heartbeat is older than ``forget`` (desks that crashed) go. False when
    there is no such inquiry or person."""
    session.execute(delete(InquiryPresence).where(InquiryPresence.heartbeat < forget))
    person_id = session.scalar(select(Person.id).where(Person.os_user == os_user))
    exists = session.scalar(select(Inquiry.id).where(Inquiry.id == inquiry_id))
    if person_id is None or exists is None:
        return False
    values = {
        "inquiry_id": inquiry_id,
        "person_id": person_id,
        "desk": desk,
        "since": now,
        "heartbeat": now,
    }
    # one statement: two claims of the same desk at once give one row, not a duplicate key
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = insert(InquiryPresence).values(**values)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["inquiry_id", "desk"], set_={"heartbeat": now}
        )
    )
    return True


def beat(session: Session, desk: str, now: datetime) -> int:
    """Renew every claim of this desk; how many there are."""
    result = session.execute(
        update(InquiryPresence).where(InquiryPresence.desk == desk).values(heartbeat=now)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def release(session: Session, desk: str, inquiry_id: int | None) -> None:
    """The desk closed the inquiry's dialog (None: every claim of the desk)."""
    statement = delete(InquiryPresence).where(InquiryPresence.desk == desk)
    if inquiry_id is not None:
        statement = statement.where(InquiryPresence.inquiry_id == inquiry_id)
    session.execute(statement)


def editors(
    session: Session, inquiry_id: int, other_than: str, fresh_since: datetime
) -> list[tuple[str, datetime]]:
    """Who else (name, since) has the inquiry open, by a heartbeat since ``fresh_since``."""
    rows = session.execute(
        select(Person.display_name, Person.os_user, InquiryPresence.since)
        .join(Person, Person.id == InquiryPresence.person_id)
        .where(
            InquiryPresence.inquiry_id == inquiry_id,
            InquiryPresence.desk != other_than,
            InquiryPresence.heartbeat >= fresh_since,
        )
        .order_by(InquiryPresence.since, InquiryPresence.id)
    ).all()
    return [(display or os_user, since) for display, os_user, since in rows]
