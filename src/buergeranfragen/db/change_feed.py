"""What changed at another desk: a thread that tells the window, within a second, which kinds
of data ("inquiries", "contacts", "presence") another connection has committed.

- PostgreSQL: ``LISTEN buergeranfragen_changes`` on a psycopg connection of its own; migration
  0017's triggers send the kind as the payload in the writer's transaction (nothing else: no
  ids, no personal data). A dropped connection (server restart, a terminated backend) is opened
  again after a short wait, and everything is then announced once (what changed meanwhile is
  unknown).
- SQLite (a file shared by several processes): ``PRAGMA data_version`` on a connection of its
  own, read every ``interval`` seconds; it moves when another connection commits. Then the
  counters of ``change_serials`` (raised by 0017's triggers) say which kinds changed, so a
  commit that touched none of them (a presence heartbeat, the audit) announces nothing.

The callback runs on the feed's thread: it must only hand the news over (the window posts it
to its GUI thread). Own writes are announced too; a reader reloading once more is harmless.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from typing import Protocol

from sqlalchemy.engine import make_url

from buergeranfragen.db.engine import sqlite_path

CHANNEL = "buergeranfragen_changes"
INQUIRIES = "inquiries"
CONTACTS = "contacts"
PRESENCE = "presence"
KINDS = frozenset({INQUIRIES, CONTACTS, PRESENCE})
POLL_SECONDS = 0.5  # SQLite: how often data_version is read
RECONNECT_SECONDS = (0.2, 0.5, 1.0, 2.0, 5.0)  # waits between attempts, the last one repeated

Listener = Callable[[frozenset[str]], None]
log = logging.getLogger(__name__)


class ChangeFeed(Protocol):
    def start(self) -> None: ...

    def stop(self, timeout: float = 2.0) -> None: ...


class _Thread:
    """A daemon thread running ``_run`` until ``stop``."""

    def __init__(self, listener: Listener, name: str) -> None:
        self._listener = listener
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._guarded, name=name, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        self._stopping.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _announce(self, kinds: frozenset[str]) -> None:
        if kinds and not self._stopping.is_set():
            try:
                self._listener(kinds)
            except Exception:  # noqa: BLE001 - a listener's bug must not end the feed
                log.exception("change listener failed")

    def _guarded(self) -> None:
        try:
            self._run()
        except Exception:  # noqa: BLE001 - logged; the window keeps its minute re-read
            log.exception("change feed ended")

    def _run(self) -> None:
        raise NotImplementedError

    def _wait(self, attempt: int) -> bool:
        """Wait before the next attempt; False when the feed is being stopped."""
        delay = RECONNECT_SECONDS[min(attempt, len(RECONNECT_SECONDS) - 1)]
        return not self._stopping.wait(delay)


class PostgresFeed(_Thread):
    """LISTEN on a connection of its own (autocommit); see the module docstring."""

    def __init__(
        self,
        conninfo: str,
        listener: Listener,
        wait_seconds: float = 0.5,
        password: str | None = None,
    ) -> None:
        super().__init__(listener, "change-feed-postgresql")
        self._conninfo = conninfo
        # the keyring's password (``db/password.py``), as the engine's: never in the conninfo
        self._password = password
        self._wait_seconds = wait_seconds
        self.backend_pid: int | None = None  # the listening backend (tests terminate it)
        self.connections = 0  # how often a connection was made (1 + reconnects)
        self.listening = threading.Event()

    def _run(self) -> None:
        import psycopg

        attempt = 0
        while not self._stopping.is_set():
            try:
                with psycopg.connect(
                    self._conninfo, autocommit=True, connect_timeout=5, password=self._password
                ) as conn:  # psycopg leaves out a password of None
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.backend_pid = conn.info.backend_pid
                    self.connections += 1
                    attempt = 0
                    if self.connections > 1:  # what changed while away is unknown
                        self._announce(KINDS)
                    self.listening.set()
                    self._listen(conn)
            except psycopg.Error as exc:
                self.listening.clear()
                log.info("change feed: connection lost (%s), reconnecting", type(exc).__name__)
                if not self._wait(attempt):
                    return
                attempt += 1

    def _listen(self, conn: object) -> None:
        import psycopg

        assert isinstance(conn, psycopg.Connection)
        while not self._stopping.is_set():
            notes = list(conn.notifies(timeout=self._wait_seconds, stop_after=1))
            if notes:  # gather what the same moment brought, then hand it over at once
                notes += conn.notifies(timeout=0.05, stop_after=100)
            self._announce(frozenset(n.payload for n in notes if n.payload in KINDS))


class SqliteFeed(_Thread):
    """``PRAGMA data_version`` polled on a connection of its own; see the module docstring."""

    def __init__(self, path: str, listener: Listener, interval: float = POLL_SECONDS) -> None:
        super().__init__(listener, "change-feed-sqlite")
        self._path = path
        self._interval = interval
        self.polls = 0

    def _run(self) -> None:
        attempt = 0
        while not self._stopping.is_set():
            try:
                conn = sqlite3.connect(self._path, timeout=1.0, isolation_level=None)
            except sqlite3.Error:
                if not self._wait(attempt):
                    return
                attempt += 1
                continue
            try:
                self._poll(conn)
            except sqlite3.Error as exc:
                log.info("change feed: %s, reading again", type(exc).__name__)
                if not self._wait(attempt):
                    return
                attempt += 1
            finally:
                conn.close()

    def _poll(self, conn: sqlite3.Connection) -> None:
        version = _data_version(conn)
        serials = _serials(conn)
        while not self._stopping.wait(self._interval):
            self.polls += 1
            now = _data_version(conn)
            if now == version:
                continue
            version = now
            fresh = _serials(conn)
            changed = frozenset(k for k, v in fresh.items() if serials.get(k) != v)
            serials = fresh
            self._announce(changed & KINDS)


def _data_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA data_version").fetchone()
    return int(row[0])


def _serials(conn: sqlite3.Connection) -> dict[str, int]:
    try:
        rows = conn.execute("SELECT kind, serial FROM change_serials").fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return {}  # a database before 0017 (the feed started before it was migrated)
        raise
    return {str(kind): int(serial) for kind, serial in rows}


def postgres_conninfo(url: str) -> str:
    """The libpq connection string of a SQLAlchemy PostgreSQL URL (its driver name dropped; a
    password missing from the URL comes from the keyring (``open_feed``), else from
    ``~/.pgpass`` or ``PGPASSWORD``, as libpq does)."""
    parsed = make_url(url).set(drivername="postgresql")
    return parsed.render_as_string(hide_password=False)


def open_feed(url: str, listener: Listener, interval: float = POLL_SECONDS) -> ChangeFeed | None:
    """The feed for the database at ``url``, not yet started; None where there is nothing to
    watch (SQLite in memory, another database)."""
    backend = make_url(url).get_backend_name()
    if backend == "postgresql":
        from buergeranfragen.db.password import keyring_password  # noqa: PLC0415

        return PostgresFeed(postgres_conninfo(url), listener, password=keyring_password(url))
    path = sqlite_path(url)
    if backend == "sqlite" and path is not None:
        return SqliteFeed(str(path), listener, interval)
    return None
