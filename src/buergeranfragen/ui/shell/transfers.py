"""Import and export of contact files from the window: on a worker thread, with a progress
dialog that can be cancelled, and a report per entry at the end."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.contacts.io.transfer import EntryReport, export_contacts, import_contact_files
from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.errors import KnownError
from buergeranfragen.mail.intake import MailIntake, MailReport
from buergeranfragen.ui.common.background import BackgroundTask, start
from buergeranfragen.ui.common.errors import log
from buergeranfragen.ui.common.i18n import tr, tr_message


def status_label(status: str) -> str:
    return {
        "imported": tr("importiert"),
        "merged": tr("zusammengeführt"),
        "skipped": tr("übersprungen"),
    }[status]


class ReportDialog(QDialog):
    """A table of what happened to each entry or file, with a summary line."""

    def __init__(
        self, title: str, summary: str, headers: list[str], rows: list[list[str]], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(rows), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            len(headers) - 1, QHeaderView.ResizeMode.Stretch
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 480)


def contact_report(reports: list[EntryReport], cancelled: bool, parent: QWidget) -> ReportDialog:
    counts = {s: sum(r.status == s for r in reports) for s in ("imported", "merged", "skipped")}
    summary = tr(
        "{0} importiert, {1} mit vorhandenen Kontakten zusammengeführt, {2} übersprungen."
    ).format(counts["imported"], counts["merged"], counts["skipped"])
    if cancelled:
        summary += " " + tr(
            "Der Import wurde abgebrochen; die bis dahin gelesenen Einträge sind gespeichert."
        )
    rows = []
    for report in reports:
        notes = ([report.error] if report.error else []) + list(report.warnings)
        rows.append(
            [
                Path(report.file).name,
                str(report.entry or ""),
                status_label(report.status),
                report.name,
                " ".join(notes),
            ]
        )
    title = tr("Import abgebrochen") if cancelled else tr("Import abgeschlossen")
    return ReportDialog(
        title,
        summary,
        [tr("Datei"), tr("Eintrag"), tr("Ergebnis"), tr("Name"), tr("Grund / Hinweise")],
        rows,
        parent,
    )


def mail_report(reports: list[MailReport], cancelled: bool, parent: QWidget) -> ReportDialog:
    counts = {s: sum(r.status == s for r in reports) for s in ("imported", "duplicate", "rejected")}
    summary = tr(
        "{0} Mails als Anfragen übernommen, {1} waren schon vorhanden, {2} abgelehnt."
    ).format(counts["imported"], counts["duplicate"], counts["rejected"])
    if cancelled:
        summary += " " + tr("Der Import wurde abgebrochen.")
    labels = {
        "imported": tr("übernommen"),
        "duplicate": tr("schon vorhanden"),
        "rejected": tr("abgelehnt"),
    }
    rows = []
    for report in reports:
        notes = ([report.error] if report.error else []) + list(report.warnings)
        rows.append(
            [
                Path(report.file).name,
                labels[report.status],
                report.reference or "",
                report.from_email,
                report.subject,
                " ".join(notes),
            ]
        )
    title = tr("E-Mail-Import abgebrochen") if cancelled else tr("E-Mail-Import abgeschlossen")
    return ReportDialog(
        title,
        summary,
        [
            tr("Datei"),
            tr("Ergebnis"),
            tr("Vorgang"),
            tr("Absender"),
            tr("Betreff"),
            tr("Grund / Hinweise"),
        ],
        rows,
        parent,
    )


class FileTransfers:
    """Runs contact imports and exports and mail imports for the main window, on a worker
    thread, at most one at a time."""

    def __init__(
        self,
        service: ContactService,
        mail: MailIntake,
        parent: QWidget,
        on_changed: Callable[[], None],
        notify: Callable[[str, str], None],
    ) -> None:
        self._service = service
        self._mail = mail
        self._parent = parent
        self._on_changed = on_changed
        self._notify = notify
        self.task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None
        self.report_dialog: ReportDialog | None = None
        self.last_export: int | None = None
        self.last_mail_reports: list[MailReport] = []

    @property
    def busy(self) -> bool:
        return self.task is not None

    def _progress_dialog(self, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, tr("Abbrechen"), 0, 0, self._parent)
        dialog.setWindowTitle(tr("Bitte warten"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        return dialog

    def _run(
        self,
        label: str,
        work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
        done: Callable[[Any], None],
        cancellable: bool = True,
    ) -> None:
        """Run ``work`` on a worker with the progress dialog; ``done`` gets its result."""
        self.progress = self._progress_dialog(label)
        task = BackgroundTask(work)
        if cancellable:
            self.progress.canceled.connect(task.cancel)
        else:
            self.progress.setCancelButton(None)
        task.signals.progress.connect(self._show_progress)

        def succeeded(result: Any) -> None:
            self._finish()
            done(result)

        task.signals.succeeded.connect(succeeded)
        task.signals.failed.connect(self._failed)
        self.task = start(task)

    def import_files(self, paths: list[Path], kind: ContactKind | None) -> None:
        if self.busy or not paths:
            return
        reports: list[EntryReport] = []

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> bool:
            reports.extend(import_contact_files(self._service, paths, kind, progress, cancelled))
            return cancelled()

        def done(cancelled: bool) -> None:
            self._on_changed()
            self.report_dialog = contact_report(reports, cancelled, self._parent)
            self.report_dialog.open()

        self._run(tr("Kontakte werden importiert …"), work, done)

    def import_mails(self, paths: list[Path], raw: list[bytes] | None = None) -> None:
        """Mail files (and mails dragged in as data) become inquiries."""
        if self.busy or not (paths or raw):
            return
        reports: list[MailReport] = []

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> bool:
            total = len(paths) + len(raw or [])
            reports.extend(
                self._mail.import_files(paths, lambda d, _t: progress(d, total), cancelled)
            )
            for number, data in enumerate(raw or [], start=1):
                if cancelled():
                    break
                label = tr("Gezogene Mail {0}").format(number)
                reports.append(self._mail.import_bytes(data, label, f"mail-{number}.eml"))
                progress(len(paths) + number, total)
            return cancelled()

        def done(cancelled: bool) -> None:
            self._on_changed()
            self.last_mail_reports = reports
            self.report_dialog = mail_report(reports, cancelled, self._parent)
            self.report_dialog.open()

        self._run(tr("E-Mails werden übernommen …"), work, done)

    def export(self, fmt: str, target: Path) -> None:
        if self.busy:
            return

        def work(progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> int:
            return export_contacts(self._service, fmt, target, progress)

        def done(count: int) -> None:
            self.last_export = count
            self._notify(
                tr("Export abgeschlossen"),
                tr("{0} Kontakte gespeichert in {1}.").format(count, target),
            )

        self._run(tr("Kontakte werden exportiert …"), work, done, cancellable=False)

    def _show_progress(self, done: int, total: int) -> None:
        dialog = self.progress
        if dialog is None:
            return
        dialog.setLabelText(tr("{0} von {1} Einträgen …").format(done, total))
        dialog.setMaximum(total)
        # a window-modal progress dialog processes events in setValue: it may finish here
        dialog.setValue(done)

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        self.task = None

    def _failed(self, error: BaseException, trace: str) -> None:
        self._finish()
        if isinstance(error, KnownError):
            self._notify(tr("Vorgang nicht möglich"), tr_message(error.msg))
            return
        log.error("background task failed\n%s", trace)
        raise error
