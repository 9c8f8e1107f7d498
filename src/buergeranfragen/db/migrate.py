"""Schema upgrades on start: back up an older database, then run the Alembic migrations."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from buergeranfragen.clock import Clock
from buergeranfragen.db.engine import (
    SessionFactory,
    create_database_engine,
    make_session_factory,
    restrict_to_owner,
    sqlite_path,
)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


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


def backup_sqlite(path: Path, revision: str | None, clock: Clock) -> Path:
    """Copy a live SQLite database consistently (the backup API honours WAL and locks)."""
    stamp = clock().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{stamp}-rev{revision or 'none'}{path.suffix}")
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    restrict_to_owner(target)
    return target


def upgrade(engine: Engine, clock: Clock, revision: str = "head") -> MigrationResult:
    before = current_revision(engine)
    target = head_revision() if revision == "head" else revision
    backup = None
    if before != target:
        path = sqlite_path(str(engine.url))
        has_tables = bool(inspect(engine).get_table_names())
        if path is not None and has_tables:
            backup = backup_sqlite(path, before, clock)
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    path = sqlite_path(str(engine.url))
    if path is not None:
        restrict_to_owner(path)
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
