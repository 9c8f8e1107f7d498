"""The Administration changes the name a person is shown with. A colleague's change in between
is refused with who made it; "Neu laden" takes the person as stored now (its version and the
name saved meanwhile, shown under the field) and leaves the typed name in the field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.errors import KnownError, RecordNotFound, StaleRecord, ValidationFailed
from buergeranfragen.organisation.records import PersonRecord
from buergeranfragen.ui.common.i18n import tr, tr_message
from buergeranfragen.ui.common.labels import error_label, plain_label, set_plain, show_error
from buergeranfragen.ui.common.unsaved import save_shortcuts
from buergeranfragen.ui.organisation.common import Organisation


class PersonNameEditor(QDialog):
    """Emits ``accepted`` once the name is saved (``record`` is then the person as saved)."""

    def __init__(self, org: Organisation, record: PersonRecord, parent: QWidget) -> None:
        super().__init__(parent)
        self.org = org
        self.record = record
        self.setObjectName("personNameEditor")
        self.setWindowTitle(tr("Namen ändern"))
        self.resize(480, 0)
        self.user = plain_label(record.os_user)
        self.name = QLineEdit(record.display_name)
        self.name.selectAll()
        self.error = error_label()
        self.error.setObjectName("personNameError")
        self.stored = plain_label()  # after a reload: the name saved meanwhile
        self.stored.setObjectName("personNameStored")
        self.stored.setWordWrap(True)
        self.stored.hide()
        form = QFormLayout()
        form.addRow(tr("Benutzer"), self.user)
        form.addRow(tr("&Name"), self.name)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.reload_button = QPushButton(tr("Neu &laden"))
        self.reload_button.hide()  # offered once a colleague's change was found
        self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.reload_button.clicked.connect(self.reload)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.stored)
        layout.addWidget(self.buttons)
        save_shortcuts(self, self.save)  # Ctrl+S, Ctrl+Enter, as in every form
        self.name.setFocus()

    def save(self) -> None:
        people, user, version = self.org.people, self.record.os_user, self.record.version
        name = self.name.text()
        show_error(self.error, None)
        self.save_button.setEnabled(False)

        def work() -> PersonRecord:
            return people.set_display_name(user, name, version)

        self.org.ops.run(work, self._saved, failure=self._failed, title=self.windowTitle())

    def _saved(self, record: PersonRecord) -> None:
        self.record = record
        self.accept()

    def _failed(self, error: KnownError) -> bool:
        """Shown under the field; what was typed stays."""
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationFailed):
            show_error(self.error, "\n".join(tr_message(e.message) for e in error.errors))
            return True
        show_error(self.error, tr_message(error.reason))
        if isinstance(error, StaleRecord):
            self.reload_button.show()
            self.reload_button.setFocus()
        elif isinstance(error, RecordNotFound):
            self.save_button.setEnabled(False)  # nothing left to rename
        return True

    def reload(self) -> None:
        """The person as stored now; the typed name stays in the field."""
        people, user = self.org.people, self.record.os_user

        def work() -> PersonRecord | None:
            return next((p for p in people.all() if p.os_user == user), None)

        self.org.ops.run(work, self._reloaded, title=self.windowTitle())

    def _reloaded(self, record: PersonRecord | None) -> None:
        if record is None:
            show_error(
                self.error,
                tr("{0} gibt es nicht mehr.").format(self.record.os_user),
            )
            self.save_button.setEnabled(False)
            return
        self.record = record
        show_error(self.error, None)
        self.reload_button.hide()
        set_plain(
            self.stored,
            tr(
                "Neu geladen. Gespeichert ist jetzt der Name „{0}“. Ihre Eingabe steht noch im "
                "Feld; „Speichern“ ersetzt den gespeicherten Namen durch sie."
            ).format(record.display_name),
        )
        self.stored.show()
        self.name.setFocus()
