"""Engine and session factory for one database URL (SQLite by default, PostgreSQL when shared)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from buergeranfragen.errors import DatabaseUnavailable, StaleRecord
from buergeranfragen.input_files import shown_path
from buergeranfragen.messages import Message, msg

SQLITE_BUSY_TIMEOUT_MS = 5000

SessionFactory = sessionmaker[Session]


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:" or parsed.database.startswith("file::memory:"):
        return None
    return Path(parsed.database)


def _sqlite_pragmas(busy_timeout_ms: int) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        _apply_pragmas(dbapi_connection, busy_timeout_ms)

    return on_connect


def _apply_pragmas(dbapi_connection: Any, busy_timeout_ms: int) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        # deleted content is overwritten with zeros: an erased person (Art. 17) is not left
        # in free pages of the file
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        # statement journals (a write that fires a trigger keeps one, to undo just that
        # statement) in memory, not in a temporary file each time: the change triggers of 0017
        # cost the mail import 7 % with files, nothing measurable without
        cursor.execute("PRAGMA temp_store = MEMORY")
    finally:
        cursor.close()


def _writable(path: Path) -> bool:
    """Writable for this process, and - for the owner - not marked read-only (the owner's write
    bit is respected even where the system would let the process write, as root)."""
    info = path.stat()
    own = info.st_uid == os.geteuid() if hasattr(os, "geteuid") else True
    owner_allows = not own or bool(info.st_mode & stat.S_IWUSR)
    return owner_allows and os.access(path, os.R_OK | os.W_OK)


def prepare_sqlite_file(path: Path) -> None:
    """Create the folder (0700) and the file (0600) of a new SQLite database; refuse, with a
    German message, a folder that cannot be created and a file or folder that is read-only.

    A database file the user made read-only is respected: it is not opened (SQLite would need
    to write to it and its folder: journal, WAL index) and its rights are never changed."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise DatabaseUnavailable(
            msg(
                "Der Ordner der Datenbank {folder} kann nicht angelegt werden ({reason}).",
                folder=shown_path(folder),
                reason=exc.strerror or str(exc),
            )
        ) from exc
    if path.exists():
        if not _writable(path):
            raise DatabaseUnavailable(
                msg(
                    "Die Datenbankdatei {path} ist schreibgeschützt oder nicht lesbar. "
                    "Bürgeranfragen öffnet sie nicht und ändert ihre Rechte nicht; geben Sie "
                    "ihr Lese- und Schreibrechte oder öffnen Sie eine Kopie.",
                    path=shown_path(path),
                )
            )
    if not _writable(folder):
        raise DatabaseUnavailable(
            msg(
                "Im Ordner der Datenbank {folder} darf nicht geschrieben werden; SQLite braucht "
                "dort Platz für sein Protokoll. Bitte geben Sie dem Ordner Schreibrechte.",
                folder=shown_path(folder),
            )
        )
    if not path.exists():
        # owner-only from the start, whatever the process umask
        try:
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        except OSError as exc:
            raise DatabaseUnavailable(
                msg(
                    "Die Datenbankdatei {path} kann nicht angelegt werden ({reason}).",
                    path=shown_path(path),
                    reason=exc.strerror or str(exc),
                )
            ) from exc


def create_database_engine(url: str, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        prepare_sqlite_file(path)
    # an error's text never holds the statement's values (subject, body, addresses): it may
    # reach the log or a message
    connect_args: dict[str, Any] = {}
    if make_url(url).get_backend_name() == "postgresql":
        from buergeranfragen.db.password import keyring_password  # noqa: PLC0415

        password = keyring_password(url)
        if password is not None:  # given to the driver, never part of the URL
            connect_args["password"] = password
    engine = create_engine(url, hide_parameters=True, connect_args=connect_args)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas(busy_timeout_ms))
    return engine


_NO_OP_WRITE = text("UPDATE alembic_version SET version_num = version_num WHERE 1 = 0")


def take_sqlite_write_lock(session: Session) -> None:
    """On SQLite, take the database's write lock now, before the unit of work reads anything:
    a second desk doing the same waits (busy timeout) and then reads what this one
    committed - so two desks never pick the same next reference number. PostgreSQL: nothing
    (the unique constraint and ``references.retry_on_clash`` decide there)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(_NO_OP_WRITE)


def make_session_factory(engine: Engine) -> SessionFactory:
    return sessionmaker(engine, expire_on_commit=False)


def describe_database_error(exc: BaseException) -> Message:
    """What went wrong with the database, for people (the driver's own text as a value)."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return msg(
            "Die Datenbank ist gerade durch einen anderen Vorgang gesperrt. "
            "Bitte versuchen Sie es in einigen Sekunden erneut; Ihre Eingaben bleiben erhalten."
        )
    if "readonly" in text or "read-only" in text or "permission" in text:
        return msg(
            "Die Datenbank ist schreibgeschützt. Änderungen können nicht gespeichert werden."
        )
    if "disk" in text and "full" in text:
        return msg("Der Datenträger ist voll. Änderungen können nicht gespeichert werden.")
    if "could not connect" in text or "connection" in text:
        return msg("Die Datenbank ist nicht erreichbar. Bitte prüfen Sie die Verbindung.")
    return msg("Datenbankfehler: {detail}", detail=str(getattr(exc, "orig", exc)))


def _environment_error(exc: DBAPIError) -> DatabaseUnavailable | None:
    """The KnownError for a database that is locked, unreachable or not writable; None for a
    driver error that is a bug (a broken statement, a violated constraint)."""
    if isinstance(exc, OperationalError) or exc.connection_invalidated:
        return DatabaseUnavailable(describe_database_error(exc))
    return None


_REFUSAL = "buergeranfragen.refuse_writes"  # Session.info key: why this user may not write


def refuse_writes(factory: SessionFactory, reason: Message) -> None:
    """From now on every unit of work of ``factory`` is refused with ``reason`` (a person
    marked inactive may read, but changes nothing); reads go on."""
    info = dict(factory.kw.get("info") or {})
    info[_REFUSAL] = reason
    factory.configure(info=info)


@contextmanager
def transaction(factory: SessionFactory, *, even_refused: bool = False) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error. ``even_refused``: also for
    a person whose changes are refused (``refuse_writes``) - the audit of reading records what
    an inactive person opened, too.

    Errors of the environment become KnownErrors with a German message; the caller's data (a
    form, an import file) is untouched, so nothing the user typed is lost.
    """
    session = factory()
    refusal = session.info.get(_REFUSAL)
    if isinstance(refusal, Message) and not even_refused:
        session.close()
        raise DatabaseUnavailable(refusal)  # not writable for this user: nothing is lost
    try:
        yield session
        session.commit()
    except StaleDataError as exc:
        session.rollback()
        raise StaleRecord(
            msg(
                "Der Datensatz wurde inzwischen von jemand anderem geändert. "
                "Bitte laden Sie ihn neu; Ihre Eingaben wurden nicht gespeichert."
            )
        ) from exc
    except DBAPIError as exc:
        session.rollback()
        known = _environment_error(exc)
        if known is not None:
            raise known from exc
        raise
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


@contextmanager
def reading(factory: SessionFactory) -> Iterator[Session]:
    """A read (nothing is committed): errors of the environment - a locked, unreachable or
    unreadable database - become ``DatabaseUnavailable`` with the same German message as in
    ``transaction``, so a list that cannot load says why instead of crashing."""
    session = factory()
    try:
        yield session
    except DBAPIError as exc:
        known = _environment_error(exc)
        if known is not None:
            raise known from exc
        raise
    finally:
        session.close()
