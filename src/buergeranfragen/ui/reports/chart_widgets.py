"""A chart of the report on screen: a widget that paints with the drawing the PDF uses too
(``ui/reports/charts.py``), so the window and the PDF look alike."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from buergeranfragen.reports.records import Report
from buergeranfragen.ui.reports.tools import Draw


class ChartWidget(QWidget):
    def __init__(self, draw: Draw, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._draw = draw
        self.report: Report | None = None
        self.painted = 0  # how often a report was drawn (tests)
        self.setAccessibleName(title)
        self.setToolTip(title)
        self.setMinimumSize(QSize(260, 180))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_report(self, report: Report | None) -> None:
        self.report = report
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if self.report is None:
            return
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._draw(painter, self.rect(), self.report)
            self.painted += 1
        finally:
            painter.end()
