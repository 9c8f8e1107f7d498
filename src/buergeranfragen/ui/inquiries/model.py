"""The queue as a Qt item model over InquiryService.search: pages of rows, sorting and
filtering in SQL, so a million inquiries open at once."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt

from buergeranfragen.calendar import format_local
from buergeranfragen.inquiries.records import InquiryQuery, InquirySummary
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.ui.common.i18n import channel_label, inquiry_kind_label, status_label, tr
from buergeranfragen.ui.common.paged_model import PagedTableModel

SORT_COLUMNS = ("reference", "received_at", "channel", "kind", "contact", "subject", "status")


class InquiryTableModel(PagedTableModel[InquirySummary]):
    def __init__(self, service: InquiryService) -> None:
        super().__init__()
        self._service = service
        self.query = InquiryQuery()

    def set_query(self, query: InquiryQuery) -> None:
        self.query = query
        self.load(
            lambda: self._service.count(query),
            lambda offset, limit: self._service.search(query, offset, limit),
        )

    def refresh(self) -> None:
        self.set_query(self.query)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(SORT_COLUMNS):
            self.set_query(
                replace(
                    self.query,
                    sort=SORT_COLUMNS[column],
                    descending=order == Qt.SortOrder.DescendingOrder,
                )
            )

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
        return row.subject if column == 5 else None
