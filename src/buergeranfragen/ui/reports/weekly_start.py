"""On the window's start: last week's report, if it is due (the automatic report is on and no
desk created it yet), is created on a worker with progress in the status bar, and the window
says where it went (and whether it was mailed)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from buergeranfragen.conversation.records import SendState
from buergeranfragen.reports.weekly import WeeklyOutcome, WeeklyReports
from buergeranfragen.ui.common.i18n import tr, tr_message
from buergeranfragen.ui.common.operations import Cancelled, Operations, Progress, Show


def outcome_text(outcome: WeeklyOutcome) -> str:
    folder = str(outcome.files[0].parent) if outcome.files else ""
    text = tr("Wochenbericht {0} erstellt in {1}.").format(outcome.period.label, folder)
    if outcome.mail is not None and outcome.mail.state is SendState.SENT:
        text += " " + tr("Gemailt an {0}.").format(", ".join(outcome.mail.recipients))
    elif outcome.mail_error is not None:
        text += " " + tr("Nicht gemailt: {0}").format(tr_message(outcome.mail_error))
    return text


class WeeklyReportStart(QObject):
    """``finished(WeeklyOutcome | None)`` when the run has ended (None: nothing to do)."""

    status_message = Signal(str)  # progress
    result_message = Signal(str)  # how it ended (kept beside the other start jobs' results)
    finished = Signal(object)

    def __init__(self, weekly: WeeklyReports, ops: Operations, parent: QObject) -> None:
        super().__init__(parent)
        self.weekly = weekly
        self.ops = ops

    def start(self) -> None:
        weekly = self.weekly

        def work(progress: Progress, _cancelled: Cancelled) -> WeeklyOutcome | None:
            if weekly.due() is None:
                return None
            return weekly.run(progress)

        self.ops.run_long(
            work,
            self._done,
            progress=self._progress,
            failure=self._failed,
            show=Show.STATUS,
            title=tr("Wochenbericht"),
        )

    def _progress(self, done: int, total: int) -> None:
        self.status_message.emit(
            tr("Der Wochenbericht wird erstellt ({0} von {1} Dateien) …").format(done, total)
        )

    def _failed(self, error: object) -> bool:
        reason = getattr(error, "reason", None)
        text = tr_message(reason) if reason is not None else ""
        self.result_message.emit(tr("Wochenbericht nicht erstellt: {0}").format(text))
        self.finished.emit(None)
        return True

    def _done(self, outcome: WeeklyOutcome | None) -> None:
        if outcome is not None:
            self.result_message.emit(outcome_text(outcome))
        self.finished.emit(outcome)
