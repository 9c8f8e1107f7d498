"""Saving the contact form: one save at a time; what is asked meanwhile waits for it, and
what was typed meanwhile is saved after it; a refused save keeps the input and says why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from buergeranfragen.contacts.records import ContactDraft, ContactRecord
from buergeranfragen.errors import KnownError, RecordNotFound, StaleRecord, ValidationFailed
from buergeranfragen.ui.common.i18n import tr, tr_message
from buergeranfragen.ui.common.operations import CONTACTS, Operation
from buergeranfragen.ui.common.unsaved import Then, nothing

if TYPE_CHECKING:
    from buergeranfragen.ui.contacts.section import ContactsSection


class ContactSaving:
    def __init__(self, section: ContactsSection) -> None:
        self.section = section
        self._operation: Operation[ContactRecord] | None = None
        self._waiting: list[tuple[ContactDraft, Then, Then]] = []

    @property
    def running(self) -> bool:
        return self._operation is not None and self._operation.running

    def save(self, then: Then = nothing, otherwise: Then = nothing) -> None:
        """Save the form; ``then`` runs once it is saved, ``otherwise`` if it was not.

        Asked again while a save runs (Ctrl+S twice, or closing the window meanwhile), the
        request waits for that save: when it ends, ``then`` follows its success and
        ``otherwise`` its failure; what was typed in between is saved first."""
        if self.running:
            self._waiting.append((self.section.form.draft(), then, otherwise))
            return
        self._waiting = []  # left by a save that ended in a bug (the crash dialog said so)
        draft = self.section.form.draft()
        record = self.section.form.record

        def work() -> ContactRecord:
            if record is None:
                return self.section.service.create(draft)
            return self.section.service.update(record.id, record.version, draft)

        self._operation = self.section.ops.run(
            work,
            lambda saved: self._saved(saved, draft, then),
            failure=lambda error: self._save_failed(error, otherwise),
            changes=CONTACTS,
            title=tr("Speichern nicht möglich"),
        )

    def _saved(self, saved: ContactRecord, sent: ContactDraft, then: Then) -> None:
        waiting, self._waiting = self._waiting, []
        typed_meanwhile = self.section.form.draft()
        self.section.form.load(saved, typed_meanwhile if typed_meanwhile != sent else None)
        self.section.update_heading()
        self.section.status_message.emit(tr("Gespeichert: {0}").format(saved.display_name))
        self.section.update_hints()
        then()
        for asked, then_after, otherwise_after in waiting:
            if asked == sent:  # what that request wanted stored is stored
                then_after()
            else:  # typed after the running save had started: save it too
                self.save(then_after, otherwise_after)

    def _save_failed(self, error: KnownError, otherwise: Then) -> bool:
        waiting, self._waiting = self._waiting, []
        otherwise()
        for _asked, _then_after, otherwise_after in waiting:
            otherwise_after()
        if isinstance(error, ValidationFailed):
            self.section.form.show_errors(error.errors)
            self.section.status_message.emit(
                tr("Nicht gespeichert: bitte die markierten Felder prüfen.")
            )
            return True
        if isinstance(error, StaleRecord):
            if self.section.prompts.confirm(
                tr("Kontakt wurde inzwischen geändert"),
                tr_message(error.reason),
                tr("Neu laden (meine Änderungen verwerfen)"),
                tr("Weiter bearbeiten"),
            ):
                self.section.reload_current()
            return True
        if isinstance(error, RecordNotFound):
            self.section.prompts.warn(
                tr("Kontakt gelöscht"),
                tr_message(error.reason)
                + " "
                + tr(
                    "Ihre Eingaben bleiben im Formular; „Speichern“ legt sie als neuen Kontakt an."
                ),
            )
            self.section.form.record = None
            self.section.update_heading()
            return True
        return False
