"""Merging two contacts whose fields differ: both values of each such field side by side, the
clerk picks one per field. Enter merges (where nothing else was picked, the open contact's
value stays), Esc cancels the merge. The value not kept is not lost: the core writes it into
the notes of the merged contact."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.contacts.records import ContactDraft, ContactKind, ContactRecord, FieldConflict
from buergeranfragen.errors import KnownError, ValidationFailed
from buergeranfragen.ui.common.i18n import contact_field_label, contact_kind_label, tr
from buergeranfragen.ui.common.labels import button_text, plain_label
from buergeranfragen.ui.common.operations import CONTACTS

if TYPE_CHECKING:
    from buergeranfragen.ui.contacts.section import ContactsSection


@dataclass(frozen=True)
class DifferingField:
    """One field in which the two contacts differ: the open contact's value and the other's."""

    field: str
    open_value: str
    other_value: str


def shown_value(field: str, value: str) -> str:
    """A value as the dialog shows it: kinds by their label, an empty field as such; an "&"
    stays an "&" (a button would take it for a keyboard accelerator)."""
    if not value.strip():
        return tr("(leer)")
    if field == "kind" and value in set(ContactKind):
        value = contact_kind_label(ContactKind(value))
    return button_text(value)


class MergeDialog(QDialog):
    """The choice per differing field; ``takes_other()`` names the fields for which the other
    contact's value was picked. Opened with ``open()``: ``accepted`` merges, ``rejected``
    does not."""

    def __init__(
        self,
        fields: Sequence[DifferingField],
        open_name: str,
        other_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Zusammenführen"))
        self.fields = list(fields)
        self._groups: dict[str, QButtonGroup] = {}
        self.open_buttons: dict[str, QRadioButton] = {}
        self.other_buttons: dict[str, QRadioButton] = {}

        intro = QLabel(
            tr(
                "Die beiden Kontakte unterscheiden sich in diesen Feldern. Wählen Sie je Feld "
                "den Wert, der bleiben soll; der andere Wert wird in die Notizen übernommen."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(QLabel(tr("Feld")), 0, 0)
        # names come from outside (mails, imports): plain text, never markup
        open_heading = plain_label(tr("Geöffnet: {0}").format(open_name))
        other_heading = plain_label(tr("Anderer Kontakt: {0}").format(other_name))
        for heading in (open_heading, other_heading):
            heading.setWordWrap(True)
            heading.setStyleSheet("font-weight: bold;")
        grid.addWidget(open_heading, 0, 1)
        grid.addWidget(other_heading, 0, 2)
        for row, differing in enumerate(self.fields, start=1):
            name = contact_field_label(differing.field)
            label = QLabel(name)
            keep = QRadioButton(shown_value(differing.field, differing.open_value))
            keep.setObjectName(f"open_{differing.field}")
            keep.setAccessibleName(tr("{0} des geöffneten Kontakts").format(name))
            other = QRadioButton(shown_value(differing.field, differing.other_value))
            other.setObjectName(f"other_{differing.field}")
            other.setAccessibleName(tr("{0} des anderen Kontakts").format(name))
            keep.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(keep)
            group.addButton(other)
            label.setBuddy(keep)
            self._groups[differing.field] = group
            self.open_buttons[differing.field] = keep
            self.other_buttons[differing.field] = other
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(keep, row, 1)
            grid.addWidget(other, row, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        merge = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        merge.setText(tr("Zusammenführen"))
        merge.setDefault(True)
        self.merge_button = merge
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Abbrechen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        if self.fields:
            self.open_buttons[self.fields[0].field].setFocus()
        # A push button that had focus stays the default once Tab moves on to a field, so Enter
        # would cancel; back at a field, Enter merges again.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and not isinstance(new, QPushButton) and self.isAncestorOf(new):
            self.merge_button.setDefault(True)

    def takes_other(self) -> set[str]:
        """The fields for which the other contact's value was picked."""
        return {name for name, button in self.other_buttons.items() if button.isChecked()}


