"""Storage of the sidebar's views: a user's saved views and the counts of every view. Takes a
``Session`` (listed among the storage modules); hands out plain records."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from buergeranfragen.db.models import SavedView
from buergeranfragen.inquiries import views
from buergeranfragen.inquiries.records import InquiryQuery

log = logging.getLogger(__name__)


def _record(row: SavedView) -> views.SavedViewRecord:
    return views.SavedViewRecord(
        row.id, row.name, views.query_from_json(row.query), row.position, row.version
    )


def saved_views(session: Session, owner: str) -> list[views.SavedViewRecord]:
    """The owner's saved views in their order; one whose filter cannot be read at all (damaged
    by hand) is left out and logged, the others are listed and counted as ever."""
    rows = session.scalars(
        select(SavedView).where(SavedView.owner == owner).order_by(SavedView.position, SavedView.id)
    )
    records = []
    for row in rows:
        query = views.saved_query(row.query)
        if query is None:
            log.warning("saved view %d left out: its filter cannot be read", row.id)
            continue
        records.append(views.SavedViewRecord(row.id, row.name, query, row.position, row.version))
    return records


def _by_name(session: Session, owner: str, name: str) -> SavedView | None:
    return session.scalars(
        select(SavedView).where(SavedView.owner == owner, SavedView.name == name)
    ).first()


def _own(session: Session, owner: str, view_id: int) -> SavedView | None:
    return session.scalars(
        select(SavedView).where(SavedView.owner == owner, SavedView.id == view_id)
    ).first()


def insert_saved_view(
    session: Session, owner: str, name: str, query: InquiryQuery, now: datetime
) -> views.SavedViewRecord:
    if _by_name(session, owner, name) is not None:
        raise views.name_taken(name)
    last = session.scalar(select(func.max(SavedView.position)).where(SavedView.owner == owner))
    row = SavedView(
        owner=owner,
        name=name,
        query=views.query_to_json(query),
        position=(last or 0) + 1,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    return _record(row)


def rename_saved_view(
    session: Session, owner: str, view_id: int, now: datetime, name: str
) -> views.SavedViewRecord | None:
    """None when the view is gone (or not the owner's)."""
    row = _own(session, owner, view_id)
    if row is None:
        return None
    if name != row.name:
        if _by_name(session, owner, name) is not None:
            raise views.name_taken(name)
        row.name = name
    row.updated_at = now
    session.flush()
    return _record(row)


def delete_saved_view(session: Session, owner: str, view_id: int) -> bool:
    result = session.execute(
        delete(SavedView).where(SavedView.owner == owner, SavedView.id == view_id)
    )
    return bool(getattr(result, "rowcount", 0))


def open_counts(session: Session, actor: str, now: datetime) -> views.OpenCounts:
    rows = session.execute(views.open_counts_statement(actor, now)).all()
    return views.OpenCounts.of_rows([(r[0], r[1], r[2], r[3], r[4]) for r in rows])
