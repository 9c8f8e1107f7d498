"""The office's calendar: everything is stored in UTC and shown in Europe/Berlin; periods of
the queue are Berlin calendar days."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")


def local(moment: datetime) -> datetime:
    return moment.astimezone(BERLIN)


def format_local(moment: datetime | None) -> str:
    """25.11.2026 09:30"""
    return local(moment).strftime("%d.%m.%Y %H:%M") if moment else ""


class Period(StrEnum):
    """The queue's period filter: counted in Berlin calendar days."""

    ALL = "all"
    TODAY = "today"
    WEEK = "week"  # the last 7 days, today included
    MONTH = "month"  # the last 30 days, today included
    YEAR = "year"  # since 1 January


def period_start(period: Period, now: datetime) -> datetime | None:
    """The first moment of ``period`` as seen from ``now`` (midnight in Berlin), or None."""
    midnight = local(now).replace(hour=0, minute=0, second=0, microsecond=0)
    if period == Period.TODAY:
        return midnight
    if period == Period.WEEK:
        return _midnight_days_before(midnight, 6)
    if period == Period.MONTH:
        return _midnight_days_before(midnight, 29)
    if period == Period.YEAR:
        return midnight.replace(month=1, day=1)
    return None


def _midnight_days_before(midnight: datetime, days: int) -> datetime:
    """Calendar arithmetic on the date, so a clock change in between does not shift it."""
    return local_midnight(midnight.date() - timedelta(days=days))


def local_midnight(day: date) -> datetime:
    """The first moment of a Berlin calendar day."""
    return datetime(day.year, day.month, day.day, tzinfo=BERLIN)
