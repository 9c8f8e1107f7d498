"""Changes at another desk reach a listener within a second (issue 13): LISTEN/NOTIFY on
PostgreSQL, ``PRAGMA data_version`` on SQLite; what changed is named by kind only."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.db.change_feed import (
    PostgresFeed,
    SqliteFeed,
    open_feed,
    postgres_conninfo,
)
from buergeranfragen.db.migrate import Database
from buergeranfragen.inquiries.presence import PresenceService
from buergeranfragen.inquiries.records import CallDraft
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.organisation.service import PeopleService


class Heard:
    def __init__(self) -> None:
        self.kinds: list[frozenset[str]] = []
        self.lock = threading.Lock()

    def __call__(self, kinds: frozenset[str]) -> None:
        with self.lock:
            self.kinds.append(kinds)

    def any(self) -> set[str]:
        with self.lock:
            return set().union(*self.kinds)

    def clear(self) -> None:
        with self.lock:
            self.kinds.clear()


def _until(condition: Callable[[], bool], seconds: float = 2.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


@pytest.fixture
def heard(database: Database) -> Iterator[tuple[Heard, PostgresFeed | SqliteFeed]]:
    listener = Heard()
    feed = open_feed(database.url, listener, interval=0.1)
    assert isinstance(feed, PostgresFeed | SqliteFeed)
    feed.start()
    if isinstance(feed, PostgresFeed):
        assert feed.listening.wait(5)
    else:
        assert _until(lambda: feed.polls > 0)
    yield listener, feed
    feed.stop()
    assert not feed.running


def test_a_call_logged_through_another_connection_is_announced(
    database: Database, clock: FixedClock, heard: tuple[Heard, PostgresFeed | SqliteFeed]
) -> None:
    listener, _feed = heard
    InquiryService(database.session_factory, clock, "anna").log_call(CallDraft(subject="Lärm"))
    assert _until(lambda: "inquiries" in listener.any())
    assert listener.any() <= {"inquiries", "contacts"}


def test_a_heartbeat_is_no_news_but_opening_and_closing_are(
    database: Database, clock: FixedClock, heard: tuple[Heard, PostgresFeed | SqliteFeed]
) -> None:
    listener, _feed = heard
    factory = database.session_factory
    PeopleService(factory, clock, "anna").me()
    inquiry = InquiryService(factory, clock, "anna").log_call(CallDraft(subject="x")).id
    desk = PresenceService(factory, clock, "anna")
    assert _until(lambda: "inquiries" in listener.any())
    listener.clear()
    desk.claim(inquiry)
    assert _until(lambda: listener.any() == {"presence"})
    listener.clear()
    assert desk.heartbeat() == 1
    time.sleep(0.5)
    assert listener.any() == set()
    desk.release(inquiry)
    assert _until(lambda: listener.any() == {"presence"})


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_the_listener_reconnects_after_its_backend_was_terminated(
    database: Database, clock: FixedClock, heard: tuple[Heard, PostgresFeed | SqliteFeed]
) -> None:
    import psycopg

    listener, feed = heard
    assert isinstance(feed, PostgresFeed)
    first = feed.backend_pid
    with psycopg.connect(postgres_conninfo(database.url), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (first,))
    assert _until(lambda: feed.connections == 2 and feed.listening.is_set(), 5)
    assert feed.backend_pid != first
    listener.clear()
    InquiryService(database.session_factory, clock, "anna").log_call(CallDraft(subject="y"))
    assert _until(lambda: "inquiries" in listener.any())


def test_stopping_ends_the_thread_promptly(database: Database) -> None:
    feed = open_feed(database.url, Heard(), interval=0.1)
    assert feed is not None
    feed.start()
    started = time.monotonic()
    feed.stop()
    assert time.monotonic() - started < 2.5
    assert isinstance(feed, PostgresFeed | SqliteFeed)
    assert not feed.running


def test_nothing_to_watch_in_memory() -> None:
    assert open_feed("sqlite://", Heard()) is None
    assert open_feed("sqlite:///:memory:", Heard()) is None


def test_the_libpq_string_keeps_host_user_and_database() -> None:
    text = postgres_conninfo("postgresql+psycopg://amt@db.intern:5433/anfragen?sslmode=require")
    assert text == "postgresql://amt@db.intern:5433/anfragen?sslmode=require"


def test_a_password_in_the_database_url_is_never_shown() -> None:
    from buergeranfragen.config import shown_database_url

    shown = shown_database_url("postgresql+psycopg://amt:Geheim-42@db.intern/anfragen")
    assert "Geheim-42" not in shown and "db.intern/anfragen" in shown
    assert "Geheim-42" not in shown_database_url("postgresql://amt:Geheim-42@[::1/x")
    assert shown_database_url("sqlite:////srv/a.sqlite") == "sqlite:////srv/a.sqlite"
