"""Working days in North Rhine-Westphalia: Monday to Friday except the public holidays of NRW
(``holidays`` package, Germany, subdivision NW: Neujahr, Karfreitag, Ostermontag, 1. Mai,
Christi Himmelfahrt, Pfingstmontag, Fronleichnam, Tag der Deutschen Einheit, Allerheiligen,
1. and 2. Weihnachtstag) and any further closed days the office sets (``closed_days``, e.g.
24 and 31 December). Everything here works on Berlin calendar dates: a clock change never moves
a day.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta
from functools import lru_cache

import holidays

from buergeranfragen.errors import KnownError
from buergeranfragen.messages import msg

MonthDay = tuple[int, int]  # (month, day), a closed day every year
_SEARCH_LIMIT = 400  # days looked at for the next working day before giving up


@lru_cache(maxsize=64)
def public_holidays(year: int) -> frozenset[date]:
    """The public holidays of NRW in ``year``."""
    return frozenset(holidays.country_holidays("DE", subdiv="NW", years=year).keys())


def is_working_day(day: date, closed_days: Collection[MonthDay] = ()) -> bool:
    return (
        day.weekday() < 5
        and day not in public_holidays(day.year)
        and (day.month, day.day) not in closed_days
    )


def next_working_day(day: date, closed_days: Collection[MonthDay] = ()) -> date:
    """``day`` itself if it is a working day, else the first working day after it."""
    for _ in range(_SEARCH_LIMIT):
        if is_working_day(day, closed_days):
            return day
        day += timedelta(days=1)
    raise _no_working_day()


def add_working_days(day: date, count: int, closed_days: Collection[MonthDay] = ()) -> date:
    """The ``count``-th working day after ``day`` (``day`` itself not counted, whatever it is);
    ``count`` 0 gives ``day`` unchanged."""
    if count < 0:
        raise ValueError("count must not be negative")
    for _ in range(_SEARCH_LIMIT * max(1, count)):
        if not count:
            return day
        day += timedelta(days=1)
        if is_working_day(day, closed_days):
            count -= 1
    if not count:
        return day
    raise _no_working_day()


def _no_working_day() -> KnownError:
    return KnownError(
        msg(
            "Die eingestellten dienstfreien Tage lassen keinen Arbeitstag übrig; bitte die Fristen "
            "des Büros prüfen (deadlines show)."
        )
    )


def add_months(day: date, months: int) -> date:
    """The same day number ``months`` later, or that month's last day if it has no such day
    (§ 188 Abs. 2 and 3 BGB: 31 January + 1 month = 28/29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    following = date(year + (month == 12), month % 12 + 1, 1)
    last = (following - timedelta(days=1)).day
    return date(year, month, min(day.day, last))
