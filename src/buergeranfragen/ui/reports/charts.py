"""The report's charts, drawn with a QPainter into a rectangle: the same code paints the
Berichte section and the PDF, so both look alike. Readable in black and white: each series has
its own grey, fill pattern, line style or marker and a legend, and the numbers are written on
the bars. Captions are German (the report is a German document); sizes follow the font of the
painter's device, so a 96-dpi screen and a 1200-dpi PDF page get the same proportions."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from buergeranfragen.reports.records import Report
from buergeranfragen.reports.wording import (
    channel_label,
    channels_of,
    day_label,
    department_label,
)

# Per series: a grey and a pattern, so print and screen tell them apart without colour.
_FILLS = (
    (QColor(40, 40, 40), Qt.BrushStyle.SolidPattern),
    (QColor(150, 150, 150), Qt.BrushStyle.SolidPattern),
    (QColor(60, 60, 60), Qt.BrushStyle.BDiagPattern),
    (QColor(60, 60, 60), Qt.BrushStyle.CrossPattern),
    (QColor(90, 90, 90), Qt.BrushStyle.Dense5Pattern),
    (QColor(60, 60, 60), Qt.BrushStyle.FDiagPattern),
)
_INK = QColor(20, 20, 20)
_GRID = QColor(200, 200, 200)


class _Frame:
    """The fonts and the plot area inside ``rect``, sized by the painter's device font."""

    def __init__(self, painter: QPainter, rect: QRectF, title: str) -> None:
        self.painter = painter
        base = QFont(painter.font())
        self.font = QFont(base)
        self.font.setPointSizeF(8.0)
        self.title_font = QFont(base)
        self.title_font.setPointSizeF(10.0)
        self.title_font.setBold(True)
        self.metrics = QFontMetricsF(self.font, painter.device())
        self.line = self.metrics.height()
        self.rect = QRectF(rect)
        painter.setFont(self.title_font)
        title_height = QFontMetricsF(self.title_font, painter.device()).height()
        painter.setPen(_INK)
        painter.drawText(
            QRectF(rect.left(), rect.top(), rect.width(), title_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        painter.setFont(self.font)
        self.top = rect.top() + title_height + self.line * 0.5

    def pen(self, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
        pen = QPen(_INK, max(1.0, self.line / 14 * width), style)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen

    def text(self, rect: QRectF, flags: Qt.AlignmentFlag, value: str) -> None:
        self.painter.setPen(_INK)
        self.painter.drawText(rect, int(flags), value)

    def legend(self, entries: Sequence[tuple[str, int]], y: float) -> None:
        """Swatches with the series' fill and its name, in one row at ``y``."""
        x = self.rect.left()
        box = self.line * 0.8
        for name, index in entries:
            self.swatch(QRectF(x, y + (self.line - box) / 2, box, box), index)
            width = self.metrics.horizontalAdvance(name)
            self.text(QRectF(x + box * 1.4, y, width + 2, self.line), _LEFT, name)
            x += box * 1.4 + width + self.line * 1.2

    def swatch(self, rect: QRectF, index: int) -> None:
        colour, pattern = _FILLS[index % len(_FILLS)]
        self.painter.setPen(self.pen(0.6))
        self.painter.setBrush(QBrush(Qt.GlobalColor.white))
        self.painter.drawRect(rect)
        self.painter.setBrush(QBrush(colour, pattern))
        self.painter.drawRect(rect)


_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter


def _nice_top(value: float) -> tuple[float, float]:
    """A round top for an axis reaching ``value`` and its tick step."""
    if value <= 0:
        return 5.0, 1.0
    step = 1.0
    while value / step > 5:
        for factor in (2.0, 2.5, 2.0):
            step *= factor
            if value / step <= 5:
                break
    top = step * (int(value / step) + (0 if value % step == 0 else 1))
    return max(top, step), step


def _y_axis(frame: _Frame, plot: QRectF, top: float, step: float, caption: str) -> None:
    painter = frame.painter
    value = 0.0
    while value <= top + 1e-9:
        y = plot.bottom() - plot.height() * value / top
        painter.setPen(QPen(_GRID, frame.pen(0.5).widthF()))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        label = f"{value:g}".replace(".", ",")
        frame.text(
            QRectF(plot.left() - frame.line * 3.2, y - frame.line / 2, frame.line * 3, frame.line),
            _RIGHT,
            label,
        )
        value += step
    painter.save()
    painter.translate(plot.left() - frame.line * 3.6, plot.center().y())
    painter.rotate(-90)
    frame.text(QRectF(-plot.height() / 2, -frame.line, plot.height(), frame.line), _CENTRE, caption)
    painter.restore()
    painter.setPen(frame.pen())
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())


SHORT_MONTHS = ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez")


def buckets(report: Report) -> tuple[str, list[tuple[str, dict[str, int]]]]:
    """The bars of the arrivals chart: a day each up to a month, a calendar week each up to a
    quarter, a month each beyond (365 bars of a year were unreadable), with the unit's name."""
    days = sorted(report.new_by_day)
    if len(days) <= 31:
        return "Tag", [(day_label(d), dict(report.new_by_day[d])) for d in days]
    grouped: dict[tuple[int, int], dict[str, int]] = {}
    by_week = len(days) <= 120
    for day in days:
        key = day.isocalendar()[:2] if by_week else (day.year, day.month)
        counts = grouped.setdefault(key, {})
        for channel, count in report.new_by_day[day].items():
            counts[channel] = counts.get(channel, 0) + count
    if by_week:
        return "Woche", [(f"KW {week}", counts) for (_y, week), counts in grouped.items()]
    return "Monat", [(SHORT_MONTHS[month - 1], counts) for (_y, month), counts in grouped.items()]


def draw_day_chart(painter: QPainter, rect: QRect | QRectF, report: Report) -> None:
    """New inquiries per day of the period (per week or month for a longer one), stacked by
    channel, the total on top."""
    rect = QRectF(rect)
    painter.save()
    unit, bars = buckets(report)
    frame = _Frame(painter, rect, f"Neue Anfragen je {unit} nach Kanal")
    line = frame.line
    channels = channels_of(report)
    totals = [sum(counts.values()) for _label, counts in bars]
    plot = QRectF(rect.left() + line * 4.5, frame.top + line, rect.width() - line * 5, 0)
    plot.setBottom(rect.bottom() - line * 3.4)
    top, step = _nice_top(max(totals, default=0) * 1.1)
    _y_axis(frame, plot, top, step, "Anfragen")
    slot = plot.width() / max(1, len(bars))
    widest = max((frame.metrics.horizontalAdvance(label) for label, _c in bars), default=line)
    every = max(1, int(widest * 1.2 // slot) + 1)
    for index, (label, counts) in enumerate(bars):
        x = plot.left() + slot * index + slot * 0.15
        y = plot.bottom()
        for number, channel in enumerate(channels):
            height = plot.height() * counts.get(channel, 0) / top
            if height > 0:
                frame.swatch(QRectF(x, y - height, slot * 0.7, height), number)
            y -= height
        if slot > line * 1.5:
            frame.text(QRectF(x - slot * 0.15, y - line, slot, line), _CENTRE, str(totals[index]))
        if index % every == 0:
            frame.text(
                QRectF(plot.left() + slot * index - slot, plot.bottom(), slot * 3, line * 1.2),
                _CENTRE,
                label,
            )
    frame.legend(
        [(channel_label(c), n) for n, c in enumerate(channels)], rect.bottom() - line * 1.2
    )
    painter.restore()


MOST_DEPARTMENTS = 12  # bars in the department chart; the rest are in the table


def draw_department_chart(painter: QPainter, rect: QRect | QRectF, report: Report) -> None:
    """New inquiries per department (by code), horizontal bars with the count at their end."""
    rect = QRectF(rect)
    painter.save()
    frame = _Frame(painter, rect, "Neue Anfragen je Abteilung")
    line = frame.line
    items = [(department_label(d.code), d.new) for d in report.departments]
    if not items:
        items = [(department_label(c), n) for c, n in report.new_by_department.items()]
    # only the departments with new inquiries (fifteen empty rows leave no room to read)
    with_new = [(name, count) for name, count in items if count]
    items = sorted(with_new, key=lambda item: -item[1])[:MOST_DEPARTMENTS]  # the biggest
    label_width = max((frame.metrics.horizontalAdvance(n) for n, _ in items), default=line)
    plot = QRectF(rect.left() + label_width + line, frame.top, 0, 0)
    plot.setRight(rect.right() - line * 3)
    plot.setBottom(rect.bottom() - line * 2.4)
    top, step = _nice_top(max((n for _, n in items), default=0))
    slot = plot.height() / max(1, len(items))
    bar = min(slot * 0.7, line * 2.5)
    painter.setPen(QPen(_GRID, frame.pen(0.5).widthF()))
    value = 0.0
    while value <= top + 1e-9:
        x = plot.left() + plot.width() * value / top
        painter.setPen(QPen(_GRID, frame.pen(0.5).widthF()))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        frame.text(QRectF(x - line * 2, plot.bottom(), line * 4, line), _CENTRE, f"{value:g}")
        value += step
    for index, (name, count) in enumerate(items):
        y = plot.top() + slot * index + (slot - bar) / 2
        frame.text(QRectF(rect.left(), y, label_width, bar), _RIGHT, name)
        width = plot.width() * count / top
        if width > 0:
            frame.swatch(QRectF(plot.left(), y, width, bar), 1)
        frame.text(QRectF(plot.left() + width + line * 0.3, y, line * 3, bar), _LEFT, str(count))
    if not items:
        frame.text(plot, _CENTRE, "keine neuen Anfragen")
    painter.setPen(frame.pen())
    painter.drawLine(plot.topLeft(), plot.bottomLeft())
    frame.text(
        QRectF(plot.left(), rect.bottom() - line * 1.2, plot.width(), line), _CENTRE, "Anfragen"
    )
    painter.restore()


def _marker(painter: QPainter, centre: QPointF, size: float, shape: int) -> None:
    half = size / 2
    if shape == 0:
        painter.setBrush(QBrush(_INK))
        painter.drawEllipse(centre, half, half)
    elif shape == 1:
        painter.setBrush(QBrush(Qt.GlobalColor.white))
        painter.drawRect(QRectF(centre.x() - half, centre.y() - half, size, size))
    else:
        painter.setBrush(QBrush(Qt.GlobalColor.white))
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(centre.x(), centre.y() - half),
                    QPointF(centre.x() + half, centre.y() + half),
                    QPointF(centre.x() - half, centre.y() + half),
                ]
            )
        )


def draw_trend_chart(painter: QPainter, rect: QRect | QRectF, report: Report) -> None:
    """The weeks before and the period: new and answered (left axis) and the share answered
    within the deadline (right axis, per cent), each with its own line style and marker."""
    rect = QRectF(rect)
    painter.save()
    frame = _Frame(painter, rect, "Entwicklung der letzten Wochen")
    line = frame.line
    labels = [p.period.label.split("/")[0] for p in report.trend] + [
        report.period.label.split("/")[0]
    ]
    new = [float(p.new) for p in report.trend] + [float(report.new)]
    answered = [float(p.answered) for p in report.trend] + [float(report.answered)]
    shares = [p.within_deadline.value for p in report.trend] + [report.within_deadline.value]
    plot = QRectF(rect.left() + line * 4.5, frame.top + line, 0, 0)
    plot.setRight(rect.right() - line * 3.5)
    plot.setBottom(rect.bottom() - line * 3.4)
    top, step = _nice_top(max([*new, *answered, 0.0]) * 1.1)
    _y_axis(frame, plot, top, step, "Anfragen")
    for percent in (0, 50, 100):  # the right axis: the share within the deadline
        y = plot.bottom() - plot.height() * percent / 100
        frame.text(
            QRectF(plot.right() + line * 0.3, y - line / 2, line * 3, line), _LEFT, f"{percent} %"
        )
    slot = plot.width() / max(1, len(labels))
    xs = [plot.left() + slot * (i + 0.5) for i in range(len(labels))]
    every = max(1, int(frame.metrics.horizontalAdvance("KW 00") * 1.2 // slot) + 1)
    for index, label in enumerate(labels):
        if index % every == 0 or index == len(labels) - 1:
            frame.text(
                QRectF(xs[index] - slot, plot.bottom(), slot * 2, line * 1.2), _CENTRE, label
            )
    series: list[tuple[list[float | None], float, Qt.PenStyle]] = [
        (list[float | None](new), top, Qt.PenStyle.SolidLine),
        (list[float | None](answered), top, Qt.PenStyle.DashLine),
        ([None if s is None else s * 100 for s in shares], 100.0, Qt.PenStyle.DotLine),
    ]
    for shape, (values, scale, style) in enumerate(series):
        points = [
            QPointF(x, plot.bottom() - plot.height() * v / scale) if v is not None else None
            for x, v in zip(xs, values, strict=True)
        ]
        painter.setPen(frame.pen(1.6, style))
        for a, b in zip(points, points[1:], strict=False):
            if a is not None and b is not None:
                painter.drawLine(a, b)
        painter.setPen(frame.pen(0.8))
        for point in points:
            if point is not None:
                _marker(painter, point, line * 0.55, shape)
    y = rect.bottom() - line * 1.2
    x = rect.left()
    names = ("Neu", "Beantwortet", "Fristgerecht beantwortet (%, rechte Achse)")
    for shape, (name, (_, _, style)) in enumerate(zip(names, series, strict=True)):
        painter.setPen(frame.pen(1.6, style))
        painter.drawLine(QPointF(x, y + line / 2), QPointF(x + line * 2, y + line / 2))
        painter.setPen(frame.pen(0.8))
        _marker(painter, QPointF(x + line, y + line / 2), line * 0.55, shape)
        width = frame.metrics.horizontalAdvance(name)
        frame.text(QRectF(x + line * 2.4, y, width + 2, line), _LEFT, name)
        x += line * 3.6 + width
    painter.restore()
