"""Extras → "Abteilungen, Regeln und Personen …": one dialog with a tab each. Everyone sees
the lists; only the Administration's buttons are enabled (a line says why the others are not),
and the services refuse a change all the same when the role changed in between."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from buergeranfragen.organisation.records import PersonRecord
from buergeranfragen.organisation.roles import Action, may
from buergeranfragen.ui.common.i18n import tr
from buergeranfragen.ui.common.labels import plain_label, set_plain
from buergeranfragen.ui.organisation.common import Organisation, role_label
from buergeranfragen.ui.organisation.departments import DepartmentsTab
from buergeranfragen.ui.organisation.people import PeopleTab
from buergeranfragen.ui.organisation.rules import RulesTab


class OrganisationDialog(QDialog):
    def __init__(self, org: Organisation, parent: QWidget) -> None:
        super().__init__(parent)
        self.org = org
        self.setObjectName("organisationDialog")
        self.setWindowTitle(tr("Abteilungen, Regeln und Personen"))
        self.resize(1000, 640)
        self.notice = plain_label()
        self.notice.setObjectName("readOnlyNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.departments = DepartmentsTab(org)
        self.rules = RulesTab(org)
        self.people = PeopleTab(org)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.departments, tr("Abteilungen"))
        self.tabs.addTab(self.rules, tr("Verteilregeln"))
        self.tabs.addTab(self.people, tr("Personen"))
        self.people.changed.connect(self._people_changed)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.org.ops.run(self.org.people.me, self._me, title=self.windowTitle())
        for tab in (self.departments, self.rules, self.people):
            tab.reload()

    def _people_changed(self) -> None:
        """Perhaps the acting person changed (deactivated, another role): what they may do
        again; the rule editor offers the people as they are now."""
        self.org.ops.run(self.org.people.me, self._me, title=self.windowTitle())
        self.rules.reload()

    def _me(self, me: PersonRecord) -> None:
        inactive = tr("{0} ist als inaktiv eingetragen und darf nichts ändern.").format(me.os_user)
        why = inactive
        if me.active:
            why = tr(
                "Verteilregeln darf nur die Administration ändern; Sie ({0}) haben die Rolle {1}."
            ).format(me.os_user, role_label(me.role))
        self.departments.set_may_edit(me.active and may(me.role, Action.EDIT_DEPARTMENTS))
        self.rules.set_may_edit(me.active and may(me.role, Action.EDIT_RULES), why)
        self.people.set_may_edit(me.active and may(me.role, Action.EDIT_PEOPLE))
        if me.active and may(me.role, Action.EDIT_RULES):
            self.notice.hide()
            return
        text = inactive
        if me.active:
            text = tr(
                "Nur die Administration kann Abteilungen, Verteilregeln und Personen ändern; "
                "Sie ({0}) haben die Rolle {1}. Die Listen sind deshalb nur zum Lesen."
            ).format(me.os_user, role_label(me.role))
        set_plain(self.notice, text)
        self.notice.show()
