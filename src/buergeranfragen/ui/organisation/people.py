"""The tab "Personen": who works with the program, in which role and department; the
Administration changes role and department (the last active Administration stays one)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from buergeranfragen.organisation.records import DepartmentRecord, PersonRecord, Role
from buergeranfragen.ui.common.i18n import tr
from buergeranfragen.ui.common.labels import shown
from buergeranfragen.ui.organisation.common import Organisation, buttons, fill, role_label, table

ROLES = (Role.PRESS_OFFICE, Role.CITIZEN_SERVICE, Role.CLERK, Role.LEAD, Role.ADMINISTRATION)
Lists = tuple[list[PersonRecord], list[DepartmentRecord]]


class PeopleTab(QWidget):
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
        row, (self.role_button, self.department_button) = buttons(
            (tr("&Rolle ändern …"), self.change_role),
            (tr("&Abteilung ändern …"), self.change_department),
        )
        self.table.currentCellChanged.connect(lambda *_: self._selection_changed())
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
                    p.display_name,
                    p.os_user,
                    role_label(p.role),
                    p.department_code or "–",
                    tr("ja") if p.active else tr("nein"),
                )
                for p in self.records
            ],
        )
        self._selection_changed()

    def current(self) -> PersonRecord | None:
        row = self.table.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def _selection_changed(self) -> None:
        chosen = self.may_edit and self.current() is not None
        self.role_button.setEnabled(chosen)
        self.department_button.setEnabled(chosen)

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
            user, role = person.os_user, ROLES[chosen]
            self._change(lambda: self.org.people.set_role(user, role))

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
            user, code = person.os_user, codes[chosen]
            self._change(lambda: self.org.people.set_department(user, code))

    def _change(self, work: Callable[[], PersonRecord]) -> None:
        self.org.ops.run(work, lambda _p: self.reload(), title=tr("Person ändern"))
