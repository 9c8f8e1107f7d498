"""The workbook read back with openpyxl: sheets, values, number formats, print set-up, chart."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from buergeranfragen.reports.xlsx_export import DEPARTMENT_COLUMNS, SHEETS, write_xlsx
from tests.report_sample import realistic_sample_report
from tests.unit.reports.export_checks import assert_nothing_personal


def _book(tmp_path: Path) -> openpyxl.Workbook:
    path = tmp_path / "r.xlsx"
    write_xlsx(realistic_sample_report(), path)
    return openpyxl.load_workbook(path)


def test_sheets_titles_and_print_setup(tmp_path: Path) -> None:
    book = _book(tmp_path)
    assert book.sheetnames == list(SHEETS)
    for sheet in book.worksheets:
        assert sheet["A1"].value.startswith("Wochenbericht KW 47/2026")
        assert sheet["A2"].value == "KW 47/2026, 16.11.–22.11.2026"
        assert sheet["A3"].value == "erstellt am 26.11.2026 14:05"
        assert sheet.print_title_rows == "$4:$4"
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.paperSize == 9
        assert sheet.sheet_properties.pageSetUpPr.fitToPage  # one page wide (the default)
        assert sheet.page_setup.fitToHeight == 0 and sheet.page_setup.fitToWidth in (None, 1)
        assert "Seite &P von &N" in sheet.oddFooter.right.text


def test_overview_values_and_formats(tmp_path: Path) -> None:
    sheet = _book(tmp_path)["Überblick"]
    cells = {row[0].value: row[1] for row in sheet.iter_rows(min_row=5) if row[0].value}
    assert cells["Neue Anfragen"].value == 178
    assert cells["Überfällig am Ende des Zeitraums"].value == 10
    median = cells["Bis zur ersten Antwort, Median (Arbeitstage)"]
    assert median.value == 1.0 and median.number_format == "0.0"
    share = cells["Fristgerecht beantwortet (134 von 149)"]
    assert abs(share.value - 134 / 149) < 1e-9 and share.number_format == "0.0%"
    assert cells["E-Mail"].value == 101 and cells["Sonstiges"].value == 29


def test_departments_trend_with_chart_and_overdue(tmp_path: Path) -> None:
    book = _book(tmp_path)
    report = realistic_sample_report()
    rows = list(book["Abteilungen"].iter_rows(min_row=4, values_only=True))
    assert list(rows[0]) == DEPARTMENT_COLUMNS
    assert [r[0] for r in rows[1:]] == ["I A", "II B", "III", "PR", "Nicht zugeordnet"]
    assert rows[2][2:7] == (58, 49, 41, 19, 4) and rows[2][8] == 4.2
    assert book["Abteilungen"]["L6"].number_format == "0.0%"
    trend = book["Trend"]
    weeks = [r[0] for r in trend.iter_rows(min_row=5, max_row=17, values_only=True)]
    assert weeks == [p.period.label for p in report.trend] + ["KW 47/2026"]
    assert trend["B17"].value == 178 and trend["G8"].value is None  # no median that week
    assert len(trend._charts) == 1 and len(trend._charts[0].series) == 2
    overdue = list(book["Überfällig"].iter_rows(min_row=5, values_only=True))
    assert overdue[0] == ("BA-2026-00312", "II B", 9) and len(overdue) == 10
    assert overdue[1][1] == "Nicht zugeordnet"
    text = "\n".join(
        str(v) for s in book.worksheets for row in s.iter_rows(values_only=True) for v in row if v
    )
    assert_nothing_personal(text)
