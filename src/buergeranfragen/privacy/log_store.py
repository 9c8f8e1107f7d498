"""Storage of the audit of reading (table ``read_log``) and the audit viewer's query over both
audits: the change entries (``audit_log``) and the reading entries, newest first, one page at a
time. Nothing here updates or deletes an entry."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    Text,
    false,
    func,
    insert,
    literal_column,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from buergeranfragen.db.models import AuditEntry, Inquiry, table_of
from buergeranfragen.db.privacy_tables import ReadEntry
from buergeranfragen.inquiries.records import ENTITY as INQUIRY

CHANGE = "change"  # an entry of audit_log
READ = "read"  # an entry of read_log

_INSERT_READ = insert(table_of(ReadEntry))


@dataclass(frozen=True)
class Reading:
    """One opening, before it is stored."""

    at: datetime
    entity: str
    entity_id: int


@dataclass(frozen=True)
class AuditQuery:
    """What the viewer asks for; empty fields do not filter. ``since`` inclusive, ``until``
    exclusive (aware datetimes)."""

    actor: str = ""
    entity: str = ""
    entity_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None
    kind: str = ""  # CHANGE, READ or "" for both


@dataclass(frozen=True)
class AuditLine:
    kind: str  # CHANGE or READ
    entry_id: int
    at: datetime
    actor: str
    entity: str
    entity_id: int
    action: str  # "create", "update", ... ; "read" for a reading
    changes: str  # the change's JSON as stored ("" for a reading)
    reference: str = ""  # an inquiry's Aktenzeichen (while the inquiry exists)


_MOST = 2**62  # offsets and limits beyond this mean "all" (the databases take 64 bits)


def add_readings(session: Session, actor: str, readings: Sequence[Reading]) -> None:
    """All ``readings`` in one statement (one executemany)."""
    if readings:
        session.execute(
            _INSERT_READ,
            [
                {"at": r.at, "actor": actor, "entity": r.entity, "entity_id": r.entity_id}
                for r in readings
            ],
        )


def _conditions(
    query: AuditQuery, at: Any, actor: Any, entity: Any, entity_id: Any
) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if query.actor:
        found.append(actor == query.actor)
    if query.entity:
        found.append(entity == query.entity)
    if query.entity_id is not None:
        # a number no record can have (the column is a 32-bit integer; SQLite and psycopg
        # refuse larger values with an error): nothing is about it
        fits = -(2**31) <= query.entity_id < 2**31
        found.append(entity_id == query.entity_id if fits else false())
    if query.since is not None:
        found.append(at >= query.since)
    if query.until is not None:
        found.append(at < query.until)
    return found


def _union(query: AuditQuery) -> Any:
    parts: list[Any] = []
    if query.kind in ("", CHANGE):
        a = AuditEntry
        parts.append(
            select(
                literal_column(f"'{CHANGE}'", String).label("kind"),
                a.id.label("entry_id"),
                a.at.label("at"),
                a.actor.label("actor"),
                a.entity.label("entity"),
                a.entity_id.label("entity_id"),
                a.action.label("action"),
                a.changes.label("changes"),
            ).where(*_conditions(query, a.at, a.actor, a.entity, a.entity_id))
        )
    if query.kind in ("", READ):
        r = ReadEntry
        parts.append(
            select(
                literal_column(f"'{READ}'", String).label("kind"),
                r.id.label("entry_id"),
                r.at.label("at"),
                r.actor.label("actor"),
                r.entity.label("entity"),
                r.entity_id.label("entity_id"),
                literal_column(f"'{READ}'", String).label("action"),
                literal_column("''", Text).label("changes"),
            ).where(*_conditions(query, r.at, r.actor, r.entity, r.entity_id))
        )
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return select(union_all(*parts).subquery())


def count_entries(session: Session, query: AuditQuery) -> int:
    union = _union(query)
    if union is None:
        return 0
    return int(session.scalar(select(func.count()).select_from(union.subquery())) or 0)


def entries(session: Session, query: AuditQuery, offset: int, limit: int) -> list[AuditLine]:
    """Newest first (then changes before readings, then by id, newest first): a stable order,
    so pages neither repeat nor skip an entry."""
    union = _union(query)
    if union is None:
        return []
    rows = union.subquery()
    inquiries = table_of(Inquiry)
    ordered = (
        select(rows, inquiries.c.reference)
        .outerjoin(inquiries, (rows.c.entity == INQUIRY) & (inquiries.c.id == rows.c.entity_id))
        .order_by(rows.c.at.desc(), rows.c.kind, rows.c.entry_id.desc())
        .offset(min(max(0, offset), _MOST))
        .limit(min(max(0, limit), _MOST))
    )
    return [
        AuditLine(
            kind=row.kind,
            entry_id=row.entry_id,
            at=row.at,
            actor=row.actor,
            entity=row.entity,
            entity_id=row.entity_id,
            action=row.action,
            changes=row.changes or "",
            reference=row.reference or "",
        )
        for row in session.execute(ordered)
    ]


def readings_of(session: Session, entity: str, entity_id: int) -> list[tuple[datetime, str]]:
    """When and by whom one record was opened, oldest first (for tests and the Art. 15
    export)."""
    rows = session.execute(
        select(ReadEntry.at, ReadEntry.actor)
        .where(ReadEntry.entity == entity, ReadEntry.entity_id == entity_id)
        .order_by(ReadEntry.id)
    )
    return [(row.at, row.actor) for row in rows]
