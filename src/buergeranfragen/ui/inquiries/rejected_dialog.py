"""The "Nicht übernommen" list: mails the intake refused for good, kept as they arrived. Each
can be looked at (everything as plain text), imported again, saved as a file or deleted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.calendar import local
from buergeranfragen.mail.intake import MailIntake, MailReport
from buergeranfragen.mail.rejected import RejectedEntry
from buergeranfragen.ui.common.i18n import mail_outcome_label, tr, tr_message
from buergeranfragen.ui.common.labels import plain_label, shown
from buergeranfragen.ui.common.operations import CONTACTS, INQUIRIES, Operations
from buergeranfragen.ui.common.prompts import Prompts


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(shown(text.replace("\n", " ")))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class RejectedDialog(QDialog):
    def __init__(
        self, intake: MailIntake, ops: Operations, prompts: Prompts, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.intake = intake
        self.store = intake.inquiries.rejected
        self.ops = ops
        self.prompts = prompts
        self.entries: list[RejectedEntry] = []
        self.setWindowTitle(tr("Nicht übernommene Mails"))
        self.resize(900, 600)
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.note = plain_label()  # what the last action did
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("rejectedTable")
        self.table.setHorizontalHeaderLabels(
            [tr("Abgelehnt am"), tr("Absender"), tr("Betreff"), tr("Grund")]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.text = QPlainTextEdit()  # everything from the mail: plain text, never markup
        self.text.setObjectName("rejectedText")
        self.text.setReadOnly(True)
        self.retry_button = QPushButton(tr("Erneut übernehmen"))
        self.save_button = QPushButton(tr("Original speichern …"))
        self.delete_button = QPushButton(tr("Löschen"))
        self.retry_button.clicked.connect(self.retry)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._chosen)
        self._enable()
        self.reload()

    # -- the list -------------------------------------------------------------------------

    def reload(self) -> None:
        self.ops.run(self.store.entries, self._listed)

    def _listed(self, entries: list[RejectedEntry]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for column, value in enumerate(
                (
                    f"{local(entry.rejected_at):%d.%m.%Y %H:%M}",
                    entry.sender,
                    entry.subject,
                    tr_message(entry.reason),
                )
            ):
                self.table.setItem(row, column, _cell(value))
        if len(entries) == 1:
            summary = tr("1 Mail wurde nicht übernommen; ihr Original ist gespeichert.")
        elif entries:
            summary = tr(
                "{0} Mails wurden nicht übernommen; ihre Originale sind gespeichert."
            ).format(len(entries))
        else:
            summary = tr("Keine nicht übernommenen Mails.")
        self.summary.setText(summary)
        self.text.clear()
        if entries:
            self.table.selectRow(0)
        self._chosen()  # also when row 0 was the current row before: its preview anew

    def current(self) -> RejectedEntry | None:
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _enable(self) -> None:
        chosen = self.current() is not None
        for button in (self.retry_button, self.save_button, self.delete_button):
            button.setEnabled(chosen)

    def _chosen(self) -> None:
        self._enable()
        entry = self.current()
        if entry is None:
            self.text.clear()
            return
        entry_id = entry.id
        self.ops.run(lambda: self.store.preview(entry_id), lambda text: self._show(entry, text))

    def _show(self, entry: RejectedEntry, original: str) -> None:
        if self.current() != entry:
            return  # another one was chosen meanwhile
        head = "\n".join(
            (
                tr("Herkunft: {0}").format(entry.source),
                tr("Absender: {0}").format(entry.sender or "–"),
                tr("Betreff: {0}").format(entry.subject or "–"),
                tr("Grund: {0}").format(tr_message(entry.reason)),
                tr("Größe: {0} Bytes").format(entry.size),
            )
        )
        # direction controls written out: a raw U+202E turned "abc" into "cba" here
        self.text.setPlainText(shown(head + "\n\n" + original))

    # -- actions --------------------------------------------------------------------------

    def retry(self) -> None:
        entry = self.current()
        if entry is None:
            return
        entry_id = entry.id
        self.ops.run(
            lambda: self.intake.retry_rejected(entry_id),
            self._retried,
            changes=INQUIRIES | CONTACTS,
        )

    def _retried(self, report: MailReport) -> None:
        outcome = mail_outcome_label(report.status)
        if report.status.stored:
            text = tr("Die Mail wurde übernommen: {0} ({1}).").format(
                report.reference or "", outcome
            )
        else:
            reason = tr_message(report.error) if report.error else ""
            text = tr("Die Mail wurde wieder nicht übernommen ({0}): {1}").format(outcome, reason)
        self.note.setText(text)
        self.reload()

    def save(self) -> None:
        entry = self.current()
        if entry is None:
            return
        suggestion = Path(entry.file_name).name or f"mail-{entry.id}.eml"
        target = self.prompts.save_file(
            tr("Original speichern"), suggestion, tr("E-Mails (*.eml *.msg);;Alle Dateien (*)")
        )
        if target is None:
            return
        entry_id = entry.id
        self.ops.run(
            lambda: self.store.save_original(entry_id, target, overwrite=True),  # dialog asked
            lambda path: self.note.setText(tr("Gespeichert als {0}.").format(path)),
        )

    def delete(self) -> None:
        entry = self.current()
        if entry is None or not self.prompts.confirm(
            tr("Mail löschen"),
            tr("Das Original dieser Mail wird endgültig gelöscht."),
            tr("Löschen"),
            tr("Abbrechen"),
        ):
            return
        entry_id = entry.id
        self.ops.run(lambda: self.store.delete(entry_id), lambda _none: self._deleted())

    def _deleted(self) -> None:
        self.note.clear()  # "Gespeichert als …" was about the entry that is gone
        self.reload()
