"""Anfragen → "Postausgang …": the mails waiting (being sent, not sent with the reason,
unclear), "Jetzt senden" for the failed ones, and for an unclear one (a desk stopped while
sending it) "Erneut senden" or "Wurde gesendet" once the clerk has checked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.calendar import format_local
from buergeranfragen.conversation.records import SendState
from buergeranfragen.mail.outbox import Outbox, OutboxEntry
from buergeranfragen.ui.common.i18n import tr, tr_message
from buergeranfragen.ui.common.labels import shown
from buergeranfragen.ui.common.operations import INQUIRIES, Operations


def state_label(state: SendState) -> str:
    return {
        SendState.SENDING: tr("wird gesendet"),
        SendState.SENT: tr("gesendet"),
        SendState.FAILED: tr("nicht gesendet"),
        SendState.UNCLEAR: tr("unklar – bitte prüfen"),
    }[state]


class OutboxDialog(QDialog):
    changed = Signal()  # something was sent or marked: the status bar counts again

    def __init__(self, outbox: Outbox, ops: Operations, parent: QWidget) -> None:
        super().__init__(parent)
        self.outbox, self.ops = outbox, ops
        self.entries: list[OutboxEntry] = []
        self.setWindowTitle(tr("Postausgang"))
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [tr("Anfrage"), tr("Betreff"), tr("An"), tr("Zustand"), tr("Grund"),
             tr("Versuche"), tr("Zeit")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the buttons
        self.table.itemSelectionChanged.connect(self._enable)
        self.send_now = QPushButton(tr("&Jetzt senden"))
        self.send_now.clicked.connect(self.retry)
        self.resend_button = QPushButton(tr("&Erneut senden"))
        self.resend_button.clicked.connect(self.resend)
        self.mark_button = QPushButton(tr("&Wurde gesendet"))
        self.mark_button.clicked.connect(self.mark_sent)
        row = QHBoxLayout()
        for button in (self.send_now, self.resend_button, self.mark_button):
            row.addWidget(button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(900, 360)
        self.reload()

    def reload(self) -> None:
        self.ops.run(self.outbox.entries, self._listed, title=tr("Postausgang"))

    def _listed(self, entries: list[OutboxEntry]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for n, entry in enumerate(entries):
            reason = "" if entry.reason is None else tr_message(entry.reason)
            at = format_local(entry.at)  # Berlin time, whatever the machine's zone
            cells = [entry.reference, entry.subject, entry.to, state_label(entry.state)]
            cells += [reason, str(entry.attempts), at]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(shown(value))
                self.table.setItem(n, column, item)
        self.table.resizeColumnsToContents()
        self._enable()

    def current(self) -> OutboxEntry | None:
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _enable(self) -> None:
        entry = self.current()
        waiting = entry is not None and entry.state in (SendState.UNCLEAR, SendState.FAILED)
        self.resend_button.setEnabled(waiting)
        self.mark_button.setEnabled(entry is not None and entry.state is SendState.UNCLEAR)
        self.send_now.setEnabled(any(e.state is SendState.FAILED for e in self.entries))

    def _after(self, _result: object) -> None:
        self.changed.emit()
        self.reload()

    def _on_current(self, action: Callable[[int], object]) -> None:
        entry = self.current()
        if entry is not None:
            row_id = entry.id
            self.ops.run(lambda: action(row_id), self._after, changes=INQUIRIES, slow=True)

    def retry(self) -> None:
        self.ops.run(self.outbox.retry, self._after, changes=INQUIRIES, slow=True)

    def resend(self) -> None:
        self._on_current(self.outbox.resend)

    def mark_sent(self) -> None:
        self._on_current(self.outbox.mark_sent)
