"""Fetching the IMAP mailboxes in the background: every few minutes while a mailbox is set up,
and on F5; progress and outcome in the status bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from buergeranfragen.mail.imap import FetchResult, MailboxRecord, MailboxService
from buergeranfragen.mail.intake import MailOutcome
from buergeranfragen.ui.common.i18n import tr, tr_messages
from buergeranfragen.ui.common.operations import (
    CONTACTS,
    INQUIRIES,
    NOTHING,
    Cancelled,
    Changes,
    Operation,
    Operations,
    Progress,
    Show,
)

FETCH_INTERVAL_MS = 5 * 60 * 1000
FIRST_FETCH_DELAY_MS = 2000


def _changes(results: list[FetchResult] | None) -> Changes:
    """A fetch that brought mails touched the inquiries and perhaps new senders' contacts."""
    brought = any(
        r.count(MailOutcome.IMPORTED) or r.count(MailOutcome.THREADED) for r in results or []
    )
    return INQUIRIES | CONTACTS if brought else NOTHING


class MailFetcher(QObject):
    fetch_finished = Signal(list)  # list[FetchResult]; empty when no mailbox is set up
    status_message = Signal(str)

    def __init__(self, service: MailboxService, ops: Operations, parent: QObject) -> None:
        super().__init__(parent)
        self._service = service
        self._ops = ops
        self._operation: Operation[Any] | None = None
        self.timer = QTimer(self, interval=FETCH_INTERVAL_MS)
        self.timer.timeout.connect(self.fetch)
        ops.changed.connect(self._data_changed)

    @property
    def busy(self) -> bool:
        return self._operation is not None and self._operation.running

    def arm(self) -> None:
        """Fetch regularly while a mailbox is set up (a first fetch shortly after the start)."""
        self._ops.run(self._service.configured, self._armed, show=Show.NOWHERE)

    def _armed(self, mailboxes: list[MailboxRecord]) -> None:
        if mailboxes and not self.timer.isActive():
            self.timer.start()
            QTimer.singleShot(FIRST_FETCH_DELAY_MS, self.fetch)
        elif not mailboxes:
            self.timer.stop()

    def _data_changed(self, changes: Changes) -> None:
        if changes.mailboxes:
            self.arm()

    def stop(self) -> None:
        self.timer.stop()
        if self._operation is not None:
            self._operation.cancel()

    def fetch(self) -> None:
        """Fetch every mailbox on a worker; progress and result in the status bar."""
        if self.busy:
            return
        service = self._service

        def work(progress: Progress, cancelled: Cancelled) -> list[FetchResult] | None:
            if not service.configured():
                return None
            return service.fetch_all(progress, cancelled)

        self.status_message.emit(tr("Postfach wird abgerufen …"))
        self._operation = self._ops.run_long(
            work,
            self._fetched,
            progress=self._progress,
            changes=_changes,
            show=Show.STATUS,
        )

    def _progress(self, done: int, total: int) -> None:
        self.status_message.emit(tr("Postfach wird abgerufen … {0} von {1}").format(done, total))

    def _fetched(self, results: list[FetchResult] | None) -> None:
        if results is None:
            self.status_message.emit(
                tr("Kein Postfach eingerichtet (Datei → Postfächer einrichten).")
            )
            self.fetch_finished.emit([])
            return
        new = sum(r.count(MailOutcome.IMPORTED) for r in results)
        errors = tr_messages(r.error for r in results if r.error)
        text = tr("{0} neue Anfragen aus dem Postfach.").format(new)
        rejected = sum(r.count(MailOutcome.REJECTED) for r in results)
        later = sum(r.count(MailOutcome.RETRY_LATER) for r in results)
        threaded = sum(r.count(MailOutcome.THREADED) for r in results)
        if threaded:
            text += " " + tr("{0} Antworten zu vorhandenen Anfragen.").format(threaded)
        reopened = [m.reference for r in results for m in r.reports if m.reopened and m.reference]
        if reopened:
            text += " " + tr("Wieder geöffnet: {0}.").format(", ".join(reopened))
        if rejected:
            text += " " + tr("{0} nicht übernommen (siehe „Nicht übernommen …“).").format(rejected)
        if later:
            text += " " + tr("{0} folgen beim nächsten Abruf.").format(later)
        if errors:
            text += " " + " ".join(errors)
        self.status_message.emit(text)
        self.fetch_finished.emit(results)
