"""The daily backup and its rotation: 7 daily, 4 weekly (`db/daily.py`)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.db.backup import BackupFailed
from buergeranfragen.db.daily import backup_name, backups_in, run_daily_backup, to_keep
from buergeranfragen.db.migrate import open_database


def test_rotation_keeps_seven_days_and_the_newest_of_four_weeks() -> None:
    days = [date(2026, 11, 25) - timedelta(days=n) for n in range(60)]  # a Wednesday back
    keep = to_keep(days)
    daily = {date(2026, 11, 25) - timedelta(days=n) for n in range(7)}  # 19.-25.11.
    # weeks 48 (25.11.), 47 (ends 22.11.), 46 (ends 15.11.), 45 (ends 8.11.)
    weekly = {date(2026, 11, 25), date(2026, 11, 22), date(2026, 11, 15), date(2026, 11, 8)}
    assert keep == daily | weekly


def test_rotation_with_gaps_counts_backups_not_calendar_days() -> None:
    days = [date(2026, 1, 5), date(2026, 1, 20), date(2026, 3, 2), date(2026, 3, 3)]
    assert to_keep(days) == set(days)
    many = [date(2026, 3, 1) + timedelta(weeks=n) for n in range(10)]  # one a week
    assert to_keep(many) == set(many[-7:])
    assert to_keep(many, daily=2, weekly=4) == set(many[-4:])
    assert to_keep([]) == set()


def test_daily_backup_once_a_day_and_pruned(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'office.sqlite'}"
    clock = FixedClock(datetime(2026, 11, 25, 23, 30, tzinfo=UTC))  # 26.11. in Berlin
    open_database(url, clock).close()
    folder = tmp_path / "backups"
    folder.mkdir()
    for n in range(1, 40):
        (folder / backup_name(date(2026, 11, 26) - timedelta(days=n))).write_text("alt")
    (folder / "notizen.txt").write_text("fremd")
    first = run_daily_backup(url, None, clock)
    assert first.made and first.path == folder / "buergeranfragen-2026-11-26.sqlite"
    assert first.path.read_bytes().startswith(b"SQLite format 3")
    assert (folder / "notizen.txt").exists()
    kept = sorted(backups_in(folder))
    # 20.-26.11. daily; weeks 47 (22.11., daily already), 46 (15.11.), 45 (8.11.)
    assert kept == [date(2026, 11, 8), date(2026, 11, 15)] + [
        date(2026, 11, d) for d in range(20, 27)
    ]
    second = run_daily_backup(url, None, clock)
    assert not second.made and second.removed == ()


def test_daily_backup_into_a_configured_folder_and_not_for_postgresql(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'office.sqlite'}"
    clock = FixedClock(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
    open_database(url, clock).close()
    result = run_daily_backup(url, tmp_path / "elsewhere", clock)
    assert result.path.parent == tmp_path / "elsewhere"
    with pytest.raises(BackupFailed, match="pg_dump"):
        run_daily_backup("postgresql+psycopg://u@h/db", None, clock)


def test_a_backup_folder_that_cannot_be_made_is_a_known_failure(tmp_path: Path) -> None:
    """BUERGERANFRAGEN_BACKUP_DIR naming a file (or a place without rights): said in the status
    bar like any failed backup, not an unexpected error."""
    url = f"sqlite:///{tmp_path / 'office.sqlite'}"
    clock = FixedClock(datetime(2026, 11, 25, 9, tzinfo=UTC))
    open_database(url, clock).close()
    blocker = tmp_path / "kein-ordner"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(BackupFailed) as failed:
        run_daily_backup(url, blocker, clock)
    assert "kein-ordner" in failed.value.reason.render()
