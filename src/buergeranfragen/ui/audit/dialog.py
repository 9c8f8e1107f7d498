"""Extras → Protokoll: the change entries and the openings of records, newest first, filtered
by person, record (an inquiry's Aktenzeichen or a contact's number), days and kind, read page
by page (``PagedTableModel``). Only the Leitung and the Administration get it (the service
refuses everyone else); it has nothing that changes or deletes an entry. An entry's changes
(names, addresses: text from outside) are shown as plain text only."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QDate, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.calendar import format_local
from buergeranfragen.contacts.queries import ENTITY as CONTACT
from buergeranfragen.inquiries.records import ENTITY as INQUIRY
from buergeranfragen.messages import Message
from buergeranfragen.privacy import audit_names
from buergeranfragen.privacy.log_store import CHANGE, READ
from buergeranfragen.privacy.viewer import AuditLine, AuditQuery, AuditService, day_span
from buergeranfragen.ui.common.i18n import tr, tr_message
from buergeranfragen.ui.common.labels import set_plain, shown
from buergeranfragen.ui.common.operations import Operations
from buergeranfragen.ui.common.paged_model import Page, PagedTableModel

Resolve = Any  # Callable[[str], int]: an Aktenzeichen → the inquiry's id (on a worker)


def _text(name: Message | str) -> str:
    return tr_message(name) if isinstance(name, Message) else name


def entity_label(entity: str) -> str:
    return _text(audit_names.entity_name(entity))


def record_label(line: AuditLine) -> str:
    """The "Datensatz" column (``audit_names.record_name``)."""
    return tr_message(audit_names.record_name(line))


def action_label(line: AuditLine) -> str:
    return _text(audit_names.action_name(line))


class AuditModel(PagedTableModel[AuditLine]):
    def headers(self) -> list[str]:
        return [tr("Zeit"), tr("Person"), tr("Datensatz"), tr("Vorgang")]

    def display(self, row: AuditLine, column: int) -> Any:
        if column == 0:
            return format_local(row.at)
        if column == 1:
            return row.actor
        if column == 2:
            return record_label(row)
        return action_label(row)

    def row_id(self, row: AuditLine) -> int:
        return row.entry_id if row.kind == CHANGE else -row.entry_id


def _label(text: str, buddy: QWidget) -> QLabel:
    """A row's label whose access letter jumps to ``buddy`` (the row holds more than one)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class AuditDialog(QDialog):
    def __init__(
        self,
        service: AuditService,
        inquiry_id: Resolve,
        ops: Operations,
        first: Page[AuditLine],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.inquiry_id = inquiry_id
        self.ops = ops
        self.setWindowTitle(tr("Protokoll"))
        self.resize(900, 600)

        self.person = QLineEdit()
        self.person.setPlaceholderText(tr("Benutzername, leer: alle"))
        self.record_kind = QComboBox()
        self.record_kind.addItem(tr("Alle Datensätze"), "")
        self.record_kind.addItem(tr("Anfrage (Aktenzeichen)"), INQUIRY)
        self.record_kind.addItem(tr("Kontakt (Nummer)"), CONTACT)
        self.record = QLineEdit()
        self.record.setPlaceholderText(tr("z. B. BA-2026-00012 oder 42"))
        self.use_days = QCheckBox(tr("&Zeitraum"))
        today = QDate.currentDate()
        self.first_day = QDateEdit(today.addDays(-30))
        self.last_day = QDateEdit(today)
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.kind = QComboBox()
        self.kind.addItem(tr("Änderungen und Öffnungen"), "")
        self.kind.addItem(tr("Nur Änderungen"), CHANGE)
        self.kind.addItem(tr("Nur Öffnungen"), READ)
        self.apply_button = QPushButton(tr("A&nzeigen"))
        self.apply_button.clicked.connect(self.apply)
        self.person.returnPressed.connect(self.apply)
        self.record.returnPressed.connect(self.apply)

        form = QFormLayout()
        form.addRow(tr("&Person"), self.person)
        record_row = QHBoxLayout()
        record_row.addWidget(self.record_kind)
        record_row.addWidget(self.record, 1)
        form.addRow(_label(tr("&Datensatz"), self.record_kind), record_row)
        days = QHBoxLayout()
        days.addWidget(self.use_days)
        days.addWidget(self.first_day)
        days.addWidget(QLabel(tr("bis")))
        days.addWidget(self.last_day)
        days.addStretch(1)
        form.addRow(_label(tr("&Tage"), self.first_day), days)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind)
        kind_row.addStretch(1)
        kind_row.addWidget(self.apply_button)
        form.addRow(_label(tr("&Art"), self.kind), kind_row)

        self.count_label = QLabel()
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)  # a time on one line, not cut in two
        metrics = self.table.fontMetrics()
        for column, widest in (
            (0, format_local(datetime(2026, 12, 31, 23, 59, tzinfo=UTC))),
            (2, tr("Einstellung: {0}").format(tr("Aufbewahrungsfristen"))),
        ):  # set, not measured from the rows: measuring would make the view read a page
            self.table.setColumnWidth(column, metrics.horizontalAdvance(widest) + 24)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.changes = QPlainTextEdit()  # plain text only: names and subjects from outside
        self.changes.setReadOnly(True)
        self.changes.setMaximumHeight(140)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.changes)
        layout.addWidget(buttons)
        self.query = AuditQuery()
        self._show(first, self.query)

    def _query(self) -> tuple[AuditQuery | None, str]:
        """The filters as typed (None: a contact number that is none); the Aktenzeichen is
        looked up on the worker."""
        since, until = (None, None)
        if self.use_days.isChecked():
            since, until = day_span(_day(self.first_day), _day(self.last_day))
        entity = str(self.record_kind.currentData() or "")
        typed = self.record.text().strip()
        if typed and not entity:  # "Alle Datensätze" and something typed: a number is a
            # contact's, anything else an Aktenzeichen - and the choice shows which was taken
            entity = CONTACT if typed.isascii() and typed.isdigit() else INQUIRY
            self.record_kind.setCurrentIndex(self.record_kind.findData(entity))
        entity_id = None
        if entity == CONTACT and typed:
            if not (typed.isascii() and typed.isdigit()):  # "³" is a digit to isdigit()
                self.ops.prompts.warn(
                    tr("Protokoll"), tr("Die Nummer eines Kontakts besteht aus Ziffern.")
                )
                return None, ""
            entity_id = int(typed)
        query = AuditQuery(
            actor=self.person.text().strip(),
            entity=entity if typed else "",
            entity_id=entity_id,
            since=since,
            until=until,
            kind=str(self.kind.currentData() or ""),
        )
        return query, typed if entity == INQUIRY else ""

    def apply(self) -> None:
        query, reference = self._query()
        if query is None:
            return
        service, resolve = self.service, self.inquiry_id

        def load() -> tuple[Page[AuditLine], AuditQuery]:
            wanted = query
            if reference:
                wanted = AuditQuery(
                    actor=query.actor,
                    entity=INQUIRY,
                    entity_id=resolve(reference),
                    since=query.since,
                    until=query.until,
                    kind=query.kind,
                )
            page = AuditModel.first_page(
                lambda: service.count(wanted),
                lambda offset, limit: service.page(wanted, offset, limit),
            )
            return page, wanted

        self.ops.run(load, lambda found: self._show(*found), title=tr("Protokoll"), key="audit")

    def _show(self, page: Page[AuditLine], query: AuditQuery) -> None:
        self.query = query
        service = self.service
        self.model.show(page, lambda offset, limit: service.page(query, offset, limit))
        total = page.total
        set_plain(
            self.count_label, tr("{0} Einträge").format(total) if total != 1 else tr("1 Eintrag")
        )
        self.changes.setPlainText("")

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        line = self.model.row_at(current.row())
        if line is None or line.kind == READ:
            self.changes.setPlainText("")
            return
        self.changes.setPlainText(shown(line.changes))
