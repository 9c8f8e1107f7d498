"""The report's tables: figures per department, and the overdue list (references only; a
double click or Enter opens the inquiry in the Anfragen section)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from buergeranfragen.reports.records import UNASSIGNED, Report
from buergeranfragen.ui.common.i18n import tr
from buergeranfragen.ui.common.labels import plain_tooltip, shown
from buergeranfragen.ui.reports.figures_view import number, share_text


def _table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(shown(value))  # department names: the office's own text
            if column > 0 and value[:1].isdigit():
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)


def department_name(code: str, name: str) -> str:
    return tr("Nicht zugeordnet") if code == UNASSIGNED else f"{code} – {name}"


def departments_table() -> QTableWidget:
    return _table(
        [
            tr("Abteilung"),
            tr("Neu"),
            tr("Beantwortet"),
            tr("Abgeschlossen"),
            tr("Offen"),
            tr("Überfällig"),
            tr("Erste Antwort (Median)"),
            tr("In der Frist"),
        ],
        "departmentsTable",
    )


def fill_departments(table: QTableWidget, report: Report) -> None:
    """A row per department: its code (the name as the cell's tooltip: a ministry's full name
    took the table's width) and its figures."""
    _fill(
        table,
        [
            [
                d.code or tr("Nicht zugeordnet"),
                str(d.new),
                str(d.answered),
                str(d.closed),
                str(d.open_at_end),
                str(d.overdue_at_end),
                tr("–") if d.first_answer.median is None else number(d.first_answer.median),
                share_text(d.within_deadline),
            ]
            for d in report.departments
        ],
    )
    for row, d in enumerate(report.departments):
        cell = table.item(row, 0)
        if cell is not None:
            cell.setToolTip(plain_tooltip(department_name(d.code, d.name)))
    table.resizeColumnsToContents()


class OverdueTable(QTableWidget):
    """``inquiry_requested(reference)`` on a double click or Enter."""

    inquiry_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__(0, 3)
        self.setObjectName("overdueTable")
        self.setHorizontalHeaderLabels(
            [tr("Aktenzeichen"), tr("Abteilung"), tr("Arbeitstage überfällig")]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setToolTip(tr("Doppelklick oder Eingabetaste öffnet die Anfrage"))
        self.doubleClicked.connect(self._open)

    def show_report(self, report: Report) -> None:
        _fill(
            self,
            [
                [
                    item.reference,
                    tr("Nicht zugeordnet")
                    if item.department_code == UNASSIGNED
                    else item.department_code,
                    str(item.days_overdue),
                ]  # fmt: skip
                for item in report.overdue
            ],
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open(self, index: QModelIndex) -> None:
        item = self.item(index.row(), 0)
        if item is not None and item.text():
            self.inquiry_requested.emit(item.text())
