"""The audit of reading: every opening of a contact or an inquiry (the window's detail view
and contact form, ``inquiries show``) is recorded - who, when, which record - without costing
the opening any visible time: ``opened`` only appends to a small buffer in memory (a few
microseconds, on the GUI thread), ``flush`` writes the buffer in one statement (the window
every few seconds on a worker, every process when its context closes). The same record opened
again by the same person within ``REPEAT`` counts once. The entries go to their own table
(``read_log``), never to the change history."""

from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import datetime, timedelta

from buergeranfragen.clock import Clock
from buergeranfragen.contacts.queries import ENTITY as CONTACT
from buergeranfragen.db.engine import SessionFactory, transaction
from buergeranfragen.inquiries.records import ENTITY as INQUIRY
from buergeranfragen.privacy import log_store
from buergeranfragen.privacy.log_store import Reading

REPEAT = timedelta(minutes=5)  # the same record again within this: one entry
FLUSH_SECONDS = 5  # how often the window writes the buffer
MAX_REMEMBERED = 10_000  # records remembered for REPEAT
MAX_PENDING = 100_000  # a database away for long: the oldest openings beyond this are dropped


class ReadingLog:
    def __init__(self, session_factory: SessionFactory, clock: Clock, actor: str) -> None:
        self._factory = session_factory
        self._clock = clock
        self._actor = actor
        self._lock = threading.Lock()
        self._pending: list[Reading] = []
        self._last: OrderedDict[tuple[str, int], datetime] = OrderedDict()

    def opened(self, entity: str, entity_id: int) -> None:
        """Note that the user opened a record (cheap: no database, no I/O)."""
        now = self._clock()
        key = (entity, entity_id)
        with self._lock:
            last = self._last.get(key)
            if last is not None and timedelta(0) <= now - last < REPEAT:
                return
            self._last[key] = now
            self._last.move_to_end(key)  # the oldest stay first
            self._pending.append(Reading(now, entity, entity_id))
            self._forget_old(now)

    def _forget_old(self, now: datetime) -> None:
        """Drop the oldest remembered openings: older than ``REPEAT``, or beyond
        ``MAX_REMEMBERED`` (such a record opened again counts once more)."""
        remembered = self._last
        while remembered:
            oldest, at = next(iter(remembered.items()))
            if len(remembered) <= MAX_REMEMBERED and now - at < REPEAT:
                break
            remembered.popitem(last=False)

    def opened_contact(self, contact_id: int) -> None:
        self.opened(CONTACT, contact_id)

    def opened_inquiry(self, inquiry_id: int) -> None:
        self.opened(INQUIRY, inquiry_id)

    def pending(self) -> int:
        with self._lock:
            return len(self._pending)

    def flush(self) -> int:
        """Write what is buffered in one statement; the number written. A database that is
        away keeps the buffer for the next flush (``DatabaseUnavailable`` is raised)."""
        with self._lock:
            batch, self._pending = self._pending, []
        if not batch:
            return 0
        try:
            with transaction(self._factory, even_refused=True) as session:
                log_store.add_readings(session, self._actor, batch)
        except BaseException:
            with self._lock:
                self._pending = (batch + self._pending)[-MAX_PENDING:]
            raise
        return len(batch)
