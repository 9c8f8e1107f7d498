"""The editor of one routing rule: name, conditions (kind, channel, words, exceptions, sender
domains, contact tags) and action (department, person, priority). "Ausprobieren" tries the rule
as typed on the inquiries of the last weeks (on a worker) before it is saved. Someone who may
not change rules opens a rule read-only, to read every word and condition the list cuts: no
field takes input, there is no save, a line says why; trying it changes nothing and stays."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.errors import KnownError, ValidationFailed
from buergeranfragen.inquiries.records import InquiryChannel
from buergeranfragen.inquiries.routing import reason_of
from buergeranfragen.organisation.records import (
    DepartmentRecord,
    PersonRecord,
    RuleDraft,
    RuleRecord,
    RuleTrial,
)
from buergeranfragen.organisation.rules import check_draft
from buergeranfragen.routing.records import Conditions, Priority
from buergeranfragen.ui.common.i18n import channel_label, inquiry_kind_label, tr, tr_message
from buergeranfragen.ui.common.labels import error_label, plain_label, set_plain, show_error, shown
from buergeranfragen.ui.common.operations import NOTHING
from buergeranfragen.ui.common.unsaved import save_shortcuts
from buergeranfragen.ui.organisation.common import Organisation, priority_label


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


def _commas(edit: QLineEdit) -> tuple[str, ...]:
    return tuple(part.strip() for part in edit.text().split(",") if part.strip())


class RuleEditor(QDialog):
    """A new rule (``record`` None) or a stored one; emits ``accepted`` once it is saved. With
    ``read_only`` (why the user may not change it) a stored rule is only shown."""

    def __init__(
        self,
        org: Organisation,
        record: RuleRecord | None,
        departments: list[DepartmentRecord],
        people: list[PersonRecord],
        parent: QWidget,
        read_only: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.org = org
        self.record = record
        self.read_only = read_only is not None
        self.trial: RuleTrial | None = None
        if self.read_only:
            self.setWindowTitle(tr("Verteilregel ansehen"))
        else:
            self.setWindowTitle(
                tr("Neue Verteilregel") if record is None else tr("Verteilregel ändern")
            )
        self.resize(720, 680)
        draft = record.draft() if record else None
        conditions = draft.conditions if draft else Conditions()

        self.name = QLineEdit(draft.name if draft else "")
        self.department = QComboBox()
        for d in departments:
            if d.active or (draft and d.code == draft.department):
                self.department.addItem(shown(f"{d.code} – {d.name}"), d.code)
        if draft:
            self.department.setCurrentIndex(max(0, self.department.findData(draft.department)))
        self.person = QComboBox()
        self.person.addItem(tr("(niemand Bestimmtes)"), None)
        for p in people:
            self.person.addItem(shown(f"{p.display_name} ({p.os_user})"), p.os_user)
        if draft and draft.person:
            self.person.setCurrentIndex(max(0, self.person.findData(draft.person)))
        self.priority = QComboBox()
        for priority in (None, Priority.LOW, Priority.NORMAL, Priority.HIGH):
            self.priority.addItem(priority_label(priority), priority)
        if draft and draft.priority:
            self.priority.setCurrentIndex(self.priority.findData(draft.priority))
        self.kinds = {k: QCheckBox(inquiry_kind_label(k)) for k in ContactKind}
        self.channels = {c: QCheckBox(channel_label(c)) for c in InquiryChannel}
        for kind, box in self.kinds.items():
            box.setChecked(kind in conditions.kinds)
        for channel, box in self.channels.items():
            box.setChecked(channel in conditions.channels)
        self.words = QPlainTextEdit("\n".join(conditions.words))
        self.words.setTabChangesFocus(True)
        self.words.setPlaceholderText(tr("ein Wort oder eine Wortgruppe je Zeile"))
        self.except_words = QPlainTextEdit("\n".join(conditions.except_words))
        self.except_words.setTabChangesFocus(True)
        self.except_words.setMaximumHeight(80)
        self.domains = QLineEdit(", ".join(conditions.sender_domains))
        self.domains.setPlaceholderText(tr("z. B. schule.nrw.de, durch Komma getrennt"))
        self.tags = QLineEdit(", ".join(conditions.contact_tags))
        self.tags.setPlaceholderText(tr("Schlagwörter des Kontakts, durch Komma getrennt"))

        form = QFormLayout()
        form.addRow(tr("&Name"), self.name)
        kinds_row = QHBoxLayout()
        for kind_box in self.kinds.values():
            kinds_row.addWidget(kind_box)
        kinds_row.addStretch(1)
        form.addRow(tr("Art"), kinds_row)
        channels_row = QHBoxLayout()
        for channel_box in self.channels.values():
            channels_row.addWidget(channel_box)
        channels_row.addStretch(1)
        form.addRow(tr("Kanal"), channels_row)
        form.addRow(tr("&Wörter"), self.words)
        form.addRow(tr("A&usnahmen"), self.except_words)
        form.addRow(tr("Absender&domänen"), self.domains)
        form.addRow(tr("&Schlagwörter"), self.tags)
        form.addRow(tr("→ A&bteilung"), self.department)
        form.addRow(tr("→ &Person"), self.person)
        form.addRow(tr("→ P&riorität"), self.priority)

        self.weeks = QSpinBox()
        self.weeks.setRange(1, 104)
        self.weeks.setValue(4)
        self.weeks.setSuffix(tr(" Wochen"))
        self.try_button = QPushButton(tr("&Ausprobieren"))
        self.try_button.clicked.connect(self.try_rule)
        try_row = QHBoxLayout()
        try_row.addWidget(self.try_button)
        try_row.addWidget(self.weeks)
        try_row.addStretch(1)
        self.trial_summary = plain_label()
        self.trial_summary.setWordWrap(True)
        self.trial_note = plain_label()  # what the trial does and does not show
        self.trial_note.setObjectName("trialNote")
        self.trial_note.setWordWrap(True)
        self.trial_note.hide()
        self.trial_list = QListWidget()
        self.trial_list.setObjectName("trialList")
        self.error = error_label()
        self.read_only_line = plain_label()
        self.read_only_line.setObjectName("ruleReadOnly")
        self.read_only_line.setWordWrap(True)
        self.read_only_line.hide()
        if self.read_only:
            done = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        else:
            done = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            )
        self.done_buttons = done
        done.accepted.connect(self.save)
        done.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_line)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(try_row)
        layout.addWidget(self.trial_summary)
        layout.addWidget(self.trial_note)
        layout.addWidget(self.trial_list, 1)
        layout.addWidget(done)
        if read_only is not None:
            self._show_only(read_only)
            return
        save_shortcuts(self, self.save)  # Ctrl+S, Ctrl+Enter, as in every form
        self.name.setFocus()

    def _show_only(self, why: str) -> None:
        """Every field readable (text can be selected and scrolled), none takes input."""
        for edit in (self.name, self.domains, self.tags):
            edit.setReadOnly(True)
        for text in (self.words, self.except_words):
            text.setReadOnly(True)
            text.setPlaceholderText("")
        for widget in (
            self.department,
            self.person,
            self.priority,
            *self.kinds.values(),
            *self.channels.values(),
        ):
            widget.setEnabled(False)
        set_plain(
            self.read_only_line,
            tr("Nur zum Lesen: {0} „Ausprobieren“ ändert nichts und geht trotzdem.").format(why),
        )
        self.read_only_line.show()
        self.words.setFocus()

    def draft(self) -> RuleDraft:
        return RuleDraft(
            name=self.name.text(),
            conditions=Conditions(
                kinds=tuple(k for k, box in self.kinds.items() if box.isChecked()),
                channels=tuple(c for c, box in self.channels.items() if box.isChecked()),
                words=_lines(self.words),
                except_words=_lines(self.except_words),
                sender_domains=_commas(self.domains),
                contact_tags=_commas(self.tags),
            ),
            department=self.department.currentData() or "",
            person=self.person.currentData(),
            priority=self.priority.currentData(),
        )

    # -- trying ------------------------------------------------------------------------------

    def try_rule(self) -> None:
        draft, weeks, service = self.draft(), self.weeks.value(), self.org.rules
        rule_id = self.record.id if self.record else None
        show_error(self.error, None)
        set_plain(self.trial_summary, tr("Wird ausprobiert …"))
        self.trial_list.clear()
        self.try_button.setEnabled(False)

        def work() -> RuleTrial:
            return service.trial(check_draft(draft).rule(rule_id), weeks)

        self.org.ops.run(
            work,
            self._tried,
            failure=self._try_failed,
            changes=NOTHING,
            key="rule-trial",
            slow=True,  # up to 5000 inquiries: a second or two
        )

    def _tried(self, trial: RuleTrial) -> None:
        self.try_button.setEnabled(True)
        self.trial = trial
        result = trial.result
        target = trial.department_code
        if trial.department_name:
            target = f"{trial.department_code} ({trial.department_name})"
        text = tr(
            "Die Regel hätte diese {0} von {1} Anfragen der letzten {2} Wochen an {3} verteilt."
        ).format(result.count, result.tried, trial.weeks, target)
        if result.changed:
            text += " " + tr("Nach den jetzigen Regeln gehen {0} davon anderswohin.").format(
                len(result.changed)
            )
        if trial.capped:
            text += " " + tr("Nur die neuesten {0} Anfragen wurden geprüft.").format(trial.limit)
        set_plain(self.trial_summary, text)
        if self.record is None:
            note = tr(
                "Ausprobiert wird die Regel für sich, als stünde sie vor allen anderen. "
                "Gespeichert kommt sie ans Ende der Liste: Regeln davor verteilen zuerst."
            )
        else:
            note = tr(
                "Ausprobiert wird die Regel für sich, als stünde sie vor allen anderen. "
                "In der Liste bleibt sie an ihrer Stelle: Regeln davor verteilen zuerst."
            )
        set_plain(self.trial_note, note)
        self.trial_note.show()
        elsewhere = dict(result.changed)
        for match in result.matches:
            line = f"{match.key}  {reason_of(match.decision)}"
            if match.key in elsewhere:
                now = elsewhere[match.key] or tr("Nicht zugeordnet")
                line += "  " + tr("(nach den jetzigen Regeln: {0})").format(now)
            self.trial_list.addItem(shown(line))

    def _try_failed(self, error: KnownError) -> bool:
        self.try_button.setEnabled(True)
        set_plain(self.trial_summary, "")
        return self._failed(error)

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        if self.read_only:
            return
        draft, service, record = self.draft(), self.org.rules, self.record
        show_error(self.error, None)

        def work() -> RuleRecord:
            if record is None:
                saved = service.add(draft)
            else:
                saved = service.edit(record.id, draft, record.version)
            self.org.inquiries.rules_changed()
            return saved

        self.org.ops.run(work, self._saved, failure=self._failed, title=tr("Verteilregel"))

    def _saved(self, record: RuleRecord) -> None:
        self.record = record
        self.accept()

    def _failed(self, error: KnownError) -> bool:
        if isinstance(error, ValidationFailed):
            show_error(self.error, "\n".join(tr_message(e.message) for e in error.errors))
        else:
            show_error(self.error, tr_message(error.reason))
        return True
