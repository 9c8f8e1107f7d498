"""The clock that services are given, so tests can pin time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Aware UTC now; the one place that reads the wall clock."""
    return datetime.now(UTC)


class FixedClock:
    """A clock for tests and scripted runs: returns a set time, advanced on request."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now
