"""Schema upgrades on start: back up an older database, then run the Alembic migrations."""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

from buergeranfragen.clock import Clock
from buergeranfragen.db.engine import (
    SessionFactory,
    create_database_engine,
    make_session_factory,
    sqlite_path,
)
from buergeranfragen.errors import KnownError
from buergeranfragen.messages import msg

log = logging.getLogger("buergeranfragen.db")
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_LOCK_KEY = 0x42_41_6E_66  # "BAnf": the advisory lock of schema upgrades (PostgreSQL)


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


@dataclass
class Database:
    """What the composition root hands to services: the engine and its session factory."""

    url: str
    engine: Engine
    session_factory: SessionFactory
    migration: MigrationResult

    def close(self) -> None:
        self.engine.dispose()


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> set[str]:
    return {
        script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    }


class NewerDatabase(KnownError):
    """The database was written by a newer version of the program (an unknown revision)."""


def _refuse_newer(revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        log.warning("database of a newer version refused (revision %s)", revision)
        raise NewerDatabase(
            msg(
                "Die Datenbank stammt von einer neueren Version von Bürgeranfragen (Stand "
                "„{revision}“). Diese Version kann sie nicht benutzen; es wurde nichts "
                "geändert. Bitte installieren Sie die neuere Version.",
                revision=revision,
            )
        )


def backup_sqlite(path: Path, revision: str | None, clock: Clock) -> Path:
    """Copy a live SQLite database consistently (the backup API honours WAL and locks). The
    copy is created owner-only (0600) before anything is written into it."""
    stamp = clock().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{stamp}-rev{revision or 'none'}{path.suffix}")
    os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def _take_migration_lock(connection: Connection) -> None:
    """Serialise schema checks and upgrades of one database between processes: two first
    starts on a new database both work (the second finds it at the newest version)."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock, taken now
    elif connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})


def upgrade(engine: Engine, clock: Clock, revision: str = "head") -> MigrationResult:
    """Bring the schema to ``revision`` under the migration lock, after a backup of an older
    SQLite database. A database newer than the program is refused before anything is written."""
    target = head_revision() if revision == "head" else revision
    path = sqlite_path(str(engine.url))
    with engine.connect() as connection:
        before = MigrationContext.configure(connection).get_current_revision()
        _refuse_newer(before)
        if before == target:
            return MigrationResult(from_revision=before, to_revision=target, backup=None)
        connection.rollback()
        _take_migration_lock(connection)
        before = MigrationContext.configure(connection).get_current_revision()
        _refuse_newer(before)
        backup = None
        if before != target:
            if path is not None and inspect(connection).get_table_names():
                backup = backup_sqlite(path, before, clock)
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            log.info(
                "database schema upgraded from %s to %s (backup: %s)", before, target, bool(backup)
            )
        connection.commit()
    return MigrationResult(from_revision=before, to_revision=target, backup=backup)


def open_database(url: str, clock: Clock, **engine_options: int) -> Database:
    """Create the engine, bring the schema to the newest version and return the session factory."""
    engine = create_database_engine(url, **engine_options)
    try:
        result = upgrade(engine, clock)
    except Exception:
        engine.dispose()
        raise
    return Database(url, engine, make_session_factory(engine), result)
