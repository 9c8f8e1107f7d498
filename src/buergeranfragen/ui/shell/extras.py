"""The window's Extras and setup dialogs: mailboxes, departments/rules/people, Textbausteine
(each kept by the window while open). A part of ``MainWindow``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from buergeranfragen.ui.inquiries.mailbox_dialog import MailboxDialog
from buergeranfragen.ui.organisation.common import Organisation
from buergeranfragen.ui.organisation.dialog import OrganisationDialog
from buergeranfragen.ui.reports.settings_dialog import WeeklyReportDialog
from buergeranfragen.ui.templates.dialog import TemplatesDialog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from buergeranfragen.context import AppContext
    from buergeranfragen.messages import Message
    from buergeranfragen.organisation.roles import Action
    from buergeranfragen.ui.common.operations import Operations
    from buergeranfragen.ui.common.prompts import Prompts


def refusal(context: AppContext, action: Action) -> Message | None:
    """Why this user may not ``action`` (None: may); the dialog then only shows (on a worker:
    it reads the database)."""
    from buergeranfragen.organisation.roles import NotPermitted, require

    me = context.people.me()
    try:
        require(me.role, action, me.os_user, me.active)
    except NotPermitted as refused:
        return refused.reason
    return None


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

    def show_audit(self) -> None:
        """Extras → Protokoll: the audit, for the Leitung and the Administration (anyone else
        is told why not: the first page is read before the dialog opens)."""
        from buergeranfragen.privacy.viewer import AuditQuery
        from buergeranfragen.ui.audit.dialog import AuditDialog, AuditModel
        from buergeranfragen.ui.common.i18n import tr

        context = self.context
        audit = context.audit
        query = AuditQuery()

        def first() -> object:
            return AuditModel.first_page(
                lambda: audit.count(query), lambda offset, limit: audit.page(query, offset, limit)
            )

        def opened(page: object) -> None:
            from buergeranfragen.ui.common.paged_model import Page

            assert isinstance(page, Page)
            dialog = AuditDialog(audit, context.handling.id_of, self.ops, page, self._parent())
            dialog.open()

        self.ops.run(first, opened, title=tr("Protokoll"), key="audit.open")

    def edit_weekly_report(self) -> None:
        """Extras → Wochenbericht: its settings (Administration changes them)."""
        from buergeranfragen.organisation.roles import Action
        from buergeranfragen.reports.settings import ReportSettingsService
        from buergeranfragen.ui.common.i18n import tr

        context = self.context
        actor = context.settings.actor
        service = ReportSettingsService(context.database.session_factory, context.clock, actor)

        def opened(why: Message | None) -> None:
            WeeklyReportDialog(service, why, self.ops, self._parent()).open()

        self.ops.run(
            lambda: refusal(context, Action.EDIT_REPORT_SETTINGS), opened, title=tr("Wochenbericht")
        )

    def edit_retention(self) -> None:
        """Extras → Aufbewahrungsfristen: the rules and the next run's counts (Administration
        changes them)."""
        from buergeranfragen.organisation.roles import Action
        from buergeranfragen.ui.common.i18n import tr
        from buergeranfragen.ui.organisation.retention import RetentionDialog

        context = self.context

        def opened(why: Message | None) -> None:
            RetentionDialog(context.retention, why, self.ops, self._parent()).open()

        self.ops.run(
            lambda: refusal(context, Action.EDIT_RETENTION),
            opened,
            title=tr("Aufbewahrungsfristen"),
        )
