"""The report's working-day count (by arithmetic per year) equals counting day by day."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from buergeranfragen.reports.figures import _working_days_after
from buergeranfragen.workflow.calendar_nrw import is_working_day

CLOSED = st.sets(st.sampled_from([(12, 24), (12, 31), (2, 29), (1, 2), (11, 1), (6, 7)]))


def _day_by_day(first: date, last: date, closed: frozenset[tuple[int, int]]) -> int:
    count, day = 0, first + timedelta(days=1)
    while day <= last:
        count += is_working_day(day, closed)
        day += timedelta(days=1)
    return count


@settings(max_examples=300, deadline=None)
@given(
    first=st.dates(min_value=date(2019, 1, 1), max_value=date(2031, 12, 31)),
    span=st.integers(min_value=-10, max_value=1200),
    closed=CLOSED,
)
def test_equals_counting_day_by_day(first: date, span: int, closed: set[tuple[int, int]]) -> None:
    last = first + timedelta(days=span)
    assert _working_days_after(first, last, closed) == _day_by_day(first, last, frozenset(closed))


def test_known_weeks() -> None:
    # Friday 2 October 2026 to Monday 5 October: the weekend is not counted, Monday is.
    assert _working_days_after(date(2026, 10, 2), date(2026, 10, 5), ()) == 1
    # 30 Sep 2026 to 5 Oct: 1 Oct, 2 Oct, (3 Oct holiday on a Saturday), 5 Oct.
    assert _working_days_after(date(2026, 9, 30), date(2026, 10, 5), ()) == 3
    # 23 Dec 2026 to 28 Dec: 24 Dec closed, 25/26 holidays, 28 Dec.
    assert _working_days_after(date(2026, 12, 23), date(2026, 12, 28), [(12, 24)]) == 1
    assert _working_days_after(date(2026, 12, 23), date(2026, 12, 23), ()) == 0
