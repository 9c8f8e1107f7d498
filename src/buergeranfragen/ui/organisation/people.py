"""The tab "Personen": who works with the program, in which role and department; the
Administration changes a person's name, role and department, and deactivates a person (reads
on, changes nothing) or activates them again, after a question that says what it means. The
last active Administration stays one (the service refuses, the reason is shown). Every change
carries the version the list loaded: a colleague's change in between is told, with who made it,
and the list reloaded on request."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from buergeranfragen.errors import KnownError, StaleRecord
from buergeranfragen.organisation.records import DepartmentRecord, PersonRecord, Role
from buergeranfragen.ui.common.i18n import tr, tr_message
from buergeranfragen.ui.common.labels import shown
from buergeranfragen.ui.organisation.common import Organisation, buttons, fill, role_label, table
from buergeranfragen.ui.organisation.person_name import PersonNameEditor

ROLES = (Role.PRESS_OFFICE, Role.CITIZEN_SERVICE, Role.CLERK, Role.LEAD, Role.ADMINISTRATION)
Lists = tuple[list[PersonRecord], list[DepartmentRecord]]


class PeopleTab(QWidget):
    changed = Signal()  # a person was changed here (perhaps the acting one: roles may differ)

    def __init__(self, org: Organisation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.org = org
        self.records: list[PersonRecord] = []
        self.departments: list[DepartmentRecord] = []
        self.may_edit = False
        self.table = table(
            "peopleTable",
            [tr("Name"), tr("Benutzer"), tr("Rolle"), tr("Abteilung"), tr("Aktiv")],
        )
        row, made = buttons(
            (tr("&Namen ändern …"), self.rename),
            (tr("&Rolle ändern …"), self.change_role),
            (tr("&Abteilung ändern …"), self.change_department),
            (tr("&Deaktivieren …"), self.toggle_active),
        )
        self.name_button, self.role_button, self.department_button, self.toggle_button = made
        self.table.currentCellChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _index: self.rename())
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def set_may_edit(self, may: bool) -> None:
        self.may_edit = may
        self._selection_changed()

    def reload(self) -> None:
        org = self.org

        def work() -> Lists:
            return org.people.all(), org.departments.all()

        org.ops.run(work, self._listed, title=tr("Personen"))

    def _listed(self, lists: Lists) -> None:
        self.records, self.departments = lists
        fill(
            self.table,
            [
                (
                    p.display_name if p.active else tr("{0} (inaktiv)").format(p.display_name),
                    p.os_user,
                    role_label(p.role),
                    p.department_code or "–",
                    tr("ja") if p.active else tr("nein"),
                )
                for p in self.records
            ],
        )
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for row, person in enumerate(self.records):
            if not person.active:  # greyed, and "(inaktiv)" says it without the colour
                for column in range(self.table.columnCount()):
                    item = self.table.item(row, column)
                    if item is not None:
                        item.setForeground(grey)
        self._selection_changed()

    def current(self) -> PersonRecord | None:
        row = self.table.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def _selection_changed(self) -> None:
        person = self.current()
        chosen = self.may_edit and person is not None
        for button in (
            self.name_button,
            self.role_button,
            self.department_button,
            self.toggle_button,
        ):
            button.setEnabled(chosen)
        active = person is None or person.active
        # "A" belongs to "Abteilung ändern"
        self.toggle_button.setText(tr("&Deaktivieren …") if active else tr("A&ktivieren …"))

    def rename(self) -> PersonNameEditor | None:
        person = self.current()
        if person is None or not self.may_edit:
            return None
        editor = PersonNameEditor(self.org, person, self)
        editor.accepted.connect(self._changed)
        editor.open()
        return editor

    def toggle_active(self) -> None:
        person = self.current()
        if person is None or not self.may_edit:
            return
        who = f"{person.display_name} ({person.os_user})"
        if person.active:
            asked = self.org.prompts.confirm(
                tr("Person deaktivieren"),
                tr(
                    "{0} deaktivieren?\n\nEine inaktive Person kann weiter alles lesen, aber "
                    "nichts mehr ändern: keine Anfrage bearbeiten oder anlegen, keinen Kontakt, "
                    "keine Mail. Ihr werden keine Anfragen mehr zugewiesen, weder von Hand noch "
                    "durch eine Verteilregel (die verteilt dann nur an die Abteilung). Was sie "
                    "bisher getan hat, bleibt, wie es ist; sie lässt sich jederzeit wieder "
                    "aktivieren."
                ).format(who),
                tr("Deaktivieren"),
                tr("Abbrechen"),
            )
        else:
            asked = self.org.prompts.confirm(
                tr("Person aktivieren"),
                tr(
                    "{0} wieder aktivieren?\n\nDie Person darf dann wieder ändern, was ihre "
                    "Rolle ({1}) erlaubt."
                ).format(who, role_label(person.role)),
                tr("Aktivieren"),
                tr("Abbrechen"),
            )
        if asked:
            user, active, version = person.os_user, not person.active, person.version
            self._change(lambda: self.org.people.set_active(user, active, version))

    def change_role(self) -> None:
        person = self.current()
        if person is None:
            return
        chosen = self.org.prompts.choose(
            tr("Rolle ändern"),
            tr("Rolle von {0}:").format(person.display_name),
            [role_label(r) for r in ROLES],
        )
        if chosen is not None:
            user, role, version = person.os_user, ROLES[chosen], person.version
            self._change(lambda: self.org.people.set_role(user, role, version))

    def change_department(self) -> None:
        person = self.current()
        if person is None:
            return
        codes: list[str | None] = [None, *(d.code for d in self.departments if d.active)]
        labels = [tr("(keine)")] + [
            shown(f"{d.code} – {d.name}") for d in self.departments if d.active
        ]
        chosen = self.org.prompts.choose(
            tr("Abteilung ändern"), tr("Abteilung von {0}:").format(person.display_name), labels
        )
        if chosen is not None:
            user, code, version = person.os_user, codes[chosen], person.version
            self._change(lambda: self.org.people.set_department(user, code, version))

    def _change(self, work: Callable[[], PersonRecord]) -> None:
        """A refusal (the last Administration, a role changed meanwhile) is shown with its
        reason; a colleague's change in between offers to reload the list."""
        self.org.ops.run(
            work, lambda _p: self._changed(), failure=self._refused, title=tr("Person ändern")
        )

    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

    def _refused(self, error: KnownError) -> bool:
        if not isinstance(error, StaleRecord):
            return False  # told as it is, with the reason
        if self.org.prompts.confirm(
            tr("Person wurde inzwischen geändert"),
            tr_message(error.reason),
            tr("Neu laden"),
            tr("Schließen"),
        ):
            self.reload()
        return True
