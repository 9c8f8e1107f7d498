"""The office's deadlines (how long each kind and channel of inquiry may take, the end of the
working day, further closed days): one setting every desk on the database shares (table
``office_settings``, key ``deadlines``, JSON as ``workflow.deadline_config``). Only the
Administration changes it; a change counts for inquiries that arrive (and due dates worked out
again) from then on, not for due dates already set.

``organisation.repository.stored_deadlines`` is the storage-level read (the caller's Session)
used by the intake's writer and by handling; ``DeadlineService`` the façade for the command
line (and the window)."""

from __future__ import annotations

import logging

from buergeranfragen.clock import Clock
from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.organisation.repository import (
    DEADLINES_KEY,
    stored_deadlines,
    write_office_setting,
)
from buergeranfragen.organisation.roles import Action
from buergeranfragen.organisation.service import _acting as acting
from buergeranfragen.workflow.deadline_config import settings_to_json
from buergeranfragen.workflow.deadlines import DEFAULT_SETTINGS, DeadlineSettings

log = logging.getLogger(__name__)


class DeadlineService:
    def __init__(self, session_factory: SessionFactory, clock: Clock, actor: str) -> None:
        self._factory = session_factory
        self._clock = clock
        self._actor = actor

    def current(self) -> DeadlineSettings:
        with reading(self._factory) as session:
            return stored_deadlines(session)

    def save(self, settings: DeadlineSettings) -> DeadlineSettings:
        """Store ``settings`` for the whole office (Administration only; audited)."""
        now = self._clock()
        with transaction(self._factory) as session:
            acting(session, self._actor, now, Action.EDIT_DEADLINES)
            before = stored_deadlines(session)
            value = settings_to_json(settings)
            write_office_setting(
                session,
                DEADLINES_KEY,
                value,
                now,
                self._actor,
                {"before": settings_to_json(before), "after": value},
            )
            return stored_deadlines(session)

    def reset(self) -> DeadlineSettings:
        """Back to the shipped defaults."""
        return self.save(DEFAULT_SETTINGS)
