"""Section "Berichte": the figures of a chosen period (default: the last complete week),
computed on a worker, shown as key figures, three charts (drawn by the code that draws the
PDF), the departments and the overdue list (Enter opens an inquiry), and saved as Excel, CSV
or PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.clock import Clock
from buergeranfragen.reports.periods import Period, last_complete_week
from buergeranfragen.reports.records import Report
from buergeranfragen.ui.common.i18n import tr
from buergeranfragen.ui.common.operations import Operations, Show
from buergeranfragen.ui.common.prompts import Prompts
from buergeranfragen.ui.reports.chart_widgets import ChartWidget
from buergeranfragen.ui.reports.exporting import ReportExport
from buergeranfragen.ui.reports.figures_view import FiguresView
from buergeranfragen.ui.reports.period_chooser import PeriodChooser
from buergeranfragen.ui.reports.tables import OverdueTable, departments_table, fill_departments
from buergeranfragen.ui.reports.tools import ReportTools

FORMATS = ("xlsx", "csv", "pdf")


class ReportsSection(QWidget):
    inquiry_requested = Signal(str)  # a reference of the overdue list
    status_message = Signal(str)
    report_shown = Signal(object)  # Report, after it is on screen (tests)

    def __init__(
        self,
        tools: ReportTools,
        ops: Operations,
        prompts: Prompts,
        clock: Clock,
    ) -> None:
        super().__init__()
        self.tools = tools
        self.ops = ops
        self.report: Report | None = None
        self._wanted: Period | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel(tr("Berichte"))
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(self.heading)
        self.body = QLabel()
        self.body.setWordWrap(True)
        layout.addWidget(self.body)
        self.chooser = PeriodChooser(last_complete_week(clock()))
        self.chooser.changed.connect(self.load)
        layout.addWidget(self.chooser)
        self.figures = FiguresView()
        self.charts = [
            ChartWidget(tools.day_chart, tr("Anfragen je Tag nach Kanal")),
            ChartWidget(tools.department_chart, tr("Anfragen je Abteilung")),
            ChartWidget(tools.trend_chart, tr("Verlauf der letzten 12 Wochen")),
        ]
        self.departments = departments_table()
        self.overdue = OverdueTable()
        self.overdue.inquiry_requested.connect(self.inquiry_requested)
        self.export = ReportExport(tools.writers, ops, prompts, self)
        self.export.status_message.connect(self.status_message)
        self.export_buttons: dict[str, QPushButton] = {}
        texts = {
            "xlsx": tr("Als &Excel speichern …"),
            "csv": tr("Als &CSV speichern …"),
            "pdf": tr("Als &PDF speichern …"),
        }
        buttons = QHBoxLayout()
        for fmt in FORMATS:
            button = QPushButton(texts[fmt])
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, fmt=fmt: self.save(fmt))
            self.export_buttons[fmt] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        content = QWidget()
        inner = QVBoxLayout(content)
        figures_box = QGroupBox(tr("Kennzahlen"))
        QVBoxLayout(figures_box).addWidget(self.figures)
        inner.addWidget(figures_box)
        chart_row = QHBoxLayout()
        for chart in self.charts:
            chart_row.addWidget(chart)
        inner.addLayout(chart_row, 1)
        tables = QHBoxLayout()
        for title, table in (
            (tr("Abteilungen"), self.departments),
            (tr("Überfällig (Doppelklick oder Eingabetaste öffnet)"), self.overdue),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(table)
            tables.addWidget(box, 3 if table is self.departments else 2)
        inner.addLayout(tables, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout.addWidget(scroll, 1)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.tools is not None and self.report is None and self._wanted is None:
            self.load(self.chooser.period)

    def load(self, period: Period) -> None:
        """Compute ``period``'s figures on a worker (a newer choice supersedes it)."""
        if self.tools is None or self.ops is None:
            return
        build = self.tools.build
        self._wanted = period
        self.body.setText(tr("Die Zahlen für {0} werden berechnet …").format(period.label))
        self.ops.run(
            lambda: build(period),
            self._shown,
            failure=self._failed,
            key="reports.build",
            slow=True,
            title=tr("Bericht nicht verfügbar"),
            show=Show.DIALOG,
        )

    def reload(self) -> None:
        if self.tools is not None:
            self.load(self.chooser.period)

    def _failed(self, _error: object) -> bool:
        self.body.setText(tr("Die Zahlen konnten nicht berechnet werden."))
        return False  # shown in the one place as well

    def _shown(self, report: Report) -> None:
        self.report = report
        text = tr("{0}: {1} bis {2}").format(
            report.period.label,
            f"{report.period.first:%d.%m.%Y}",
            f"{report.period.last:%d.%m.%Y}",
        )
        if report.period.end > report.generated_at:
            # "offen/überfällig am Ende" counts what is open now and due before the end
            text += " " + tr(
                "– läuft noch: „am Ende“ heißt hier am {0}, gerechnet mit dem heutigen Stand."
            ).format(f"{report.period.last:%d.%m.%Y}")
        self.body.setText(text)
        self.figures.show_report(report)
        for chart in self.charts:
            chart.show_report(report)
        fill_departments(self.departments, report)
        self.overdue.show_report(report)
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self.report_shown.emit(report)

    def save(self, fmt: str) -> None:
        if self.report is not None and fmt in self.export.writers:
            self.export.save(self.report, fmt)

    def focus_chooser(self) -> None:
        self.chooser.kind.setFocus(Qt.FocusReason.ShortcutFocusReason)
