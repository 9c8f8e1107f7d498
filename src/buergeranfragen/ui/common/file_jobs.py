"""Work on files that takes a while (importing, exporting): one job at a time, a progress
dialog with cancel, and at the end a report dialog for the clerk to look at."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from buergeranfragen.ui.common.operations import (
    Cancelled,
    Changes,
    Operation,
    Operations,
    Progress,
    ProgressDialog,
)
from buergeranfragen.ui.common.prompts import Prompts
from buergeranfragen.ui.common.report_dialog import ReportDialog

T = TypeVar("T")


class FileJobs(QObject):
    """Base of the sections' file transfers: ``busy`` while one runs; ``start`` runs the next.
    ``report_shown`` carries each report dialog as it opens."""

    report_shown = Signal(object)  # ReportDialog

    def __init__(self, ops: Operations, prompts: Prompts, parent: QWidget) -> None:
        super().__init__(parent)
        self._ops = ops
        self._prompts = prompts
        self._parent = parent
        self._operation: Operation[Any] | None = None

    @property
    def busy(self) -> bool:
        return self._operation is not None and self._operation.running

    def _start(
        self,
        dialog: ProgressDialog,
        work: Callable[[Progress, Cancelled], T],
        done: Callable[[T], None],
        changes: Changes,
    ) -> None:
        operation = self._ops.run_long(
            work,
            done,
            progress=dialog.show_progress,
            changes=changes,
            cleanup=dialog.finish,
        )
        dialog.follow(operation)
        self._operation = operation

    def _show_report(self, dialog: ReportDialog) -> None:
        """Open the report, window-modal; the window (its parent) keeps it."""
        dialog.open()
        self.report_shown.emit(dialog)
