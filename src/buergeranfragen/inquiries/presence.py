"""Who has an inquiry open for editing at another desk ("Wird gerade von … bearbeitet").

A desk (one running program, a random token) claims an inquiry when an edit dialog opens,
renews its claims with ``heartbeat`` every ``HEARTBEAT_SECONDS`` while it is open, and releases
it when the dialog closes. A desk that crashed stops renewing: its claim is ignored after
``STALE_SECONDS`` and removed by the next claim anywhere. The claim only informs: saving over
a newer version is refused by the version check (``StaleRecord``), as before.
Times are the desks' clocks (kept in step by the office's time service)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from buergeranfragen.clock import Clock
from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.inquiries import presence_store

HEARTBEAT_SECONDS = 15
STALE_SECONDS = 60
FORGET_SECONDS = 600  # stale rows are deleted after this (they are ignored after a minute)


@dataclass(frozen=True)
class Editor:
    name: str  # the person's display name, else the operating-system user
    since: datetime


class PresenceService:
    def __init__(
        self, session_factory: SessionFactory, clock: Clock, actor: str, desk: str | None = None
    ) -> None:
        self._factory = session_factory
        self._clock = clock
        self._actor = actor
        self.desk = desk or secrets.token_hex(16)
        self._held: set[int] = set()  # what this desk claimed and has not released

    def claim(self, inquiry_id: int) -> bool:
        """This desk has the inquiry open for editing (False: no such inquiry or person)."""
        now = self._clock()
        with transaction(self._factory) as session:
            claimed = presence_store.claim(
                session,
                inquiry_id,
                self._actor,
                self.desk,
                now,
                now - timedelta(seconds=FORGET_SECONDS),
            )
        if claimed:
            self._held.add(inquiry_id)
        return claimed

    def heartbeat(self) -> int:
        """Renew this desk's claims (how many); nothing is written while it holds none."""
        if not self._held:
            return 0
        with transaction(self._factory) as session:
            return presence_store.beat(session, self.desk, self._clock())

    def release(self, inquiry_id: int | None = None) -> None:
        """The dialog closed (None: every claim of this desk, e.g. when the window closes)."""
        if not self._held:
            return
        with transaction(self._factory) as session:
            presence_store.release(session, self.desk, inquiry_id)
        if inquiry_id is None:
            self._held.clear()
        else:
            self._held.discard(inquiry_id)

    def editors(self, inquiry_id: int) -> list[Editor]:
        """Who at another desk has the inquiry open now (stale claims left out)."""
        fresh_since = self._clock() - timedelta(seconds=STALE_SECONDS)
        with reading(self._factory) as session:
            rows = presence_store.editors(session, inquiry_id, self.desk, fresh_since)
        return [Editor(name, since) for name, since in rows]
