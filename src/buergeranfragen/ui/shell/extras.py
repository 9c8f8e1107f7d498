"""The window's Extras and setup dialogs: mailboxes, departments/rules/people, Textbausteine
(each kept by the window while open). A part of ``MainWindow``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from buergeranfragen.ui.inquiries.mailbox_dialog import MailboxDialog
from buergeranfragen.ui.organisation.common import Organisation
from buergeranfragen.ui.organisation.dialog import OrganisationDialog
from buergeranfragen.ui.templates.dialog import TemplatesDialog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from buergeranfragen.context import AppContext
    from buergeranfragen.ui.common.operations import Operations
    from buergeranfragen.ui.common.prompts import Prompts


class ExtrasCommands:
    # provided by MainWindow
    context: AppContext
    ops: Operations
    prompts: Prompts

    def _parent(self) -> QWidget:
        from PySide6.QtWidgets import QWidget

        assert isinstance(self, QWidget)
        return self

    def edit_mailboxes(self) -> None:
        # the window is its parent and keeps it; it is not deleted on closing, since an
        # answer to what it asked the core may still be on its way
        MailboxDialog(self.context.mailboxes, self.ops, self.prompts, self._parent()).open()

    def edit_organisation(self) -> OrganisationDialog:
        """Extras → departments, routing rules and people (kept by the window, like the
        mailbox dialog)."""
        context = self.context
        organisation = Organisation(
            context.departments,
            context.rules,
            context.people,
            context.inquiries,
            self.ops,
            self.prompts,
        )
        dialog = OrganisationDialog(organisation, self._parent())
        dialog.open()
        return dialog

    def edit_templates(self) -> TemplatesDialog:
        """Extras → Textbausteine (kept by the window, like the mailbox dialog)."""
        dialog = TemplatesDialog(self.context.templates, self.ops, self.prompts, self._parent())
        dialog.open()
        return dialog
