"""What the Berichte section and the automatic weekly report are built from, handed in by
the window: the computation (``ReportService.build``), the writers per format and the chart
drawings shared with the PDF. One place wires the real ones (``report_tools``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QPainter

from buergeranfragen.context import AppContext
from buergeranfragen.reports.mailing import ReportMailer
from buergeranfragen.reports.periods import Period
from buergeranfragen.reports.records import Report
from buergeranfragen.reports.settings import ReportSettingsService
from buergeranfragen.reports.weekly import WeeklyReports

Draw = Callable[[QPainter, QRect, Report], None]
Writer = Callable[[Report, Path], None]


@dataclass(frozen=True)
class ReportTools:
    build: Callable[[Period], Report]
    writers: Mapping[str, Writer]  # "xlsx", "pdf", "csv"
    day_chart: Draw  # inquiries per day by channel
    department_chart: Draw  # per department
    trend_chart: Draw  # the 12 weeks before


def report_tools(context: AppContext) -> ReportTools:
    """The computation, the writers per format and the chart drawings."""
    from buergeranfragen.reports.formats import WRITERS
    from buergeranfragen.ui.reports.charts import (
        draw_day_chart,
        draw_department_chart,
        draw_trend_chart,
    )

    return ReportTools(
        context.reports.build, WRITERS, draw_day_chart, draw_department_chart, draw_trend_chart
    )


def weekly_reports(context: AppContext, tools: ReportTools) -> WeeklyReports:
    """The automatic weekly report of this desk, mailing over the office's SMTP set-up."""
    factory, clock, actor = context.database.session_factory, context.clock, context.settings.actor
    return WeeklyReports(
        factory,
        clock,
        actor,
        ReportSettingsService(factory, clock, actor),
        tools.build,
        tools.writers,
        ReportMailer(factory, clock, actor, context.smtp, context.outbox.transport),
    )
