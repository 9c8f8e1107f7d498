"""The queue as a Qt item model over InquiryService.search: pages of rows, sorting and
filtering in SQL, so a million inquiries open at once."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from buergeranfragen.calendar import format_local
from buergeranfragen.inquiries.records import InquiryQuery, InquirySummary
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.ui.common.i18n import channel_label, inquiry_kind_label, status_label, tr
from buergeranfragen.ui.common.paged_model import Page, PagedTableModel

SORT_COLUMNS = ("reference", "received_at", "channel", "kind", "contact", "subject", "status")


class InquiryTableModel(PagedTableModel[InquirySummary]):
    """``sort_requested`` asks the section to read the rows again in the new order (the read
    runs on a worker, so it cannot happen inside Qt's ``sort``)."""

    sort_requested = Signal()

    def __init__(self, service: InquiryService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.query = InquiryQuery()

    def read(self, query: InquiryQuery) -> Page[InquirySummary]:
        """The first page for ``query``; runs on a worker (reads the service only)."""
        return self.first_page(
            lambda: self._service.count(query),
            lambda offset, limit: self._service.search(query, offset, limit),
        )

    def show_query(self, query: InquiryQuery, page: Page[InquirySummary]) -> None:
        self.query = query
        self.show(page, lambda offset, limit: self._service.search(query, offset, limit))

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
            tr("Status"),
        ]

    def row_id(self, row: InquirySummary) -> int:
        return row.id

    def display(self, row: InquirySummary, column: int) -> Any:
        return (
            row.reference,
            format_local(row.received_at),
            channel_label(row.channel),
            inquiry_kind_label(row.kind),
            row.contact_name,
            row.subject,
            status_label(row.status),
        )[column]

    def tooltip(self, row: InquirySummary, column: int) -> Any:
        """The whole contact and subject, which a narrow column cuts."""
        return {4: row.contact_name, 5: row.subject}.get(column) or None
