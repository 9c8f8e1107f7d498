"""A report as one tidy table (pure): ``Kennzahl;Dimension;Wert`` (figure, dimension, value),
one row per number, for German Excel: ``;`` between cells, UTF-8 with a BOM, a decimal comma
("1,5", "89,9": a German Excel reads them as numbers), shares as percentages rounded to one
place with their counted part and whole beside them, an empty cell where there is no value
(a median without any answer). ``tidy_rows`` is the same table as Python values."""

from __future__ import annotations

import csv
from pathlib import Path

from buergeranfragen.contacts.io.csv_export import neutralise
from buergeranfragen.reports.records import DepartmentFigures, Durations, Report, Share
from buergeranfragen.reports.wording import (
    channel_label,
    channels_of,
    department_label,
    kind_label,
    share_percent,
)

Value = str | int | float | None
Row = tuple[str, str, Value]
HEADER = ("Kennzahl", "Dimension", "Wert")

NEW = "Neue Anfragen"
ANSWERED = "Beantwortet"
CLOSED = "Abgeschlossen"
OPEN = "Offen am Ende"
OVERDUE = "Überfällig am Ende"
FIRST_ANSWER = "Arbeitstage bis zur ersten Antwort"
CLOSING = "Arbeitstage bis zum Abschluss"
FIRST_CONTACT = "Beim ersten Anruf erledigt"
WITHIN_DEADLINE = "Fristgerecht beantwortet"
INTERIM = "Zwischennachricht rechtzeitig"


def _durations(name: str, durations: Durations, dimension: str = "") -> list[Row]:
    return [
        (f"{name} (Median)", dimension, durations.median),
        (f"{name} (90. Perzentil)", dimension, durations.p90),
        (f"{name} (Anzahl)", dimension, durations.count),
    ]


def _share(name: str, share: Share, dimension: str = "") -> list[Row]:
    return [
        (f"{name} (%)", dimension, share_percent(share)),
        (f"{name} (Anzahl)", dimension, share.part),
        (f"{name} (von)", dimension, share.whole),
    ]


def _department(figures: DepartmentFigures) -> list[Row]:
    code = department_label(figures.code)
    return [
        ("Abteilung", code, figures.name),
        (f"{ANSWERED} je Abteilung", code, figures.answered),
        (f"{CLOSED} je Abteilung", code, figures.closed),
        (f"{OPEN} je Abteilung", code, figures.open_at_end),
        (f"{OVERDUE} je Abteilung", code, figures.overdue_at_end),
        *_durations(f"{FIRST_ANSWER} je Abteilung", figures.first_answer, code),
        *_durations(f"{CLOSING} je Abteilung", figures.closing, code),
        *_share(f"{WITHIN_DEADLINE} je Abteilung", figures.within_deadline, code),
    ]


def tidy_rows(report: Report) -> list[Row]:
    """Every figure of ``report`` as (Kennzahl, Dimension, Wert): counts as int, working days
    as float, shares as a percentage (float, one place) with part and whole; None for none."""
    channels = channels_of(report)
    rows: list[Row] = [
        ("Zeitraum", report.period.key, report.period.label),
        ("Erster Tag", "", report.period.first.isoformat()),
        ("Letzter Tag", "", report.period.last.isoformat()),
        (NEW, "", report.new),
    ]
    rows += [
        (f"{NEW} nach Kanal", channel_label(c), report.new_by_channel.get(c, 0)) for c in channels
    ]
    rows += [(f"{NEW} nach Art", kind_label(k), n) for k, n in report.new_by_kind.items()]
    rows += [
        (f"{NEW} nach Abteilung", department_label(code), n)
        for code, n in report.new_by_department.items()
    ]
    rows += [(f"{NEW} nach Thema", topic, n) for topic, n in report.new_by_topic.items()]
    for day, counts in sorted(report.new_by_day.items()):
        rows.append((f"{NEW} je Tag", day.isoformat(), sum(counts.values())))
        rows += [
            (f"{NEW} je Tag und Kanal", f"{day.isoformat()} {channel_label(c)}", counts.get(c, 0))
            for c in channels
        ]
    rows += [
        (ANSWERED, "", report.answered),
        (CLOSED, "", report.closed),
        (OPEN, "", report.open_at_end),
        (OVERDUE, "", report.overdue_at_end),
        *_durations(FIRST_ANSWER, report.first_answer),
        *_durations(CLOSING, report.closing),
        *_share(FIRST_CONTACT, report.first_contact_resolution),
        *_share(WITHIN_DEADLINE, report.within_deadline),
        *_share(INTERIM, report.interim_on_time),
    ]
    for figures in report.departments:
        rows += _department(figures)
    for point in report.trend:
        week = point.period.key
        rows += [
            (f"Trend: {NEW}", week, point.new),
            (f"Trend: {ANSWERED}", week, point.answered),
            (f"Trend: {CLOSED}", week, point.closed),
            (f"Trend: {OPEN}", week, point.open_at_end),
            (f"Trend: {OVERDUE}", week, point.overdue_at_end),
            (f"Trend: {FIRST_ANSWER} (Median)", week, point.first_answer_median),
            *_share(f"Trend: {WITHIN_DEADLINE}", point.within_deadline, week),
        ]
    for item in report.overdue:
        rows += [
            ("Überfällig: Abteilung", item.reference, department_label(item.department_code)),
            ("Überfällig: Arbeitstage", item.reference, item.days_overdue),
        ]
    return rows


def cell(value: Value) -> str:
    """A value as German Excel reads it: 1,5 for a float, empty for none, text neutralised."""
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    if isinstance(value, int):
        return str(value)
    return neutralise(value)


def write_csv(report: Report, path: Path) -> None:
    """The tidy table to ``path`` (UTF-8 with BOM, ``;``, CRLF lines)."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(
            (figure, neutralise(dimension), cell(value))
            for figure, dimension, value in tidy_rows(report)
        )
