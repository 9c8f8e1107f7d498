"""Extras → "Textbausteine …": the list of templates, and a form to edit one (name, purpose,
subject, body), a menu to insert a placeholder where the cursor is, and a preview filled with
an example inquiry (plain text). Who may not edit sees everything read-only and why. A
refused save or a colleague's change in between keeps what was typed ("Neu laden" takes the
stored version only when asked)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.answering.placeholders import PLACEHOLDERS, fill, problems, sample_values
from buergeranfragen.answering.records import (
    TemplateChanges,
    TemplateDraft,
    TemplatePurpose,
    TemplateRecord,
)
from buergeranfragen.answering.templates import TemplateService
from buergeranfragen.errors import KnownError, StaleRecord, ValidationFailed
from buergeranfragen.ui.common.i18n import tr, tr_message, unknown_label
from buergeranfragen.ui.common.labels import error_label, plain_label, set_plain, show_error, shown
from buergeranfragen.ui.common.operations import Operations
from buergeranfragen.ui.common.prompts import Discard, Prompts
from buergeranfragen.ui.common.unsaved import save_shortcuts


def purpose_label(purpose: TemplatePurpose) -> str:
    return {
        TemplatePurpose.REPLY: tr("Antwort"),
        TemplatePurpose.INTERIM: tr("Zwischennachricht"),
        TemplatePurpose.FORWARD: tr("Weiterleitung an die Abteilung"),
    }.get(purpose) or unknown_label(purpose)


class TemplatesDialog(QDialog):
    def __init__(
        self, service: TemplateService, ops: Operations, prompts: Prompts, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.service, self.ops, self.prompts = service, ops, prompts
        self.setObjectName("templatesDialog")
        self.setWindowTitle(tr("Textbausteine"))
        self.resize(1000, 680)
        self.records: list[TemplateRecord] = []
        self.record: TemplateRecord | None = None  # what the form shows; None: a new one
        self.may_edit = False
        self.dirty = False

        self.notice = plain_label()
        self.notice.setObjectName("readOnlyNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.currentRowChanged.connect(self._row_chosen)
        self.new_button = QPushButton(tr("&Neu"))
        self.new_button.clicked.connect(self.new)

        self.name = QLineEdit()
        self.purpose = QComboBox()
        for purpose in TemplatePurpose:
            self.purpose.addItem(purpose_label(purpose), purpose.value)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setObjectName("templateBody")
        self.body.setTabChangesFocus(True)
        self.insert_button = QToolButton()
        self.insert_button.setText(tr("&Platzhalter einfügen"))
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_menu = QMenu(self.insert_button)
        for placeholder in PLACEHOLDERS:
            action = QAction(f"{{{placeholder.name}}}  {tr_message(placeholder.description)}", self)
            action.triggered.connect(lambda _=False, n=placeholder.name: self.insert(n))
            self.insert_menu.addAction(action)
        self.insert_button.setMenu(self.insert_menu)
        self._target: QLineEdit | QPlainTextEdit = self.body  # where a placeholder goes
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("templatePreview")
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.error = error_label()
        self.save_button = QPushButton(tr("&Speichern"))
        self.save_button.clicked.connect(self.save)
        self.toggle_button = QPushButton(tr("&Deaktivieren"))
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reload_button = QPushButton(tr("Neu &laden"))
        self.reload_button.clicked.connect(self.reload_current)
        self.reload_button.hide()

        form = QFormLayout()
        form.addRow(tr("&Name"), self.name)
        form.addRow(tr("&Zweck"), self.purpose)
        form.addRow(tr("&Betreff"), self.subject)
        form.addRow(tr("&Text"), self.body)
        form.addRow("", self.insert_button)
        form.addRow(tr("&Vorschau (Beispielanfrage)"), self.preview)
        actions = QHBoxLayout()
        for button in (self.save_button, self.toggle_button, self.reload_button):
            actions.addWidget(button)
        actions.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(form, 1)
        right_layout.addWidget(self.error)
        right_layout.addLayout(actions)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(split, 1)
        layout.addWidget(close)
        save_shortcuts(self, self.save)

        for edit in (self.name, self.subject):
            edit.textEdited.connect(self._edited)
        self.body.textChanged.connect(self._body_changed)
        self.purpose.currentIndexChanged.connect(lambda _i: self._edited())
        self.subject.cursorPositionChanged.connect(lambda *_: self._aim(self.subject))
        self.body.cursorPositionChanged.connect(lambda: self._aim(self.body))
        self._loading = False
        self._set_editable(False)
        self.reload()

    # -- loading ---------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        self.ops.run(self.service.may_edit, self._allowed, title=self.windowTitle())
        self.ops.run(
            lambda: self.service.list(include_inactive=True),
            lambda records: self._listed(records, select),
            title=self.windowTitle(),
        )

    def _allowed(self, may: bool) -> None:
        self.may_edit = may
        self._set_editable(may)
        if may:
            self.notice.hide()
            return
        set_plain(
            self.notice,
            tr(
                "Textbausteine dürfen nur die Pressestelle, die Leitung und die Administration "
                "ändern. Sie können sie hier ansehen."
            ),
        )
        self.notice.show()

    def _set_editable(self, editable: bool) -> None:
        for edit in (self.name, self.subject):
            edit.setReadOnly(not editable)
        self.body.setReadOnly(not editable)
        self.purpose.setEnabled(editable)
        for button in (self.new_button, self.save_button, self.toggle_button):
            button.setEnabled(editable)
        self.insert_button.setEnabled(editable)

    def _listed(self, records: list[TemplateRecord], select: str | None) -> None:
        self.records = records
        wanted = select or (self.record.name if self.record else None)
        self._loading = True
        self.list.clear()
        for record in records:
            text = f"{record.name} – {purpose_label(record.purpose)}"
            if not record.active:
                text += " " + tr("(deaktiviert)")
            item = QListWidgetItem(shown(text))
            self.list.addItem(item)
        self._loading = False
        names = [r.name for r in records]
        row = names.index(wanted) if wanted in names else (0 if records else -1)
        if self.dirty:  # keep what is typed; only mark the row
            self._loading = True
            self.list.setCurrentRow(row)
            self._loading = False
            return
        self.list.setCurrentRow(row)
        if row >= 0:
            self._show(records[row])

    def _row_chosen(self, row: int) -> None:
        if self._loading or not 0 <= row < len(self.records):
            return
        record = self.records[row]
        if self.record is not None and record.id == self.record.id:
            return
        if self.dirty and not self._may_leave():
            self._loading = True
            current = [r.id for r in self.records].index(self.record.id) if self.record else -1
            self.list.setCurrentRow(current)
            self._loading = False
            return
        self._show(record)

    def _may_leave(self) -> bool:
        answer = self.prompts.unsaved_changes(tr("Der Textbaustein"))
        if answer is Discard.SAVE:
            self.save()
            return False  # the save's answer decides; the form stays until it is stored
        return answer is Discard.DISCARD

    def _show(self, record: TemplateRecord | None) -> None:
        self._loading = True
        self.record = record
        self.name.setText(record.name if record else "")
        purpose = record.purpose if record else TemplatePurpose.REPLY
        self.purpose.setCurrentIndex(max(0, self.purpose.findData(purpose.value)))
        self.subject.setText(record.subject if record else "")
        self.body.setPlainText(record.body if record else "")
        self._loading = False
        self.dirty = False
        self.reload_button.hide()
        show_error(self.error, None)
        active = record is None or record.active
        self.toggle_button.setText(tr("&Deaktivieren") if active else tr("&Aktivieren"))
        self.toggle_button.setEnabled(self.may_edit and record is not None)
        self._preview()

    # -- editing ---------------------------------------------------------------------------

    def new(self) -> None:
        if self.dirty and not self._may_leave():
            return
        self._show(None)
        self.list.clearSelection()
        self.name.setFocus()

    def _aim(self, widget: QLineEdit | QPlainTextEdit) -> None:
        if widget.hasFocus():
            self._target = widget

    def insert(self, name: str) -> None:
        """``{name}`` at the cursor of the subject or the body (whichever was last used)."""
        if not self.may_edit:
            return
        token = "{" + name + "}"
        if isinstance(self._target, QLineEdit):
            self._target.insert(token)
            self._edited()
        else:
            self._target.insertPlainText(token)
        self._target.setFocus()

    def _body_changed(self) -> None:
        if not self._loading:
            self._edited()

    def _edited(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self._preview()

    def _preview(self) -> None:
        subject, body = self.subject.text(), self.body.toPlainText()
        values = sample_values()
        self.preview.setPlainText(
            tr("Betreff: {0}").format(fill(subject, values)) + "\n\n" + fill(body, values)
        )
        found = problems(subject, "subject") + problems(body, "body")
        show_error(self.error, "\n".join(tr_message(e.message) for e in found) or None)

    def _purpose(self) -> TemplatePurpose:
        return TemplatePurpose(str(self.purpose.currentData()))

    def save(self) -> None:
        if not self.may_edit:
            return
        record = self.record
        name, purpose = self.name.text(), self._purpose()
        subject, body = self.subject.text(), self.body.toPlainText()
        service = self.service

        def work() -> TemplateRecord:
            if record is None:
                return service.add(TemplateDraft(name, purpose, subject, body))
            changes = TemplateChanges(name, purpose, subject, body)
            return service.edit(record.name, changes, record.version)

        self.ops.run(work, self._saved, failure=self._failed, title=tr("Textbaustein speichern"))

    def _saved(self, record: TemplateRecord) -> None:
        self.dirty = False
        self._show(record)
        self.reload(record.name)

    def _failed(self, error: KnownError) -> bool:
        """Shown at the form; what was typed stays. A colleague's change offers "Neu laden"."""
        if isinstance(error, ValidationFailed):
            show_error(self.error, "\n".join(tr_message(e.message) for e in error.errors))
            return True
        show_error(self.error, tr_message(error.reason))
        if isinstance(error, StaleRecord):
            self.reload_button.show()
        return True

    def reload_current(self) -> None:
        """The stored version of the template in the form (what was typed is given up)."""
        if self.record is None:
            return
        name = self.record.name

        def shown_again(record: TemplateRecord) -> None:
            self.dirty = False
            self._show(record)
            self.reload(record.name)

        self.ops.run(lambda: self.service.get(name), shown_again, title=self.windowTitle())

    def toggle_active(self) -> None:
        record = self.record
        if record is None or not self.may_edit:
            return
        service = self.service

        def work() -> TemplateRecord:
            return service.set_active(record.name, not record.active, record.version)

        def done(changed: TemplateRecord) -> None:
            if self.dirty:  # keep what is typed; the list shows the new state
                self.record = changed
                self.reload(changed.name)
                return
            self._saved(changed)

        self.ops.run(work, done, failure=self._failed, title=tr("Textbaustein ändern"))

    def reject(self) -> None:
        if self.dirty and self.may_edit and not self._may_leave():
            return
        super().reject()
