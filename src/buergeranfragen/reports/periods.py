"""The periods a report covers (pure): an ISO week (Monday 00:00 to Sunday 24:00,
Europe/Berlin), a month, a quarter, a year, or any span of days; each with its German label
("KW 47/2026", "November 2026", "Q4 2026", "2026", "01.11.2026–15.11.2026") and its bounds as
moments (Berlin midnights, so the clock change does not move them)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from buergeranfragen.calendar import local, local_midnight
from buergeranfragen.errors import KnownError
from buergeranfragen.messages import msg

MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip
LONGEST = 366 * 5  # days a report may span


class PeriodKind(StrEnum):
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    RANGE = "range"


@dataclass(frozen=True)
class Period:
    """The days ``first`` to ``last`` (both included), Berlin calendar dates."""

    kind: PeriodKind
    first: date
    last: date
    label: str  # "KW 47/2026", "November 2026", …
    key: str  # "2026-W47", "2026-11", "2026-Q4", "2026", "2026-11-01..2026-11-15"

    @property
    def start(self) -> datetime:
        """The first moment (Berlin midnight at the start of ``first``)."""
        return local_midnight(self.first)

    @property
    def end(self) -> datetime:
        """The moment after the last (Berlin midnight after ``last``): a half-open range."""
        return local_midnight(self.last + timedelta(days=1))

    @property
    def days(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1)]

    def previous_weeks(self, count: int) -> list[Period]:
        """The ``count`` ISO weeks before this period's first week, oldest first."""
        year, number, _ = self.first.isocalendar()
        monday = date.fromisocalendar(year, number, 1)
        return [week_of(monday - timedelta(weeks=n)) for n in range(count, 0, -1)]


def week(year: int, number: int) -> Period:
    try:
        monday = date.fromisocalendar(year, number, 1)
    except ValueError as exc:
        raise KnownError(
            msg("Die Kalenderwoche {week}/{year} gibt es nicht.", week=number, year=year)
        ) from exc
    return Period(
        PeriodKind.WEEK,
        monday,
        monday + timedelta(days=6),
        f"KW {number}/{year}",
        f"{year}-W{number:02d}",
    )


def week_of(day: date) -> Period:
    year, number, _ = day.isocalendar()
    return week(year, number)


def last_complete_week(now: datetime) -> Period:
    """The week before the one ``now`` falls in (Berlin time): Monday's report is last week's."""
    return week_of(local(now).date() - timedelta(days=7))


def month(year: int, number: int) -> Period:
    if not 1 <= number <= 12:
        raise KnownError(msg("Einen Monat {month} gibt es nicht.", month=number))
    first = date(year, number, 1)
    following = date(year + number // 12, number % 12 + 1, 1)
    return Period(
        PeriodKind.MONTH,
        first,
        following - timedelta(days=1),
        f"{MONTHS[number - 1]} {year}",
        f"{year}-{number:02d}",
    )


def quarter(year: int, number: int) -> Period:
    if not 1 <= number <= 4:
        raise KnownError(msg("Ein Quartal {quarter} gibt es nicht.", quarter=number))
    first = date(year, 3 * number - 2, 1)
    last = month(year, 3 * number).last
    return Period(PeriodKind.QUARTER, first, last, f"Q{number} {year}", f"{year}-Q{number}")


def year(number: int) -> Period:
    return Period(
        PeriodKind.YEAR, date(number, 1, 1), date(number, 12, 31), str(number), str(number)
    )


def between(first: date, last: date) -> Period:
    if last < first:
        raise KnownError(msg("Das Ende des Zeitraums liegt vor seinem Anfang."))
    if (last - first).days >= LONGEST:
        raise KnownError(msg("Ein Bericht umfasst höchstens fünf Jahre."))
    return Period(
        PeriodKind.RANGE,
        first,
        last,
        f"{first:%d.%m.%Y}–{last:%d.%m.%Y}",
        f"{first.isoformat()}..{last.isoformat()}",
    )


_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?Q([1-4])$", re.IGNORECASE)
_YEAR = re.compile(r"^(\d{4})$")


def parse(text: str) -> Period:
    """ "2026-W47", "2026-11", "2026-Q4" or "2026"; anything else is refused in German."""
    value = text.strip()
    if found := _WEEK.match(value):
        return week(int(found[1]), int(found[2]))
    if found := _QUARTER.match(value):
        return quarter(int(found[1]), int(found[2]))
    if found := _MONTH.match(value):
        return month(int(found[1]), int(found[2]))
    if found := _YEAR.match(value):
        return year(int(found[1]))
    raise KnownError(
        msg(
            "Den Zeitraum {text} verstehe ich nicht; bitte z. B. 2026-W47, 2026-11, 2026-Q4 "
            "oder 2026.",
            text=value[:50],
        )
    )
