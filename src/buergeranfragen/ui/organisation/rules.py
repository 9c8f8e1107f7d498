"""The tab "Verteilregeln": the rules in the order they are tried (the first match wins), with
their department and how many inquiries each routed; the Administration adds, edits, moves,
activates, deactivates and deletes them (a rule that routed inquiries only deactivates). Anyone
else opens a rule read-only ("Ansehen"), to read all of it and try it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from buergeranfragen.organisation.records import DepartmentRecord, PersonRecord, RuleRecord
from buergeranfragen.ui.common.i18n import tr
from buergeranfragen.ui.common.operations import NOTHING
from buergeranfragen.ui.organisation.common import (
    Organisation,
    buttons,
    conditions_label,
    fill,
    table,
)
from buergeranfragen.ui.organisation.rule_editor import RuleEditor

Lists = tuple[list[RuleRecord], list[DepartmentRecord], list[PersonRecord]]


class RulesTab(QWidget):
    def __init__(self, org: Organisation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.org = org
        self.records: list[RuleRecord] = []
        self.departments: list[DepartmentRecord] = []
        self.people: list[PersonRecord] = []
        self.may_edit = False
        self.why_read_only = ""
        self.table = table(
            "rulesTable",
            [
                tr("Nr."),
                tr("Name"),
                tr("Abteilung"),
                tr("Aktiv"),
                tr("Verteilt"),
                tr("Bedingungen"),
            ],
        )
        row, made = buttons(
            (tr("&Neu …"), self.new),
            (tr("&Bearbeiten …"), self.edit),
            (tr("Nach &oben"), lambda: self.move_rule(-1)),
            (tr("Nach &unten"), lambda: self.move_rule(+1)),
            (tr("&Deaktivieren"), self.toggle_active),
            (tr("&Löschen"), self.delete),
        )
        (
            self.new_button,
            self.edit_button,
            self.up_button,
            self.down_button,
            self.toggle_button,
            self.delete_button,
        ) = made
        self.table.currentCellChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _index: self.edit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def set_may_edit(self, may: bool, why: str = "") -> None:
        """``why``: the reason a rule opens read-only when ``may`` is False."""
        self.may_edit = may
        self.why_read_only = why
        self._selection_changed()

    def reload(self) -> None:
        org = self.org

        def work() -> Lists:
            return org.rules.all(), org.departments.all(), org.people.all()

        org.ops.run(work, self._listed, title=tr("Verteilregeln"))

    def _listed(self, lists: Lists) -> None:
        self.records, self.departments, self.people = lists
        fill(
            self.table,
            [
                (
                    str(r.position),
                    r.name,
                    r.department_code,
                    tr("ja") if r.active else tr("nein"),
                    str(r.routed),
                    conditions_label(r.conditions),
                )
                for r in self.records
            ],
        )
        self._selection_changed()

    def current(self) -> RuleRecord | None:
        row = self.table.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def select(self, rule_id: int) -> None:
        for row, record in enumerate(self.records):
            if record.id == rule_id:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        record = self.current()
        chosen = self.may_edit and record is not None
        self.new_button.setEnabled(self.may_edit)
        for button in (self.toggle_button, self.delete_button):
            button.setEnabled(chosen)
        self.edit_button.setEnabled(record is not None)  # read-only for all but the Administration
        self.edit_button.setText(tr("&Bearbeiten …") if self.may_edit else tr("An&sehen …"))
        self.up_button.setEnabled(chosen and record is not None and record.position > 1)
        self.down_button.setEnabled(
            chosen and record is not None and record.position < len(self.records)
        )
        active = record is None or record.active
        self.toggle_button.setText(tr("&Deaktivieren") if active else tr("&Aktivieren"))

    # -- changes -----------------------------------------------------------------------------

    def new(self) -> RuleEditor:
        return self._open(RuleEditor(self.org, None, self.departments, self.people, self))

    def edit(self) -> RuleEditor | None:
        """The selected rule in the editor; read-only unless the user may change rules."""
        record = self.current()
        if record is None:
            return None
        why = None if self.may_edit else self.why_read_only
        return self._open(
            RuleEditor(self.org, record, self.departments, self.people, self, read_only=why)
        )

    def _open(self, editor: RuleEditor) -> RuleEditor:
        editor.accepted.connect(lambda: self._changed(editor.record))
        editor.open()
        return editor

    def move_rule(self, step: int) -> None:
        record = self.current()
        if record is not None:
            rule_id, version = record.id, record.version
            self._change(lambda: self.org.rules.move_by(rule_id, step, version))

    def toggle_active(self) -> None:
        record = self.current()
        if record is not None:
            rule_id, version, active = record.id, record.version, not record.active
            self._change(lambda: self.org.rules.set_active(rule_id, active, version))

    def delete(self) -> None:
        record = self.current()
        if record is None or not self.org.prompts.confirm(
            tr("Verteilregel löschen"),
            tr("Die Verteilregel „{0}“ löschen?").format(record.name),
            tr("Löschen"),
            tr("Abbrechen"),
        ):
            return
        rule_id, version = record.id, record.version

        def work() -> None:
            self.org.rules.delete(rule_id, version)

        self._change(work)

    def _change(self, work: Callable[[], RuleRecord | None]) -> None:
        inquiries = self.org.inquiries

        def run() -> RuleRecord | None:
            result = work()
            inquiries.rules_changed()
            return result

        self.org.ops.run(run, self._changed, changes=NOTHING, title=tr("Verteilregel ändern"))

    def _changed(self, record: RuleRecord | None) -> None:
        selected = record.id if record is not None else None
        org = self.org

        def work() -> Lists:
            return org.rules.all(), org.departments.all(), org.people.all()

        def listed(lists: Lists) -> None:
            self._listed(lists)
            if selected is not None:
                self.select(selected)

        org.ops.run(work, listed, title=tr("Verteilregeln"))
