"""Mails from files or dropped onto the window become inquiries: on a worker, with a progress
dialog that can cancel, and a report per mail at the end."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from buergeranfragen.mail.intake import MailIntake, MailOutcome, MailReport
from buergeranfragen.ui.common.file_jobs import FileJobs
from buergeranfragen.ui.common.i18n import mail_outcome_label, tr, tr_messages
from buergeranfragen.ui.common.operations import (
    CONTACTS,
    INQUIRIES,
    Cancelled,
    Operations,
    Progress,
    ProgressDialog,
)
from buergeranfragen.ui.common.prompts import Prompts
from buergeranfragen.ui.common.report_dialog import ReportDialog


def mail_report(reports: list[MailReport], cancelled: bool, parent: QWidget) -> ReportDialog:
    counts = {s: sum(r.status == s for r in reports) for s in MailOutcome}
    summary = tr(
        "{0} Mails als Anfragen übernommen, {1} waren schon vorhanden, {2} abgelehnt."
    ).format(
        counts[MailOutcome.IMPORTED], counts[MailOutcome.DUPLICATE], counts[MailOutcome.REJECTED]
    )
    if counts[MailOutcome.THREADED] == 1:
        summary += " " + tr("1 gehörte zu einer vorhandenen Anfrage und wurde dort hinzugefügt.")
    elif counts[MailOutcome.THREADED]:
        summary += " " + tr(
            "{0} gehörten zu einer vorhandenen Anfrage und wurden dort hinzugefügt."
        ).format(counts[MailOutcome.THREADED])
    if counts[MailOutcome.RETRY_LATER]:
        summary += " " + tr(
            "{0} konnten wegen eines Problems der Datenbank oder des Datenträgers nicht "
            "gespeichert werden; bitte später erneut importieren."
        ).format(counts[MailOutcome.RETRY_LATER])
    if counts[MailOutcome.REJECTED]:
        summary += " " + tr(
            "Abgelehnte Mails stehen unter „Nicht übernommen …“ im Bereich Anfragen."
        )
    if cancelled:
        summary += " " + tr("Der Import wurde abgebrochen.")
    rows = []
    for report in reports:
        notes = tr_messages(([report.error] if report.error else []) + list(report.warnings))
        rows.append(
            [
                Path(report.file).name,
                mail_outcome_label(report.status),
                report.reference or "",
                report.from_email,
                report.subject,
                "; ".join(notes),
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


class MailImport(FileJobs):
    """Mail files (and mails dragged in as data) become inquiries, one import at a time."""

    mail_import_finished = Signal(list)  # list[MailReport]

    def __init__(
        self, intake: MailIntake, ops: Operations, prompts: Prompts, parent: QWidget
    ) -> None:
        super().__init__(ops, prompts, parent)
        self._intake = intake

    def ask_for_files(self) -> list[Path]:
        return self._prompts.open_files(
            tr("E-Mails importieren"), tr("E-Mails (*.eml *.msg *.mbox);;Alle Dateien (*)")
        )

    def import_mails(self, paths: list[Path], raw: list[bytes] | None = None) -> None:
        if self.busy or not (paths or raw):
            return
        intake = self._intake
        dropped = [
            (tr("Gezogene Mail {0}").format(number), f"mail-{number}.eml", data)
            for number, data in enumerate(raw or [], start=1)
        ]
        dialog = ProgressDialog(tr("E-Mails werden übernommen …"), self._parent)

        def work(progress: Progress, cancelled: Cancelled) -> tuple[list[MailReport], bool]:
            total = len(paths) + len(dropped)
            reports = list(intake.import_files(paths, lambda d, _t: progress(d, total), cancelled))
            for number, (label, name, data) in enumerate(dropped, start=1):
                if cancelled():
                    break
                reports.append(intake.import_bytes(data, label, name))
                progress(len(paths) + number, total)
            return reports, cancelled()

        def done(result: tuple[list[MailReport], bool]) -> None:
            reports, cancelled = result
            self._show_report(mail_report(reports, cancelled, self._parent))
            self.mail_import_finished.emit(reports)

        self._start(dialog, work, done, INQUIRIES | CONTACTS)  # a new sender becomes a contact
