"""``lock_identities``: while one unit of work holds it, a second writer cannot decide "the
same contact?" and insert; it is released at the end of the transaction."""

from __future__ import annotations

import sqlite3

from sqlalchemy import text

from buergeranfragen.contacts import repository
from buergeranfragen.db.engine import sqlite_path
from buergeranfragen.db.migrate import Database


def _second_writer_gets_the_lock(database: Database) -> bool:
    """Try, without waiting, what a second writer's ``lock_identities`` would take."""
    path = sqlite_path(database.url)
    if path is not None:
        connection = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            assert "locked" in str(exc)
            return False
        else:
            connection.execute("ROLLBACK")
            return True
        finally:
            connection.close()
    with database.engine.connect() as connection:
        got = connection.scalar(
            text("SELECT pg_try_advisory_xact_lock(:key)"),
            {"key": repository.IDENTITY_LOCK_KEY},
        )
        connection.rollback()
        return bool(got)


def test_the_lock_is_held_until_the_transaction_ends(database: Database) -> None:
    assert _second_writer_gets_the_lock(database)
    with database.session_factory() as session:
        repository.lock_identities(session)
        assert not _second_writer_gets_the_lock(database)
        session.rollback()
    assert _second_writer_gets_the_lock(database)
    with database.session_factory() as session, session.begin():
        repository.lock_identities(session)
        assert not _second_writer_gets_the_lock(database)
    assert _second_writer_gets_the_lock(database)
