"""The department chart shows at most 12 bars: the departments with the most new inquiries,
not the first twelve by code (found walking the window: PRESSE, the biggest, was left out)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from buergeranfragen.reports.records import DepartmentFigures
from buergeranfragen.ui.reports.charts import MOST_DEPARTMENTS, draw_department_chart
from tests.report_sample import realistic_sample_report


class RecordingPainter(QPainter):
    """Notes every text drawn, so the test sees which bars got a label."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[str] = []

    def drawText(self, *args: Any) -> None:  # noqa: N802 - Qt's name
        self.texts.append(str(args[-1]))
        super().drawText(*args)


def test_the_chart_keeps_the_biggest_departments_when_there_are_more_than_twelve(
    qapp: object,
) -> None:
    codes = [f"A{index:02d}" for index in range(14)] + ["ZZ"]  # ZZ sorts last, has the most
    departments = [
        DepartmentFigures(code, f"Abteilung {code}", new=1 + index % 3)
        for index, code in enumerate(codes[:-1])
    ] + [DepartmentFigures("ZZ", "Abteilung ZZ", new=23)]
    report = replace(realistic_sample_report(), departments=departments)
    image = QImage(900, 600, QImage.Format.Format_RGB32)
    painter = RecordingPainter(image)
    try:
        draw_department_chart(painter, QRectF(0, 0, 900, 600), report)
    finally:
        painter.end()
    shown = [code for code in codes if code in painter.texts]
    assert "ZZ" in shown and "23" in painter.texts
    assert len(shown) == MOST_DEPARTMENTS
    left_out = set(codes) - set(shown)
    smallest_shown = min(d.new for d in departments if d.code in shown)
    assert all(d.new <= smallest_shown for d in departments if d.code in left_out)
