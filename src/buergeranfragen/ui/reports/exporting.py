"""Saving the report shown as Excel, CSV or PDF: a file name asked (our file dialog, which
never reads the files it lists), the file written on a worker with progress, first as a part
file next to it and renamed when complete, then said in the status bar."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from buergeranfragen.reports.formats import file_name, write_report
from buergeranfragen.reports.records import Report
from buergeranfragen.ui.common.i18n import tr
from buergeranfragen.ui.common.operations import (
    Cancelled,
    Operation,
    Operations,
    Progress,
    ProgressDialog,
)
from buergeranfragen.ui.common.prompts import Prompts
from buergeranfragen.ui.reports.tools import Writer


def file_filter(fmt: str) -> str:
    if fmt == "xlsx":
        return tr("Excel-Arbeitsmappe (*.xlsx)")
    if fmt == "csv":
        return tr("CSV-Tabelle (*.csv)")
    return tr("PDF-Dokument (*.pdf)")


class ReportExport(QObject):
    """``saved(path)`` when a file is written."""

    saved = Signal(object)
    status_message = Signal(str)

    def __init__(
        self,
        writers: Mapping[str, Writer],
        ops: Operations,
        prompts: Prompts,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.writers = writers
        self._ops = ops
        self._prompts = prompts
        self._parent = parent
        self.operation: Operation[Path] | None = None

    @property
    def busy(self) -> bool:
        return self.operation is not None and self.operation.running

    def save(self, report: Report, fmt: str) -> None:
        if self.busy:
            return
        chosen = self._prompts.save_file(
            tr("Bericht speichern"), file_name(report.period, fmt), file_filter(fmt)
        )
        if chosen is None:
            return
        target = chosen if chosen.suffix.lower() == f".{fmt}" else chosen.with_name(
            f"{chosen.name}.{fmt}"
        )  # fmt: skip
        writer = self.writers[fmt]
        dialog = ProgressDialog(tr("Der Bericht wird gespeichert …"), self._parent, False)

        def work(_progress: Progress, _cancelled: Cancelled) -> Path:
            return write_report(writer, report, target)

        self.operation = self._ops.run_long(
            work,
            self._done,
            cleanup=dialog.finish,
            title=tr("Bericht nicht gespeichert"),
        )

    def _done(self, path: Path) -> None:
        self.status_message.emit(tr("Bericht gespeichert: {0}").format(str(path)))
        self.saved.emit(path)
