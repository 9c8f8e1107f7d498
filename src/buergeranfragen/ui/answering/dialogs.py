"""The dialogs of answering an inquiry: a reply or an interim reply by mail (from a
Textbaustein or typed), a forward to a department, and a call or an answer by phone or letter
logged as a message. They share the frame of the handling dialogs (``HandlingDialog``): OK
(Ctrl+Enter) emits ``submitted``, a refusal is shown in the dialog and what was typed stays,
Esc asks before throwing input away.

Everything from outside (the citizen's address and name, subjects) is shown as plain text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from buergeranfragen.answering.composing import with_reference
from buergeranfragen.conversation.records import Direction, MessageKind
from buergeranfragen.inquiries.records import InquiryRecord, InquiryStatus
from buergeranfragen.organisation.records import DepartmentRecord
from buergeranfragen.ui.common.i18n import status_label, tr
from buergeranfragen.ui.common.labels import plain_label, set_plain, show_error, shown
from buergeranfragen.ui.inquiries.handling_dialogs import HandlingDialog, Target
from buergeranfragen.workflow import states

TEXT_HEIGHT = 260


def recipient(record: InquiryRecord) -> str:
    """Whom a reply goes to, as the dialog shows it: the inquiry's own address (the service
    decides for good: else the contact's)."""
    if record.from_email:
        return (
            f"{record.from_name} <{record.from_email}>" if record.from_name else record.from_email
        )
    return tr("die Mailadresse des Kontakts")


def other_sender(record: InquiryRecord) -> str:
    """The sender of the latest further mail when it is not the inquiry's (someone the
    citizen copied in answered): the reply does not go there, the dialog says so."""
    incoming = [
        m
        for m in record.messages
        if m.direction == Direction.IN and m.kind == MessageKind.MAIL and m.from_email
    ]
    if not incoming or not record.from_email:
        return ""
    latest = max(incoming, key=lambda m: m.id)
    return "" if latest.from_email.lower() == record.from_email.lower() else latest.from_email


_MARKER = re.compile(r"^[ \t]*(\[[^\[\]\n]{1,40}\])[ \t]*$", re.MULTILINE)


def unfilled_marker(text: str) -> str:
    """A line that is only a bracketed word, as the Textbausteine mark what the clerk writes
    ("[Antwort]"): left in, it would go to the citizen."""
    found = _MARKER.search(text)
    return found.group(1) if found else ""


class TemplateChoice:
    """A Textbaustein chosen in a dialog's box fills its text field. Choosing another one
    replaces only what the last one filled in without asking; text the clerk typed is asked
    about first (``typed``), and when it is kept, the box goes back to its former choice."""

    def __init__(self, box: QComboBox, field: QPlainTextEdit, chosen: SignalInstance) -> None:
        self.box, self.field, self.chosen = box, field, chosen
        self.last_filled = ""
        self.index = 0  # the choice the field's text came from
        box.currentIndexChanged.connect(self._changed)

    @property
    def name(self) -> str | None:
        value = self.box.currentData()
        return str(value) if value else None

    def typed(self) -> bool:
        """The field holds text the clerk wrote (not only what a Textbaustein filled in)."""
        text = self.field.toPlainText().strip()
        return bool(text) and text != self.last_filled.strip()

    def _changed(self) -> None:
        if self.name:
            self.chosen.emit(self.name)

    def filled(self, body: str) -> None:
        self.field.setPlainText(body)
        self.last_filled = body
        self.index = self.box.currentIndex()

    def keep(self) -> None:
        """The clerk kept their text: the box shows the choice it came from again."""
        self.box.blockSignals(True)
        self.box.setCurrentIndex(self.index)
        self.box.blockSignals(False)


