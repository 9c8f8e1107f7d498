"""The queue as a Qt item model over InquiryService.search: pages of rows, sorting and
filtering in SQL, so a million inquiries open at once.

The column "Fällig" marks an open inquiry that is overdue or due today in colour and in words
("⚠ 25.11. 16:00", "heute 16:00"), never by colour alone; its tooltip and the
accessible text say it in a sentence. "Jetzt" is the app's clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from enum import Enum, auto
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from buergeranfragen.calendar import format_local, local
from buergeranfragen.clock import Clock
from buergeranfragen.inquiries.records import InquiryQuery, InquirySummary
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.ui.common.i18n import channel_label, inquiry_kind_label, status_label, tr
from buergeranfragen.ui.common.labels import plain_tooltip
from buergeranfragen.ui.common.list_view import text_room
from buergeranfragen.ui.common.paged_model import Page, PagedTableModel
from buergeranfragen.workflow import states

SORT_COLUMNS = (
    "reference",
    "received_at",
    "channel",
    "kind",
    "contact",
    "subject",
    "department",
    "assignee",
    "status",
    "due_at",
)
RECEIVED_COLUMN = 1
DEPARTMENT_COLUMN = 6
SHORT_ROLE = Qt.ItemDataRole.UserRole + 7  # a shorter form for a column too narrow
DUE_COLUMN = 9
OVERDUE_COLOUR = QColor("#b00020")  # the error red of the forms
TODAY_COLOUR = QColor("#8a4b00")  # dark amber: readable on white, apart from the red
OVERDUE_MARK = "⚠"


class Due(Enum):
    NONE = auto()  # no due date, or not open any more
    LATER = auto()
    TODAY = auto()
    OVERDUE = auto()


def due_state(row: InquirySummary, now: datetime) -> Due:
    """Overdue (the due moment has passed) or due later today (Berlin date), as the views
    "Überfällig" and "Heute fällig" count them; only for open inquiries."""
    if row.due_at is None or not states.is_open(row.status):
        return Due.NONE
    if row.due_at < now:
        return Due.OVERDUE
    if local(row.due_at).date() == local(now).date():
        return Due.TODAY
    return Due.LATER


def _short(moment: datetime, now: datetime) -> str:
    """ "25.11. 16:00" in the current year, else with the year."""
    shown, today = local(moment), local(now)
    if shown.year == today.year:
        return shown.strftime("%d.%m. %H:%M")
    return format_local(moment)


def due_cell(row: InquirySummary, now: datetime) -> str:
    state = due_state(row, now)
    if row.due_at is None:
        return ""
    if state == Due.OVERDUE:  # the words in the tooltip and the accessible text
        return f"{OVERDUE_MARK} {_short(row.due_at, now)}"
    if state == Due.TODAY:
        return tr("heute {0}").format(local(row.due_at).strftime("%H:%M"))
    return _short(row.due_at, now)


def due_words(row: InquirySummary, now: datetime) -> str:
    """The mark as a sentence (tooltip, screen readers)."""
    if row.due_at is None:
        return tr("Keine Frist")
    when = format_local(row.due_at)
    state = due_state(row, now)
    if state == Due.OVERDUE:
        return tr("Überfällig: war fällig am {0}").format(when)
    if state == Due.TODAY:
        return tr("Heute fällig, bis {0}").format(local(row.due_at).strftime("%H:%M"))
    return tr("Fällig am {0}").format(when)


class ShortWhenCut(QStyledItemDelegate):
    """A cell whose text does not fit shows its shorter form (``SHORT_ROLE``: the date of
    "Eingang" without the time) instead of a cut one; the tooltip has all of it."""

    def initStyleOption(  # noqa: N802 - Qt's name
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        short = index.data(SHORT_ROLE)
        if not short:
            return
        room = text_room(option)
        if option.fontMetrics.horizontalAdvance(option.text) > room:
            option.text = short


class InquiryTableModel(PagedTableModel[InquirySummary]):
    """``sort_requested`` asks the section to read the rows again in the new order (the read
    runs on a worker, so it cannot happen inside Qt's ``sort``)."""

    sort_requested = Signal()

    def __init__(
        self, service: InquiryService, clock: Clock, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._clock = clock
        self._now = clock()
        self.query = InquiryQuery()

    def read(self, query: InquiryQuery, at_least: int = 0) -> Page[InquirySummary]:
        """The first page for ``query`` (``at_least`` rows: the list read again keeps the
        rows it had); runs on a worker (reads the service only)."""
        return self.first_page(
            lambda: self._service.count(query),
            lambda offset, limit: self._service.search(query, offset, limit),
            at_least,
        )

    def show_query(self, query: InquiryQuery, page: Page[InquirySummary]) -> None:
        self.query = query
        self._now = self._clock()  # the marks as of this reading
        self.show(page, lambda offset, limit: self._service.search(query, offset, limit))

    def refresh_marks(self) -> None:
        """The clock moved on (the section's timer): the due marks anew, rows unchanged."""
        self._now = self._clock()
        if self.rowCount():
            column = self.index(0, DUE_COLUMN), self.index(self.rowCount() - 1, DUE_COLUMN)
            self.dataChanged.emit(*column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(SORT_COLUMNS):
            self.query = replace(
                self.query,
                sort=SORT_COLUMNS[column],
                descending=order == Qt.SortOrder.DescendingOrder,
            )
            self.sort_requested.emit()

    def headers(self) -> list[str]:
        return [
            tr("Vorgang"),
            tr("Eingang"),
            tr("Kanal"),
            tr("Art"),
            tr("Kontakt"),
            tr("Betreff"),
            tr("Abteilung"),
            tr("Bearbeitung"),
            tr("Status"),
            tr("Fällig"),
        ]

    def row_id(self, row: InquirySummary) -> int:
        return row.id

    def display(self, row: InquirySummary, column: int) -> Any:
        if column == DUE_COLUMN:
            return due_cell(row, self._now)
        return (
            row.reference,
            format_local(row.received_at),
            channel_label(row.channel),
            inquiry_kind_label(row.kind),
            row.contact_name,
            row.subject,
            row.department_code,
            row.assignee,
            status_label(row.status),
        )[column]

    def tooltip(self, row: InquirySummary, column: int) -> Any:
        """The whole contact, subject, department and person, which a narrow column cuts;
        the due mark in words."""
        if column == DUE_COLUMN:
            return due_words(row, self._now) if row.due_at is not None else None
        if column == DEPARTMENT_COLUMN and not row.department_code:
            return tr("Nicht zugeordnet")
        texts = {
            1: format_local(row.received_at),
            4: row.contact_name,
            5: row.subject,
            6: row.department_name,
            7: row.assignee,
        }
        return texts.get(column) or None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == SHORT_ROLE and index.isValid() and index.column() == RECEIVED_COLUMN:
            row = self.row_at(index.row())
            return local(row.received_at).strftime("%d.%m.%Y") if row is not None else None
        if index.isValid() and index.column() == DUE_COLUMN:
            row = self.row_at(index.row())
            if row is not None:
                if role == Qt.ItemDataRole.ForegroundRole:
                    state = due_state(row, self._now)
                    if state == Due.OVERDUE:
                        return QBrush(OVERDUE_COLOUR)
                    if state == Due.TODAY:
                        return QBrush(TODAY_COLOUR)
                    return None
                if role == Qt.ItemDataRole.AccessibleTextRole:
                    return due_words(row, self._now)
                if role == Qt.ItemDataRole.ToolTipRole:
                    tip = self.tooltip(row, DUE_COLUMN)
                    return plain_tooltip(tip) if tip else None
        return super().data(index, role)
