"""What the menu "Anfrage" does to answer the inquiry shown: Antworten, Zwischennachricht,
An Abteilung weiterleiten, Telefonat oder Brief erfassen - each in a dialog run like the
handling dialogs (``InquiryHandling.run_dialog``: off the GUI thread, a refusal shown in the
dialog with what was typed kept, a colleague's change offered to reload).

A reply is stored first and then handed to the mail server; when the server cannot take it,
the status bar says it waits in the outbox (nothing typed is lost)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from buergeranfragen.answering.records import TemplatePurpose
from buergeranfragen.answering.sending import SendingService
from buergeranfragen.answering.templates import TemplateService
from buergeranfragen.conversation.records import Direction, SendState
from buergeranfragen.conversation.service import ConversationService
from buergeranfragen.inquiries.records import InquiryRecord
from buergeranfragen.organisation.records import DepartmentRecord
from buergeranfragen.organisation.service import DepartmentService
from buergeranfragen.ui.answering.dialogs import ContactLogDialog, ForwardDialog, ReplyDialog
from buergeranfragen.ui.common.i18n import tr
from buergeranfragen.ui.common.labels import set_plain
from buergeranfragen.ui.common.operations import Operations
from buergeranfragen.ui.inquiries.handling_actions import InquiryHandling
from buergeranfragen.ui.inquiries.handling_dialogs import Target

TemplateNames = Callable[[TemplatePurpose], list[str]]  # the names of the Textbausteine
TemplateText = Callable[[str, int], tuple[str, str]]  # name, inquiry → subject, body


def template_lookups(templates: TemplateService) -> tuple[TemplateNames, TemplateText]:
    """The Textbausteine of a purpose (a dialog offers those of its own: answers, interim
    replies, cover notes of a forward), and one filled in for an inquiry: subject and text."""

    def names(purpose: TemplatePurpose) -> list[str]:
        return [t.name for t in templates.list(purpose)]

    def text(name: str, inquiry_id: int) -> tuple[str, str]:
        rendered = templates.render(name, inquiry_id)
        return rendered.subject, rendered.body

    return names, text


def sent_text(record: InquiryRecord, what: str) -> str:
    """The status bar after sending: sent, or waiting in the outbox and why."""
    out = [m for m in record.messages if m.direction == Direction.OUT and m.send_state]
    latest = max(out, key=lambda m: m.id) if out else None
    if latest is None or latest.send_state == SendState.SENT:
        return tr("{0}: {1} gesendet").format(record.reference, what)
    return tr("{0}: {1} gespeichert, noch nicht gesendet – sie liegt im Postausgang").format(
        record.reference, what
    )


class InquiryAnswering(QObject):
    def __init__(
        self,
        sending: SendingService,
        conversation: ConversationService,
        departments: DepartmentService,
        template_names: TemplateNames,
        template_text: TemplateText,
        handling: InquiryHandling,
        ops: Operations,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.sending = sending
        self.conversation = conversation
        self.departments = departments
        self.template_names = template_names
        self.template_text = template_text
        self.handling = handling
        self.ops = ops
        self._parent = parent

    def _target(self) -> Target | None:
        """The inquiry shown (answering is for one inquiry at a time)."""
        record = self.handling.section.detail.record
        return Target(record=record) if record is not None else None

    def available(self) -> bool:
        return self._target() is not None

    # -- replying -----------------------------------------------------------------------------

    def reply(self, interim: bool = False) -> None:
        target = self._target()
        if target is None:
            return
        names, sending = self.template_names, self.sending
        purpose = TemplatePurpose.INTERIM if interim else TemplatePurpose.REPLY
        record = target.record
        assert record is not None
        inquiry_id = record.id

        def lists() -> tuple[list[str], str]:
            return names(purpose), sending.recipient(inquiry_id)

        self.ops.run(
            lists,
            lambda found: self._open_reply(target, *found, interim),
            title=tr("Antworten nicht möglich"),
        )

    def _open_reply(self, target: Target, templates: list[str], to: str, interim: bool) -> None:
        dialog = ReplyDialog(target, templates, interim, self._parent)
        set_plain(dialog.to, to)
        sending = self.sending
        record = target.record
        assert record is not None
        dialog.template_chosen.connect(lambda name: self._fill(dialog, name, record.id))

        def action(version: int | None) -> Callable[[int], InquiryRecord]:
            text, subject, status = dialog.values()

            def send(inquiry: int) -> InquiryRecord:
                return sending.reply(
                    inquiry, text, subject=subject, status=status, interim=interim, version=version
                ).record

            return send

        what = tr("Zwischennachricht") if interim else tr("Antwort")
        self.handling.run_dialog(dialog, action, lambda r: sent_text(r, what))

    def _fill(self, dialog: ReplyDialog | ForwardDialog, name: str, inquiry: int) -> None:
        """The Textbaustein ``name`` filled in for the inquiry, into the dialog (asking first
        when it would replace what the clerk typed; kept, the box goes back)."""
        if dialog.choice.typed() and not self.handling.prompts.confirm(
            tr("Text ersetzen?"),
            tr("Der Textbaustein ersetzt, was Sie schon geschrieben haben."),
            tr("Ersetzen"),
            tr("Behalten"),
        ):
            dialog.choice.keep()
            return
        fill_from = self.template_text

        def filled(texts: tuple[str, str]) -> None:
            if shiboken6.isValid(dialog) and dialog.isVisible():  # not closed meanwhile
                dialog.fill(*texts)

        self.ops.run(
            lambda: fill_from(name, inquiry),
            filled,
            key="answering.template",  # a quicker second pick wins over the first
            title=tr("Textbaustein nicht verfügbar"),
        )

    # -- forwarding ---------------------------------------------------------------------------

    def forward(self) -> None:
        target = self._target()
        if target is None:
            return
        departments, names = self.departments, self.template_names

        def lists() -> tuple[list[DepartmentRecord], list[str]]:
            return departments.all(include_inactive=False), names(TemplatePurpose.FORWARD)

        self.ops.run(
            lists,
            lambda found: self._open_forward(target, *found),
            title=tr("Weiterleiten nicht möglich"),
        )

    def _open_forward(
        self, target: Target, departments: list[DepartmentRecord], templates: list[str]
    ) -> None:
        dialog = ForwardDialog(target, departments, templates, self._parent)
        sending = self.sending
        record = target.record
        assert record is not None
        dialog.template_chosen.connect(lambda name: self._fill(dialog, name, record.id))
        if templates:  # the office's cover note, unless the clerk picks none
            dialog.template.setCurrentIndex(1)

        def action(version: int | None) -> Callable[[int], InquiryRecord]:
            code, note = dialog.values()

            def send(inquiry: int) -> InquiryRecord:
                return sending.forward(inquiry, code, note=note, version=version).record

            return send

        self.handling.run_dialog(dialog, action, lambda r: sent_text(r, tr("Weiterleitung")))

    # -- calls and letters --------------------------------------------------------------------

    def log_contact(self) -> None:
        target = self._target()
        if target is None:
            return
        dialog = ContactLogDialog(target, self._parent)
        conversation = self.conversation

        def action(version: int | None) -> Callable[[int], InquiryRecord]:
            kind, text, status = dialog.values()
            return partial(
                conversation.log_contact, kind=kind, text=text, status=status, version=version
            )

        self.handling.run_dialog(
            dialog, action, lambda r: tr("{0}: Telefonat bzw. Brief erfasst").format(r.reference)
        )
