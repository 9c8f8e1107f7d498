"""A realistic ``Report`` built by hand for the export tests (until the computation lands):
KW 47/2026, four channels, four departments and "Nicht zugeordnet", 12 trend weeks, an overdue
list. Only the period, department codes and names (organisations), topics and counts: the
report type carries nothing personal, so neither does this sample."""

from __future__ import annotations

from datetime import UTC, datetime

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

CHANNELS = ("phone", "email", "letter", "in_person")
GENERATED = datetime(2026, 11, 26, 13, 5, tzinfo=UTC)  # 14:05 in Berlin

_DAY_COUNTS = (  # Monday … Sunday: phone, email, letter, in person
    (14, 22, 3, 2),
    (11, 19, 4, 1),
    (12, 17, 2, 3),
    (9, 21, 5, 0),
    (8, 15, 1, 2),
    (0, 4, 0, 0),
    (0, 3, 0, 0),
)


def _departments() -> list[DepartmentFigures]:
    return [
        DepartmentFigures(
            "I A",
            "Abteilung I – Zentrale Dienste",
            new=41,
            answered=37,
            closed=30,
            open_at_end=12,
            overdue_at_end=2,
            first_answer=Durations(37, 1.0, 3.5),
            closing=Durations(30, 2.0, 6.0),
            within_deadline=Share(34, 37),
        ),
        DepartmentFigures(
            "II B",
            "Abteilung II – Umwelt",
            new=58,
            answered=49,
            closed=41,
            open_at_end=19,
            overdue_at_end=4,
            first_answer=Durations(49, 1.5, 4.2),
            closing=Durations(41, 3.0, 8.0),
            within_deadline=Share(43, 49),
        ),
        DepartmentFigures(
            "III",
            "Abteilung III – Verkehr",
            new=33,
            answered=29,
            closed=25,
            open_at_end=9,
            overdue_at_end=1,
            first_answer=Durations(29, 1.0, 2.8),
            closing=Durations(25, 2.5, 5.0),
            within_deadline=Share(28, 29),
        ),
        DepartmentFigures(
            "PR",
            "Pressestelle",
            new=16,
            answered=16,
            closed=15,
            open_at_end=1,
            overdue_at_end=0,
            first_answer=Durations(16, 0.0, 1.0),
            closing=Durations(15, 0.5, 2.0),
            within_deadline=Share(16, 16),
        ),
        DepartmentFigures(
            UNASSIGNED,
            "Nicht zugeordnet",
            new=30,
            answered=18,
            closed=12,
            open_at_end=14,
            overdue_at_end=3,
            first_answer=Durations(18, 2.0, 5.0),
            closing=Durations(12, 3.0, 9.0),
            within_deadline=Share(13, 18),
        ),
    ]


def _trend(period: Period) -> list[TrendPoint]:
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


def sample_report(period: Period | None = None) -> Report:
    period = period or week(2026, 47)
    by_day = {
        day: dict(zip(CHANNELS, counts, strict=True))
        for day, counts in zip(period.days, _DAY_COUNTS, strict=False)
    }
    by_channel = {channel: sum(day[channel] for day in by_day.values()) for channel in CHANNELS}
    departments = _departments()
    new = sum(by_channel.values())
    return Report(
        period=period,
        generated_at=GENERATED,
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
        trend=_trend(period),
        overdue=[
            OverdueItem("BA-2026-00312", "II B", 9),
            OverdueItem("BA-2026-00377", UNASSIGNED, 7),
            OverdueItem("BA-2026-00401", "II B", 5),
            OverdueItem("BA-2026-00415", "I A", 4),
            OverdueItem("BA-2026-00420", UNASSIGNED, 3),
            OverdueItem("BA-2026-00433", "II B", 3),
            OverdueItem("BA-2026-00448", "III", 2),
            OverdueItem("BA-2026-00451", "II B", 1),
            OverdueItem("BA-2026-00452", "I A", 1),
            OverdueItem("BA-2026-00460", UNASSIGNED, 1),
        ],
    )
