"""The window's side of the outbox: Extras → "Postausgang (SMTP) …", Anfrage →
"Postausgang …", "N im Postausgang" in the status bar while something waits, and a retry of
the failed mails on a worker every few minutes (mails a desk stopped sending become
"unklar" there and wait for the clerk)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from buergeranfragen.context import AppContext
from buergeranfragen.messages import Message
from buergeranfragen.organisation.roles import Action, NotPermitted, require
from buergeranfragen.reports.mailing import ReportMailer
from buergeranfragen.ui.common.i18n import tr
from buergeranfragen.ui.common.operations import Operations, Show
from buergeranfragen.ui.common.prompts import Prompts
from buergeranfragen.ui.outbox.list_dialog import OutboxDialog
from buergeranfragen.ui.outbox.settings_dialog import SmtpDialog

RETRY_MS = 5 * 60 * 1000


class OutboxWatcher(QObject):
    def __init__(
        self,
        context: AppContext,
        ops: Operations,
        prompts: Prompts,
        window: QMainWindow,
        retry_ms: int = RETRY_MS,
    ) -> None:
        super().__init__(window)
        self.context, self.ops, self.prompts, self.window = context, ops, prompts, window
        self.label = QLabel()
        self.label.setObjectName("outboxSummary")
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.settings_action = QAction(tr("Postausgang (&SMTP) …"), window)
        self.settings_action.triggered.connect(self.edit_settings)
        self.list_action = QAction(tr("&Postausgang …"), window)
        self.list_action.triggered.connect(self.show_list)
        for name, action in (
            ("extrasMenu", self.settings_action),
            ("inquiryMenu", self.list_action),
        ):
            menu = window.findChild(QMenu, name)
            if menu is not None:
                menu.addAction(action)
        self.timer = QTimer(self)
        self.timer.setInterval(retry_ms)
        self.timer.timeout.connect(self.retry)
        self.timer.start()
        ops.changed.connect(lambda changes: self.count() if changes.inquiries else None)
        self.count()

    def count(self) -> None:
        self.ops.run(self.context.outbox.waiting, self._counted, show=Show.NOWHERE)

    def _counted(self, waiting: int) -> None:
        self.label.setText(tr("{0} im Postausgang").format(waiting))
        self.label.setVisible(waiting > 0)

    def retry(self) -> None:
        """The failed mails of the outbox and the weekly report's mails, again."""
        context = self.context
        mailer = ReportMailer(
            context.database.session_factory,
            context.clock,
            context.settings.actor,
            context.smtp,
            context.outbox.transport,
        )

        def both() -> None:
            context.outbox.retry()
            mailer.retry()

        self.ops.run(both, lambda _none: self.count(), show=Show.NOWHERE, slow=True)

    def _refusal(self) -> Message | None:
        me = self.context.people.me()
        try:
            require(me.role, Action.EDIT_MAIL_SETTINGS, me.os_user, me.active)
        except NotPermitted as refused:
            return refused.reason
        return None

    def edit_settings(self) -> None:
        def opened(refusal: Message | None) -> None:
            context = self.context
            SmtpDialog(
                context.smtp, context.outbox.transport, refusal, self.ops, self.prompts,
                self.window,
            ).open()  # fmt: skip

        self.ops.run(self._refusal, opened, title=tr("Postausgang (SMTP)"))

    def show_list(self) -> OutboxDialog:
        dialog = OutboxDialog(self.context.outbox, self.ops, self.window)
        dialog.changed.connect(self.count)
        dialog.open()
        return dialog
