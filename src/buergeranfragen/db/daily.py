"""The daily automatic backup of a SQLite database and its rotation (7 daily, 4 weekly).

Backups are ``buergeranfragen-YYYY-MM-DD.sqlite`` in the backups folder (beside the database,
or the one configured with ``BUERGERANFRAGEN_BACKUP_DIR``). The first start of a day makes
one; then the rotation keeps the newest ``DAILY`` days and the newest backup of each of the
newest ``WEEKLY`` calendar weeks, and deletes the other backups of this pattern (nothing else
in the folder is touched).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from buergeranfragen.calendar import local
from buergeranfragen.clock import Clock
from buergeranfragen.db.backup import BackupFailed, backup_database, database_file
from buergeranfragen.input_files import shown_path
from buergeranfragen.messages import msg

log = logging.getLogger("buergeranfragen.db")
DAILY = 7
WEEKLY = 4
_NAME = re.compile(r"^buergeranfragen-(\d{4})-(\d{2})-(\d{2})\.sqlite$")


@dataclass(frozen=True)
class DailyBackup:
    path: Path
    made: bool  # False: today's backup was there already
    removed: tuple[Path, ...]  # older backups the rotation deleted


def to_keep(days: Iterable[date], daily: int = DAILY, weekly: int = WEEKLY) -> set[date]:
    """The backup days the rotation keeps: the ``daily`` newest, and the newest of each of the
    ``weekly`` newest ISO calendar weeks that have a backup."""
    ordered = sorted(set(days), reverse=True)
    keep = set(ordered[:daily])
    newest_of_week: dict[tuple[int, int], date] = {}
    for day in ordered:
        week = day.isocalendar()[:2]
        newest_of_week.setdefault((week[0], week[1]), day)
    for week in sorted(newest_of_week, reverse=True)[:weekly]:
        keep.add(newest_of_week[week])
    return keep


def backup_name(day: date) -> str:
    return f"buergeranfragen-{day.isoformat()}.sqlite"


def backups_in(folder: Path) -> dict[date, Path]:
    """The daily backups in ``folder`` by day (other files are not ours)."""
    found: dict[date, Path] = {}
    if not folder.is_dir():
        return found
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match and entry.is_file():
            try:
                found[date(int(match[1]), int(match[2]), int(match[3]))] = entry
            except ValueError:
                continue
    return found


def backup_folder(url: str, configured: Path | None) -> Path:
    return configured if configured is not None else database_file(url).parent / "backups"


def run_daily_backup(url: str, configured: Path | None, clock: Clock) -> DailyBackup:
    """Today's backup unless there is one, then the rotation. PostgreSQL: ``BackupFailed``."""
    folder = backup_folder(url, configured)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:  # a file of that name, no rights: a failed backup, said as such
        raise BackupFailed(
            msg(
                "Die Sicherung nach {path} ist nicht gelungen ({reason}).",
                path=shown_path(folder),
                reason=exc.strerror or str(exc),
            )
        ) from exc
    today = local(clock()).date()
    target = folder / backup_name(today)
    made = False
    if not target.exists():
        backup_database(url, target)
        made = True
    removed = []
    # backups dated after today (made while the clock was ahead) are left alone: counted,
    # they would push today's and the real recent ones out of the rotation
    existing = {day: path for day, path in backups_in(folder).items() if day <= today}
    keep = to_keep(existing)
    for day, path in existing.items():
        if day not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    log.info("daily backup: made %s, removed %d", made, len(removed))
    return DailyBackup(target, made, tuple(removed))
