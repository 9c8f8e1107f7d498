"""What the menu "Anfrage" does with the inquiry shown or the selected ones: Verteilen,
Zuweisen, Status ändern, Notiz hinzufügen (``HandlingService``), each off the GUI thread.

One inquiry: the call carries the version the clerk saw; a refusal is shown in the dialog, which
stays open with what was typed; a colleague's change meanwhile (``StaleRecord``) is told with
"Neu laden", which shows the inquiry as it is now, the dialog still open to decide again.
Several selected inquiries: one unit of work each (``HandlingService.many``), with a progress
dialog when it takes a while, then a summary "7 erledigt, 2 abgelehnt:" naming each refused one
and why; the queue and the detail are read again."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from buergeranfragen.errors import KnownError, RecordNotFound, StaleRecord, ValidationFailed
from buergeranfragen.inquiries.handling import HandlingService
from buergeranfragen.inquiries.records import BulkResult, InquiryRecord
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.messages import Message
from buergeranfragen.organisation.records import DepartmentRecord, PersonRecord
from buergeranfragen.organisation.service import DepartmentService, PeopleService
from buergeranfragen.ui.common.i18n import status_label, tr, tr_message
from buergeranfragen.ui.common.operations import (
    INQUIRIES,
    Cancelled,
    Operations,
    Progress,
    ProgressDialog,
)
from buergeranfragen.ui.common.prompts import Prompts
from buergeranfragen.ui.common.report_dialog import ReportDialog
from buergeranfragen.ui.inquiries.handling_dialogs import (
    AssignDialog,
    HandlingDialog,
    NoteDialog,
    RouteDialog,
    StatusDialog,
    Target,
)
from buergeranfragen.ui.inquiries.presence_hint import PresenceClaims
from buergeranfragen.ui.inquiries.section import InquiriesSection

Lists = tuple[list[DepartmentRecord], list[PersonRecord]]


class InquiryHandling(QObject):
    def __init__(
        self,
        handling: HandlingService,
        departments: DepartmentService,
        people: PeopleService,
        inquiries: InquiryService,
        section: InquiriesSection,
        ops: Operations,
        prompts: Prompts,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.handling = handling
        self.departments = departments
        self.people = people
        self.inquiries = inquiries
        self.section = section
        self.ops = ops
        self.prompts = prompts
        self._parent = parent
        self.dialog: HandlingDialog | None = None  # the one open (kept for tests)
        self.summary: ReportDialog | None = None  # the last summary of several
        self.claims: PresenceClaims | None = None  # tells other desks a dialog is open

    # -- what is acted on -------------------------------------------------------------------

    def target(self) -> Target | None:
        """The selected rows when several are selected, else the inquiry shown."""
        rows = self.section.selected_summaries()
        if len(rows) > 1:
            return Target(rows=tuple(rows))
        record = self.section.detail.record
        if record is not None and (not rows or rows[0].id == record.id):
            return Target(record=record)
        return None

    def available(self) -> bool:
        return bool(self.section.selected_ids()) or self.section.detail.record is not None

    # -- the four actions -------------------------------------------------------------------

    def route(self) -> None:
        target = self.target()
        if target is None:
            return
        departments, people = self.departments, self.people

        def lists() -> Lists:
            return departments.all(include_inactive=False), _active(people.all())

        self.ops.run(
            lists,
            lambda found: self._open_route(target, found),
            title=tr("Verteilen nicht möglich"),
        )

    def _open_route(self, target: Target, lists: Lists) -> None:
        dialog = RouteDialog(target, lists[0], lists[1], self._parent)
        handling = self.handling

        def action(version: int | None) -> Callable[[int], InquiryRecord]:
            code, person, reason = dialog.values()
            return partial(
                handling.route,
                department_code=code,
                assignee=person,
                reason=reason,
                version=version,
            )

        self.run_dialog(
            dialog,
            action,
            lambda r: tr("{0} verteilt an {1}").format(r.reference, r.routing.department_code),
        )

    def assign(self) -> None:
        target = self.target()
        if target is None:
            return
        people = self.people
        self.ops.run(
            lambda: _active(people.all()),
            lambda found: self._open_assign(target, found),
            title=tr("Zuweisen nicht möglich"),
        )

    def _open_assign(self, target: Target, people: list[PersonRecord]) -> None:
        dialog = AssignDialog(target, people, self._parent)
        handling = self.handling

        def action(version: int | None) -> Callable[[int], InquiryRecord]:
            person, reason = dialog.values()
            return partial(handling.assign, assignee=person, reason=reason, version=version)

        self.run_dialog(
            dialog,
            action,
            lambda r: tr("{0} zugewiesen: {1}").format(
                r.reference, r.routing.assignee or tr("niemand")
            ),
        )

    def change_status(self) -> None:
        target = self.target()
        if target is None:
            return
        dialog = StatusDialog(target, self._parent)
        handling = self.handling

        def action(version: int | None) -> Callable[[int], InquiryRecord]:
            status, comment, handed_to = dialog.values()
            return partial(
                handling.change_status,
                status=status,
                comment=comment,
                handed_to=handed_to,
                version=version,
            )

        self.run_dialog(
            dialog,
            action,
            lambda r: tr("{0}: Status „{1}“").format(r.reference, status_label(r.status)),
        )

    def add_note(self) -> None:
        target = self.target()
        if target is None:
            return
        dialog = NoteDialog(target, self._parent)
        handling = self.handling

        def action(_version: int | None) -> Callable[[int], InquiryRecord]:
            return partial(handling.add_note, text=dialog.values())

        self.run_dialog(dialog, action, lambda r: tr("{0}: Notiz gespeichert").format(r.reference))

    # -- running ------------------------------------------------------------------------------

    def run_dialog(
        self,
        dialog: HandlingDialog,
        action: Callable[[int | None], Callable[[int], InquiryRecord]],
        done_text: Callable[[InquiryRecord], str],
    ) -> None:
        """Open ``dialog``; its OK runs ``action`` (given the version seen) off the GUI thread,
        a refusal stays in the dialog (also for the answering dialogs, ``ui/answering``)."""

        def submitted() -> None:
            if dialog.target.many:
                self._run_many(dialog, action(None))
            else:
                self._run_one(dialog, action, done_text)

        dialog.submitted.connect(submitted)
        dialog.ask_before_discard(self.prompts)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        if self.claims is not None and dialog.target.record is not None:
            self.claims.hold(dialog, dialog.target.record.id)
        dialog.open()

    def _closed(self, dialog: HandlingDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _run_one(
        self,
        dialog: HandlingDialog,
        action: Callable[[int | None], Callable[[int], InquiryRecord]],
        done_text: Callable[[InquiryRecord], str],
    ) -> None:
        record = dialog.target.record
        assert record is not None
        call = action(record.version)  # the input as typed now, with the version seen
        inquiry_id = record.id

        def work() -> InquiryRecord:
            result = call(inquiry_id)
            assert isinstance(result, InquiryRecord)
            return result

        def done(changed: InquiryRecord) -> None:
            dialog.set_busy(False)
            dialog.accept()
            self._show(changed)
            self.section.status_message.emit(done_text(changed))

        dialog.set_busy(True)
        self.ops.run(
            work,
            done,
            failure=lambda error: self._refused(dialog, error),
            changes=INQUIRIES,
            title=dialog.windowTitle(),
        )

    def _refused(self, dialog: HandlingDialog, error: KnownError) -> bool:
        """Shown in the dialog, which keeps what was typed."""
        dialog.set_busy(False)
        if isinstance(error, ValidationFailed):
            dialog.show_errors(error.errors)
        elif isinstance(error, StaleRecord):
            dialog.show_refusal(tr_message(error.reason))
            if self.prompts.confirm(
                tr("Anfrage wurde inzwischen geändert"),
                tr_message(error.reason),
                tr("Neu laden"),
                tr("Schließen"),
            ):
                self.reload(dialog)
        elif isinstance(error, RecordNotFound):
            dialog.show_refusal(tr_message(error.reason))
            dialog.set_busy(True)  # nothing left to act on
        else:
            dialog.show_refusal(tr_message(error.reason))
        return True

    def reload(self, dialog: HandlingDialog) -> None:
        """The inquiry as it is now in the detail and in the dialog (its input kept)."""
        record = dialog.target.record
        if record is None:
            return
        inquiries, inquiry_id = self.inquiries, record.id

        def reloaded(fresh: InquiryRecord) -> None:
            self._show(fresh)
            dialog.set_target(Target(record=fresh))
            dialog.show_refusal(
                tr(
                    "Neu geladen. Bitte prüfen und noch einmal entscheiden; Ihre Eingaben "
                    "stehen noch."
                )
            )

        self.ops.run(
            lambda: inquiries.get(inquiry_id),
            reloaded,
            changes=INQUIRIES,
            title=tr("Anfrage nicht verfügbar"),
        )

    def _show(self, record: InquiryRecord) -> None:
        shown = self.section.detail.record
        if shown is None or shown.id == record.id:
            self.section.detail.show_record(record)

    def _run_many(self, dialog: HandlingDialog, action: Callable[[int], InquiryRecord]) -> None:
        ids = dialog.target.ids
        handling = self.handling
        progress = ProgressDialog(tr("Anfragen werden bearbeitet …"), self._parent)

        def work(report: Progress, cancelled: Cancelled) -> tuple[BulkResult, bool]:
            done: list[str] = []
            refused: list[tuple[str, Message]] = []
            for number, inquiry_id in enumerate(ids, start=1):
                if cancelled():
                    break
                result = handling.many([inquiry_id], action)  # one unit of work each
                done += result.done
                refused += result.refused
                report(number, len(ids))
            return BulkResult(tuple(done), tuple(refused)), cancelled()

        def finished(outcome: tuple[BulkResult, bool]) -> None:
            result, cancelled = outcome
            dialog.set_busy(False)
            dialog.accept()
            self._summarise(result, cancelled, len(ids))
            shown = self.section.detail.record
            if shown is not None:
                self.section.show_inquiry(shown.id)

        def failed(error: KnownError) -> bool:
            dialog.set_busy(False)
            dialog.show_refusal(tr_message(error.reason))
            return True

        dialog.set_busy(True)
        operation = self.ops.run_long(
            work,
            finished,
            progress=progress.show_progress,
            failure=failed,
            changes=INQUIRIES,
            title=dialog.windowTitle(),
            cleanup=progress.finish,
        )
        progress.follow(operation)

    def _summarise(self, result: BulkResult, cancelled: bool, asked: int) -> None:
        done, refused = len(result.done), len(result.refused)
        if refused:
            text = tr("{0} erledigt, {1} abgelehnt:").format(done, refused)
        else:
            text = tr("{0} erledigt.").format(done)
        if cancelled:
            left = asked - done - refused
            text += " " + tr("Abgebrochen: {0} Anfragen blieben unverändert.").format(left)
        rows = [[reference, tr_message(reason)] for reference, reason in result.refused]
        summary = ReportDialog(
            tr("Ergebnis"), text, [tr("Vorgang"), tr("Grund")], rows, self._parent
        )
        summary.resize(640, 320 if rows else 160)
        summary.table.setVisible(bool(rows))
        self.summary = summary
        summary.open()
        self.section.status_message.emit(text.rstrip(":"))


def _active(people: list[PersonRecord]) -> list[PersonRecord]:
    return [p for p in people if p.active]
