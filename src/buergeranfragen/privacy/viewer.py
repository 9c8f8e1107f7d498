"""The audit viewer's service: the Leitung and the Administration read the change entries and
the reading entries, filtered by person, record and date, one page at a time; everyone else is
refused (``Action.READ_AUDIT``). It has no method that changes or deletes an entry."""

from __future__ import annotations

from datetime import date, datetime

from buergeranfragen.calendar import local_midnight
from buergeranfragen.clock import Clock
from buergeranfragen.db.engine import SessionFactory, reading
from buergeranfragen.organisation import repository as people
from buergeranfragen.organisation.records import Role
from buergeranfragen.organisation.roles import Action, may, require
from buergeranfragen.privacy import log_store
from buergeranfragen.privacy.log_store import AuditLine, AuditQuery

__all__ = ["AuditLine", "AuditQuery", "AuditService", "day_span"]


def day_span(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    """Berlin calendar days ``first`` … ``last`` (both included) as the query's bounds."""
    since = local_midnight(first) if first is not None else None
    until = None
    if last is not None:
        until = local_midnight(date.fromordinal(last.toordinal() + 1))
    return since, until


class AuditService:
    def __init__(self, session_factory: SessionFactory, clock: Clock, actor: str) -> None:
        self._factory = session_factory
        self._clock = clock
        self._actor = actor

    def _role(self) -> Role:
        with reading(self._factory) as session:
            row = people.person_by_user(session, self._actor)
            return people.person_record(row, None).role if row is not None else Role.CLERK

    def may_read(self) -> bool:
        """Whether this user may read the audit (the menu offers it only then)."""
        return may(self._role(), Action.READ_AUDIT)

    def _check(self) -> None:
        require(self._role(), Action.READ_AUDIT, self._actor)

    def count(self, query: AuditQuery) -> int:
        self._check()
        with reading(self._factory) as session:
            return log_store.count_entries(session, query)

    def page(self, query: AuditQuery, offset: int, limit: int) -> list[AuditLine]:
        self._check()
        with reading(self._factory) as session:
            return log_store.entries(session, query, offset, limit)

    def readings_of(self, entity: str, entity_id: int) -> list[tuple[datetime, str]]:
        """Who opened one record when, oldest first."""
        self._check()
        with reading(self._factory) as session:
            return log_store.readings_of(session, entity, entity_id)
