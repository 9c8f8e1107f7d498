"""The tab "Abteilungen": the departments inquiries are routed to; the Administration adds,
renames, edits and deactivates them (a department with inquiries is never deleted)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.answering.validation import check_signature
from buergeranfragen.errors import FieldError, KnownError, ValidationFailed
from buergeranfragen.organisation.records import (
    DepartmentChanges,
    DepartmentDraft,
    DepartmentRecord,
)
from buergeranfragen.ui.common.i18n import tr, tr_message
from buergeranfragen.ui.common.labels import error_label, show_error
from buergeranfragen.ui.common.operations import INQUIRIES
from buergeranfragen.ui.common.unsaved import save_shortcuts
from buergeranfragen.ui.organisation.common import Organisation, buttons, fill, table


class DepartmentEditor(QDialog):
    """A new department (``record`` None) or an existing one; its code stays once given."""

    def __init__(self, org: Organisation, record: DepartmentRecord | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.org = org
        self.record = record
        self.setWindowTitle(tr("Neue Abteilung") if record is None else tr("Abteilung ändern"))
        self.code = QLineEdit(record.code if record else "")
        self.code.setReadOnly(record is not None)
        self.name = QLineEdit(record.name if record else "")
        self.email = QLineEdit(record.email if record else "")
        self.phone = QLineEdit(record.phone if record else "")
        self.sender_email = QLineEdit(record.sender_email if record else "")
        self.sender_email.setObjectName("senderEmail")
        self.sender_email.setPlaceholderText(tr("leer: die Absenderadresse des Büros"))
        self.signature = QPlainTextEdit()
        self.signature.setObjectName("signature")
        self.signature.setPlainText(record.signature if record else "")
        self.signature.setTabChangesFocus(True)  # Tab leaves the field, as everywhere
        self.signature.setPlaceholderText(
            tr("leer: Name, Rufnummer und E-Mail-Adresse der Abteilung")
        )
        self.signature.setToolTip(
            tr("Steht unter jedem Schreiben der Abteilung; Platzhalter wie {bearbeiter} möglich.")
        )
        self.error = error_label()
        form = QFormLayout()
        form.addRow(tr("&Kürzel"), self.code)
        form.addRow(tr("&Name"), self.name)
        form.addRow(tr("&E-Mail zum Weiterleiten"), self.email)
        form.addRow(tr("&Rufnummer"), self.phone)
        form.addRow(tr("&Absenderadresse für Antworten"), self.sender_email)
        form.addRow(tr("&Signatur"), self.signature)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(box)
        save_shortcuts(self, self.save)  # Ctrl+S, Ctrl+Enter, as in every form
        (self.name if record else self.code).setFocus()

    def save(self) -> None:
        service, record = self.org.departments, self.record
        name, email, phone = self.name.text(), self.email.text(), self.phone.text()
        code = self.code.text()
        signature, sender = self.signature.toPlainText(), self.sender_email.text()

        def work() -> DepartmentRecord:
            changes = DepartmentChanges(name, email, phone, signature, sender)
            if record is None:
                problems: list[FieldError] = []
                check_signature(signature, problems)  # before the department is added
                if problems:
                    raise ValidationFailed(problems)
                added = service.add(DepartmentDraft(code, name, email, phone))
                if signature.strip() or sender.strip():
                    changes = DepartmentChanges(signature=signature, sender_email=sender)
                    added = service.edit(added.code, changes, added.version)
                saved = added
            else:
                saved = service.edit(record.code, changes, record.version)
            self.org.inquiries.rules_changed()
            return saved

        self.org.ops.run(
            work, lambda _saved: self.accept(), failure=self._failed, changes=INQUIRIES
        )

    def _failed(self, error: KnownError) -> bool:
        if isinstance(error, ValidationFailed):
            show_error(self.error, "\n".join(tr_message(e.message) for e in error.errors))
            return True
        show_error(self.error, tr_message(error.reason))
        return True


class DepartmentsTab(QWidget):
    def __init__(self, org: Organisation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.org = org
        self.records: list[DepartmentRecord] = []
        self.table = table(
            "departmentsTable",
            [tr("Kürzel"), tr("Name"), tr("E-Mail"), tr("Rufnummer"), tr("Aktiv")],
        )
        row, (self.new_button, self.edit_button, self.toggle_button) = buttons(
            (tr("&Neu …"), self.new),
            (tr("&Bearbeiten …"), self.edit),
            (tr("&Deaktivieren"), self.toggle_active),
        )
        self.table.currentCellChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _index: self.edit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.may_edit = False

    def set_may_edit(self, may: bool) -> None:
        self.may_edit = may
        self._selection_changed()

    def reload(self) -> None:
        self.org.ops.run(self.org.departments.all, self._listed, title=tr("Abteilungen"))

    def _listed(self, records: list[DepartmentRecord]) -> None:
        self.records = records
        fill(
            self.table,
            [
                (d.code, d.name, d.email, d.phone, tr("ja") if d.active else tr("nein"))
                for d in records
            ],
        )
        self._selection_changed()

    def current(self) -> DepartmentRecord | None:
        row = self.table.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def _selection_changed(self) -> None:
        record = self.current()
        self.new_button.setEnabled(self.may_edit)
        self.edit_button.setEnabled(self.may_edit and record is not None)
        self.toggle_button.setEnabled(self.may_edit and record is not None)
        active = record is None or record.active
        self.toggle_button.setText(tr("&Deaktivieren") if active else tr("&Aktivieren"))

    def new(self) -> DepartmentEditor:
        return self._open(DepartmentEditor(self.org, None, self))

    def edit(self) -> DepartmentEditor | None:
        record = self.current()
        if record is None or not self.may_edit:
            return None
        return self._open(DepartmentEditor(self.org, record, self))

    def _open(self, editor: DepartmentEditor) -> DepartmentEditor:
        editor.accepted.connect(self.reload)
        editor.open()
        return editor

    def toggle_active(self) -> None:
        record = self.current()
        if record is None:
            return
        service, code, active = self.org.departments, record.code, not record.active

        def work() -> DepartmentRecord:
            changed = service.set_active(code, active)
            self.org.inquiries.rules_changed()
            return changed

        self.org.ops.run(
            work,
            lambda _changed: self.reload(),
            changes=INQUIRIES,
            title=tr("Abteilung ändern"),
        )
