"""Retention in the window: Extras → "Aufbewahrungsfristen …" shows the office's rules with what
the next run would do ("Beim nächsten Lauf: 12 Anfragen anonymisieren, 3 Kontakte löschen");
the Administration changes them, everyone else sees them and why not. ``RetentionStart`` runs
the daily run on a worker after the window opens (when no desk made today's run yet), with
its progress in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.errors import KnownError
from buergeranfragen.messages import Message
from buergeranfragen.privacy.retention import RetentionOutcome, RetentionPreview, RetentionService
from buergeranfragen.privacy.retention_rules import MAX_MONTHS, MIN_MONTHS, RetentionRules
from buergeranfragen.ui.common.i18n import tr, tr_message
from buergeranfragen.ui.common.labels import (
    error_label,
    plain_label,
    set_plain,
    show_error,
    show_failure,
)
from buergeranfragen.ui.common.operations import (
    CONTACTS,
    INQUIRIES,
    NOTHING,
    Cancelled,
    Changes,
    Operations,
    Progress,
    Show,
)


def _counted(count: int, one: str, many: str) -> str:
    return one if count == 1 else many.format(count)


def preview_text(preview: RetentionPreview) -> str:
    return tr("Beim nächsten Lauf: {0}, {1}, {2}.").format(
        _counted(
            len(preview.inquiries),
            tr("1 Anfrage anonymisieren"),
            tr("{0} Anfragen anonymisieren"),
        ),
        _counted(len(preview.contacts), tr("1 Kontakt löschen"), tr("{0} Kontakte löschen")),
        _counted(
            len(preview.rejected),
            tr("1 nicht übernommene Mail löschen"),
            tr("{0} nicht übernommene Mails löschen"),
        ),
    )


def outcome_text(outcome: RetentionOutcome) -> str:
    return tr("Aufbewahrungsfristen: {0}, {1}, {2}.").format(
        _counted(outcome.inquiries, tr("1 Anfrage anonymisiert"), tr("{0} Anfragen anonymisiert")),
        _counted(outcome.contacts, tr("1 Kontakt gelöscht"), tr("{0} Kontakte gelöscht")),
        _counted(
            outcome.rejected,
            tr("1 nicht übernommene Mail gelöscht"),
            tr("{0} nicht übernommene Mails gelöscht"),
        ),
    )


def _months() -> QSpinBox:
    box = QSpinBox()
    box.setRange(MIN_MONTHS, MAX_MONTHS)
    box.setSuffix(tr(" Monate"))
    return box


class RetentionDialog(QDialog):
    def __init__(
        self,
        service: RetentionService,
        refusal: Message | None,
        ops: Operations,
        parent: QWidget,
    ) -> None:
        """``refusal``: why this user may not change the rules (None: may)."""
        super().__init__(parent)
        self.service, self.ops = service, ops
        self.setWindowTitle(tr("Aufbewahrungsfristen"))
        self.citizen, self.press, self.contact = _months(), _months(), _months()
        self.why = plain_label()
        self.why.setWordWrap(True)
        self.preview = plain_label(tr("Wird berechnet …"))
        self.preview.setWordWrap(True)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(tr("&Bürgeranfrage anonymisieren, nach dem Abschluss"), self.citizen)
        form.addRow(tr("&Presseanfrage anonymisieren, nach dem Abschluss"), self.press)
        form.addRow(tr("&Kontakt ohne Anfragen löschen, nach der letzten Änderung"), self.contact)
        note = plain_label(
            tr(
                "Mail-Originale und Anhänge gehen mit ihrer Anfrage; nicht übernommene Mails "
                "werden nach der Frist der Bürgeranfragen gelöscht. Anonymisieren entfernt die "
                "Person und behält, was die Berichte zählen."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.why)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.editable = refusal is None
        if refusal is not None:
            set_plain(self.why, tr_message(refusal))
            for box in (self.citizen, self.press, self.contact):
                box.setReadOnly(True)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        else:
            self.why.hide()
        self.ops.run(self.service.rules, self.show_rules, title=tr("Aufbewahrungsfristen"))
        self.ops.run(
            self.service.preview, self.show_preview, title=tr("Aufbewahrungsfristen"), slow=True
        )

    def show_rules(self, rules: RetentionRules) -> None:
        self.citizen.setValue(rules.citizen_months)
        self.press.setValue(rules.press_months)
        self.contact.setValue(rules.contact_months)

    def show_preview(self, preview: RetentionPreview) -> None:
        set_plain(self.preview, preview_text(preview))

    def rules(self) -> RetentionRules:
        return RetentionRules(self.citizen.value(), self.press.value(), self.contact.value())

    def save(self) -> None:
        if not self.editable:
            return
        show_error(self.error, None)
        rules = self.rules()
        self.ops.run(
            lambda: self.service.save_rules(rules),
            lambda _saved: self.accept(),
            failure=self._failed,
        )

    def _failed(self, error: KnownError) -> bool:
        return show_failure(self.error, error)


def _did_something(outcome: RetentionOutcome | None) -> bool:
    return outcome is not None and bool(outcome.inquiries or outcome.contacts or outcome.rejected)


def _changed(outcome: RetentionOutcome | None) -> Changes:
    return CONTACTS | INQUIRIES if _did_something(outcome) else NOTHING


class RetentionStart(QObject):
    """``finished(RetentionOutcome | None)`` when the daily run has ended (None: nothing to do
    here, another desk made it, or it failed)."""

    status_message = Signal(str)  # progress
    result_message = Signal(str)  # how it ended (kept beside the other start jobs' results)
    finished = Signal(object)

    def __init__(self, service: RetentionService, ops: Operations, parent: QObject) -> None:
        super().__init__(parent)
        self.service = service
        self.ops = ops

    def start(self) -> None:
        service = self.service

        def work(progress: Progress, cancelled: Cancelled) -> RetentionOutcome | None:
            if not service.due():
                return None
            return service.daily(progress, cancelled)  # closing stops it after its chunk

        self.ops.run_long(
            work,
            self._done,
            progress=self._progress,
            failure=self._failed,
            changes=_changed,
            show=Show.STATUS,
            title=tr("Aufbewahrungsfristen"),
        )

    def _progress(self, done: int, total: int) -> None:
        if total:
            self.status_message.emit(
                tr("Aufbewahrungsfristen werden angewandt ({0} von {1}) …").format(done, total)
            )

    def _failed(self, error: KnownError) -> bool:
        self.result_message.emit(
            tr("Aufbewahrungsfristen nicht angewandt: {0}").format(tr_message(error.reason))
        )
        self.finished.emit(None)
        return True

    def _done(self, outcome: RetentionOutcome | None) -> None:
        if outcome is not None and _did_something(outcome):
            self.result_message.emit(outcome_text(outcome))
        self.finished.emit(outcome)
