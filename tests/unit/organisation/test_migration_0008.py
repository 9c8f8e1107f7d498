"""Migration 0008 on a database that has inquiries already: they stay, unrouted; the new
references are enforced; down and up again works."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from buergeranfragen.clock import FixedClock
from buergeranfragen.db.engine import create_database_engine
from buergeranfragen.db.migrate import alembic_config, current_revision, head_revision, upgrade

_INQUIRY = (
    "INSERT INTO inquiries (reference, ref_year, ref_number, kind, channel, status, "
    "received_at, subject, body, body_html, topic, caller_number, from_email, from_name, "
    "forwarded_by, source_file, version, created_at, updated_at) VALUES ('BA-2026-00001', "
    "2026, 1, 'citizen', 'phone', 'new', '2026-11-02 08:00:00', 'Kitaplatz', '', '', '', '', "
    "'', '', '', '', 1, '2026-11-02 08:00:00', '2026-11-02 08:00:00')"
)


def test_inquiries_of_0007_stay_and_are_unrouted(db_url: str, clock: FixedClock) -> None:
    engine = create_database_engine(db_url)
    try:
        upgrade(engine, clock, revision="0007")
        with engine.begin() as connection:
            connection.execute(text(_INQUIRY))
        upgrade(engine, clock)
        with engine.connect() as connection:
            row = connection.execute(
                text(
                    "SELECT subject, department_id, assignee_id, priority, due_at, "
                    "routing_rule_id, routing_reason, category FROM inquiries"
                )
            ).one()
            assert tuple(row) == ("Kitaplatz", None, None, None, None, None, None, "general")
        with engine.connect() as connection, pytest.raises(IntegrityError):
            connection.execute(text("UPDATE inquiries SET department_id = 4711"))
        with engine.connect() as connection, pytest.raises(IntegrityError):
            connection.execute(text("UPDATE inquiries SET assignee_id = 4711"))
        with engine.connect() as connection, pytest.raises(IntegrityError):
            connection.execute(text("UPDATE inquiries SET routing_rule_id = 4711"))

    finally:
        engine.dispose()


def test_down_to_0007_on_postgresql_sqlite_refuses(db_url: str, clock: FixedClock) -> None:
    engine = create_database_engine(db_url)
    try:
        upgrade(engine, clock, revision="0007")
        with engine.begin() as connection:
            connection.execute(text(_INQUIRY))
        upgrade(engine, clock)
        config = alembic_config()
        if engine.dialect.name == "sqlite":  # the backup taken before the upgrade is the way
            with pytest.raises(RuntimeError), engine.begin() as connection:
                config.attributes["connection"] = connection
                command.downgrade(config, "0007")
            assert current_revision(engine) == head_revision()
            return
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0007")
        assert current_revision(engine) == "0007"
        with engine.connect() as connection:
            assert connection.execute(text("SELECT subject FROM inquiries")).scalar() == (
                "Kitaplatz"
            )
        upgrade(engine, clock)
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
