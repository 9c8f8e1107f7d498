"""A report as a PDF (QPdfWriter, A4 portrait, German): on every page the title ("Wochenbericht
KW 47/2026"), the period's dates, "Seite 1 von 3" and the generated date; the three charts of
``charts`` (the window draws the same) and the tables: overview, departments, overdue list.
Tables too long for a page go on over the next with their header repeated.

Needs a QGuiApplication for the fonts: ``ensure_application`` makes an offscreen one when the
command line has none."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from buergeranfragen.reports.records import Report
from buergeranfragen.reports.wording import (
    DAYS_UNIT,
    channel_label,
    channels_of,
    decimal,
    department_label,
    generated_text,
    kind_label,
    percent,
    period_text,
    title,
)
from buergeranfragen.ui.reports.charts import (
    draw_day_chart,
    draw_department_chart,
    draw_trend_chart,
)

RESOLUTION = 300  # dots per inch of the page
Chart = Callable[[QPainter, QRectF, Report], None]


def ensure_application() -> QGuiApplication:
    """The running Qt application, or an offscreen one (the command line has no window)."""
    running = QGuiApplication.instance()
    if isinstance(running, QGuiApplication):
        return running
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["buergeranfragen"])


@dataclass(frozen=True)
class _Table:
    heading: str
    columns: list[str]
    rows: list[list[str]]
    widths: list[float]  # shares of the page width
    numeric_from: int = 1  # columns from here are right-aligned


@dataclass(frozen=True)
class _ChartBlock:
    draw: Chart
    height: float  # share of the page width


Block = _Table | _ChartBlock


def _overview(report: Report) -> _Table:
    rows = [
        ["Neue Anfragen", str(report.new)],
        ["Beantwortet", str(report.answered)],
        ["Abgeschlossen", str(report.closed)],
        ["Offen am Ende des Zeitraums", str(report.open_at_end)],
        ["Überfällig am Ende des Zeitraums", str(report.overdue_at_end)],
        [f"Bis zur ersten Antwort, Median ({DAYS_UNIT})", decimal(report.first_answer.median)],
        [f"Bis zur ersten Antwort, 90. Perzentil ({DAYS_UNIT})", decimal(report.first_answer.p90)],
        [f"Bis zum Abschluss, Median ({DAYS_UNIT})", decimal(report.closing.median)],
        [f"Bis zum Abschluss, 90. Perzentil ({DAYS_UNIT})", decimal(report.closing.p90)],
    ]
    for name, share in (
        ("Beim ersten Anruf erledigt", report.first_contact_resolution),
        ("Fristgerecht beantwortet", report.within_deadline),
        ("Zwischennachricht rechtzeitig", report.interim_on_time),
    ):
        rows.append([f"{name} ({share.part} von {share.whole})", percent(share)])
    rows += [
        [f"Neu ({channel_label(c)})", str(report.new_by_channel.get(c, 0))]
        for c in channels_of(report)
    ]
    rows += [[f"Neu: {kind_label(k)}", str(n)] for k, n in report.new_by_kind.items()]
    return _Table("Überblick", ["Kennzahl", "Wert"], rows, [0.75, 0.25])


def _topics(report: Report) -> _Table:
    """New inquiries by topic (those with any first; the list's empty ones are left out)."""
    ranked = sorted(report.new_by_topic.items(), key=lambda item: -item[1])
    rows = [[topic, str(n)] for topic, n in ranked if n] or [["Keine neuen Anfragen.", ""]]
    return _Table("Neue Anfragen nach Thema", ["Thema", "Neu"], rows, [0.75, 0.25])


def _departments(report: Report) -> _Table:
    rows = [
        [
            department_label(d.code),
            str(d.new),
            str(d.answered),
            str(d.open_at_end),
            str(d.overdue_at_end),
            decimal(d.first_answer.median),
            decimal(d.first_answer.p90),
            decimal(d.closing.median),
            percent(d.within_deadline),
        ]
        for d in report.departments
    ]
    columns = [
        "Abteilung", "Neu", "Beantw.", "Offen", "Überf.",
        "Antw. Md.", "Antw. P90", "Abschl. Md.", "Fristgerecht",
    ]  # fmt: skip
    return _Table(
        "Abteilungen (Md. = Median, P90 = 90. Perzentil, in Arbeitstagen)",
        columns,
        rows,
        [0.2, 0.07, 0.08, 0.07, 0.09, 0.13, 0.12, 0.12, 0.12],
    )


OVERDUE_ON_PAPER = 300  # the most overdue in the PDF; all of them are in the workbook


def _overdue(report: Report) -> _Table:
    rows = [
        [item.reference, department_label(item.department_code), str(item.days_overdue)]
        for item in report.overdue[:OVERDUE_ON_PAPER]
    ] or [["Keine überfälligen Anfragen.", "", ""]]
    more = len(report.overdue) - OVERDUE_ON_PAPER
    if more > 0:
        count = f"{more:,}".replace(",", ".")  # German thousands
        rows.append([f"und {count} weitere:", "alle in der Excel-Datei", ""])
    return _Table(
        "Überfällig am Ende des Zeitraums",
        ["Aktenzeichen", "Abteilung", "Arbeitstage überfällig"],
        rows,
        [0.35, 0.35, 0.3],
        numeric_from=2,
    )


def _blocks(report: Report) -> list[Block]:
    return [
        _overview(report),
        _ChartBlock(draw_day_chart, 0.5),
        _ChartBlock(draw_department_chart, 0.1 + 0.05 * max(3, len(report.departments))),
        _departments(report),
        _ChartBlock(draw_trend_chart, 0.5),
        _topics(report),
        _overdue(report),
    ]


class _Pages:
    """Lays the blocks out on pages (first pass counts them, second draws)."""

    def __init__(self, painter: QPainter, area: QRectF) -> None:
        self.painter = painter
        self.area = area
        base = QFont(painter.font())
        self.body = QFont(base)
        self.body.setPointSizeF(9.0)
        self.bold = QFont(self.body)
        self.bold.setBold(True)
        self.heading = QFont(base)
        self.heading.setPointSizeF(12.0)
        self.heading.setBold(True)
        self.line = QFontMetricsF(self.body, painter.device()).height() * 1.35
        self.top = area.top() + self.line * 3.2  # below the page header
        self.bottom = area.bottom() - self.line * 1.6  # above the footer
        self.pages = 1
        self.y = self.top
        self.drawing = False

    def new_page(self) -> None:
        self.pages += 1
        self.y = self.top
        if self.drawing:
            self.writer_new_page()

    def writer_new_page(self) -> None:  # replaced when drawing
        raise NotImplementedError

    def room(self, height: float) -> bool:
        return self.y + height <= self.bottom

    def text(self, rect: QRectF, flags: Qt.AlignmentFlag, value: str, font: QFont) -> None:
        if self.drawing:
            self.painter.setFont(font)
            self.painter.setPen(QColor(20, 20, 20))
            shown = QFontMetricsF(font, self.painter.device()).elidedText(
                value, Qt.TextElideMode.ElideRight, rect.width()
            )
            self.painter.drawText(rect, int(flags), shown)

    def chart(self, block: _ChartBlock, report: Report) -> None:
        height = self.area.width() * block.height
        if not self.room(height):
            self.new_page()
        if self.drawing:
            block.draw(
                self.painter, QRectF(self.area.left(), self.y, self.area.width(), height), report
            )
        self.y += height + self.line

    def table(self, table: _Table) -> None:
        if not self.room(self.line * 3):
            self.new_page()
        self.text(
            QRectF(self.area.left(), self.y, self.area.width(), self.line * 1.3),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            table.heading,
            self.heading,
        )
        self.y += self.line * 1.4
        self.row(table, table.columns, self.bold, header=True)
        for values in table.rows:
            if not self.room(self.line):
                self.new_page()
                self.row(table, table.columns, self.bold, header=True)
            self.row(table, values, self.body, header=False)
        self.y += self.line

    def row(self, table: _Table, values: list[str], font: QFont, *, header: bool) -> None:
        x = self.area.left()
        pad = self.line * 0.2
        for index, (value, share) in enumerate(zip(values, table.widths, strict=True)):
            width = self.area.width() * share
            right = index >= table.numeric_from
            align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            self.text(
                QRectF(x + pad, self.y, width - 2 * pad, self.line),
                align | Qt.AlignmentFlag.AlignVCenter,
                value,
                font,
            )
            x += width
        if self.drawing:
            pen = QPen(QColor(20, 20, 20) if header else QColor(190, 190, 190))
            pen.setWidthF(max(1.0, self.line / 25 * (2 if header else 1)))
            self.painter.setPen(pen)
            y = self.y + self.line
            self.painter.drawLine(QPointF(self.area.left(), y), QPointF(self.area.right(), y))
        self.y += self.line


def _frame(pages: _Pages, report: Report, page: int, total: int) -> None:
    """The header and footer of one page."""
    area, line = pages.area, pages.line
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    pages.text(
        QRectF(area.left(), area.top(), area.width(), line * 1.5),
        left,
        title(report.period),
        pages.heading,
    )
    pages.text(
        QRectF(area.left(), area.top() + line * 1.4, area.width(), line),
        left,
        period_text(report.period),
        pages.body,
    )
    pages.painter.setPen(QPen(QColor(20, 20, 20), max(1.0, line / 20)))
    rule = area.top() + line * 2.6
    pages.painter.drawLine(QPointF(area.left(), rule), QPointF(area.right(), rule))
    footer = QRectF(area.left(), area.bottom() - line, area.width(), line)
    pages.text(footer, left, generated_text(report), pages.body)
    pages.text(footer, right, f"Seite {page} von {total}", pages.body)


def _lay_out(pages: _Pages, report: Report) -> None:
    for block in _blocks(report):
        if isinstance(block, _Table):
            pages.table(block)
        else:
            pages.chart(block, report)


def a4_writer(path: Path, document_title: str) -> QPdfWriter:
    """A PDF writer to ``path``: A4 portrait, 15 mm margins, ``RESOLUTION``, the program as its
    creator; makes an offscreen Qt application if needed."""
    ensure_application()
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(document_title)
    writer.setCreator("Bürgeranfragen")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def write_pdf(report: Report, path: Path) -> None:
    """The PDF to ``path`` (replaced if it exists); makes an offscreen Qt application if needed."""
    writer = a4_writer(path, title(report.period))
    painter = QPainter(writer)
    try:
        area = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
        area.moveTo(0, 0)
        counting = _Pages(painter, area)
        _lay_out(counting, report)
        total = counting.pages
        pages = _Pages(painter, area)
        pages.drawing = True

        def next_page() -> None:
            writer.newPage()
            _frame(pages, report, pages.pages, total)

        pages.writer_new_page = next_page  # type: ignore[method-assign]
        _frame(pages, report, 1, total)
        _lay_out(pages, report)
    finally:
        painter.end()
