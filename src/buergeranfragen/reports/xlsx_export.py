"""A report as an Excel workbook (XlsxWriter, pure): the sheets Überblick, Abteilungen, Trend
(with a native line chart of the weeks before and this period) and Überfällig; each with the
title and period on top, the generated date, column widths, number formats (counts, working
days as 0.0, shares as percentages), the header row repeated on every printed page and A4
landscape fitted to the page width."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from buergeranfragen.calendar import local
from buergeranfragen.reports.records import Durations, Report, Share
from buergeranfragen.reports.wording import (
    DAYS_UNIT,
    channel_label,
    channels_of,
    day_label,
    department_label,
    generated_text,
    kind_label,
    period_text,
    title,
)

SHEETS = ("Überblick", "Abteilungen", "Trend", "Überfällig")
A4 = 9
HEADER_ROW = 3  # rows 0–2: title, period, generated date; the table's header in row 3


class _Formats:
    def __init__(self, book: Workbook) -> None:
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.note = book.add_format({"italic": True, "font_color": "#555555"})
        self.head = book.add_format(
            {"bold": True, "bottom": 1, "bg_color": "#D9D9D9", "text_wrap": True, "valign": "top"}
        )
        # text cells (department and topic names) stay text, also when edited in Excel: a
        # name starting with "=" is never a formula (OWASP CSV/formula injection)
        self.text = book.add_format({"quote_prefix": True})
        self.count = book.add_format({"num_format": "0"})
        self.days = book.add_format({"num_format": "0.0"})
        self.share = book.add_format({"num_format": "0.0%"})
        self.section = book.add_format({"bold": True})
        self.date = book.add_format({"num_format": "dd.mm.yyyy"})


def _page(sheet: Worksheet, report: Report, widths: list[float]) -> None:
    """Title rows, column widths and the print set-up of one sheet."""
    sheet.set_landscape()
    sheet.set_paper(A4)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(HEADER_ROW)
    sheet.set_header(f'&L&"-,Bold"{title(report.period)}&R{period_text(report.period)}')
    sheet.set_footer(f"&L{generated_text(report)}&RSeite &P von &N")
    for column, width in enumerate(widths):
        sheet.set_column(column, column, width)


def _titles(sheet: Worksheet, report: Report, heading: str, formats: _Formats) -> None:
    sheet.write_string(0, 0, f"{title(report.period)} – {heading}", formats.title)
    sheet.write_string(1, 0, period_text(report.period), formats.text)
    sheet.write_string(2, 0, generated_text(report), formats.note)


def _header(sheet: Worksheet, row: int, names: list[str], formats: _Formats) -> None:
    for column, name in enumerate(names):
        sheet.write_string(row, column, name, formats.head)


def _number(sheet: Worksheet, row: int, column: int, value: float | None, fmt: Any) -> None:
    if value is None:
        sheet.write_blank(row, column, None, fmt)
    else:
        sheet.write_number(row, column, value, fmt)


def _overview(book: Workbook, report: Report, formats: _Formats) -> None:
    sheet = book.add_worksheet(SHEETS[0])
    _page(sheet, report, [44, 14, 14])
    _titles(sheet, report, SHEETS[0], formats)
    _header(sheet, HEADER_ROW, ["Kennzahl", "Wert", "Anzahl"], formats)
    row = HEADER_ROW + 1

    def put(name: str, value: float | None, fmt: Any, count: int | None = None) -> None:
        nonlocal row
        sheet.write_string(row, 0, name, formats.text)
        _number(sheet, row, 1, value, fmt)
        if count is not None:
            sheet.write_number(row, 2, count, formats.count)
        row += 1

    def durations(name: str, value: Durations) -> None:
        put(f"{name}, Median ({DAYS_UNIT})", value.median, formats.days, value.count)
        put(f"{name}, 90. Perzentil ({DAYS_UNIT})", value.p90, formats.days)

    def share(name: str, value: Share) -> None:
        put(f"{name} ({value.part} von {value.whole})", value.value, formats.share)

    def section(name: str) -> None:
        nonlocal row
        row += 1
        sheet.write_string(row, 0, name, formats.section)
        row += 1

    put("Neue Anfragen", report.new, formats.count)
    put("Beantwortet", report.answered, formats.count)
    put("Abgeschlossen", report.closed, formats.count)
    put("Offen am Ende des Zeitraums", report.open_at_end, formats.count)
    put("Überfällig am Ende des Zeitraums", report.overdue_at_end, formats.count)
    durations("Bis zur ersten Antwort", report.first_answer)
    durations("Bis zum Abschluss", report.closing)
    share("Beim ersten Anruf erledigt", report.first_contact_resolution)
    share("Fristgerecht beantwortet", report.within_deadline)
    share("Zwischennachricht rechtzeitig", report.interim_on_time)
    section("Neue Anfragen nach Kanal")
    for channel in channels_of(report):
        put(channel_label(channel), report.new_by_channel.get(channel, 0), formats.count)
    section("Neue Anfragen nach Art")
    for kind, count in report.new_by_kind.items():
        put(kind_label(kind), count, formats.count)
    section("Neue Anfragen nach Thema")
    for topic, count in report.new_by_topic.items():
        put(topic, count, formats.count)
    section("Neue Anfragen je Tag")
    channels = channels_of(report)
    _header(sheet, row, ["Tag", *map(channel_label, channels), "Zusammen"], formats)
    sheet.set_column(3, 1 + len(channels), 12)
    row += 1
    for day, counts in sorted(report.new_by_day.items()):
        sheet.write_string(row, 0, day_label(day) + f"{day:%Y}", formats.text)
        for column, channel in enumerate(channels, start=1):
            sheet.write_number(row, column, counts.get(channel, 0), formats.count)
        sheet.write_number(row, len(channels) + 1, sum(counts.values()), formats.count)
        row += 1


DEPARTMENT_COLUMNS = [
    "Kürzel",
    "Abteilung",
    "Neu",
    "Beantwortet",
    "Abgeschlossen",
    "Offen am Ende",
    "Überfällig am Ende",
    "Erste Antwort Median (Arbeitstage)",
    "Erste Antwort 90. Perzentil",
    "Abschluss Median (Arbeitstage)",
    "Abschluss 90. Perzentil",
    "Fristgerecht beantwortet",
]


def _departments(book: Workbook, report: Report, formats: _Formats) -> None:
    sheet = book.add_worksheet(SHEETS[1])
    _page(sheet, report, [16, 36, *[13] * 10])
    _titles(sheet, report, SHEETS[1], formats)
    _header(sheet, HEADER_ROW, DEPARTMENT_COLUMNS, formats)
    for row, d in enumerate(report.departments, start=HEADER_ROW + 1):
        sheet.write_string(row, 0, department_label(d.code), formats.text)
        sheet.write_string(row, 1, d.name, formats.text)
        for column, value in enumerate(
            (d.new, d.answered, d.closed, d.open_at_end, d.overdue_at_end), start=2
        ):
            sheet.write_number(row, column, value, formats.count)
        for column, days in enumerate(
            (d.first_answer.median, d.first_answer.p90, d.closing.median, d.closing.p90), start=7
        ):
            _number(sheet, row, column, days, formats.days)
        _number(sheet, row, 11, d.within_deadline.value, formats.share)
    sheet.freeze_panes(HEADER_ROW + 1, 1)


TREND_COLUMNS = [
    "Woche",
    "Neu",
    "Beantwortet",
    "Abgeschlossen",
    "Offen am Ende",
    "Überfällig am Ende",
    "Erste Antwort Median (Arbeitstage)",
    "Fristgerecht beantwortet",
]


def _trend(book: Workbook, report: Report, formats: _Formats) -> None:
    sheet = book.add_worksheet(SHEETS[2])
    _page(sheet, report, [14, *[13] * 7])
    _titles(sheet, report, SHEETS[2], formats)
    _header(sheet, HEADER_ROW, TREND_COLUMNS, formats)
    rows: list[tuple[str, int, int, int, int, int, float | None, Share]] = [
        (
            p.period.label,
            p.new,
            p.answered,
            p.closed,
            p.open_at_end,
            p.overdue_at_end,
            p.first_answer_median,
            p.within_deadline,
        )
        for p in report.trend
    ]
    rows.append(
        (
            report.period.label,
            report.new,
            report.answered,
            report.closed,
            report.open_at_end,
            report.overdue_at_end,
            report.first_answer.median,
            report.within_deadline,
        )
    )
    first = HEADER_ROW + 1
    for row, (label, *counts, median, share) in enumerate(rows, start=first):
        sheet.write_string(row, 0, label, formats.text)
        for column, value in enumerate(counts, start=1):
            sheet.write_number(row, column, value, formats.count)
        _number(sheet, row, 6, median, formats.days)
        _number(sheet, row, 7, share.value, formats.share)
    last = first + len(rows) - 1
    chart = book.add_chart({"type": "line"})
    for column, dash in ((1, "solid"), (2, "dash")):
        chart.add_series(
            {
                "name": [SHEETS[2], HEADER_ROW, column],
                "categories": [SHEETS[2], first, 0, last, 0],
                "values": [SHEETS[2], first, column, last, column],
                "marker": {"type": "circle" if column == 1 else "square"},
                "line": {"dash_type": dash, "width": 2},
            }
        )
    chart.set_title({"name": "Neue und beantwortete Anfragen je Woche"})
    chart.set_x_axis({"name": "Kalenderwoche"})
    chart.set_y_axis({"name": "Anfragen", "min": 0})
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": 760, "height": 340})
    sheet.insert_chart(last + 2, 0, chart)


def _overdue(book: Workbook, report: Report, formats: _Formats) -> None:
    sheet = book.add_worksheet(SHEETS[3])
    _page(sheet, report, [18, 18, 22])
    _titles(sheet, report, SHEETS[3], formats)
    _header(sheet, HEADER_ROW, ["Aktenzeichen", "Abteilung", "Arbeitstage überfällig"], formats)
    for row, item in enumerate(report.overdue, start=HEADER_ROW + 1):
        sheet.write_string(row, 0, item.reference, formats.text)
        sheet.write_string(row, 1, department_label(item.department_code), formats.text)
        sheet.write_number(row, 2, item.days_overdue, formats.count)
    if not report.overdue:
        sheet.write_string(HEADER_ROW + 1, 0, "Keine überfälligen Anfragen.", formats.note)


def write_xlsx(report: Report, path: Path) -> None:
    """The workbook to ``path`` (replaced if it exists)."""
    book = xlsxwriter.Workbook(str(path), {"in_memory": True})
    book.set_properties(
        {"title": title(report.period), "created": local(report.generated_at).replace(tzinfo=None)}
    )
    formats = _Formats(book)
    _overview(book, report, formats)
    _departments(book, report, formats)
    _trend(book, report, formats)
    _overdue(book, report, formats)
    book.close()
