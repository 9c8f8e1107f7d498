"""Splitting a contact: a contact that holds the numbers and addresses of two people (an
import merged them) gives some of them to a new contact. The clerk ticks the numbers and
addresses that belong to the other person, names that person, and may move inquiries along
(none is moved unless ticked). Ctrl+Enter or "Aufteilen" asks for the split; the dialog stays
open until it is done, and shows why not when it cannot be done."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.calendar import format_local
from buergeranfragen.contacts.records import (
    ContactDraft,
    ContactKind,
    ContactRecord,
    SplitRequest,
    SplitResult,
)
from buergeranfragen.errors import (
    FieldError,
    KnownError,
    RecordNotFound,
    StaleRecord,
    ValidationFailed,
)
from buergeranfragen.inquiries.records import InquiryQuery, InquirySummary
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.ui.common.i18n import (
    contact_kind_label,
    email_kind_label,
    phone_kind_label,
    tr,
    tr_message,
)
from buergeranfragen.ui.common.labels import error_label, show_error, shown
from buergeranfragen.ui.common.operations import CONTACTS, INQUIRIES

if TYPE_CHECKING:
    from buergeranfragen.ui.contacts.section import ContactsSection

# the inquiries the dialog offers to move, newest first
INQUIRY_LIMIT = 500


def _checklist(name: str, entries: Sequence[tuple[str, object]]) -> QListWidget:
    """A list of check boxes, none ticked; each item carries its value."""
    view = QListWidget()
    view.setObjectName(name)
    for text, value in entries:
        item = QListWidgetItem(shown(text))  # item texts are plain text, never markup
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, value)
        view.addItem(item)
    view.setMaximumHeight(max(48, min(len(entries), 6) * 24 + 8))
    return view


def _ticked(view: QListWidget) -> list[object]:
    """The values of the ticked entries, in the order shown."""
    return [
        view.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(view.count())
        if view.item(row).checkState() == Qt.CheckState.Checked
    ]


class SplitDialog(QDialog):
    """``submitted(SplitRequest)`` asks the section to split; it answers with
    ``done_splitting()`` or ``failed(errors)`` (or closes it). While the split runs, the dialog
    cannot be closed or sent again."""

    submitted = Signal(object)  # SplitRequest

    def __init__(
        self,
        record: ContactRecord,
        inquiries: Sequence[InquirySummary],
        parent: QWidget | None = None,
        more_inquiries: bool = False,
    ) -> None:
        super().__init__(parent)
        self.record = record
        self.busy = False
        self.setWindowTitle(tr("Kontakt aufteilen"))

        intro = QLabel(
            tr(
                "Was zu einer anderen Person gehört, wird ein neuer Kontakt: Rufnummern und "
                "Adressen ankreuzen und die Person benennen. Anfragen bleiben beim bisherigen "
                "Kontakt, außer den angekreuzten."
            )
        )
        intro.setWordWrap(True)
        self.error = error_label()

        self.phones = _checklist(
            "splitPhones",
            [(f"{p.display} ({phone_kind_label(p.kind)})", p.e164) for p in record.phones],
        )
        self.emails = _checklist(
            "splitEmails",
            [(f"{e.address} ({email_kind_label(e.kind)})", e.address) for e in record.emails],
        )
        self.inquiries = _checklist(
            "splitInquiries",
            [
                (f"{i.reference} ({format_local(i.received_at)}): {i.subject}", i.id)
                for i in inquiries
            ],
        )
        self.inquiries.setMaximumHeight(160)

        self.kind = QComboBox()
        for kind in (ContactKind.CITIZEN, ContactKind.PRESS):
            self.kind.addItem(contact_kind_label(kind), kind.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(record.kind.value)))
        self.first_name = QLineEdit()
        self.first_name.setObjectName("splitFirstName")
        self.last_name = QLineEdit()
        self.last_name.setObjectName("splitLastName")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("splitOrganisation")
        self.outlet = QLineEdit()
        self.outlet.setObjectName("splitOutlet")
        self.outlet_label = QLabel(tr("&Medium"))
        self.outlet_label.setBuddy(self.outlet)
        person = QFormLayout()
        person.addRow(tr("Art"), self.kind)
        person.addRow(tr("&Vorname"), self.first_name)
        person.addRow(tr("N&achname"), self.last_name)
        person.addRow(tr("&Organisation"), self.organisation)
        person.addRow(self.outlet_label, self.outlet)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

        moved = QGroupBox(tr("Zum neuen Kontakt"))
        moved_layout = QFormLayout(moved)
        moved_layout.addRow(tr("Rufnummern"), self.phones)
        moved_layout.addRow(tr("E-Mail"), self.emails)
        new_person = QGroupBox(tr("Neuer Kontakt"))
        new_person.setLayout(person)
        inquiry_box = QGroupBox(tr("Anfragen, die zum neuen Kontakt wechseln"))
        inquiry_layout = QVBoxLayout(inquiry_box)
        if inquiries:
            inquiry_layout.addWidget(self.inquiries)
        else:
            self.inquiries.hide()
            inquiry_layout.addWidget(QLabel(tr("Keine Anfragen.")))
        if more_inquiries:
            more = QLabel(tr("Es werden nur die neuesten Anfragen gezeigt."))
            more.setWordWrap(True)
            inquiry_layout.addWidget(more)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.split_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.split_button.setText(tr("Aufteilen"))
        self.split_button.setToolTip(
            QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.split_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Abbrechen"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.submit)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error)
        layout.addWidget(moved)
        layout.addWidget(new_person)
        layout.addWidget(inquiry_box)
        layout.addWidget(self.buttons)
        self.resize(520, 600)
        (self.phones if record.phones else self.first_name).setFocus()

    def _kind_changed(self) -> None:
        press = self.kind.currentData() == ContactKind.PRESS.value
        self.outlet.setVisible(press)
        self.outlet_label.setVisible(press)

    def request(self) -> SplitRequest:
        """What the dialog holds: the new contact, the numbers, addresses and inquiries it
        takes."""
        kind = ContactKind(self.kind.currentData())
        draft = ContactDraft(
            kind=kind,
            first_name=self.first_name.text().strip(),
            last_name=self.last_name.text().strip(),
            organisation=self.organisation.text().strip(),
            outlet=self.outlet.text().strip() if kind == ContactKind.PRESS else "",
        )
        return SplitRequest(
            draft=draft,
            phones=tuple(cast(str, v) for v in _ticked(self.phones)),
            emails=tuple(cast(str, v) for v in _ticked(self.emails)),
            move_inquiries=tuple(cast(int, v) for v in _ticked(self.inquiries)),
        )

    def tick(self, view: QListWidget, value: object) -> None:
        """Tick the entry of ``view`` that carries ``value`` (a number, address or inquiry)."""
        for row in range(view.count()):
            item = view.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == value:
                item.setCheckState(Qt.CheckState.Checked)

    # -- the split, asked for and answered -----------------------------------------------

    def submit(self) -> None:
        if self.busy:
            return
        self.set_busy(True)
        show_error(self.error, None)
        self.submitted.emit(self.request())

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.split_button.setEnabled(not busy)

    def done_splitting(self) -> None:
        self.set_busy(False)
        self.accept()

    def failed(self, errors: Sequence[FieldError]) -> None:
        """The split was refused: why, at the top; the dialog stays as it was filled."""
        self.set_busy(False)
        show_error(self.error, "\n".join(tr_message(e.message) for e in errors))
        self.last_name.setFocus()

    def reject(self) -> None:
        if self.busy:
            return  # the split is under way and cannot be called back
        super().reject()


class ContactSplit:
    """Splitting from the Kontakte section: the open contact (saved first if something was
    typed) is read afresh with its inquiries, the ``SplitDialog`` asks, the core splits; then
    the form shows the contact as it is now and the list shows both."""

    def __init__(self, section: ContactsSection, inquiries: InquiryService | None) -> None:
        self.section = section
        self.inquiries = inquiries
        self.dialog: SplitDialog | None = None

    def split_open_contact(self) -> None:
        section = self.section
        if section.form.record is None:
            section.status_message.emit(
                tr("Zum Aufteilen bitte zuerst einen gespeicherten Kontakt öffnen.")
            )
        elif section.form.is_dirty():
            section.save(self._read)
        else:
            self._read()

    def _read(self) -> None:
        record = self.section.form.record
        if record is None:
            return
        contacts, inquiries, contact_id = self.section.service, self.inquiries, record.id

        def work() -> tuple[ContactRecord, list[InquirySummary]]:
            current = contacts.get(contact_id)
            if inquiries is None:
                return current, []
            query = InquiryQuery(contact_id=contact_id)
            return current, inquiries.search(query, 0, INQUIRY_LIMIT + 1)

        self.section.ops.run(
            work,
            lambda found: self._ask(*found),
            title=tr("Aufteilen nicht möglich"),
            key="contacts.split",
        )

    def _ask(self, record: ContactRecord, inquiries: list[InquirySummary]) -> None:
        shown = self.section.form.record
        if shown is None or shown.id != record.id or self.section.form.is_dirty():
            return  # the clerk moved on meanwhile
        dialog = SplitDialog(
            record,
            inquiries[:INQUIRY_LIMIT],
            self.section,
            more_inquiries=len(inquiries) > INQUIRY_LIMIT,
        )
        self.dialog = dialog
        dialog.submitted.connect(lambda request: self._split(dialog, record, request))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: SplitDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _split(self, dialog: SplitDialog, record: ContactRecord, request: SplitRequest) -> None:
        service = self.section.service
        self.section.ops.run(
            lambda: service.split(record.id, record.version, request),
            lambda result: self._done(dialog, result),
            failure=lambda error: self._failed(dialog, error),
            changes=CONTACTS | INQUIRIES if request.move_inquiries else CONTACTS,
            title=tr("Aufteilen nicht möglich"),
        )

    def _done(self, dialog: SplitDialog, result: SplitResult) -> None:
        dialog.done_splitting()
        section = self.section
        section.ops.supersede("contacts.open")
        section.show_record(result.kept)
        section.status_message.emit(
            tr("Aufgeteilt: „{0}“ bleibt, „{1}“ ist neu angelegt.").format(
                result.kept.display_name, result.new.display_name
            )
        )

    def _failed(self, dialog: SplitDialog, error: KnownError) -> bool:
        if isinstance(error, ValidationFailed):
            dialog.failed(error.errors)
            return True
        dialog.set_busy(False)
        dialog.reject()
        if isinstance(error, (StaleRecord, RecordNotFound)):
            self.section.reload_current()
        return False  # the message is shown as usual
