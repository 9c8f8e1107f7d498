"""The call form: open in one keystroke, the cursor in the number field; as the number is
typed, the caller and their open inquiries appear (a list: Tab to it, Enter opens one in the
queue); an unknown caller is created right here.

Unsaved input follows ``ui/common/unsaved``: Enter in a one-line field moves on (it never
saves), Ctrl+S or Ctrl+Enter saves, Esc asks before discarding and "Weiter bearbeiten" goes
back to the field. A call handed over while this one holds input waits (``take_number``)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import cast

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QHideEvent
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
from buergeranfragen.clock import Clock
from buergeranfragen.contacts.phones import try_parse_phone
from buergeranfragen.contacts.records import ContactKind, ContactSummary
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.errors import KnownError, ValidationFailed
from buergeranfragen.inquiries.callers import default_deadline, kind_for_caller, new_caller_draft
from buergeranfragen.inquiries.records import (
    CallDraft,
    InquiryRecord,
    InquiryStatus,
    InquirySummary,
)
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.ui.common.i18n import inquiry_kind_label, tr, tr_message
from buergeranfragen.ui.common.labels import (
    error_label,
    person_label,
    plain_label,
    set_plain,
    show_error,
    shown,
)
from buergeranfragen.ui.common.operations import CONTACTS, INQUIRIES, Operation, Operations, Show
from buergeranfragen.ui.common.prompts import Prompts
from buergeranfragen.ui.common.unsaved import (
    EnterMovesOn,
    Then,
    UnsavedInput,
    chain,
    nothing,
    save_shortcuts,
)
from buergeranfragen.ui.inquiries.call_parts import OpenInquiries, WaitingCalls, number_problem


class CallForm(QDialog):
    """Every read and write goes through ``Operations``: the lookup runs as the number is
    typed (an older answer is dropped when a newer one was asked for), and saving waits for
    the lookup of the number on screen, so the call goes to the caller that is shown.

    A form that is discarded or hidden forgets the save it was waiting to make and the lookup
    still under way; a request to save while a save runs waits for that save's outcome."""

    saved = Signal(object)  # InquiryRecord
    inquiry_requested = Signal(int)  # an open inquiry of the caller, to be shown in the queue

    def __init__(
        self,
        contacts: ContactService,
        inquiries: InquiryService,
        ops: Operations,
        prompts: Prompts,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.contacts = contacts
        self.inquiries = inquiries
        self.ops = ops
        self.prompts = prompts
        self.matches: list[ContactSummary] = []
        self._lookup: Operation[list[ContactSummary]] | None = None
        self._saving: Operation[InquiryRecord] | None = None
        # requests to save that wait for the lookup, and requests made while a save runs
        self._save_after_lookup: list[tuple[Then, Then]] = []
        self._waiting: list[tuple[Then, Then]] = []
        self.started = clock()
        self._number_problem: str | None = None  # the message check_number showed
        self.setWindowTitle(tr("Anruf erfassen"))
        self.setModal(False)

        self.number = QLineEdit()
        self.number.setObjectName("callNumber")
        self.number.setPlaceholderText(tr("Rufnummer des Anrufers, z. B. 0211 837-1001"))
        self.number_error = error_label()
        self.number_error.setObjectName("callNumberMessage")
        self.caller = plain_label(tr("Noch keine Rufnummer."))
        self.caller.setWordWrap(True)
        self.caller.setStyleSheet("font-weight: bold;")
        self.choice = QComboBox()
        self.choice.setObjectName("callChoice")
        self.choice.hide()
        self.open_box = OpenInquiries()
        self.open_list = self.open_box.heading
        self.open_inquiries = self.open_box.items
        self.open_box.requested.connect(self.inquiry_requested)
        self.waiting = WaitingCalls()

        self.new_box = QGroupBox(tr("Unbekannte Nummer: neuen Kontakt anlegen"))
        self.first_name = QLineEdit()
        self.first_name.setObjectName("callFirstName")
        self.last_name = QLineEdit()
        self.last_name.setObjectName("callLastName")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("callOrganisation")
        self.organisation.setPlaceholderText(tr("Organisation oder Medium"))
        new_form = QFormLayout(self.new_box)
        new_form.addRow(tr("Vorname"), self.first_name)
        new_form.addRow(tr("Nachname"), self.last_name)
        new_form.addRow(tr("Organisation"), self.organisation)
        self.new_box.hide()

        self.kind = QComboBox()
        self.kind.setObjectName("callKind")
        for kind in (ContactKind.CITIZEN, ContactKind.PRESS):
            self.kind.addItem(inquiry_kind_label(kind), kind.value)
        self.subject = QLineEdit()
        self.subject.setObjectName("callSubject")
        self.text = QPlainTextEdit()
        self.text.setObjectName("callText")
        self.text.setTabChangesFocus(True)
        self.topic = QLineEdit()
        self.topic.setObjectName("callTopic")
        self.subject_error = error_label()
        self.subject_error.setObjectName("callSubjectMessage")
        self.has_deadline = QCheckBox(tr("Redaktionsschluss"))
        self.has_deadline.setObjectName("callHasDeadline")
        self.deadline = QDateTimeEdit()
        self.deadline.setObjectName("callDeadline")
        self.deadline.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.deadline.setCalendarPopup(True)
        default = default_deadline(self.started)
        self.deadline.setDateTime(
            QDateTime(default.year, default.month, default.day, default.hour, 0, 0)
        )
        self.done_on_phone = QCheckBox(tr("Am Telefon erledigt"))
        self.done_on_phone.setObjectName("callDoneOnPhone")

        caller_box = QGroupBox(tr("Anrufer"))
        caller_layout = QVBoxLayout(caller_box)
        caller_layout.addWidget(self.number)
        caller_layout.addWidget(self.number_error)
        caller_layout.addWidget(self.caller)
        caller_layout.addWidget(self.choice)
        caller_layout.addWidget(self.open_box)

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
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("Speichern"))
        self.save_button.setObjectName("callSave")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(tr("Abbrechen"))
        self.cancel_button.setObjectName("callCancel")
        self.buttons.accepted.connect(lambda: self.save())
        self.buttons.rejected.connect(self.reject)
        save_shortcuts(self, lambda: self.save())

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Anruf um {0}").format(format_local(self.started))))
        layout.addWidget(self.waiting)
        layout.addWidget(caller_box)
        layout.addWidget(self.new_box)
        layout.addWidget(inquiry_box)
        layout.addWidget(self.buttons)
        self.resize(520, 640)

        self.number.textChanged.connect(self.look_up)
        self.number.editingFinished.connect(self.check_number)
        for field in (self.subject, self.text):
            field.textChanged.connect(self._subject_recheck)
        self.unsaved = UnsavedInput(
            self, prompts, lambda: tr("Das Anrufformular"), self.is_dirty, self.save
        )
        self.enter_moves_on = EnterMovesOn(self)
        self._chain_focus()
        self.choice.currentIndexChanged.connect(self._chosen)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self._kind_changed()
        self.number.setFocus()

    # -- the caller -----------------------------------------------------------------------

    def _chain_focus(self) -> None:
        """Tab in reading order: the caller (number, who among several, their open
        inquiries, a new caller's name), the inquiry, then Speichern and Abbrechen."""
        chain(
            self.number,
            self.choice,
            self.open_inquiries,
            self.first_name,
            self.last_name,
            self.organisation,
            self.kind,
            self.subject,
            self.text,
            self.topic,
            self.has_deadline,
            self.deadline,
            self.done_on_phone,
            self.save_button,
            self.cancel_button,
        )

    def set_number(self, number: str) -> None:
        self.number.setText(number)

    def take_number(self, number: str) -> bool:
        """A call handed over (``tel:``, ``call --from``) while this form is open: an empty
        form takes it; a form holding input keeps it, and the call waits (it is said here
        and opens once this one is saved or discarded). False when it waits."""
        if not self.is_dirty():
            self.set_number(number)
            return True
        if number.strip() == self.number.text().strip():
            return True  # the same call handed over twice
        self.waiting.add(number)
        return False

    # -- messages at the fields -----------------------------------------------------------

    def _set_message(self, label: QLabel, field: QWidget, text: str | None) -> None:
        show_error(label, text)
        field.setAccessibleDescription(text or "")

    def check_number(self) -> None:
        """Left the number field: a number that cannot be dialled says so under it (and
        that message goes once the number is valid; others stay until the next save)."""
        problem = number_problem(self.number.text())
        if problem is not None or self.number_error.text() == self._number_problem:
            self._set_message(self.number_error, self.number, problem)
        self._number_problem = problem

    def _subject_recheck(self) -> None:
        if self.subject_error.isHidden():
            return
        if self.subject.text().strip() or self.text.toPlainText().strip():
            self._set_message(self.subject_error, self.subject, None)

    def look_up(self) -> None:
        typed = self.number.text()
        if not self.number_error.isHidden():  # the message goes once the number is valid
            self.check_number()
        contacts = self.contacts
        # an empty field is asked too, so that an older answer cannot overwrite it
        self._lookup = self.ops.run(
            lambda: contacts.lookup_caller(typed) if typed.strip() else [],
            lambda matches: self._matched(typed, matches),
            failure=lambda _error: self._lookup_failed(typed),
            key="call.lookup",
            show=Show.STATUS,
        )

    def _lookup_failed(self, typed: str) -> bool:
        self._matched(typed, [])  # a save waiting for the lookup goes on (and says why not)
        return False  # the message goes to the status bar

    def _matched(self, typed: str, matches: list[ContactSummary]) -> None:
        if not self.isVisible():
            return  # discarded meanwhile: nothing to show, nothing to store
        self.matches = matches
        self.choice.blockSignals(True)
        self.choice.clear()
        if len(matches) > 1:  # a shared number (a switchboard): the press officer picks
            self.choice.addItem(tr("– bitte wählen –"), None)
        for match in matches:
            self.choice.addItem(shown(person_label(match.name, match.organisation)), match.id)
        self.choice.blockSignals(False)
        self.choice.setVisible(len(matches) > 1)
        if matches:
            self.new_box.hide()
            self._chosen()
        else:
            self._show_open([], asked=False)
            parsed = try_parse_phone(typed) if typed.strip() else None
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
        if self._save_after_lookup and not self.looking_up:
            waiting, self._save_after_lookup = self._save_after_lookup, []
            for then, otherwise in waiting:  # the first saves, the others wait for it
                self.save(then, otherwise)

    @property
    def looking_up(self) -> bool:
        return self._lookup is not None and self._lookup.running

    @property
    def contact(self) -> ContactSummary | None:
        """The caller: the one contact with the number, or the one picked among several (none
        is taken for the caller unpicked: a shared number says nobody's name)."""
        if len(self.matches) == 1:
            return self.matches[0]
        chosen = self.choice.currentData()
        return next((m for m in self.matches if m.id == chosen), None)

    def _chosen(self) -> None:
        contact = self.contact
        count = len(self.matches)
        if contact is None:
            if count > 1:
                self.caller.setText(
                    tr("{0} Kontakte mit dieser Nummer – bitte wählen, wer anruft.").format(count)
                )
                self._show_open([], asked=False)
            return
        who = person_label(contact.name, contact.organisation)
        prefix = tr("Erkannt") if count == 1 else tr("{0} Kontakte mit dieser Nummer").format(count)
        set_plain(self.caller, f"{prefix}: {who}")
        suggested = kind_for_caller(contact.kind)
        if suggested is not None:
            self.kind.setCurrentIndex(self.kind.findData(suggested.value))
        contact_id = contact.id
        self._show_open([], asked=False)
        self.ops.run(
            lambda: self.inquiries.open_for_contact(contact_id),
            self._show_open,
            key="call.open",
            show=Show.STATUS,
        )

    def _show_open(self, open_items: list[InquirySummary], asked: bool = True) -> None:
        self.open_box.show_open(open_items, asked)

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
        if contact is None:
            new_contact = new_caller_draft(
                kind, self.first_name.text(), self.last_name.text(), self.organisation.text()
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

    @property
    def saving(self) -> bool:
        return self._saving is not None and self._saving.running

    def save(self, then: Then = nothing, otherwise: Then = nothing) -> None:
        """Store the call; ``then`` runs once it is stored, ``otherwise`` if it was not.
        Asked again while the call is being stored, the request follows that outcome."""
        if self.saving:
            self._waiting.append((then, otherwise))
            return
        if self.looking_up:  # the caller on screen is not yet the one of the number typed
            self._save_after_lookup.append((then, otherwise))
            return
        self._waiting = []  # left by a store that ended in a bug (the crash dialog said so)
        self._set_message(self.number_error, self.number, None)
        self._set_message(self.subject_error, self.subject, None)
        if len(self.matches) > 1 and self.contact is None:
            self._set_message(
                self.number_error,
                self.number,
                tr("Mehrere Kontakte haben diese Nummer: bitte wählen, wer anruft."),
            )
            self.choice.setFocus()
            otherwise()
            return
        draft = self.draft()
        self._saving = self.ops.run(
            lambda: self.inquiries.log_call(draft),
            lambda record: self._saved(record, then),
            failure=lambda error: self._save_failed(error, otherwise),
            changes=INQUIRIES | CONTACTS if draft.new_contact else INQUIRIES,
            title=tr("Anruf nicht gespeichert"),
        )

    def _saved(self, record: InquiryRecord, then: Then) -> None:
        waiting, self._waiting = self._waiting, []
        self.saved.emit(record)
        self.accept()
        then()
        for then_after, _otherwise_after in waiting:
            then_after()

    def _save_failed(self, error: KnownError, otherwise: Then) -> bool:
        waiting, self._waiting = self._waiting, []
        otherwise()
        for _then_after, otherwise_after in waiting:
            otherwise_after()
        if not isinstance(error, ValidationFailed):
            return False
        for field_error in error.errors:
            text = tr_message(field_error.message)
            if field_error.field == "number":
                self._set_message(self.number_error, self.number, text)
                self.number.setFocus()
            elif field_error.field in ("subject", "deadline"):
                self._set_message(self.subject_error, self.subject, text)
                self.subject.setFocus()
            else:
                self._set_message(self.subject_error, self.subject, text)
        return True

    def reject(self) -> None:
        """Esc, Abbrechen, the window's close button: asks first when something was typed;
        Enter and Esc in the question keep the call and go back to the field."""
        if self.saving:
            return  # the call is being stored and cannot be called back; the form closes then
        self.unsaved.confirm_discard(
            tr("Anruf verwerfen?"),
            tr("Die Eingaben zu diesem Anruf gehen verloren."),
            super().reject,
        )

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        """Discarded, stored, or hidden by the window: a save waiting for the lookup is not
        made, and a lookup still under way is not shown. (A minimised window's hide event is
        the window system's, not ours: nothing is forgotten then.)"""
        if not event.spontaneous():
            waiting, self._save_after_lookup = self._save_after_lookup, []
            self.ops.supersede("call.lookup")
            self.ops.supersede("call.open")
            for _then, otherwise in waiting:
                otherwise()  # it was not stored
        super().hideEvent(event)
