"""Which audit entries (and openings) are about one contact (storage level: the caller's
Session): those of its id since it was created, and those of every contact merged into it up
to the merge. Art. 15 hands them out, Art. 17 and the retention's deletion remove them."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buergeranfragen.db.models import AuditEntry, Contact

Span = tuple[int, datetime | None, datetime | None]  # a contact id, from, until (audit times)


def contact_spans(session: Session, contact_id: int) -> list[Span]:
    """The contact's audit entries are those of its id since it was created (SQLite hands a
    deleted highest id out again: an earlier contact's entries are not this one's), and those
    of every contact merged into it, up to the merge ("create" and "merged_into" hold that
    contact's whole record)."""
    created = session.scalar(select(Contact.created_at).where(Contact.id == contact_id))
    spans: list[Span] = [(contact_id, created, None)]
    seen = {contact_id}
    frontier = list(spans)
    while frontier:
        found: list[Span] = []
        for entity_id, since, until in frontier:
            query = select(AuditEntry.at, AuditEntry.changes).where(
                AuditEntry.entity == "contact",
                AuditEntry.entity_id == entity_id,
                AuditEntry.action == "merge",
            )
            if since is not None:
                query = query.where(AuditEntry.at >= since)
            if until is not None:
                query = query.where(AuditEntry.at <= until)
            for at, stored in session.execute(query):
                try:
                    other = json.loads(stored).get("merged_from")
                except (ValueError, AttributeError):
                    continue
                if not isinstance(other, int) or other in seen:
                    continue
                seen.add(other)
                born = session.scalar(
                    select(func.max(AuditEntry.at)).where(
                        AuditEntry.entity == "contact",
                        AuditEntry.entity_id == other,
                        AuditEntry.action == "create",
                        AuditEntry.at <= at,
                    )
                )
                found.append((other, born, at))
        spans += found
        frontier = found
    return spans


def in_spans(entity: Any, entity_id: Any, at: Any, spans: Iterable[Span]) -> list[Any]:
    parts = []
    for contact_id, since, until in spans:
        part = (entity == "contact") & (entity_id == contact_id)
        if since is not None:
            part = part & (at >= since)
        if until is not None:
            part = part & (at <= until)
        parts.append(part)
    return parts


def split_traces(session: Session, spans: Iterable[Span]) -> dict[int, str]:
    """The numbers and addresses split off to one of these contacts are in the history of the
    contact they were split from (its "create", "update", "split_off" ... up to the split):
    those entries with every value naming one of them removed, by audit entry id."""
    result: dict[int, str] = {}
    for contact_id, since, until in spans:
        query = select(AuditEntry.entity_id, AuditEntry.at, AuditEntry.changes).where(
            AuditEntry.entity == "contact", AuditEntry.action == "split_off"
        )
        if since is not None:
            query = query.where(AuditEntry.at >= since)
        if until is not None:
            query = query.where(AuditEntry.at <= until)
        for source, at, stored in session.execute(query):
            changes = _loaded(stored)
            if not isinstance(changes, dict) or changes.get("to") != contact_id:
                continue
            moved = [
                str(v).casefold()
                for key in ("phones", "emails")
                for v in changes.get(key) or ()
                if str(v)
            ]
            if not moved:
                continue
            entries = session.execute(
                select(AuditEntry.id, AuditEntry.changes).where(
                    AuditEntry.entity == "contact",
                    AuditEntry.entity_id == source,
                    AuditEntry.at <= at,
                )
            )
            for entry_id, text in entries:
                text = result.get(entry_id, text)
                cleaned = json.dumps(
                    _without(_loaded(text), moved), ensure_ascii=False, sort_keys=True
                )
                if cleaned != text:
                    result[entry_id] = cleaned
    return result


def _loaded(stored: str) -> Any:
    try:
        return json.loads(stored)
    except ValueError:
        return {}


def _names(value: object, moved: list[str]) -> bool:
    return isinstance(value, str) and any(m in value.casefold() for m in moved)


def _without(value: Any, moved: list[str]) -> Any:
    if isinstance(value, dict):
        return {k: "" if _names(v, moved) else _without(v, moved) for k, v in value.items()}
    if isinstance(value, list):
        return [_without(v, moved) for v in value if not _names(v, moved)]
    return value
