"""One inquiry in full: its fields, the mail as plain text or sanitised HTML (nothing remote is
ever loaded), the attachments to open or save. A mail whose sender's address several contacts
share, and whose name picked none of them, lists those contacts to assign it to.

Every field shows text from outside as plain text (``labels``). The formatted view is prepared
on a worker (``mail.html_view``): HTML beyond its limits is shown as plain text with the reason
above it. A link in it opens only after a question that shows its real target.

Only the fields that apply are shown: a call (a letter, a visit) has no sender, no colleague
who forwarded it, no attachments and no formatted view; only a call has a caller's number.

Where it was routed, who handles it, when it is due (overdue and due today in words) and why,
and the timeline of every step (``timeline``): the place a clerk acts from (the actions are
in the menu "Anfrage", ``handling_actions``)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.calendar import format_local
from buergeranfragen.clock import Clock
from buergeranfragen.contacts.records import ContactRef
from buergeranfragen.errors import KnownError
from buergeranfragen.inquiries.records import AttachmentRecord, InquiryChannel, InquiryRecord
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.mail.html_view import FormattedView, formatted_view
from buergeranfragen.messages import msg
from buergeranfragen.text import visible_controls
from buergeranfragen.ui.common.action_menu import action_row
from buergeranfragen.ui.common.i18n import (
    channel_label,
    contact_kind_label,
    inquiry_kind_label,
    status_label,
    tr,
    tr_message,
)
from buergeranfragen.ui.common.labels import person_label, plain_label, set_plain
from buergeranfragen.ui.common.operations import INQUIRIES, Operations
from buergeranfragen.ui.common.prompts import Prompts
from buergeranfragen.ui.inquiries.attachments import entry_text, may_open
from buergeranfragen.ui.inquiries.detail_parts import DetailParts
from buergeranfragen.ui.inquiries.mail_body import MAX_SHOWN_CHARS, OfflineBrowser
from buergeranfragen.ui.inquiries.timeline import (
    Timeline,
    due_text,
    interim_text,
    routing_reason,
)

# the fields only a mail has, and those only a call has
MAIL_FIELDS = ("sender", "forwarded")
CALL_FIELDS = ("number",)
# shown only with a value: most mails are not forwarded, most inquiries have no deadline
ONLY_WITH_VALUE = (
    "forwarded",
    "deadline",
    "topic",
    "department",
    "assignee",
    "due",
    "interim",
    "linked",
    "reason",
)


class InquiryDetail(QWidget):
    contact_requested = Signal(int)
    status_message = Signal(str)  # where a link under the mouse leads
    focus_chain_changed = Signal()  # buttons to assign the inquiry came or went
    record_shown = Signal()  # another inquiry (or a newer state of it, or none) is shown

    def __init__(
        self,
        service: InquiryService,
        ops: Operations,
        prompts: Prompts,
        formatted_body: Callable[[InquiryRecord], str] | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__()
        self.service = service
        self.clock = clock  # for "überfällig" and "heute fällig"
        # an Outlook mail whose formatting is only in its RTF body gets it from the original
        self.formatted_body = formatted_body
        self.ops = ops
        self.prompts = prompts
        self.record: InquiryRecord | None = None
        self.record_opened: Callable[[int], None] = lambda _id: None  # the audit of reading

        self.heading = plain_label(tr("Keine Anfrage gewählt"))
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.fields: dict[str, QLabel] = {}
        self._form = form = QFormLayout()
        for key, label in (
            ("received", tr("Eingang")),
            ("channel", tr("Kanal")),
            ("kind", tr("Art")),
            ("status", tr("Status")),
            ("contact", tr("Kontakt")),
            ("sender", tr("Absender")),
            ("forwarded", tr("Weitergeleitet von")),
            ("number", tr("Rufnummer")),
            ("deadline", tr("Redaktionsschluss")),
            ("topic", tr("Thema")),
            ("department", tr("Abteilung")),
            ("assignee", tr("Bearbeitung")),
            ("due", tr("Fällig")),
            ("interim", tr("Zwischennachricht")),
            ("linked", tr("Verweist auf")),
            ("reason", tr("Verteilt, weil")),
        ):
            value = plain_label()  # names, addresses, topics: text from outside, never markup
            value.setTextInteractionFlags(
                value.textInteractionFlags() | value.textInteractionFlags().TextSelectableByMouse
            )
            value.setWordWrap(True)
            self.fields[key] = value
            form.addRow(label, value)
        self.contact_button = QPushButton(tr("Kontakt öffnen"))
        self.contact_button.clicked.connect(
            lambda: (
                self.record is not None
                and self.record.contact_id is not None
                and self.contact_requested.emit(self.record.contact_id)
            )
        )
        form.addRow("", self.contact_button)
        self.candidates = QGroupBox(tr("Von wem ist diese Anfrage?"))
        self.candidates.setObjectName("contactCandidates")
        self._candidate_rows = QVBoxLayout(self.candidates)
        self._assign_buttons: list[QPushButton] = []
        self.html_toggle = QCheckBox(tr("Formatierte Ansicht (ohne externe Inhalte)"))
        self.html_toggle.toggled.connect(self._show_body)
        self.body = OfflineBrowser()
        self.body.link_requested.connect(self.open_link)
        self.body.link_hovered.connect(self.status_message)
        # why the formatted view shows the plain text (too large, too deep)
        self.body_note = plain_label()
        self.body_note.setObjectName("formattedViewNote")
        self.body_note.setWordWrap(True)
        self.body_note.hide()
        self.attachments = QListWidget()
        self.attachments.setMaximumHeight(110)
        self.open_button = QPushButton(tr("Öffnen"))
        self.save_button = QPushButton(tr("Speichern unter …"))
        self.open_button.clicked.connect(self.open_attachment)
        self.save_button.clicked.connect(self.save_attachment)
        self.attachments.itemDoubleClicked.connect(lambda _item: self.open_attachment())

        # the attachments with their buttons, hidden for a call
        self.attachment_box = QWidget()
        self.attachment_box.setObjectName("attachmentBox")
        box = QVBoxLayout(self.attachment_box)
        box.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(tr("Anhänge")))
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        box.addLayout(buttons)
        box.addWidget(self.attachments)
        self.timeline = Timeline()
        self.timeline_box = QGroupBox(tr("Verlauf"))
        self.timeline_box.setObjectName("timelineBox")
        QVBoxLayout(self.timeline_box).addWidget(self.timeline)
        # the fields, the text, the history: one above the other beside the queue, side by
        # side below it (``arrange``)
        self.parts = DetailParts(
            form,
            self.candidates,
            (self.html_toggle, self.body_note, self.body, self.attachment_box),
            self.body,
            self.timeline_box,
            self.timeline,
        )
        self.action_buttons: list[QToolButton] = []  # Verteilen … Notiz (``set_actions``)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.heading)
        self.presence_hint = plain_label()  # "Wird gerade von … bearbeitet" (presence_hint.py)
        self.presence_hint.setObjectName("presenceHint")
        self.presence_hint.hide()
        self._layout.addWidget(self.presence_hint)
        self._layout.addLayout(self.parts.layout, 1)
        self.show_record(None)

    def arrange(self, side_by_side: bool) -> None:
        """Side by side below the queue, one above the other beside it."""
        self.parts.arrange(side_by_side)

    def set_actions(self, actions: list[QAction]) -> None:
        """The window's actions on the inquiry as a row of buttons under the heading (the
        detail is the place to act): same shortcuts and enabled state as in the menu."""
        row, self.action_buttons = action_row(actions, "detailActions")
        self._layout.insertWidget(1, row)
        self.focus_chain_changed.emit()

    def focus_chain(self) -> list[QWidget]:
        """The widgets Tab visits in the detail, in reading order."""
        return [
            *self.action_buttons,
            self.contact_button,
            *self._assign_buttons,
            self.html_toggle,
            self.body,
            self.open_button,
            self.save_button,
            self.attachments,
            self.timeline,
        ]

    def _show_applicable(self, record: InquiryRecord | None) -> None:
        """A mail's fields only for a mail, a call's only for a call (a letter or a visit has
        neither); with nothing chosen, every field stays (empty) in its place."""
        channel = record.channel if record is not None else None
        for key in ONLY_WITH_VALUE:  # hidden for the inquiry before when empty there
            self._form.setRowVisible(self.fields[key], True)
        mail = channel in (None, InquiryChannel.EMAIL)
        call = channel in (None, InquiryChannel.PHONE)
        for key in MAIL_FIELDS:
            self._form.setRowVisible(self.fields[key], mail)
        for key in CALL_FIELDS:
            self._form.setRowVisible(self.fields[key], call)
        self.html_toggle.setVisible(mail)
        self.attachment_box.setVisible(mail)

    def show_record(self, record: InquiryRecord | None) -> None:
        self.record = record
        values = dict.fromkeys(self.fields, "")
        if record is not None:
            self.record_opened(record.id)
            gone = record.anonymised_at is not None  # no subject, text, sender or contact
            subject = record.subject or (tr("(anonymisiert)") if gone else tr("(ohne Betreff)"))
            set_plain(self.heading, f"{record.reference} – {subject}")
            sender = record.from_name
            if record.from_email:
                sender = f"{sender} <{record.from_email}>" if sender else record.from_email
            values.update(
                received=format_local(record.received_at),
                channel=channel_label(record.channel),
                kind=inquiry_kind_label(record.kind),
                status=status_label(record.status),
                contact=(
                    record.contact_name
                    if record.contact_id is not None
                    else (tr("anonymisiert") if gone else tr("nicht zugeordnet"))
                ),
                sender=sender,
                forwarded=record.forwarded_by,
                number=record.caller_number,
                deadline=format_local(record.deadline),
                topic=record.topic,
                department=record.routing.department_name,
                assignee=record.routing.assignee,
                due=due_text(record, self.clock() if self.clock is not None else None),
                interim=interim_text(record, self.clock() if self.clock is not None else None),
                linked=record.linked_reference,
                reason=routing_reason(record),
            )
        else:
            set_plain(self.heading, tr("Keine Anfrage gewählt"))
        for key, label in self.fields.items():
            set_plain(label, values[key])
        self.contact_button.setEnabled(bool(record and record.contact_id is not None))
        self._show_applicable(record)
        if record is not None:
            for key in ONLY_WITH_VALUE:
                if not values[key]:
                    self._form.setRowVisible(self.fields[key], False)
        self._show_candidates(record)
        self.html_toggle.setEnabled(
            bool(
                record
                and (
                    record.body_html
                    or (record.formatting_in_original and self.formatted_body is not None)
                )
            )
        )
        self.html_toggle.setChecked(False)
        self._show_body()
        self.attachments.clear()
        for attachment in record.attachments if record else ():
            item = QListWidgetItem(entry_text(attachment))  # plain text, never markup
            item.setData(Qt.ItemDataRole.UserRole, attachment)
            self.attachments.addItem(item)
        has_files = self.attachments.count() > 0
        self.open_button.setEnabled(has_files)
        self.save_button.setEnabled(has_files)
        self.timeline.show_record(record)
        self.timeline_box.setVisible(record is not None)
        self.record_shown.emit()

    # -- a mail whose sender is one of several contacts ----------------------------------

    def _show_candidates(self, record: InquiryRecord | None) -> None:
        while self._candidate_rows.count():
            item = self._candidate_rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()  # later: its button may be the one being clicked
        self._assign_buttons = []
        candidates = record.contact_candidates if record and record.contact_id is None else ()
        if record is None or not candidates:
            self.candidates.hide()
            self.focus_chain_changed.emit()
            return
        intro = plain_label(
            tr(
                "Mehrere Kontakte haben die Absenderadresse, und der Name im Absender passt zu "
                "keinem. Bitte die Anfrage zuordnen:"
            )
        )
        intro.setWordWrap(True)
        self._candidate_rows.addWidget(intro)
        for candidate in candidates:
            self._candidate_rows.addWidget(self._candidate_row(record.id, candidate))
        self.candidates.show()
        self.focus_chain_changed.emit()

    def _candidate_row(self, inquiry_id: int, candidate: ContactRef) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        # a name from a mail or an import: plain text, never markup
        who = plain_label(
            f"{person_label(candidate.name, candidate.organisation)} – "
            f"{contact_kind_label(candidate.kind)}"
        )
        who.setObjectName("candidateName")
        who.setWordWrap(True)
        line.addWidget(who, 1)
        assign = QPushButton(tr("Zuordnen"))
        assign.setObjectName("assignButton")
        assign.setAccessibleName(tr("Zuordnen: {0}").format(candidate.name))
        assign.clicked.connect(lambda _=False: self.assign(inquiry_id, candidate.id))
        self._assign_buttons.append(assign)
        line.addWidget(assign)
        return row

    def assign(self, inquiry_id: int, contact_id: int) -> None:
        """The inquiry belongs to ``contact_id``; the detail and the queue show it so."""
        service = self.service
        self.ops.run(
            lambda: service.assign_contact(inquiry_id, contact_id),
            self._assigned,
            changes=INQUIRIES,
            title=tr("Zuordnen nicht möglich"),
        )

    def _assigned(self, record: InquiryRecord) -> None:
        if self.record is not None and self.record.id == record.id:
            self.show_record(record)

    def _show_body(self) -> None:
        record = self.record
        self.body_note.hide()
        self.ops.supersede("formatted-body")  # one under way is for what was shown before
        if record is None:
            self.body.show_plain("")
        elif self.html_toggle.isChecked() and (record.body_html or self.formatted_body):
            derive = None if record.body_html else self.formatted_body
            if derive is None:
                source = record.body_html
                self._show_plain(record.body)  # for the milliseconds until it is ready
            else:
                self.body.show_plain(tr("Formatierte Ansicht wird aus der Originalmail erstellt …"))
            self.ops.run(
                lambda: formatted_view(derive(record) if derive is not None else source),
                lambda view: self._show_formatted(record, view),
                title=tr("Formatierte Ansicht nicht verfügbar"),
                key="formatted-body",
                slow=derive is not None,  # seconds for an Outlook original: not in the way
            )
        else:
            self._show_plain(record.body)

    def _show_plain(self, text: str, *notes: str) -> None:
        """The plain text, with the notes and whether only its start is shown under it."""
        if self.body.show_plain(text):
            shown_chars = f"{MAX_SHOWN_CHARS:,}".replace(",", ".")
            notes = (
                *notes,
                tr(
                    "Der Text ist sehr lang; gezeigt werden die ersten {0} Zeichen. "
                    "Vollständig: Originalmail öffnen."
                ).format(shown_chars),
            )
        if notes:
            set_plain(self.body_note, "\n".join(notes))
            self.body_note.show()
        else:
            self.body_note.hide()

    def _show_formatted(self, record: InquiryRecord, view: FormattedView) -> None:
        if self.record is not record or not self.html_toggle.isChecked():
            return  # the clerk moved on meanwhile
        if view.html:
            self.body_note.hide()  # a note on the plain text shown meanwhile
            self.body.show_html(view.html)
            return
        self._show_plain(record.body, *([] if view.refused is None else [tr_message(view.refused)]))

    def open_link(self, target: str) -> None:
        """A link in a mail, opened only when the clerk says so, seeing where it leads."""
        if self.prompts.confirm(
            tr("Link öffnen?"),
            tr("Der Link führt zu:\n\n{0}\n\nNur öffnen, wenn Sie dem Absender vertrauen.").format(
                target
            ),
            tr("Link öffnen"),
            tr("Nicht öffnen"),
        ):
            if not QDesktopServices.openUrl(QUrl(target, QUrl.ParsingMode.StrictMode)):
                self.prompts.warn(
                    tr("Link nicht geöffnet"),
                    tr("Für diesen Link ist kein Programm eingerichtet:\n\n{0}").format(target),
                )

    def _chosen(self) -> AttachmentRecord | None:
        """The selected attachment, or the first."""
        item = self.attachments.currentItem() or self.attachments.item(0)
        if item is None:
            return None
        attachment: AttachmentRecord = item.data(Qt.ItemDataRole.UserRole)
        return attachment

    def _with_chosen_file(self, then: Callable[[AttachmentRecord, Path], None]) -> None:
        """The chosen attachment written out of the database into the private folder of the
        program, on a worker; a message if it is not available."""
        attachment = self._chosen()
        if attachment is None:
            return
        self.ops.run(
            lambda: self.service.attachment_file(attachment),
            lambda path: then(attachment, path),
            title=tr("Anhang nicht verfügbar"),
        )

    def open_attachment(self) -> None:
        """Open the chosen attachment with the desktop's program: a document of the
        allow-list at once, any other type after a question naming it."""
        attachment = self._chosen()
        if attachment is None or not may_open(self.prompts, attachment):
            return
        self._with_chosen_file(self._open)

    def _open(self, attachment: AttachmentRecord, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.prompts.warn(
                tr("Anhang nicht geöffnet"),
                tr(
                    "Für „{0}“ ist kein Programm zum Öffnen eingerichtet. Mit „Speichern unter …“ "
                    "lässt sich der Anhang als Datei ablegen."
                ).format(visible_controls(attachment.filename, single_line=True)),
            )

    def save_attachment(self) -> None:
        self._with_chosen_file(self._save)

    def _save(self, _attachment: AttachmentRecord, path: Path) -> None:
        target = self.prompts.save_file(tr("Anhang speichern"), path.name, tr("Alle Dateien (*)"))
        if target is None:
            return
        self.ops.run(lambda: _copy(path, target), title=tr("Speichern nicht möglich"))


def _copy(source: Path, target: Path) -> None:
    try:
        shutil.copyfile(source, target)
    except OSError as exc:
        raise KnownError(
            msg(
                "Die Datei {path} kann nicht geschrieben werden: {reason}.",
                path=str(target),
                reason=exc.strerror or str(exc),
            )
        ) from exc
