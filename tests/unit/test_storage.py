import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactDraft
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.engine import create_database_engine
from buergeranfragen.db.migrate import Database, head_revision, open_database, upgrade
from buergeranfragen.db.models import Base
from buergeranfragen.errors import DatabaseUnavailable

SRC = Path(__file__).resolve().parents[2] / "src"


def test_schema_built_by_migrations_matches_the_models(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                # the full-text index is managed outside the ORM (FTS5 / GIN), on purpose
                "include_name": lambda name, kind, parent: (
                    not (name or "").startswith("inquiry_fts")
                ),
            },
        )
        assert compare_metadata(context, Base.metadata) == []
    assert database.migration.to_revision == head_revision()


def test_sqlite_runs_with_wal_foreign_keys_and_busy_timeout(sqlite_database: Database) -> None:
    with sqlite_database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        # erased data overwritten; statement journals (trigger-firing writes) in memory
        assert connection.execute(text("PRAGMA secure_delete")).scalar() == 1
        assert connection.execute(text("PRAGMA temp_store")).scalar() == 2


def test_database_file_is_readable_by_the_user_only(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "neu" / "ba.sqlite"
    db = open_database(f"sqlite:///{path}", clock)
    db.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_older_database_is_backed_up_then_upgraded(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "alt.sqlite"
    engine = create_database_engine(f"sqlite:///{path}")
    upgrade(engine, clock, revision="0001")  # the database as the first release left it
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO contacts (kind, salutation, title, first_name, last_name, "
                "organisation, function, outlet, desk, street, postal_code, city, country, "
                "notes, tags, source, search_text, sort_name, name_key, version, created_at, "
                "updated_at) VALUES ('citizen', '', '', 'Erna', 'Alt', '', '', '', '', '', '', "
                "'', '', '', '', 'typed', 'erna alt', 'alt erna', '', 1, "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        )
    engine.dispose()

    db = open_database(f"sqlite:///{path}", clock)
    try:
        result = db.migration
        assert (result.from_revision, result.to_revision) == ("0001", head_revision())
        assert result.backup is not None and result.backup.exists()
        assert stat.S_IMODE(result.backup.stat().st_mode) == 0o600
        backup = sqlite3.connect(result.backup)
        assert backup.execute("SELECT first_name FROM contacts").fetchall() == [("Erna",)]
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        backup.close()
        service = ContactService(db.session_factory, clock, "t")
        assert [c.name for c in service.search("erna")] == ["Erna Alt"]
        assert service.history(1) == []  # the audit table exists now
    finally:
        db.close()

    again = open_database(f"sqlite:///{path}", clock)  # up to date: no second backup
    assert again.migration.backup is None and not again.migration.changed
    again.close()


def test_new_database_needs_no_backup(sqlite_database: Database) -> None:
    assert sqlite_database.migration.from_revision is None
    assert sqlite_database.migration.backup is None


def test_locked_database_gives_a_clear_message_and_keeps_data(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "gesperrt.sqlite"
    db = open_database(f"sqlite:///{path}", clock, busy_timeout_ms=100)
    service = ContactService(db.session_factory, clock, "t")
    service.create(ContactDraft(last_name="Vorher"))
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseUnavailable) as info:
            service.create(ContactDraft(last_name="Während"))
        assert "gesperrt" in info.value.message
        assert "Eingaben bleiben erhalten" in info.value.message
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    service.create(ContactDraft(last_name="Danach"))
    assert sorted(c.name for c in service.search()) == ["Danach", "Vorher"]
    db.close()
