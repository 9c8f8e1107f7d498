"""Section "Anfragen": the queue with full-text search and filters, and the detail view.

Keyboard: Tab runs search → filters → "Nicht übernommen" → queue → detail (in reading order);
Down or Enter in the search field moves into the results (first row), Esc there resets the
search and every filter. The detail follows the current row; when a new search or filter no
longer lists the inquiry shown, the detail shows none.

On the left, the views with their counts (``views_sidebar``): choosing one sets the filters to
its query (the search text too); the filter note names it, and Esc in the search field leaves
it with the other filters. The counts of "Überfällig" and "Heute fällig" go to the status bar
(``due_summary``).

Several rows can be selected (Shift/Ctrl+click, Shift+arrows, Ctrl+A) for the actions of the
menu "Anfrage" (``selected_ids``); the detail shows the current row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
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
from buergeranfragen.inquiries.view_service import ViewService
from buergeranfragen.inquiries.views import QueueView
from buergeranfragen.ui.common.action_menu import keyboard_context_menu, popup_menu
from buergeranfragen.ui.common.debounce import debounce_timer
from buergeranfragen.ui.common.i18n import channel_label, inquiry_kind_label, status_label, tr
from buergeranfragen.ui.common.labels import plain_label, set_plain
from buergeranfragen.ui.common.list_view import list_view
from buergeranfragen.ui.common.operations import Changes, Operation, Operations, Show
from buergeranfragen.ui.common.paged_model import Page
from buergeranfragen.ui.common.prompts import Prompts
from buergeranfragen.ui.common.search_field import IntoResults, SearchField
from buergeranfragen.ui.inquiries.detail import InquiryDetail
from buergeranfragen.ui.inquiries.model import RECEIVED_COLUMN, InquiryTableModel, ShortWhenCut
from buergeranfragen.ui.inquiries.views_sidebar import ViewsSidebar

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
    selection_changed = Signal()  # the selected rows, or the inquiry shown, changed
    due_summary = Signal(str)  # "3 überfällig, 5 heute fällig" ("" when neither)

    def __init__(
        self,
        service: InquiryService,
        ops: Operations,
        prompts: Prompts,
        clock: Clock,
        views: ViewService,
        formatted_body: Callable[[InquiryRecord], str] | None = None,
    ) -> None:
        super().__init__()
        self.service = service
        self.ops = ops
        self.prompts = prompts
        self.clock = clock

        self._listing: Operation[Page[InquirySummary]] | None = None
        self.view: QueueView | None = None  # the view chosen in the sidebar
        self.views = ViewsSidebar(views, ops, prompts, self.query)

        self.search = SearchField(
            "inquirySearch", tr("Suchen in Betreff, Text, Kontakt und Vorgangsnummer (Strg+F)")
        )
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
        # which search and filters narrow the queue, and how to reset them; the search text is
        # the clerk's, shown as plain text
        self.filter_note = plain_label()
        self.filter_note.setObjectName("activeFilter")
        self.filter_note.setWordWrap(True)
        self.filter_note.hide()

        self.model = InquiryTableModel(service, clock, self)
        self.table = list_view(self.model, "inquiryTable", (108, 124, 62, 108, 140, 220))
        self.table.setSortingEnabled(True)  # the model sorts in SQL
        self.table.setItemDelegateForColumn(RECEIVED_COLUMN, ShortWhenCut(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.detail = InquiryDetail(service, ops, prompts, formatted_body, clock)
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
        left_layout.addWidget(self.filter_note)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        # the views | the queue and the inquiry; the inquiry right of the queue or below it
        # (``panes``' orientation, chosen by the window's width: ``shell/arrangement``)
        self.panes = QSplitter(Qt.Orientation.Horizontal)
        self.panes.setObjectName("queueAndDetail")
        self.panes.addWidget(left)
        self.panes.addWidget(self.detail)
        self.panes.setStretchFactor(0, 3)
        self.panes.setStretchFactor(1, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(self.panes)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([160, 1140])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._timer = debounce_timer(self, SEARCH_DELAY_MS, self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.search.textChanged.connect(self._show_filters)
        self.into_results = IntoResults(
            self.table,
            self._timer,
            self.apply_filter,
            lambda: self._listing is not None and self._listing.running,
            lambda: self._row_chosen(),
        )
        self.search.into_results.connect(self.into_results.enter)
        self.search.reset_requested.connect(self.reset_filters)
        for combo in self.filters():
            combo.currentIndexChanged.connect(self.apply_filter)
            combo.currentIndexChanged.connect(self._show_filters)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        self.row_actions: list[QAction] = []  # the context menu of a row (``set_actions``)
        self.row_menu: QMenu | None = None  # the one open (kept for tests)
        keyboard_context_menu(self.table, self._row_menu_at)
        self.detail.record_shown.connect(self.selection_changed)
        self.model.sort_requested.connect(self.apply_filter)
        self.model.read_failed.connect(self.status_message)
        self.detail.status_message.connect(self.status_message)
        ops.changed.connect(self._data_changed)
        self.detail.focus_chain_changed.connect(self._chain_focus)
        self.views.view_chosen.connect(self.show_view)
        self.views.views_read.connect(self._view_renamed)
        self.views.into_list.connect(self.table.setFocus)
        self.views.view_removed.connect(self._view_removed)
        self.views.counts_changed.connect(self._counted)
        self.views.timer.timeout.connect(self.model.refresh_marks)
        # another desk's changes (a status, a new call): the list read again every minute
        self.views.timer.timeout.connect(self.reread)
        self._chain_focus()
        self.apply_filter()
        self.views.load()

    def set_actions(self, actions: list[QAction], buttons: int | None = None) -> None:
        """Verteilen … Telefonat: in the context menu of the rows (right click, the Menu key,
        Shift+F10), the same actions as in the menu; the first ``buttons`` of them (all by
        default) also as buttons in the detail."""
        self.row_actions = actions
        self.detail.set_actions(actions[:buttons])

    def _row_menu_at(self, position: QPoint) -> None:
        if not self.row_actions or not self.table.indexAt(position).isValid():
            return
        if self.row_menu is not None:
            self.row_menu.deleteLater()
        menu = QMenu(self.table)
        menu.addActions(self.row_actions)
        self.row_menu = menu
        popup_menu(self.table, menu, position)

    def filters(self) -> tuple[QComboBox, ...]:
        return (self.kind, self.channel, self.status, self.period)

    def focus_chain(self) -> list[QWidget]:
        """The widgets Tab visits, in this order (hidden and disabled ones are skipped)."""
        return [
            self.views,
            self.search,
            *self.filters(),
            self.rejected_button,
            self.table,
            *self.detail.focus_chain(),
        ]

    def _chain_focus(self) -> None:
        chain = self.focus_chain()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- search and filters ---------------------------------------------------------------

    def _filter_parts(self) -> list[str]:
        text = " ".join(self.search.text().split())
        parts = [tr("Ansicht „{0}“").format(self.views.title(self.view))] if self.view else []
        parts += [tr("Suche „{0}“").format(text)] if text else []
        return parts + [c.currentText() for c in self.filters() if c.currentIndex() > 0]

    def _show_filters(self) -> None:
        parts = self._filter_parts()
        self.search.filter_active = self.view is not None or any(
            c.currentIndex() > 0 for c in self.filters()
        )
        if parts:
            set_plain(
                self.filter_note,
                tr("Filter aktiv: {0} – Esc im Suchfeld setzt zurück").format(", ".join(parts)),
            )
        self.filter_note.setVisible(bool(parts))

    def reset_filters(self) -> None:
        """Esc in the search field: no view, no search, every filter back to "all"."""
        self.view = None
        self.views.set_current(None)
        for combo in self.filters():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.clear()
        self._show_filters()
        self.apply_filter()

    def show_view(self, view: QueueView) -> None:
        """The filters of a sidebar view: its kind, channel and status in the boxes, its
        words in the search field (none for the built-in ones), the rest (department,
        person, due, period) from the view itself."""
        self.view = view
        self.views.set_current(view.key)
        query = view.query
        values = (
            (self.kind, query.kind),
            (self.channel, query.channel),
            (self.status, query.status),
            (self.period, None),  # the view's own period
        )
        for combo, value in values:
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value.value)) if value else 0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(query.text)
        self.search.blockSignals(False)
        self._show_filters()
        self.apply_filter()

    def _view_renamed(self) -> None:
        """The "Filter aktiv" line names the view as it is called now."""
        if self.view is not None:
            now = self.views.views.get(self.view.key)
            if now is not None and now.title != self.view.title:
                self.view = replace(self.view, title=now.title)
                self._show_filters()

    def _view_removed(self, key: str) -> None:
        if self.view is not None and self.view.key == key:
            self.view = None
            self._show_filters()
            self.apply_filter()

    def _counted(self, overdue: int, today: int) -> None:
        parts = []
        if overdue:
            parts.append(tr("{0} überfällig").format(overdue))
        if today:
            parts.append(tr("{0} heute fällig").format(today))
        self.due_summary.emit(", ".join(parts))

    def query(self) -> InquiryQuery:
        """The view chosen (if any), narrowed by the search and the filter boxes."""
        kind, channel, status = (
            self.kind.currentData(),
            self.channel.currentData(),
            self.status.currentData(),
        )
        current = self.model.query
        base = self.view.query if self.view is not None else InquiryQuery()
        received_from = period_start(Period(self.period.currentData()), self.clock())
        return replace(
            base,
            text=self.search.text(),
            kind=ContactKind(kind) if kind else None,
            channel=InquiryChannel(channel) if channel else None,
            status=InquiryStatus(status) if status else None,
            received_from=received_from if received_from is not None else base.received_from,
            sort=current.sort,
            descending=current.descending,
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        query = self.query()
        self._listing = self.ops.run(
            lambda: self.model.read(query),
            lambda page: self._listed(query, page),
            key="inquiries.list",
            show=Show.STATUS,
        )

    def reread(self) -> None:
        """The list as it is now (changed at another desk), as far as it was scrolled: the
        selection, the current row and the scroll position stay."""
        if self._timer.isActive():
            return  # a search is being typed: its own reading follows
        if self._listing is not None and self._listing.running:
            self.apply_filter()  # new filters on their way: read with them, not the old ones
            return
        query, rows = self.model.query, self.model.rowCount()
        self._listing = self.ops.run(
            lambda: self.model.read(query, rows),
            lambda page: self._listed(query, page, keep_place=True),
            key="inquiries.list",
            show=Show.NOWHERE,
        )

    def _listed(
        self, query: InquiryQuery, page: Page[InquirySummary], keep_place: bool = False
    ) -> None:
        new_search = _filter_of(query) != _filter_of(self.model.query)
        selected = self.selected_ids()
        current = self.model.row_at(self.table.currentIndex().row())
        scrolled = self.table.verticalScrollBar().value()
        self.model.show_query(query, page)
        self._reselect(selected)
        if keep_place:
            self._keep_place(current.id if current is not None else None, scrolled)
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
        shown = self.detail.record
        if shown is not None and self.model.row_of(shown.id) is None and new_search:
            # the detail follows the list: what the search no longer lists is not shown
            self.ops.supersede("inquiries.detail")
            self.detail.show_record(None)
        elif shown is not None:
            self._select(shown.id)
        self.into_results.listed()

    def refresh(self) -> None:
        self.apply_filter()

    def _data_changed(self, changes: Changes) -> None:
        if changes.inquiries or changes.contacts:  # the queue names each inquiry's contact
            self.reread()  # in place: a row routed far down does not send the list to the top
            self.views.load()

    def reread_detail(self) -> None:
        """The inquiry shown, read again (changed at another desk): shown anew only when its
        version moved; gone, it stays as it was (acting on it then says so)."""
        shown = self.detail.record
        if shown is None:
            return
        service, inquiry_id, version = self.service, shown.id, shown.version

        def fresh(record: InquiryRecord) -> None:
            now = self.detail.record
            if now is not None and now.id == record.id and record.version != version:
                self.detail.show_record(record)

        self.ops.run(
            lambda: service.get(inquiry_id), fresh, key="inquiries.reread", show=Show.NOWHERE
        )

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
        if row is not None and len(self.selected_ids()) < 2:  # several selected: they stay
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)

    # -- several selected inquiries --------------------------------------------------------

    def selected_summaries(self) -> list[InquirySummary]:
        """The selected rows, top to bottom."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        found = (self.model.row_at(row) for row in rows)
        return [summary for summary in found if summary is not None]

    def selected_ids(self) -> list[int]:
        return [summary.id for summary in self.selected_summaries()]

    def _keep_place(self, current_id: int | None, scrolled: int) -> None:
        row = self.model.row_of(current_id) if current_id is not None else None
        if row is not None:
            selection = self.table.selectionModel()
            selection.blockSignals(True)  # the same inquiry: not read again into the detail
            selection.setCurrentIndex(self.model.index(row, 0), selection.SelectionFlag.NoUpdate)
            selection.blockSignals(False)
        self.table.verticalScrollBar().setValue(scrolled)

    def _reselect(self, ids: list[int]) -> None:
        """Several rows selected before the queue was read again stay selected (those still
        listed); one row follows the detail (``_select``)."""
        if len(ids) < 2:
            return
        selection = self.table.selectionModel()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for inquiry_id in ids:
            row = self.model.row_of(inquiry_id)
            if row is not None:
                selection.select(self.model.index(row, 0), flags)

    def _row_chosen(self, *_args: object) -> None:
        summary = self.model.row_at(self.table.currentIndex().row())
        if summary is not None:
            self.show_inquiry(summary.id)


def _filter_of(query: InquiryQuery) -> tuple[object, ...]:
    """What a query lists (not its order): a change of it is a new search."""
    return (
        query.text,
        query.kind,
        query.channel,
        query.status,
        query.received_from,
        query.department_code,
        query.unassigned,
        query.assignee,
        query.open_only,
        query.due,
    )
