"""A report built by hand (until the computation lands): known figures for KW 47/2026, with
stand-in writers and drawings for the window's and the weekly report's tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from buergeranfragen.reports.periods import Period, week
from buergeranfragen.reports.records import (
    UNASSIGNED,
    DepartmentFigures,
    Durations,
    OverdueItem,
    Report,
    Share,
    TrendPoint,
)

CHANNELS = ("email", "phone", "letter", "in_person")


def sample_report(period: Period | None = None) -> Report:
    period = period or week(2026, 47)
    by_day: dict[date, dict[str, int]] = {
        day: {channel: (n + i) % 4 for i, channel in enumerate(CHANNELS)}
        for n, day in enumerate(period.days)
    }
    return Report(
        period=period,
        generated_at=datetime(2026, 11, 30, 7, 0, tzinfo=UTC),
        new=42,
        new_by_channel={"email": 20, "phone": 15, "letter": 4, "in_person": 3},
        new_by_kind={"citizen": 30, "press": 10, "ifg": 2},
        new_by_department={"BAU": 12, "SOZ": 20, UNASSIGNED: 10},
        new_by_topic={"Bauen": 12, "Soziales": 20, "Sonstiges": 10},
        new_by_day=by_day,
        answered=31,
        closed=27,
        open_at_end=17,
        overdue_at_end=4,
        first_answer=Durations(31, 1.5, 4.0),
        closing=Durations(27, 3.0, 8.5),
        first_contact_resolution=Share(9, 15),
        within_deadline=Share(28, 31),
        interim_on_time=Share(3, 4),
        departments=[
            DepartmentFigures(
                "BAU",
                "Bauen und Wohnen",
                12,
                10,
                9,
                5,
                2,
                Durations(10, 2.0, 5.0),
                Durations(9, 3.0, 6.0),
                Share(8, 10),
            ),
            DepartmentFigures(
                "SOZ",
                "Soziales",
                20,
                16,
                14,
                7,
                1,
                Durations(16, 1.0, 3.0),
                Durations(14, 2.5, 7.0),
                Share(15, 16),
            ),
            DepartmentFigures(UNASSIGNED, "Nicht zugeordnet", 10, 5, 4, 5, 1),
        ],  # fmt: skip
        trend=[
            TrendPoint(p, 30 + n, 25 + n, 20 + n, 10, n % 3, 1.0 + n / 10, Share(n, n + 1))
            for n, p in enumerate(period.previous_weeks(12))
        ],
        overdue=[
            OverdueItem("2026-000123", "BAU", 6),
            OverdueItem("2026-000140", "SOZ", 3),
            OverdueItem("2026-000151", UNASSIGNED, 1),
        ],
    )


def stand_in_writer(fmt: str):  # type: ignore[no-untyped-def]
    """A writer that writes the period and the format (what the real ones get: a report and
    a path)."""

    def write(report: Report, path: Path) -> None:
        path.write_text(f"{fmt} {report.period.label} {report.new}\n", encoding="utf-8")

    return write


STAND_IN_WRITERS = {fmt: stand_in_writer(fmt) for fmt in ("xlsx", "pdf", "csv")}
