"""Reports built by hand (until the computation lands), for KW 47/2026 unless told otherwise,
and stand-in writers for the window's and the weekly report's tests.

Two samples, because the tests assert on their figures:

- ``small_sample_report``: small round figures (42 new), two departments and "Nicht
  zugeordnet", a synthetic week by day; for the window, the weekly report and the stand-in
  writers.
- ``realistic_sample_report``: figures of a realistic week (four channels, four departments and
  "Nicht zugeordnet", 12 trend weeks, an overdue list of ten); for the export tests.

Only the period, department codes and names (organisations), topics and counts: the report type
carries nothing personal, so neither do these samples."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from buergeranfragen.reports.periods import Period, week
from buergeranfragen.reports.records import (
    OTHER_TOPIC,
    UNASSIGNED,
    DepartmentFigures,
    Durations,
    OverdueItem,
    Report,
    Share,
    TrendPoint,
)


def _department(
    code: str,
    name: str,
    counts: tuple[int, int, int, int, int],
    first_answer: tuple[float, float],
    closing: tuple[float, float],
    in_time: int,
) -> DepartmentFigures:
    """A department's figures: new, answered, closed, open and overdue; the median and 90th
    percentile of the days to the first answer (over the answered) and to closing (over the
    closed); how many of the answered were answered in time."""
    new, answered, closed, open_at_end, overdue_at_end = counts
    return DepartmentFigures(
        code,
        name,
        new=new,
        answered=answered,
        closed=closed,
        open_at_end=open_at_end,
        overdue_at_end=overdue_at_end,
        first_answer=Durations(answered, *first_answer),
        closing=Durations(closed, *closing),
        within_deadline=Share(in_time, answered),
    )


# --- the small sample ---------------------------------------------------------------------

_SMALL_CHANNELS = ("email", "phone", "letter", "in_person")


def small_sample_report(period: Period | None = None) -> Report:
    period = period or week(2026, 47)
    by_day: dict[date, dict[str, int]] = {
        day: {channel: (n + i) % 4 for i, channel in enumerate(_SMALL_CHANNELS)}
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
            _department("BAU", "Bauen und Wohnen", (12, 10, 9, 5, 2), (2.0, 5.0), (3.0, 6.0), 8),
            _department("SOZ", "Soziales", (20, 16, 14, 7, 1), (1.0, 3.0), (2.5, 7.0), 15),
            DepartmentFigures(UNASSIGNED, "Nicht zugeordnet", 10, 5, 4, 5, 1),
        ],
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


# --- the realistic sample -----------------------------------------------------------------

_REALISTIC_CHANNELS = ("phone", "email", "letter", "in_person")
_REALISTIC_GENERATED = datetime(2026, 11, 26, 13, 5, tzinfo=UTC)  # 14:05 in Berlin

_REALISTIC_DAY_COUNTS = (  # Monday … Sunday: phone, email, letter, in person
    (14, 22, 3, 2),
    (11, 19, 4, 1),
    (12, 17, 2, 3),
    (9, 21, 5, 0),
    (8, 15, 1, 2),
    (0, 4, 0, 0),
    (0, 3, 0, 0),
)

_REALISTIC_DEPARTMENTS = (  # code, name, counts, first answer, closing, answered in time
    ("I A", "Abteilung I – Zentrale Dienste", (41, 37, 30, 12, 2), (1.0, 3.5), (2.0, 6.0), 34),
    ("II B", "Abteilung II – Umwelt", (58, 49, 41, 19, 4), (1.5, 4.2), (3.0, 8.0), 43),
    ("III", "Abteilung III – Verkehr", (33, 29, 25, 9, 1), (1.0, 2.8), (2.5, 5.0), 28),
    ("PR", "Pressestelle", (16, 16, 15, 1, 0), (0.0, 1.0), (0.5, 2.0), 16),
    (UNASSIGNED, "Nicht zugeordnet", (30, 18, 12, 14, 3), (2.0, 5.0), (3.0, 9.0), 13),
)

_REALISTIC_OVERDUE = (  # reference, department, working days overdue
    ("BA-2026-00312", "II B", 9),
    ("BA-2026-00377", UNASSIGNED, 7),
    ("BA-2026-00401", "II B", 5),
    ("BA-2026-00415", "I A", 4),
    ("BA-2026-00420", UNASSIGNED, 3),
    ("BA-2026-00433", "II B", 3),
    ("BA-2026-00448", "III", 2),
    ("BA-2026-00451", "II B", 1),
    ("BA-2026-00452", "I A", 1),
    ("BA-2026-00460", UNASSIGNED, 1),
)


def _realistic_trend(period: Period) -> list[TrendPoint]:
    points = []
    for index, earlier in enumerate(period.previous_weeks(12)):
        new = 150 + (index * 7) % 40
        answered = new - 12 + index % 5
        points.append(
            TrendPoint(
                period=earlier,
                new=new,
                answered=answered,
                closed=answered - 20,
                open_at_end=40 + index % 9,
                overdue_at_end=5 + index % 4,
                first_answer_median=None if index == 3 else 1.0 + (index % 3) * 0.5,
                within_deadline=Share(answered - 15 + index % 6, answered),
            )
        )
    return points


def realistic_sample_report(period: Period | None = None) -> Report:
    period = period or week(2026, 47)
    by_day = {
        day: dict(zip(_REALISTIC_CHANNELS, counts, strict=True))
        for day, counts in zip(period.days, _REALISTIC_DAY_COUNTS, strict=False)
    }
    by_channel = {
        channel: sum(day[channel] for day in by_day.values()) for channel in _REALISTIC_CHANNELS
    }
    departments = [_department(*row) for row in _REALISTIC_DEPARTMENTS]
    new = sum(by_channel.values())
    return Report(
        period=period,
        generated_at=_REALISTIC_GENERATED,
        new=new,
        new_by_channel=by_channel,
        new_by_kind={"citizen": new - 31 - 9, "press": 31, "ifg": 9},
        new_by_department={d.code: d.new for d in departments},
        new_by_topic={
            "Abfall und Recycling": 44,
            "Förderprogramme": 39,
            "Straßenbau": 31,
            "Presseanfrage Haushalt": 26,
            "Informationsfreiheit": 9,
            OTHER_TOPIC: new - 149,
        },
        new_by_day=by_day,
        answered=149,
        closed=123,
        open_at_end=55,
        overdue_at_end=10,
        first_answer=Durations(149, 1.0, 3.8),
        closing=Durations(123, 2.5, 7.0),
        first_contact_resolution=Share(31, 54),
        within_deadline=Share(134, 149),
        interim_on_time=Share(7, 8),
        departments=departments,
        trend=_realistic_trend(period),
        overdue=[OverdueItem(*row) for row in _REALISTIC_OVERDUE],
    )
