"""The tidy CSV: BOM, ';', German decimal comma, every figure of the Report with its value."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from buergeranfragen.reports.csv_export import HEADER, cell, tidy_rows, write_csv
from buergeranfragen.reports.records import Durations, Share
from tests.report_sample import realistic_sample_report
from tests.unit.reports.export_checks import assert_nothing_personal


def _read(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8")), delimiter=";"))


def _lookup(rows: list[list[str]]) -> dict[tuple[str, str], str]:
    return {(figure, dimension): value for figure, dimension, value in rows[1:]}


def test_the_file_is_the_tidy_rows_with_german_numbers(tmp_path: Path) -> None:
    report = realistic_sample_report()
    path = tmp_path / "r.csv"
    write_csv(report, path)
    rows = _read(path)
    assert tuple(rows[0]) == HEADER
    assert all(len(row) == 3 for row in rows)
    assert [(f, d) for f, d, _ in rows[1:]] == [(f, d) for f, d, _ in tidy_rows(report)]
    cells = _lookup(rows)
    assert cells[("Neue Anfragen", "")] == "178"
    assert cells[("Neue Anfragen nach Kanal", "Telefon")] == "54"
    assert cells[("Neue Anfragen nach Abteilung", "Nicht zugeordnet")] == "30"
    assert cells[("Arbeitstage bis zur ersten Antwort (90. Perzentil)", "")] == "3,8"
    assert cells[("Fristgerecht beantwortet (%)", "")] == "89,9"
    assert cells[("Fristgerecht beantwortet je Abteilung (%)", "II B")] == "87,8"
    assert cells[("Trend: Arbeitstage bis zur ersten Antwort (Median)", "2026-W38")] == ""
    assert cells[("Überfällig: Arbeitstage", "BA-2026-00312")] == "9"
    assert cells[("Überfällig: Abteilung", "BA-2026-00377")] == "Nicht zugeordnet"
    assert_nothing_personal(path.read_text(encoding="utf-8-sig"))


def test_every_figure_of_the_report_is_a_row() -> None:
    report = realistic_sample_report()
    values = {(f, d): v for f, d, v in tidy_rows(report)}
    assert values[("Neue Anfragen", "")] == report.new
    for figure, expected in (
        ("Beantwortet", report.answered),
        ("Abgeschlossen", report.closed),
        ("Offen am Ende", report.open_at_end),
        ("Überfällig am Ende", report.overdue_at_end),
        ("Arbeitstage bis zum Abschluss (Median)", report.closing.median),
        ("Arbeitstage bis zum Abschluss (Anzahl)", report.closing.count),
        ("Beim ersten Anruf erledigt (%)", 57.4),
        ("Beim ersten Anruf erledigt (von)", 54),
        ("Zwischennachricht rechtzeitig (Anzahl)", 7),
    ):
        assert values[(figure, "")] == expected, figure
    assert {d: v for (f, d), v in values.items() if f == "Neue Anfragen nach Art"} == {
        "Bürger": 138, "Presse": 31, "IFG": 9
    }  # fmt: skip
    topics = {d: v for (f, d), v in values.items() if f == "Neue Anfragen nach Thema"}
    assert topics == report.new_by_topic
    days = {d: v for (f, d), v in values.items() if f == "Neue Anfragen je Tag"}
    assert days == {day.isoformat(): sum(c.values()) for day, c in report.new_by_day.items()}
    assert values[("Neue Anfragen je Tag und Kanal", "2026-11-19 Brief")] == 5
    for department in report.departments:
        code = department.code or "Nicht zugeordnet"
        assert values[("Beantwortet je Abteilung", code)] == department.answered
        assert values[("Arbeitstage bis zur ersten Antwort je Abteilung (Median)", code)] == (
            department.first_answer.median
        )
    trend = {d: v for (f, d), v in values.items() if f == "Trend: Neue Anfragen"}
    assert trend == {p.period.key: p.new for p in report.trend} and len(trend) == 12
    overdue = {d: v for (f, d), v in values.items() if f == "Überfällig: Arbeitstage"}
    assert overdue == {item.reference: item.days_overdue for item in report.overdue}


def test_cells_keep_excel_from_running_formulas_and_say_none_as_empty() -> None:
    assert cell(None) == "" and cell(2.5) == "2,5" and cell(7) == "7"
    assert cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert Durations().median is None and Share().value is None
