"""The audit of reading: openings buffered in memory, counted once per person and record
within a short time, written in one statement; an inactive person's openings too."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import event

from buergeranfragen.clock import FixedClock
from buergeranfragen.db.engine import refuse_writes
from buergeranfragen.db.migrate import Database
from buergeranfragen.errors import DatabaseUnavailable
from buergeranfragen.messages import msg
from buergeranfragen.organisation.service import PeopleService
from buergeranfragen.privacy.reading import REPEAT, ReadingLog
from buergeranfragen.privacy.viewer import AuditQuery, AuditService
from tests.conftest import ACTOR


@pytest.fixture(autouse=True)
def _administration(database: Database, clock: FixedClock) -> None:
    PeopleService(database.session_factory, clock, ACTOR).me()  # the first: Administration


def _log(database: Database, clock: FixedClock, actor: str = ACTOR) -> ReadingLog:
    return ReadingLog(database.session_factory, clock, actor)


def _readings(database: Database, clock: FixedClock) -> list[tuple[str, int, str]]:
    audit = AuditService(database.session_factory, clock, ACTOR)
    lines = audit.page(AuditQuery(kind="read"), 0, 10_000)
    return sorted((line.entity, line.entity_id, line.actor) for line in lines)


def test_openings_are_written_only_on_flush_and_once_within_a_short_time(
    database: Database, clock: FixedClock
) -> None:
    log = _log(database, clock)
    log.opened_inquiry(7)
    log.opened_inquiry(7)  # the same again at once: counted once
    log.opened_contact(7)
    assert log.pending() == 2
    assert _readings(database, clock) == []  # nothing written before the flush
    assert log.flush() == 2
    assert log.flush() == 0
    clock.now += REPEAT - timedelta(seconds=1)
    log.opened_inquiry(7)  # still within the short time
    clock.now += timedelta(seconds=2)
    log.opened_inquiry(7)  # later: a new opening
    log.flush()
    assert _readings(database, clock) == [
        ("contact", 7, ACTOR),
        ("inquiry", 7, ACTOR),
        ("inquiry", 7, ACTOR),
    ]


def test_a_flush_of_a_thousand_openings_is_one_statement(
    database: Database, clock: FixedClock
) -> None:
    log = _log(database, clock)
    for number in range(1000):
        log.opened_inquiry(number)
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        if statement.lstrip().upper().startswith("INSERT"):
            statements.append(statement)

    engine = database.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        assert log.flush() == 1000
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert len(statements) == 1
    assert len(_readings(database, clock)) == 1000


def test_an_inactive_person_s_openings_are_recorded_too(
    database: Database, clock: FixedClock
) -> None:
    refuse_writes(
        database.session_factory,
        msg("{user} ist als inaktiv eingetragen und darf nichts ändern.", user="x"),
    )
    log = _log(database, clock, "inaktiv")
    log.opened_contact(3)
    assert log.flush() == 1


def test_a_database_away_keeps_the_openings_for_the_next_flush(
    database: Database, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = _log(database, clock)
    log.opened_contact(1)

    def away(*_args: object, **_kwargs: object) -> None:
        raise DatabaseUnavailable(
            msg("Die Datenbank ist nicht erreichbar. Bitte prüfen Sie die Verbindung.")
        )

    monkeypatch.setattr("buergeranfragen.privacy.log_store.add_readings", away)
    with pytest.raises(DatabaseUnavailable):
        log.flush()
    log.opened_contact(2)
    assert log.pending() == 2
    monkeypatch.undo()
    assert log.flush() == 2


def test_the_memory_of_recent_openings_stays_small(database: Database, clock: FixedClock) -> None:
    from buergeranfragen.privacy.reading import MAX_REMEMBERED

    log = _log(database, clock)
    for number in range(MAX_REMEMBERED + 500):
        log.opened_inquiry(number)
    assert len(log._last) == MAX_REMEMBERED  # noqa: SLF001 - the bound is the point
    clock.now += REPEAT
    log.opened_inquiry(-1)
    assert len(log._last) == 1  # noqa: SLF001