class ReplyDialog(HandlingDialog):
    """Antworten (or, ``interim``, a Zwischennachricht): a Textbaustein to start from, the
    subject, the text, and the status afterwards - "Beantwortet", or "Rückfrage" when the reply
    asks back. The citizen's mail is quoted below the text when it is sent."""

    template_chosen = Signal(str)  # the name of the Textbaustein to fill in

    def __init__(
        self,
        target: Target,
        templates: Sequence[str],
        interim: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        title = tr("Zwischennachricht senden") if interim else tr("Antworten")
        super().__init__(title, tr("Senden"), target, parent)
        record = target.record
        assert record is not None
        self.interim = interim
        self.to = plain_label()
        self.to.setObjectName("replyTo")
        set_plain(self.to, recipient(record))
        self.form.addRow(tr("An"), self.to)
        other = other_sender(record)
        if other:
            note = plain_label()
            note.setObjectName("otherSender")
            note.setWordWrap(True)
            set_plain(
                note,
                tr(
                    "Die letzte Mail kam von {0}. Die Antwort geht nur an die Adresse der "
                    "Anfrage; wer sonst antworten soll, erhält sie nicht."
                ).format(other),
            )
            self.form.addRow("", note)
        self.template = QComboBox()
        self.template.setObjectName("template")
        self.template.addItem(tr("(kein Textbaustein)"), None)
        for name in templates:
            self.template.addItem(shown(name), name)
        self.subject = QLineEdit(
            with_reference(record.subject or tr("Ihre Anfrage"), record.reference, "AW:")
        )
        self.subject.setObjectName("subject")
        self.subject.setCursorPosition(0)  # a long subject is seen from its start
        self.text = QPlainTextEdit()
        self.text.setObjectName("text")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(TEXT_HEIGHT)
        self.status = QComboBox()
        self.status.setObjectName("status")
        for status in (InquiryStatus.ANSWERED, InquiryStatus.WAITING):
            self.status.addItem(status_label(status), status.value)
        self.add_field("template", tr("Textbaustein"), self.template)
        self.add_field("subject", tr("Betreff"), self.subject)
        self.add_field("text", tr("Text"), self.text)
        self.add_field("status", tr("Danach"), self.status)
        self.form.setRowVisible(self.rows["status"], not interim)
        self.quote_note = plain_label()
        self.quote_note.setWordWrap(True)
        set_plain(
            self.quote_note,
            tr(
                "Die eingegangene Mail wird unter Ihrem Text zitiert; das Aktenzeichen steht im "
                "Betreff."
            ),
        )
        self.form.addRow("", self.quote_note)
        self.choice = TemplateChoice(self.template, self.text, self.template_chosen)
        self.setMinimumWidth(640)

    def fill(self, subject: str, body: str) -> None:
        """A Textbaustein's text (placeholders filled in) in place of the text; its subject
        with the reference; "Danach" follows a template that asks back (a "Rückfrage")."""
        record = self.target.record
        if subject and record is not None:
            self.subject.setText(with_reference(subject, record.reference, ""))
            self.subject.setCursorPosition(0)
        self.choice.filled(body)
        if "rückfrage" in (self.choice.name or "").casefold():
            self.status.setCurrentIndex(self.status.findData(InquiryStatus.WAITING.value))

    def check(self) -> bool:
        text = self.text.toPlainText()
        if not text.strip():
            show_error(self.field_errors["text"], tr("Bitte einen Text schreiben."))
            self.text.setFocus()
            return False
        marker = unfilled_marker(text)
        if marker:
            show_error(
                self.field_errors["text"],
                tr("Der Text enthält noch „{0}“ aus dem Textbaustein; bitte ersetzen.").format(
                    marker
                ),
            )
            self.text.setFocus()
            return False
        return True

    def values(self) -> tuple[str, str, InquiryStatus | None]:
        """Text, subject and the status afterwards (None for an interim reply)."""
        status = None if self.interim else InquiryStatus(self.status.currentData())
        return self.text.toPlainText(), self.subject.text(), status


class ForwardDialog(HandlingDialog):
    """Weiterleiten: to a department (its mail address from the departments' list), with a
    short cover note; the original mail goes along whole."""

    template_chosen = Signal(str)  # the name of the Textbaustein for the cover note

    def __init__(
        self,
        target: Target,
        departments: list[DepartmentRecord],
        templates: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("An eine Abteilung weiterleiten"), tr("Weiterleiten"), target, parent)
        record = target.record
        assert record is not None
        self.template = QComboBox()
        self.template.setObjectName("template")
        self.template.addItem(tr("(kein Textbaustein)"), None)
        for name in templates:
            self.template.addItem(shown(name), name)

        self.department = QComboBox()
        self.department.setObjectName("department")
        self.department.addItem(tr("Abteilung wählen …"), None)
        for department in departments:
            if department.email:
                text = shown(f"{department.code} – {department.name} ({department.email})")
                self.department.addItem(text, department.code)
        chosen = self.department.findData(record.routing.department_code)
        if chosen > 0:
            self.department.setCurrentIndex(chosen)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(140)
        self.add_field("department", tr("Abteilung"), self.department)
        self.add_field("template", tr("Textbaustein"), self.template)
        self.add_field("note", tr("Anschreiben (optional)"), self.note)
        self.choice = TemplateChoice(self.template, self.note, self.template_chosen)
        what = plain_label()
        what.setWordWrap(True)
        set_plain(
            what,
            tr("Die Original-Mail wird vollständig angehängt.")
            if record.from_email
            else tr("Die Gesprächsnotiz wird in die Mail übernommen."),
        )
        self.form.addRow("", what)

    def fill(self, _subject: str, body: str) -> None:
        """A Textbaustein's text (placeholders filled in) as the cover note."""
        self.choice.filled(body)

    def check(self) -> bool:
        if self.department.currentData() is None:
            show_error(self.field_errors["department"], tr("Bitte eine Abteilung wählen."))
            self.department.setFocus()
            return False
        return True

    def values(self) -> tuple[str, str]:
        return self.department.currentData(), self.note.toPlainText()


# what can be logged by hand, and the status each suggests afterwards
LOGGED = (
    (MessageKind.CALLBACK, None),
    (MessageKind.PHONE_ANSWER, InquiryStatus.ANSWERED_ON_PHONE),
    (MessageKind.LETTER, InquiryStatus.ANSWERED),
    (MessageKind.CALL, None),
)


def logged_label(kind: MessageKind) -> str:
    return {
        MessageKind.CALLBACK: tr("Rückruf"),
        MessageKind.PHONE_ANSWER: tr("Telefonisch beantwortet"),
        MessageKind.LETTER: tr("Per Brief beantwortet"),
        MessageKind.CALL: tr("Anruf des Bürgers"),
    }.get(kind, kind.value)


class ContactLogDialog(HandlingDialog):
    """Telefonat oder Brief erfassen: a call-back, an answer by phone or letter, or a further
    call of the citizen, what was said, and the status afterwards (only steps the workflow
    allows; "bleibt" keeps it)."""

    def __init__(self, target: Target, parent: QWidget | None = None) -> None:
        super().__init__(tr("Telefonat oder Brief erfassen"), tr("Erfassen"), target, parent)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind, _status in LOGGED:
            self.kind.addItem(logged_label(kind), kind.value)
        self.text = QPlainTextEdit()
        self.text.setObjectName("text")
        self.text.setTabChangesFocus(True)
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.add_field("kind", tr("Was"), self.kind)
        self.add_field("text", tr("Gesprächsnotiz"), self.text)
        self.add_field("status", tr("Danach"), self.status)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.target_changed()

    def target_changed(self) -> None:
        self.status.clear()
        record = self.target.record
        assert record is not None
        self.status.addItem(tr("Status bleibt „{0}“").format(status_label(record.status)), None)
        for status in states.targets(record.status):
            if not states.step_rules(record.status, status).needs_handed_to:
                self.status.addItem(status_label(status), status.value)
        self._kind_chosen()

    def _kind_chosen(self) -> None:
        kind = MessageKind(self.kind.currentData())
        suggested = dict(LOGGED).get(kind)
        index = self.status.findData(suggested.value) if suggested else 0
        self.status.setCurrentIndex(max(index, 0))

    def check(self) -> bool:
        if not self.text.toPlainText().strip():
            show_error(self.field_errors["text"], tr("Bitte festhalten, was besprochen wurde."))
            self.text.setFocus()
            return False
        return True

    def values(self) -> tuple[MessageKind, str, InquiryStatus | None]:
        value = self.status.currentData()
        return (
            MessageKind(self.kind.currentData()),
            self.text.toPlainText(),
            InquiryStatus(value) if value else None,
        )