class ContactMerge:
    """Merging from the Kontakte section: the open contact (saved first if something was
    typed) or the unsaved form with a contact its hints named. Where the two differ, the
    ``MergeDialog`` asks which value stays; otherwise one question confirms the merge."""

    def __init__(self, section: ContactsSection) -> None:
        self.section = section
        self.dialog: MergeDialog | None = None

    def merge_with(self, other_id: int) -> None:
        form = self.section.form
        if form.record is None:
            self._merge_draft_into(other_id)
        elif form.is_dirty():
            self.section.save(lambda: self._merge_saved(other_id))
        else:
            self._merge_saved(other_id)

    # -- the open contact and another -----------------------------------------------------

    def _merge_saved(self, other_id: int) -> None:
        record = self.section.form.record
        if record is None:
            return
        service = self.section.service
        keep_id = record.id

        def work() -> tuple[ContactRecord, list[FieldConflict]]:
            # the other's version is read first: a change to it after this is refused
            other = service.get(other_id)
            return other, service.merge_conflicts(keep_id, other_id)

        self.section.ops.run(
            work,
            lambda found: self._ask_saved(record, *found),
            title=tr("Zusammenführen nicht möglich"),
            key="contacts.merge",
        )

    def _ask_saved(
        self, record: ContactRecord, other: ContactRecord, conflicts: list[FieldConflict]
    ) -> None:
        if self.section.form.record != record:
            return  # the clerk moved on meanwhile
        service = self.section.service

        def merge(choices: dict[str, str] | None) -> None:
            self._run(
                lambda: service.merge(
                    record.id, other.id, record.version, other.version, choices=choices
                )
            )

        if conflicts:
            fields = [DifferingField(c.field, c.keep_value, c.other_value) for c in conflicts]
            self._ask(
                fields,
                record.display_name,
                other.display_name,
                lambda others: merge(_choices(fields, others, open_is_kept=True)),
            )
        elif self.section.prompts.confirm(
            tr("Zusammenführen"),
            tr(
                "„{0}“ wird in „{1}“ übernommen und danach entfernt. Alle Rufnummern, "
                "Adressen und Notizen bleiben erhalten."
            ).format(other.display_name, record.display_name),
            tr("Zusammenführen"),
            tr("Abbrechen"),
        ):
            merge(None)

    # -- the unsaved form and a stored contact ----------------------------------------------

    def _merge_draft_into(self, other_id: int) -> None:
        """The unsaved form joins the existing contact, in one transaction."""
        draft = self.section.form.draft()
        service = self.section.service

        def work() -> tuple[ContactRecord, list[FieldConflict]]:
            into = service.get(other_id)
            return into, service.draft_conflicts(draft, other_id)

        self.section.ops.run(
            work,
            lambda found: self._ask_draft(draft, *found),
            title=tr("Zusammenführen nicht möglich"),
            key="contacts.merge",
        )

    def _ask_draft(
        self, draft: ContactDraft, into: ContactRecord, conflicts: list[FieldConflict]
    ) -> None:
        form = self.section.form
        if form.record is not None or form.draft() != draft:
            return  # saved, replaced or typed on meanwhile: the clerk asks again
        service = self.section.service

        def merge(choices: dict[str, str] | None) -> None:
            self._run(
                lambda: service.create_and_merge(draft, into.id, into.version, choices=choices)
            )

        if conflicts:
            # the stored contact is kept and the form folded into it: the form's values are
            # the "other" side, and they are what stays unless the clerk picks otherwise
            fields = [DifferingField(c.field, c.other_value, c.keep_value) for c in conflicts]
            self._ask(
                fields,
                draft.display_name or tr("Neuer Kontakt"),
                into.display_name,
                lambda others: merge(_choices(fields, others, open_is_kept=False)),
            )
        elif self.section.prompts.confirm(
            tr("Zusammenführen"),
            tr(
                "Ihre Eingaben werden dem vorhandenen Kontakt „{0}“ hinzugefügt. "
                "Keine Rufnummer, Adresse oder Notiz geht verloren."
            ).format(into.display_name),
            tr("Zusammenführen"),
            tr("Abbrechen"),
        ):
            merge(None)

    # -- asking, merging ------------------------------------------------------------------

    def _ask(
        self,
        fields: list[DifferingField],
        open_name: str,
        other_name: str,
        then: Callable[[set[str]], None],
    ) -> None:
        dialog = MergeDialog(fields, open_name, other_name, self.section)
        self.dialog = dialog
        dialog.accepted.connect(lambda: then(dialog.takes_other()))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: MergeDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _run(self, work: Callable[[], ContactRecord]) -> None:
        self.section.ops.run(
            work,
            self._merged,
            failure=self._merge_failed,
            changes=CONTACTS,
            title=tr("Zusammenführen nicht möglich"),
        )

    def _merge_failed(self, error: KnownError) -> bool:
        if isinstance(error, ValidationFailed):
            self.section.form.show_errors(error.errors)
            return True
        return False

    def _merged(self, merged: ContactRecord) -> None:
        section = self.section
        section.ops.supersede("contacts.open")
        section.show_record(merged)
        section.status_message.emit(tr("Zusammengeführt: {0}").format(merged.display_name))


def _choices(fields: list[DifferingField], others: set[str], open_is_kept: bool) -> dict[str, str]:
    """The service's choice per field ("keep": the kept contact's value, "other": the value
    of the contact folded into it) from what the dialog says (the open contact's value, or
    the other one's)."""
    choices = {}
    for differing in fields:
        open_value = differing.field not in others
        choices[differing.field] = "keep" if open_value == open_is_kept else "other"
    return choices
