"""The window's commands on the inquiry shown or the selected ones (menu Anfrage): handling
(Verteilen, Zuweisen, Status, Notiz: ``ui/inquiries/handling_actions``) and answering
(Antworten, Zwischennachricht, Weiterleiten, Telefonat: ``ui/answering``), and when they are
enabled. A part of ``MainWindow``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from buergeranfragen.context import AppContext
from buergeranfragen.ui.answering.actions import InquiryAnswering, template_lookups
from buergeranfragen.ui.inquiries.handling_actions import InquiryHandling
from buergeranfragen.ui.shell.sections import Section

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from buergeranfragen.ui.common.operations import Operations
    from buergeranfragen.ui.common.prompts import Prompts
    from buergeranfragen.ui.inquiries.section import InquiriesSection
    from buergeranfragen.ui.shell.actions import WindowActions


class InquiryCommands:
    # provided by MainWindow
    inquiries: InquiriesSection
    ops: Operations
    prompts: Prompts
    window_actions: WindowActions

    @property
    def current_section(self) -> Section:
        raise NotImplementedError

    def build_inquiry_actions(self, context: AppContext) -> None:
        parent = self._as_widget()
        self.handling = InquiryHandling(
            context.handling,
            context.departments,
            context.people,
            context.inquiries,
            self.inquiries,
            self.ops,
            self.prompts,
            parent,
        )
        self.answering = InquiryAnswering(
            context.sending,
            context.inquiries.conversation,
            context.departments,
            *template_lookups(context.templates),
            self.handling,
            self.ops,
            parent,
        )

    def _as_widget(self) -> QWidget:
        from PySide6.QtWidgets import QWidget

        assert isinstance(self, QWidget)
        return self

    def _handling_enabled(self) -> None:
        """Verteilen, Zuweisen, Status and Notiz act on the inquiry shown or those selected in
        the Anfragen section: off elsewhere, and while none is."""
        available = self.current_section == Section.INQUIRIES and self.handling.available()
        actions = self.window_actions
        for action in (actions.route, actions.assign, actions.status, actions.note):
            action.setEnabled(available)
        one = self.current_section == Section.INQUIRIES and self.answering.available()
        for action in (actions.reply, actions.interim, actions.forward, actions.log_contact):
            action.setEnabled(one)  # one inquiry at a time: the one shown

    # -- handling the inquiry shown or the selected ones ------------------------------------

    def route_inquiry(self) -> None:
        self.handling.route()

    def assign_inquiry(self) -> None:
        self.handling.assign()

    def change_inquiry_status(self) -> None:
        self.handling.change_status()

    def add_inquiry_note(self) -> None:
        self.handling.add_note()

    def reply_to_inquiry(self, interim: bool = False) -> None:
        self.answering.reply(interim)

    def forward_inquiry(self) -> None:
        self.answering.forward()

    def log_inquiry_contact(self) -> None:
        self.answering.log_contact()
