"""Backing up and restoring a SQLite database while it may be in use.

A backup is made with SQLite's online backup API (consistent while other desks write) into a
part file beside the target (0600), switched to a single file (journal mode DELETE), synced
and renamed. A restore checks the file first (SQLite, ``PRAGMA integrity_check``, our schema
revision, not newer than this program), copies it into a part file beside the database, takes
the database for itself (leaving WAL mode needs the only connection: another process that has
the database open - a window, a command - makes the restore refuse), keeps the replaced file
under a name with the time, renames the part file into place and upgrades an older schema.
PostgreSQL: ``pg_dump``/``pg_restore`` (the message says how).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from buergeranfragen.calendar import local
from buergeranfragen.clock import Clock
from buergeranfragen.db.engine import sqlite_path
from buergeranfragen.errors import KnownError
from buergeranfragen.input_files import shown_path
from buergeranfragen.messages import msg

log = logging.getLogger("buergeranfragen.db")
SQLITE_MAGIC = b"SQLite format 3\x00"
LOCK_TIMEOUT_S = 0.5  # how long a restore waits for the database to be free


class BackupFailed(KnownError):
    """A backup or restore that could not be done; nothing was replaced."""


@dataclass(frozen=True)
class BackupFacts:
    """What a backup file holds, for the confirmation before a restore."""

    path: Path
    revision: str
    written_at: datetime  # the file's modification time (UTC)
    inquiries: int
    contacts: int


@dataclass(frozen=True)
class RestoreResult:
    facts: BackupFacts
    kept: Path | None  # the replaced database, renamed beside it (None: there was none)
    upgraded_from: str | None  # the backup's revision when it was upgraded, else None


def database_file(url: str) -> Path:
    """The SQLite file behind ``url``; for PostgreSQL a German message with pg_dump advice."""
    path = sqlite_path(url)
    if path is None:
        raise BackupFailed(
            msg(
                "Sicherungen macht Bürgeranfragen nur bei einer SQLite-Datei. Eine "
                "PostgreSQL-Datenbank sichern Sie mit „pg_dump -Fc -f DATEI DATENBANK“ und "
                "stellen sie mit „pg_restore --clean -d DATENBANK DATEI“ wieder her "
                "(am besten täglich per cron oder Aufgabenplanung)."
            )
        )
    return path


def _sync_folder(folder: Path) -> None:
    if os.name == "posix":  # a folder cannot be opened to be synced elsewhere
        _sync_file(folder)


def _sync_file(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _part_file(target: Path) -> Path:
    """A new, empty, owner-only part file beside ``target`` (an old one left by a crash goes)."""
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    os.close(os.open(part, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    return part


def _copy_into(source: sqlite3.Connection, part: Path) -> None:
    """The online backup of ``source`` into ``part``, left as one self-contained file."""
    destination = sqlite3.connect(part)
    try:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode = DELETE")
        destination.commit()
    finally:
        destination.close()
    _sync_file(part)


def _belongs_to(target: Path, database: Path) -> bool:
    """``target`` is one of the database's own files (its write-ahead log, shared memory,
    journal): a copy written there would break the database or be thrown away by SQLite."""
    own = {database.name + suffix for suffix in ("-wal", "-shm", "-journal")}
    return target.name in own and target.parent.resolve() == database.parent.resolve()


def backup_database(url: str, target: Path, overwrite: bool = False) -> Path:
    """Copy the database consistently to ``target`` (0600), also while the app writes."""
    path = database_file(url)
    target = target.absolute()
    if not path.exists():
        raise BackupFailed(msg("Die Datenbank {path} gibt es nicht.", path=shown_path(path)))
    if _belongs_to(target, path):
        raise BackupFailed(
            msg(
                "Die Datei {path} ist die Datenbank selbst; es wurde nichts geändert.",
                path=shown_path(target),
            )
        )
    if target.exists() and (not overwrite or target.resolve() == path.resolve()):
        raise BackupFailed(
            msg(
                "Die Datei {path} gibt es schon; sie wird nicht überschrieben.",
                path=shown_path(target),
            )
        )
    try:
        part = _part_file(target)
        try:
            # read-write, not read-only: the last connection to close removes the WAL files
            source = sqlite3.connect(path, timeout=30)
            try:
                _copy_into(source, part)
            finally:
                source.close()
            os.replace(part, target)
        finally:
            part.unlink(missing_ok=True)
        _sync_folder(target.parent)
    except (OSError, sqlite3.Error) as exc:
        raise BackupFailed(
            msg(
                "Die Sicherung nach {path} ist nicht gelungen ({reason}).",
                path=shown_path(target),
                reason=getattr(exc, "strerror", None) or str(exc),
            )
        ) from exc
    log.info("database backed up")
    return target


def _not_a_backup(path: Path, reason: str) -> BackupFailed:
    return BackupFailed(
        msg(
            "Die Datei {path} ist keine brauchbare Sicherung von Bürgeranfragen ({reason}); "
            "es wurde nichts geändert.",
            path=shown_path(path),
            reason=reason,
        )
    )


def _foreign(path: Path) -> BackupFailed:
    return BackupFailed(
        msg(
            "Die Datei {path} ist keine Datenbank von Bürgeranfragen; es wurde nichts geändert.",
            path=shown_path(path),
        )
    )


def _facts_of(connection: sqlite3.Connection, shown: Path, written_at: datetime) -> BackupFacts:
    """Check an open copy: integrity, our schema revision (known to this program), counts."""
    from buergeranfragen.db.migrate import known_revisions

    try:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise _not_a_backup(shown, "; ".join(str(p) for p in problems[:3]))
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if not {"alembic_version", "inquiries", "contacts"} <= names:
            raise _foreign(shown)
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        inquiries = connection.execute("SELECT count(*) FROM inquiries").fetchone()[0]
        contacts = connection.execute("SELECT count(*) FROM contacts").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise _not_a_backup(shown, str(exc)) from exc
    if row is None:
        raise _foreign(shown)
    revision = str(row[0])
    if revision not in known_revisions():
        raise BackupFailed(
            msg(
                "Die Sicherung {path} stammt von einer neueren Version von Bürgeranfragen "
                "(Stand „{revision}“); diese Version kann sie nicht wiederherstellen. Es wurde "
                "nichts geändert.",
                path=shown_path(shown),
                revision=revision,
            )
        )
    return BackupFacts(shown, revision, written_at, int(inquiries), int(contacts))


def _written_at(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)


def _head(source: Path) -> bytes:
    """The first bytes of ``source``; none unless it is a plain file (a named pipe or a device
    would make a read wait for ever)."""
    descriptor = os.open(
        source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    )
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return b""
        return os.read(descriptor, len(SQLITE_MAGIC))
    finally:
        os.close(descriptor)


def _open_checked_copy(source: Path, part: Path) -> BackupFacts:
    """Copy ``source`` into ``part`` and check the copy (what is checked is what goes in)."""
    try:
        head = _head(source)
    except OSError as exc:
        raise _not_a_backup(source, exc.strerror or str(exc)) from exc
    if head != SQLITE_MAGIC:
        raise BackupFailed(
            msg(
                "Die Datei {path} ist keine SQLite-Datenbank; es wurde nichts geändert.",
                path=shown_path(source),
            )
        )
    written = _written_at(source)
    try:
        connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=5)
        try:
            _copy_into(connection, part)
        finally:
            connection.close()
        copy = sqlite3.connect(part)
        try:
            return _facts_of(copy, source, written)
        finally:
            copy.close()
    except sqlite3.DatabaseError as exc:
        if _writing_failed(exc):  # the disk of the copy, not the backup, is at fault
            raise BackupFailed(
                msg(
                    "Die Kopie der Sicherung konnte nicht geschrieben werden ({reason}); es "
                    "wurde nichts geändert.",
                    reason=str(exc),
                )
            ) from exc
        raise _not_a_backup(source, str(exc)) from exc


def _writing_failed(exc: sqlite3.DatabaseError) -> bool:
    """A full disk or a failing write (``SQLITE_FULL``, ``SQLITE_IOERR_*``)."""
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    return name == "SQLITE_FULL" or name.startswith("SQLITE_IOERR")


def check_backup(source: Path) -> BackupFacts:
    """What ``source`` holds, after the checks a restore makes; changes nothing."""
    with tempfile.TemporaryDirectory() as folder:
        return _open_checked_copy(source, Path(folder) / "check.sqlite")


def _in_use(path: Path) -> BackupFailed:
    return BackupFailed(
        msg(
            "Die Datenbank {path} ist noch geöffnet (ein Programmfenster oder ein Befehl, hier "
            "oder an einem anderen Platz). Bitte schließen Sie alle Fenster von "
            "Bürgeranfragen, die diese Datenbank benutzen, und versuchen Sie es erneut; es "
            "wurde nichts geändert.",
            path=shown_path(path),
        )
    )


def _take_for_ourselves(path: Path) -> sqlite3.Connection:
    """A connection holding the database's exclusive lock, after leaving WAL mode (which SQLite
    allows only to the one connection there is): any other open connection refuses."""
    connection = sqlite3.connect(path, timeout=LOCK_TIMEOUT_S, isolation_level=None)
    try:
        mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise _in_use(path)
        connection.execute("BEGIN EXCLUSIVE")
    except sqlite3.OperationalError as exc:
        connection.close()
        raise _in_use(path) from exc
    except BaseException:
        connection.close()
        raise
    for suffix in ("-wal", "-shm", "-journal"):
        if path.with_name(path.name + suffix).exists():
            connection.close()
            raise _in_use(path)
    return connection


def kept_name(path: Path, moment: datetime) -> Path:
    """Where the replaced database goes: beside it, named with the time (never over a file
    kept before: two restores in one second get ``-2``, ``-3`` …)."""
    stamp = local(moment).strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.stem}.vor-wiederherstellung-{stamp}{path.suffix}")
    number = 1
    while kept.exists():
        number += 1
        kept = path.with_name(f"{path.stem}.vor-wiederherstellung-{stamp}-{number}{path.suffix}")
    return kept


def _restore_failed(exc: OSError) -> BackupFailed:
    return BackupFailed(
        msg(
            "Die Wiederherstellung ist nicht gelungen ({reason}).",
            reason=exc.strerror or str(exc),
        )
    )


def restore_database(url: str, source: Path, clock: Clock) -> RestoreResult:
    """Replace the database by the backup ``source`` after checking it; the replaced file is
    kept beside it. Refused while another connection has the database open."""
    path = database_file(url)
    source = source.absolute()
    if source.exists() and path.exists() and source.resolve() == path.resolve():
        raise BackupFailed(
            msg(
                "Die Datei {path} ist die Datenbank selbst; es wurde nichts geändert.",
                path=shown_path(source),
            )
        )
    try:  # a folder without rights, a full disk: said as a failed restore, nothing changed
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        part = _part_file(path)
    except OSError as exc:
        raise _restore_failed(exc) from exc
    try:
        facts = _open_checked_copy(source, part)
        kept = kept_name(path, clock())
        holder = _take_for_ourselves(path) if path.exists() else None
        try:
            if holder is not None:
                os.rename(path, kept)
            try:
                os.replace(part, path)
            except OSError:  # e.g. another restore took the part file: the database goes back
                if holder is not None:
                    os.rename(kept, path)
                raise
            _sync_folder(path.parent)
        finally:
            if holder is not None:
                holder.close()
    except OSError as exc:
        raise _restore_failed(exc) from exc
    finally:
        part.unlink(missing_ok=True)
    log.info("database restored from a backup (revision %s)", facts.revision)
    upgraded = _upgrade(url, clock, facts.revision)
    return RestoreResult(facts, kept if holder is not None else None, upgraded)


def _upgrade(url: str, clock: Clock, revision: str) -> str | None:
    from buergeranfragen.db.migrate import head_revision, open_database

    if revision == head_revision():
        return None
    open_database(url, clock).close()
    return revision
