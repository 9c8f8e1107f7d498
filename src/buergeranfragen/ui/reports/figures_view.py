"""The key figures of a report, in words and numbers (German number format): arrivals, what
was answered and closed, open and overdue at the end, the times in working days, the shares."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from buergeranfragen.reports.records import Durations, Report, Share
from buergeranfragen.ui.common.i18n import tr


def number(value: float) -> str:
    """1.5 → "1,5"; 2.0 → "2"."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def durations_text(durations: Durations) -> str:
    if durations.median is None or durations.p90 is None:
        return tr("–")
    return tr("Median {0}, 90 % bis {1} Arbeitstage ({2} Anfragen)").format(
        number(durations.median), number(durations.p90), durations.count
    )


def share_text(share: Share) -> str:
    value = share.value
    if value is None:
        return tr("–")
    return tr("{0} % ({1} von {2})").format(number(value * 100), share.part, share.whole)


def figure_rows(report: Report) -> list[tuple[str, str]]:
    """(what, value) in the order shown."""
    return [
        (tr("Neue Anfragen"), str(report.new)),
        (tr("Beantwortet"), str(report.answered)),
        (tr("Abgeschlossen"), str(report.closed)),
        (tr("Offen am Ende"), str(report.open_at_end)),
        (tr("Überfällig am Ende"), str(report.overdue_at_end)),
        (tr("Bis zur ersten Antwort"), durations_text(report.first_answer)),
        (tr("Bis zum Abschluss"), durations_text(report.closing)),
        (tr("Beim ersten Anruf erledigt"), share_text(report.first_contact_resolution)),
        (tr("Fristgerecht beantwortet"), share_text(report.within_deadline)),
        (tr("Zwischennachricht rechtzeitig"), share_text(report.interim_on_time)),
    ]


class FiguresView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.values: dict[str, QLabel] = {}

    def show_report(self, report: Report) -> None:
        for row, (what, value) in enumerate(figure_rows(report)):
            label = self.values.get(what)
            if label is None:
                name = QLabel(what + ":")
                label = QLabel()
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                column = 2 * (row // 5)
                self.grid.addWidget(name, row % 5, column)
                self.grid.addWidget(label, row % 5, column + 1)
                self.values[what] = label
            label.setText(value)

    def rows(self) -> dict[str, str]:
        return {what: label.text() for what, label in self.values.items()}
