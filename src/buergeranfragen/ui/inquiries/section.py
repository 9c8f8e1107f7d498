"""Section "Anfragen": the queue with full-text search and filters, and the detail view."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.calendar import Period, period_start
from buergeranfragen.clock import Clock
from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.inquiries.records import (
    InquiryChannel,
    InquiryQuery,
    InquiryRecord,
    InquiryStatus,
    InquirySummary,
)
from buergeranfragen.inquiries.service import COUNT_LIMIT, InquiryService
from buergeranfragen.ui.common.debounce import debounce_timer
from buergeranfragen.ui.common.i18n import channel_label, inquiry_kind_label, status_label, tr
from buergeranfragen.ui.common.list_view import list_view
from buergeranfragen.ui.common.operations import Changes, Operations, Show
from buergeranfragen.ui.common.paged_model import Page
from buergeranfragen.ui.common.prompts import Prompts
from buergeranfragen.ui.inquiries.detail import InquiryDetail
from buergeranfragen.ui.inquiries.model import InquiryTableModel

SEARCH_DELAY_MS = 200


def period_label(period: Period) -> str:
    return {
        Period.ALL: tr("Jederzeit"),
        Period.TODAY: tr("Heute"),
        Period.WEEK: tr("Letzte 7 Tage"),
        Period.MONTH: tr("Letzte 30 Tage"),
        Period.YEAR: tr("Dieses Jahr"),
    }[period]


class InquiriesSection(QWidget):
    status_message = Signal(str)
    contact_requested = Signal(int)
    rejected_requested = Signal()  # the "Nicht übernommen" list of refused mails

    def __init__(
        self,
        service: InquiryService,
        ops: Operations,
        prompts: Prompts,
        clock: Clock,
        formatted_body: Callable[[InquiryRecord], str] | None = None,
    ) -> None:
        super().__init__()
        self.service = service
        self.ops = ops
        self.prompts = prompts
        self.clock = clock

        self.search = QLineEdit()
        self.search.setObjectName("inquirySearch")
        self.search.setPlaceholderText(
            tr("Suchen in Betreff, Text, Kontakt und Vorgangsnummer (Strg+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem(tr("Alle Arten"), None)
        for kind in (ContactKind.CITIZEN, ContactKind.PRESS):
            self.kind.addItem(inquiry_kind_label(kind), kind.value)
        self.channel = QComboBox()
        self.channel.addItem(tr("Alle Kanäle"), None)
        for channel in InquiryChannel:
            self.channel.addItem(channel_label(channel), channel.value)
        self.status = QComboBox()
        self.status.addItem(tr("Jeder Status"), None)
        for status in InquiryStatus:
            self.status.addItem(status_label(status), status.value)
        self.period = QComboBox()
        for period in Period:
            self.period.addItem(period_label(period), period.value)
        self.count_label = QLabel()

        self.model = InquiryTableModel(service, self)
        self.table = list_view(self.model, "inquiryTable", (108, 124, 62, 108, 140, 220))
        self.table.setSortingEnabled(True)  # the model sorts in SQL
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.detail = InquiryDetail(service, ops, prompts, formatted_body)
        self.detail.contact_requested.connect(self.contact_requested)

        filters = QHBoxLayout()
        for combo in (self.kind, self.channel, self.status, self.period):
            filters.addWidget(combo)
        filters.addStretch(1)
        self.rejected_button = QPushButton(tr("Nicht übernommen …"))
        self.rejected_button.setObjectName("rejectedMails")
        self.rejected_button.setToolTip(
            tr("Abgelehnte Mails: ansehen, erneut übernehmen, speichern oder löschen")
        )
        self.rejected_button.clicked.connect(self.rejected_requested)
        filters.addWidget(self.rejected_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._timer = debounce_timer(self, SEARCH_DELAY_MS, self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.apply_filter)
        for combo in (self.kind, self.channel, self.status, self.period):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.model.sort_requested.connect(self.apply_filter)
        self.model.read_failed.connect(self.status_message)
        self.detail.status_message.connect(self.status_message)
        ops.changed.connect(self._data_changed)
        self.apply_filter()

    def query(self) -> InquiryQuery:
        kind, channel, status = (
            self.kind.currentData(),
            self.channel.currentData(),
            self.status.currentData(),
        )
        current = self.model.query
        return InquiryQuery(
            text=self.search.text(),
            kind=ContactKind(kind) if kind else None,
            channel=InquiryChannel(channel) if channel else None,
            status=InquiryStatus(status) if status else None,
            received_from=period_start(Period(self.period.currentData()), self.clock()),
            sort=current.sort,
            descending=current.descending,
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        query = self.query()
        self.ops.run(
            lambda: self.model.read(query),
            lambda page: self._listed(query, page),
            key="inquiries.list",
            show=Show.STATUS,
        )

    def _listed(self, query: InquiryQuery, page: Page[InquirySummary]) -> None:
        self.model.show_query(query, page)
        total = self.model.total
        if total > COUNT_LIMIT:
            limit = f"{COUNT_LIMIT:,}".replace(",", ".")
            self.count_label.setText(
                tr("mehr als {0} Anfragen – bitte die Suche eingrenzen").format(limit)
            )
        else:
            self.count_label.setText(
                tr("{0} Anfragen").format(total) if total != 1 else tr("1 Anfrage")
            )
        if self.detail.record is not None:
            self._select(self.detail.record.id)

    def refresh(self) -> None:
        self.apply_filter()

    def _data_changed(self, changes: Changes) -> None:
        if changes.inquiries or changes.contacts:  # the queue names each inquiry's contact
            self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def show_inquiry(self, inquiry_id: int) -> None:
        self.ops.run(
            lambda: self.service.get(inquiry_id),
            self._shown,
            title=tr("Anfrage nicht verfügbar"),
            key="inquiries.detail",
        )

    def _shown(self, record: InquiryRecord) -> None:
        self.detail.show_record(record)
        self._select(record.id)

    def _select(self, inquiry_id: int) -> None:
        row = self.model.row_of(inquiry_id)
        if row is not None:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)

    def _row_chosen(self, *_args: object) -> None:
        summary = self.model.row_at(self.table.currentIndex().row())
        if summary is not None:
            self.show_inquiry(summary.id)
