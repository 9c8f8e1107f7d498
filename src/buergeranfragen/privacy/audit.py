"""The audit trail: every change to a record writes who, when and what changed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from buergeranfragen.db.models import AuditEntry, table_of


@dataclass(frozen=True)
class AuditRecord:
    at: datetime
    actor: str
    action: str
    changes: dict[str, Any]


_INSERT = insert(table_of(AuditEntry))


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """Fields whose value changed, as ``{field: [old, new]}``."""
    keys = sorted(set(before) | set(after))
    return {k: [before.get(k), after.get(k)] for k in keys if before.get(k) != after.get(k)}


def record(
    session: Session,
    *,
    at: datetime,
    actor: str,
    entity: str,
    entity_id: int,
    action: str,
    changes: dict[str, Any],
) -> None:
    session.execute(
        _INSERT,
        {
            "at": at,
            "actor": actor,
            "entity": entity,
            "entity_id": entity_id,
            "action": action,
            "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True, default=str),
        },
    )


def history(session: Session, entity: str, entity_id: int) -> list[AuditRecord]:
    rows = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.id)
    )
    return [AuditRecord(r.at, r.actor, r.action, json.loads(r.changes)) for r in rows]
