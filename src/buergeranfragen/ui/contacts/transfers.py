"""Import and export of contact files from the window: on a worker, with a progress dialog that
can cancel an import, and a report per entry at the end."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from buergeranfragen.contacts.importing import ImportStatus
from buergeranfragen.contacts.io.transfer import EntryReport, export_contacts, import_contact_files
from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.ui.common.file_jobs import FileJobs
from buergeranfragen.ui.common.i18n import import_status_label, tr, tr_messages
from buergeranfragen.ui.common.operations import (
    CONTACTS,
    NOTHING,
    Cancelled,
    Operations,
    Progress,
    ProgressDialog,
)
from buergeranfragen.ui.common.prompts import Prompts
from buergeranfragen.ui.common.report_dialog import ReportDialog

T = TypeVar("T")


def contact_report(reports: list[EntryReport], cancelled: bool, parent: QWidget) -> ReportDialog:
    counts = {s: sum(r.status == s for r in reports) for s in ImportStatus}
    summary = tr(
        "{0} importiert, {1} mit vorhandenen Kontakten zusammengeführt, {2} übersprungen."
    ).format(
        counts[ImportStatus.IMPORTED], counts[ImportStatus.MERGED], counts[ImportStatus.SKIPPED]
    )
    if cancelled:
        summary += " " + tr(
            "Der Import wurde abgebrochen; die bis dahin gelesenen Einträge sind gespeichert."
        )
    rows = []
    for report in reports:
        notes = tr_messages(([report.error] if report.error else []) + list(report.warnings))
        rows.append(
            [
                Path(report.file).name,
                str(report.entry or ""),
                import_status_label(report.status),
                report.name,
                "; ".join(notes),
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


class ContactFiles(FileJobs):
    """Contact files in and out, one transfer at a time."""

    import_finished = Signal(list)  # list[EntryReport]
    export_finished = Signal(int)  # contacts written

    def __init__(
        self, service: ContactService, ops: Operations, prompts: Prompts, parent: QWidget
    ) -> None:
        super().__init__(ops, prompts, parent)
        self._service = service

    def ask_and_import(self) -> bool:
        """Ask for the files and the kind, then import; False when the user cancelled."""
        paths = self._prompts.open_files(
            tr("Kontakte importieren"),
            tr("Kontaktdateien (*.vcf *.vcard *.csv *.txt);;Alle Dateien (*)"),
        )
        if not paths:
            return False
        choice = self._prompts.choose(
            tr("Kontakte importieren"),
            tr("Als welche Art sollen die Kontakte angelegt werden?"),
            [tr("Wie in der Datei (sonst Bürger/in)"), tr("Alle als Presse")],
        )
        if choice is None:
            return False
        self.import_files(paths, None if choice == 0 else ContactKind.PRESS)
        return True

    def ask_and_export(self, fmt: str) -> None:
        suggestion = "kontakte.vcf" if fmt == "vcf" else "kontakte.csv"
        filter_text = tr("vCard (*.vcf)") if fmt == "vcf" else tr("CSV (*.csv)")
        target = self._prompts.save_file(tr("Kontakte exportieren"), suggestion, filter_text)
        if target is not None:
            self.export(fmt, target)

    def import_files(self, paths: list[Path], kind: ContactKind | None) -> None:
        if self.busy or not paths:
            return
        service = self._service
        dialog = ProgressDialog(tr("Kontakte werden importiert …"), self._parent)

        def work(progress: Progress, cancelled: Cancelled) -> tuple[list[EntryReport], bool]:
            reports = import_contact_files(service, paths, kind, progress, cancelled)
            return list(reports), cancelled()

        def done(result: tuple[list[EntryReport], bool]) -> None:
            reports, cancelled = result
            self._show_report(contact_report(reports, cancelled, self._parent))
            self.import_finished.emit(reports)

        self._start(dialog, work, done, CONTACTS)

    def export(self, fmt: str, target: Path) -> None:
        if self.busy:
            return
        service = self._service
        dialog = ProgressDialog(tr("Kontakte werden exportiert …"), self._parent, False)

        def work(progress: Progress, _cancelled: Cancelled) -> int:
            return export_contacts(service, fmt, target, progress)

        def done(count: int) -> None:
            self._prompts.info(
                tr("Export abgeschlossen"),
                tr("{0} Kontakte gespeichert in {1}.").format(count, target),
            )
            self.export_finished.emit(count)

        self._start(dialog, work, done, NOTHING)
