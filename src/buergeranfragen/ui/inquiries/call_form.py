"""The call form: open in one keystroke, the cursor in the number field; as the number is
typed, the caller and their open inquiries appear; an unknown caller is created right here."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import cast

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.calendar import BERLIN, format_local
from buergeranfragen.contacts.phones import try_parse_phone
from buergeranfragen.contacts.records import ContactDraft, ContactKind, ContactSummary
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.errors import KnownError, ValidationFailed
from buergeranfragen.inquiries.records import CallDraft, InquiryRecord, InquiryStatus
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.ui.common.i18n import inquiry_kind_label, tr, tr_message
from buergeranfragen.ui.common.prompts import Prompts
from buergeranfragen.ui.contacts.form import ERROR_STYLE


class CallForm(QDialog):
    saved = Signal(object)  # InquiryRecord

    def __init__(
        self,
        contacts: ContactService,
        inquiries: InquiryService,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.contacts = contacts
        self.inquiries = inquiries
        self.prompts = prompts
        self.matches: list[ContactSummary] = []
        self.started = inquiries.now()
        self.setWindowTitle(tr("Anruf erfassen"))
        self.setModal(False)

        self.number = QLineEdit()
        self.number.setObjectName("callNumber")
        self.number.setPlaceholderText(tr("Rufnummer des Anrufers, z. B. 0211 837-1001"))
        self.number_error = QLabel()
        self.number_error.setStyleSheet(ERROR_STYLE)
        self.caller = QLabel(tr("Noch keine Rufnummer."))
        self.caller.setWordWrap(True)
        self.caller.setTextFormat(Qt.TextFormat.RichText)
        self.choice = QComboBox()
        self.choice.hide()
        self.open_list = QLabel()
        self.open_list.setWordWrap(True)

        self.new_box = QGroupBox(tr("Unbekannte Nummer: neuen Kontakt anlegen"))
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(tr("Organisation oder Medium"))
        new_form = QFormLayout(self.new_box)
        new_form.addRow(tr("Vorname"), self.first_name)
        new_form.addRow(tr("Nachname"), self.last_name)
        new_form.addRow(tr("Organisation"), self.organisation)
        self.new_box.hide()

        self.kind = QComboBox()
        for kind in (ContactKind.CITIZEN, ContactKind.PRESS):
            self.kind.addItem(inquiry_kind_label(kind), kind.value)
        self.subject = QLineEdit()
        self.subject.setObjectName("callSubject")
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.topic = QLineEdit()
        self.subject_error = QLabel()
        self.subject_error.setStyleSheet(ERROR_STYLE)
        self.has_deadline = QCheckBox(tr("Redaktionsschluss"))
        self.deadline = QDateTimeEdit()
        self.deadline.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.deadline.setCalendarPopup(True)
        default = (self.started + timedelta(hours=3)).astimezone(BERLIN)
        self.deadline.setDateTime(
            QDateTime(default.year, default.month, default.day, default.hour, 0, 0)
        )
        self.done_on_phone = QCheckBox(tr("Am Telefon erledigt"))

        caller_box = QGroupBox(tr("Anrufer"))
        caller_layout = QVBoxLayout(caller_box)
        caller_layout.addWidget(self.number)
        caller_layout.addWidget(self.number_error)
        caller_layout.addWidget(self.caller)
        caller_layout.addWidget(self.choice)
        caller_layout.addWidget(self.open_list)

        inquiry_box = QGroupBox(tr("Anliegen"))
        form = QFormLayout(inquiry_box)
        form.addRow(tr("Art"), self.kind)
        form.addRow(tr("Betreff"), self.subject)
        form.addRow("", self.subject_error)
        form.addRow(tr("Notiz"), self.text)
        form.addRow(tr("Thema"), self.topic)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.has_deadline)
        deadline_row.addWidget(self.deadline, 1)
        form.addRow("", deadline_row)
        form.addRow("", self.done_on_phone)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Speichern"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Abbrechen"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Anruf um {0}").format(format_local(self.started))))
        layout.addWidget(caller_box)
        layout.addWidget(self.new_box)
        layout.addWidget(inquiry_box)
        layout.addWidget(self.buttons)
        self.resize(520, 640)

        self.number.textChanged.connect(self.look_up)
        self.choice.currentIndexChanged.connect(self._chosen)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self._kind_changed()
        self.number.setFocus()

    # -- the caller -----------------------------------------------------------------------

    def set_number(self, number: str) -> None:
        self.number.setText(number)

    def look_up(self) -> None:
        typed = self.number.text()
        self.number_error.clear()
        self.matches = self.contacts.lookup_caller(typed) if typed.strip() else []
        self.choice.blockSignals(True)
        self.choice.clear()
        for match in self.matches:
            label = match.name + (
                f" ({match.organisation})"
                if match.organisation and match.organisation != match.name
                else ""
            )
            self.choice.addItem(label, match.id)
        self.choice.blockSignals(False)
        self.choice.setVisible(len(self.matches) > 1)
        parsed = try_parse_phone(typed) if typed.strip() else None
        if self.matches:
            self.new_box.hide()
            self._chosen()
        else:
            self.open_list.clear()
            if parsed is not None:
                self.caller.setText(tr("Unbekannte Nummer {0}.").format(parsed.national))
                self.new_box.show()
            else:
                self.caller.setText(
                    tr("Noch keine vollständige Rufnummer.")
                    if typed.strip()
                    else tr("Noch keine Rufnummer.")
                )
                self.new_box.hide()

    @property
    def contact(self) -> ContactSummary | None:
        if not self.matches:
            return None
        return self.matches[max(0, self.choice.currentIndex())]

    def _chosen(self) -> None:
        contact = self.contact
        if contact is None:
            return
        count = len(self.matches)
        who = f"<b>{_html(contact.name)}</b>"
        if contact.organisation and contact.organisation != contact.name:
            who += f", {_html(contact.organisation)}"
        prefix = tr("Erkannt") if count == 1 else tr("{0} Kontakte mit dieser Nummer").format(count)
        self.caller.setText(f"{prefix}: {who}")
        if contact.kind == ContactKind.PRESS:
            self.kind.setCurrentIndex(self.kind.findData(ContactKind.PRESS.value))
        open_items = self.inquiries.open_for_contact(contact.id)
        if open_items:
            lines = [
                f"{i.reference} ({format_local(i.received_at)}): {i.subject}" for i in open_items
            ]
            self.open_list.setText(tr("Offene Anfragen:") + "\n" + "\n".join(lines))
        else:
            self.open_list.setText(tr("Keine offenen Anfragen."))

    def _kind_changed(self) -> None:
        press = self.kind.currentData() == ContactKind.PRESS.value
        self.has_deadline.setEnabled(press)
        self.deadline.setEnabled(press and self.has_deadline.isChecked())
        if not press:
            self.has_deadline.setChecked(False)

    # -- saving ---------------------------------------------------------------------------

    def draft(self) -> CallDraft:
        kind = ContactKind(self.kind.currentData())
        contact = self.contact
        new_contact = None
        if contact is None and (
            self.first_name.text().strip()
            or self.last_name.text().strip()
            or self.organisation.text().strip()
        ):
            organisation = self.organisation.text().strip()
            new_contact = ContactDraft(
                kind=kind,
                first_name=self.first_name.text().strip(),
                last_name=self.last_name.text().strip(),
                organisation=organisation if kind == ContactKind.CITIZEN else "",
                outlet=organisation if kind == ContactKind.PRESS else "",
            )
        deadline = None
        if kind == ContactKind.PRESS and self.has_deadline.isChecked():
            moment = cast(datetime, self.deadline.dateTime().toPython())
            deadline = moment.replace(tzinfo=BERLIN).astimezone(UTC)
        return CallDraft(
            number=self.number.text().strip(),
            contact_id=contact.id if contact else None,
            new_contact=new_contact,
            kind=kind,
            subject=self.subject.text().strip(),
            text=self.text.toPlainText().strip(),
            topic=self.topic.text().strip(),
            status=InquiryStatus.ANSWERED_ON_PHONE
            if self.done_on_phone.isChecked()
            else InquiryStatus.NEW,
            deadline=deadline,
            received_at=self.started,
        )

    def is_dirty(self) -> bool:
        return any(
            (
                self.number.text().strip(),
                self.subject.text().strip(),
                self.text.toPlainText().strip(),
                self.first_name.text().strip(),
                self.last_name.text().strip(),
            )
        )

    def save(self) -> InquiryRecord | None:
        self.number_error.clear()
        self.subject_error.clear()
        try:
            record = self.inquiries.log_call(self.draft())
        except ValidationFailed as exc:
            for error in exc.errors:
                if error.field == "number":
                    self.number_error.setText(tr_message(error.message))
                    self.number.setFocus()
                elif error.field in ("subject", "deadline"):
                    self.subject_error.setText(tr_message(error.message))
                    self.subject.setFocus()
                else:
                    self.subject_error.setText(tr_message(error.message))
            return None
        except KnownError as exc:
            self.prompts.warn(tr("Anruf nicht gespeichert"), tr_message(exc.msg))
            return None
        self.saved.emit(record)
        self.accept()
        return record

    def reject(self) -> None:
        if self.is_dirty() and not self.prompts.confirm(
            tr("Anruf verwerfen?"),
            tr("Die Eingaben zu diesem Anruf gehen verloren."),
            tr("Verwerfen"),
            tr("Weiter bearbeiten"),
        ):
            return
        super().reject()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
