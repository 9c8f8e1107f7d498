"""The Berichte section with a hand-built report and stand-in drawings: the last complete week
by default, another week by button and by keyboard, the figures and tables shown, the charts
painted, a file saved through the export button, Enter on the overdue list asks for the
inquiry."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from buergeranfragen.clock import FixedClock
from buergeranfragen.reports.periods import Period, PeriodKind, week
from buergeranfragen.reports.records import Report
from buergeranfragen.ui.common.operations import Operations
from buergeranfragen.ui.reports.section import ReportsSection
from buergeranfragen.ui.reports.tools import ReportTools
from tests.report_sample import STAND_IN_WRITERS, small_sample_report
from tests.ui.conftest import ScriptedPrompts

MONDAY = datetime(2026, 11, 30, 7, 15, tzinfo=UTC)  # KW 49: the last complete week is 48
drawn: list[tuple[str, int, str]] = []


def stand_in(name: str):  # type: ignore[no-untyped-def]
    def draw(painter: QPainter, rect: QRect, report: Report) -> None:
        painter.drawRect(rect.adjusted(2, 2, -2, -2))
        painter.drawText(rect, 0, report.period.label)
        drawn.append((name, rect.width(), report.period.label))

    return draw


@pytest.fixture
def section(qtbot: QtBot, prompts: ScriptedPrompts) -> ReportsSection:
    built: list[Period] = []
    tools = ReportTools(
        build=lambda period: built.append(period) or small_sample_report(period),  # type: ignore[func-returns-value]
        writers=STAND_IN_WRITERS,
        day_chart=stand_in("day"),
        department_chart=stand_in("department"),
        trend_chart=stand_in("trend"),
    )
    ops = Operations(prompts)
    widget = ReportsSection(tools, ops, prompts, FixedClock(MONDAY))
    widget.built = built  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    drawn.clear()
    return widget


def shown_report(qtbot: QtBot, section: ReportsSection, label: str) -> Report:
    qtbot.waitUntil(lambda: section.report is not None and section.report.period.label == label)
    assert section.report is not None
    return section.report


def test_the_last_complete_week_is_shown_with_its_figures_and_charts(
    qtbot: QtBot, section: ReportsSection
) -> None:
    section.show()
    report = shown_report(qtbot, section, "KW 48/2026")
    assert section.built == [week(2026, 48)]  # type: ignore[attr-defined]
    assert section.chooser.label.text() == "KW 48/2026"
    figures = section.figures.rows()
    assert figures["Neue Anfragen"] == "42"
    assert figures["Überfällig am Ende"] == "4"
    assert figures["Bis zur ersten Antwort"] == "Median 1,5, 90 % bis 4 Arbeitstage (31 Anfragen)"
    assert figures["Beim ersten Anruf erledigt"] == "60 % (9 von 15)"
    assert figures["Zwischennachricht rechtzeitig"] == "75 % (3 von 4)"
    assert section.departments.rowCount() == 3
    assert section.departments.item(2, 0).text() == "Nicht zugeordnet"
    assert section.departments.item(0, 0).text() == "BAU"  # the code; the name as tooltip
    assert "BAU – Bauen und Wohnen" in section.departments.item(0, 0).toolTip()
    assert section.overdue.item(0, 0).text() == "2026-000123"
    assert report.period == week(2026, 48)
    qtbot.waitUntil(lambda: all(chart.painted for chart in section.charts))
    assert {name for name, _w, label in drawn if label == "KW 48/2026"} == {
        "day", "department", "trend"
    }  # fmt: skip
    assert all(width > 100 for _n, width, _l in drawn)


def test_previous_and_next_week_by_button_and_keyboard(
    qtbot: QtBot, section: ReportsSection
) -> None:
    section.show()
    shown_report(qtbot, section, "KW 48/2026")
    section.chooser.previous.click()
    shown_report(qtbot, section, "KW 47/2026")
    section.activateWindow()
    QTest.keyClick(section, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    shown_report(qtbot, section, "KW 46/2026")
    QTest.keyClick(section, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(section, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    shown_report(qtbot, section, "KW 48/2026")
    # a month, a quarter, a year
    section.chooser.kind.setCurrentIndex(1)
    shown_report(qtbot, section, "November 2026")
    section.chooser.following.click()
    shown_report(qtbot, section, "Dezember 2026")
    section.chooser.following.click()
    shown_report(qtbot, section, "Januar 2027")
    section.chooser.kind.setCurrentIndex(2)
    shown_report(qtbot, section, "Q1 2027")
    section.chooser.previous.click()
    shown_report(qtbot, section, "Q4 2026")
    section.chooser.kind.setCurrentIndex(3)
    shown_report(qtbot, section, "2026")
    section.chooser.kind.setCurrentIndex(4)
    report = shown_report(qtbot, section, "01.01.2026–31.12.2026")
    assert report.period.kind is PeriodKind.RANGE
    assert section.chooser.first.isVisible() and not section.chooser.label.isVisible()


def test_the_export_button_writes_the_file_through_the_writer(
    qtbot: QtBot, section: ReportsSection, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    section.show()
    shown_report(qtbot, section, "KW 48/2026")
    prompts.save_target = tmp_path / "bericht"  # the suffix is added
    with qtbot.waitSignal(section.export.saved, timeout=5000) as saved:
        section.export_buttons["csv"].click()
    assert saved.args == [tmp_path / "bericht.csv"]
    assert (tmp_path / "bericht.csv").read_text() == "csv KW 48/2026 42\n"
    assert [p.name for p in tmp_path.iterdir()] == ["bericht.csv"]  # no part file left
    prompts.save_target = tmp_path / "missing" / "x.pdf"
    section.export_buttons["pdf"].click()
    qtbot.waitUntil(lambda: not section.export.busy)
    assert prompts.messages[-1][0] == "warn" and "x.pdf" in prompts.messages[-1][2]


def test_enter_on_an_overdue_reference_asks_for_the_inquiry(
    qtbot: QtBot, section: ReportsSection
) -> None:
    section.show()
    shown_report(qtbot, section, "KW 48/2026")
    section.overdue.setFocus()
    section.overdue.setCurrentCell(1, 0)
    with qtbot.waitSignal(section.inquiry_requested) as asked:
        QTest.keyClick(section.overdue, Qt.Key.Key_Return)
    assert asked.args == ["2026-000140"]


def test_from_a_month_to_weeks_goes_to_its_last_complete_week() -> None:
    """Found by the walkthrough: Monat November → Kalenderwoche showed KW 44 (1 November)."""
    from buergeranfragen.reports import periods
    from buergeranfragen.reports.periods import PeriodKind
    from buergeranfragen.ui.reports.period_chooser import of_kind

    latest = periods.week(2026, 47)
    assert of_kind(PeriodKind.WEEK, periods.month(2026, 11), latest) == latest
    assert of_kind(PeriodKind.WEEK, periods.month(2026, 10), latest) == periods.week(2026, 44)
    assert of_kind(PeriodKind.MONTH, latest, latest) == periods.month(2026, 11)


def test_the_arrivals_chart_counts_by_week_for_a_quarter_and_by_month_for_a_year() -> None:
    """Found by the walkthrough: a year drew 365 bars with unreadable labels."""
    from dataclasses import replace
    from datetime import timedelta

    from buergeranfragen.reports import periods
    from buergeranfragen.ui.reports.charts import buckets
    from tests.report_sample import realistic_sample_report

    def spread(period: periods.Period):  # type: ignore[no-untyped-def]
        days = {
            period.first + timedelta(days=n): {"phone": 1, "email": 2}
            for n in range((period.last - period.first).days + 1)
        }
        return replace(realistic_sample_report(), period=period, new_by_day=days)

    unit, bars = buckets(spread(periods.week(2026, 47)))
    assert (unit, len(bars)) == ("Tag", 7)
    unit, bars = buckets(spread(periods.quarter(2026, 4)))
    assert unit == "Woche" and bars[0][0] == "KW 40" and len(bars) == 14
    assert sum(sum(c.values()) for _l, c in bars) == 92 * 3  # every day counted once
    unit, bars = buckets(spread(periods.year(2026)))
    assert unit == "Monat" and [label for label, _c in bars][:2] == ["Jan", "Feb"]
    assert bars[1][1] == {"phone": 28, "email": 56}


def test_a_period_that_is_not_over_says_so(qtbot: QtBot, section: ReportsSection) -> None:
    """Found by the walkthrough: KW 49 and the year showed "überfällig am Ende" as if over."""
    section.show()
    shown_report(qtbot, section, "KW 48/2026")
    assert "läuft noch" not in section.body.text()  # generated after the week ended
    section.chooser.choose(week(2026, 49))  # generated on 30 Nov, the week ends on 6 Dec
    shown_report(qtbot, section, "KW 49/2026")
    assert "läuft noch" in section.body.text() and "06.12.2026" in section.body.text()
