"""The main window: the sections (Anfragen, Kontakte, Berichte), the call form one keystroke
away, menus and shortcuts, drag and drop of mails, the mailbox fetch in the background.

The window builds one ``Operations`` for every call to the core and passes it to the sections;
the views refresh themselves from its ``changed`` signal."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from buergeranfragen import APP_NAME, __version__
from buergeranfragen.context import AppContext
from buergeranfragen.inquiries.records import InquiryQuery, InquiryRecord
from buergeranfragen.ui.audit.recording import ReadingFlusher
from buergeranfragen.ui.backup.commands import BackupCommands
from buergeranfragen.ui.common.i18n import tr
from buergeranfragen.ui.common.labels import shown
from buergeranfragen.ui.common.operations import Operations
from buergeranfragen.ui.common.prompts import Prompts
from buergeranfragen.ui.common.unsaved import Then
from buergeranfragen.ui.contacts.person_data import PersonDataActions, add_to_menu
from buergeranfragen.ui.contacts.section import ContactsSection
from buergeranfragen.ui.contacts.transfers import ContactFiles
from buergeranfragen.ui.inquiries.call_form import CallForm
from buergeranfragen.ui.inquiries.mail_drop import carries_mail, dropped_mails
from buergeranfragen.ui.inquiries.mail_fetch import MailFetcher
from buergeranfragen.ui.inquiries.mail_import import MailImport
from buergeranfragen.ui.inquiries.presence_hint import PresenceClaims, PresenceHint
from buergeranfragen.ui.inquiries.rejected_dialog import RejectedDialog
from buergeranfragen.ui.inquiries.section import InquiriesSection
from buergeranfragen.ui.organisation.retention import RetentionStart
from buergeranfragen.ui.outbox.watcher import OutboxWatcher
from buergeranfragen.ui.reports.section import ReportsSection
from buergeranfragen.ui.reports.tools import report_tools, weekly_reports
from buergeranfragen.ui.reports.weekly_start import WeeklyReportStart
from buergeranfragen.ui.shell.actions import build_actions
from buergeranfragen.ui.shell.arrangement import ReadingPane
from buergeranfragen.ui.shell.extras import ExtrasCommands
from buergeranfragen.ui.shell.help import FOCUS_STYLE, HelpDialog, ShortcutsDialog
from buergeranfragen.ui.shell.inquiry_commands import InquiryCommands
from buergeranfragen.ui.shell.layout import (
    CONTACT_COLUMNS,
    CONTACT_STRETCH,
    QUEUE_COLUMNS,
    QUEUE_FIXED,
    QUEUE_PROPORTIONS,
    QUEUE_STRETCH,
    WindowLayout,
    fit_list_height,
    fit_sidebar,
    let_filters_shrink,
)
from buergeranfragen.ui.shell.live_updates import LiveUpdates
from buergeranfragen.ui.shell.sections import Section, SectionRegistry


class MainWindow(InquiryCommands, ExtrasCommands, QMainWindow):
    fetch_finished = Signal(list)  # list[FetchResult], after each mailbox fetch

    def __init__(self, context: AppContext, prompts: Prompts | None = None) -> None:
        super().__init__()
        self.context = context
        self.prompts = prompts or Prompts(self)
        if self.prompts.parent is None:
            self.prompts.parent = self
        self.ops = Operations(self.prompts, self)
        self._may_close = False
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.setStyleSheet(FOCUS_STYLE)  # cascades to every widget and dialog of the window

        self.nav = QListWidget()
        self.nav.setObjectName("sections")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.sections = SectionRegistry(self.nav, self.stack)
        self.inquiries = InquiriesSection(
            context.inquiries,
            self.ops,
            self.prompts,
            context.clock,
            context.views,
            context.mail.formatted_body,
        )
        self.contacts = ContactsSection(context.contacts, self.ops, self.prompts, context.inquiries)
        self.report_tools = report_tools(context)
        self.reports = ReportsSection(self.report_tools, self.ops, self.prompts, context.clock)
        self.sections.add(Section.INQUIRIES, tr("Anfragen"), self.inquiries)
        self.sections.add(Section.CONTACTS, tr("Kontakte"), self.contacts)
        self.sections.add(Section.REPORTS, tr("Berichte"), self.reports)

        fit_sidebar(self.nav)
        self.layout_keeper = WindowLayout(self)
        queue_fit = self.layout_keeper.add_table(
            "inquiries", self.inquiries.table, QUEUE_COLUMNS, QUEUE_STRETCH, QUEUE_FIXED
        )
        self.layout_keeper.add_table(
            "contacts", self.contacts.table, CONTACT_COLUMNS, CONTACT_STRETCH
        )
        self.layout_keeper.add_splitter(
            "inquiries", self.inquiries, QUEUE_PROPORTIONS, self.inquiries.splitter
        )
        self.layout_keeper.add_pane(
            "inquiries",
            ReadingPane(self.inquiries.panes, queue_fit, self.inquiries.detail),
        )
        self.layout_keeper.add_splitter("contacts", self.contacts, (58, 42))
        let_filters_shrink(self.inquiries)
        fit_list_height(self.inquiries.detail.attachments, 4)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.contact_files = ContactFiles(context.contacts, self.ops, self.prompts, self)
        self.mail_import = MailImport(context.mail, self.ops, self.prompts, self)
        self.fetcher = MailFetcher(context.mailboxes, self.ops, self)
        self.fetcher.fetch_finished.connect(self.fetch_finished)
        self.call_form: CallForm | None = None
        self.build_inquiry_actions(context)
        # another desk's changes and open dialogs (``live_updates``, ``presence_hint``)
        self.presence_hint = PresenceHint(context.presence, self.inquiries.detail, self.ops)
        self.handling.claims = PresenceClaims(context.presence, self.ops, self)
        self.live = LiveUpdates(context.database.url, self.ops, self)
        self.live.inquiry_changed.connect(self.inquiries.reread_detail)
        self.live.presence_changed.connect(self.presence_hint.check)
        self.live.start()
        self._closing = False  # the window is on its way out (waiting calls stay closed)
        self.window_actions = build_actions(
            self, self, [(self.sections.title(s), self._shower(s)) for s in self.sections]
        )
        actions = self.window_actions
        self.person_data = PersonDataActions(
            self.contacts, context.person_data, self.ops, self.prompts
        )
        add_to_menu(self, "contactMenu", self.person_data.actions())
        # Datei → Sicherung erstellen / wiederherstellen; the daily backup: ui/app.run_window
        self.backups = BackupCommands(context, self.ops, self.prompts, self)
        self._start_results: list[str] = []  # how the start's background jobs ended
        self.backups.daily_result.connect(self.show_start_result)
        self.backups.place(
            next(m for m in actions.quit.associatedObjects() if isinstance(m, QMenu)), actions.quit
        )
        self.inquiries.set_actions(  # the detail's buttons: the five used most
            [actions.reply, actions.route, actions.assign, actions.status, actions.note]
            + [actions.interim, actions.forward, actions.log_contact],
            buttons=5,
        )
        # after the registry's own connection, so current_section is the new one here
        self.nav.currentRowChanged.connect(lambda _row: self._section_shown())
        for source in (self.contacts, self.inquiries, self.fetcher, self.reports):
            source.status_message.connect(self.show_status)
        self.reports.inquiry_requested.connect(self.show_reference)
        self.ops.status.connect(self.show_status)
        self.inquiries.contact_requested.connect(self.show_contact)
        self.inquiries.rejected_requested.connect(self.show_rejected)
        self.inquiries.selection_changed.connect(self._handling_enabled)
        # "3 überfällig, 5 heute fällig": kept while other messages come and go
        self.due_label = QLabel()
        self.due_label.setObjectName("dueSummary")
        self.inquiries.due_summary.connect(self._show_due)
        self.statusBar().addPermanentWidget(self.due_label)
        self.due_label.hide()
        self.database_label = QLabel(self._database_text())
        self.statusBar().addPermanentWidget(self.database_label)
        self.fetcher.arm()
        self.outbox = OutboxWatcher(context, self.ops, self.prompts, self)
        # the audit of reading: openings noted on the GUI thread, written on a worker
        self.inquiries.detail.record_opened = context.reading.opened_inquiry
        self.contacts.record_opened = context.reading.opened_contact
        self.reading_flusher = ReadingFlusher(context.reading, self.ops, self)
        # last week's report, if no desk made it yet
        self.weekly_report = WeeklyReportStart(
            weekly_reports(context, self.report_tools), self.ops, self
        )
        self.weekly_report.status_message.connect(self.show_status)
        self.weekly_report.result_message.connect(self.show_start_result)
        self.weekly_report.start()
        # the retention rules, once a day on one desk
        self.retention_run = RetentionStart(context.retention, self.ops, self)
        self.retention_run.status_message.connect(self.show_status)
        self.retention_run.result_message.connect(self.show_start_result)
        self.retention_run.start()
        self.show_section(Section.INQUIRIES)
        self._section_shown()
        if not self.layout_keeper.restore():
            self._first_size()

    def _first_size(self) -> None:
        """No size remembered: nearly the whole screen, all of a small one."""
        screen = self.screen().availableGeometry()
        if screen.width() < 1300 or screen.height() < 820:
            self.setWindowState(Qt.WindowState.WindowMaximized)
        else:
            self.resize(min(1500, screen.width() - 80), min(960, screen.height() - 60))

    def _database_text(self) -> str:
        url = self.context.database.url
        if url.startswith("sqlite"):
            return tr("Datenbank: lokal ({0})").format(url.split("///", 1)[-1])
        host = url.split("@")[-1]
        return tr("Datenbank: gemeinsam ({0})").format(host)

    def _show_due(self, text: str) -> None:
        self.due_label.setText(text)
        self.due_label.setVisible(bool(text))

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(shown(text), 10000)  # may quote a name: plain in Qt

    def show_start_result(self, text: str) -> None:
        """How one of the start's jobs ended (daily backup, retention run, weekly report),
        shown with how the others ended: the last one would hide a failed backup."""
        self._start_results.append(text)
        self.show_status(" · ".join(self._start_results))

    # -- sections -------------------------------------------------------------------------

    def show_section(self, section: Section) -> None:
        self.sections.show(section)

    def _shower(self, section: Section) -> Then:
        return lambda: self.show_section(section)

    def _section_shown(self) -> None:
        """Speichern and Verwerfen act on the contact form; elsewhere there is nothing they
        could act on, so they are off (the call form has its own buttons and keys)."""
        has_form = self.current_section == Section.CONTACTS
        self.window_actions.save.setEnabled(has_form)
        self.window_actions.discard.setEnabled(has_form)
        self._handling_enabled()

    @property
    def current_section(self) -> Section:
        return self.sections.current

    def new_contact(self) -> None:
        self.show_section(Section.CONTACTS)
        self.contacts.new_contact()

    def focus_views(self) -> None:
        """The queue's views in the sidebar, by keyboard (Ctrl+Shift+A)."""
        self.show_section(Section.INQUIRIES)
        self.inquiries.views.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save_view(self) -> None:
        """The queue's current filters as a view of the user's (a name is asked)."""
        self.show_section(Section.INQUIRIES)
        self.inquiries.views.save_current()

    def focus_search(self) -> None:
        if self.current_section == Section.INQUIRIES:
            self.inquiries.focus_search()
        else:
            self.show_section(Section.CONTACTS)
            self.contacts.focus_search()

    def save_current(self) -> None:
        """Ctrl+S saves the contact form when it is on screen; elsewhere the action is off
        (see ``_section_shown``; the call form has its own Ctrl+S)."""
        if self.current_section == Section.CONTACTS:
            self.contacts.save()

    def discard_current(self) -> None:
        if self.current_section == Section.CONTACTS:
            self.contacts.discard()

    def split_contact(self) -> None:
        """Split the contact open in the Kontakte section (Ctrl+Shift+T)."""
        self.show_section(Section.CONTACTS)
        self.contacts.split_contact()

    def show_contact(self, contact_id: int) -> None:
        self.show_section(Section.CONTACTS)
        self.contacts.open_contact(contact_id)

    # -- calls ----------------------------------------------------------------------------

    def open_call_form(self, number: str = "") -> CallForm:
        if self.call_form is not None and self.call_form.isVisible():
            if number and not self.call_form.take_number(number):
                self.show_status(
                    tr("Weiterer Anruf von {0} wartet, bis dieser Anruf erfasst ist.").format(
                        number
                    )
                )
            self.call_form.raise_()
            self.call_form.activateWindow()
            return self.call_form
        form = CallForm(
            self.context.contacts,
            self.context.inquiries,
            self.ops,
            self.prompts,
            self.context.clock,
            self,
        )
        form.saved.connect(self._call_saved)
        form.inquiry_requested.connect(self._show_inquiry)
        form.finished.connect(lambda _result, closed=form: self._call_closed(closed))
        if number:
            form.set_number(number)
        self.call_form = form
        form.show()
        form.raise_()
        form.activateWindow()
        form.number.setFocus()
        return form

    def _call_closed(self, form: CallForm) -> None:
        """A call saved or discarded: the next call that waited for it opens (not while the
        window closes: the clerk was told the waiting ones go)."""
        if form is not self.call_form or not form.waiting.numbers or self._closing:
            return
        first, *rest = form.waiting.numbers
        following = self.open_call_form(first)
        for number in rest:
            following.take_number(number)

    def _show_inquiry(self, inquiry_id: int) -> None:
        self.show_section(Section.INQUIRIES)
        self.inquiries.show_inquiry(inquiry_id)

    def show_reference(self, reference: str) -> None:
        """The inquiry with ``reference`` (the Berichte section's overdue list) in Anfragen."""
        inquiries = self.context.inquiries

        def find() -> int | None:
            found = inquiries.search(InquiryQuery(text=reference), limit=20)
            return next((s.id for s in found if s.reference == reference), None)

        def found(inquiry_id: int | None) -> None:
            if inquiry_id is None:
                self.show_status(tr("Die Anfrage {0} gibt es nicht (mehr).").format(reference))
            else:
                self._show_inquiry(inquiry_id)

        self.ops.run(find, found, title=tr("Anfrage nicht verfügbar"))

    def _call_saved(self, record: InquiryRecord) -> None:
        self.show_section(Section.INQUIRIES)
        self.inquiries.show_inquiry(record.id)
        self.show_status(tr("Anruf gespeichert: {0}").format(record.reference))

    def handle_instance_message(self, message: str) -> None:
        """A later start asked for something: show the window, or open the call form."""
        self.showNormal()
        self.raise_()
        self.activateWindow()
        command, _, argument = message.partition(" ")
        if command == "call":
            self.open_call_form(argument.strip())

    # -- mails ----------------------------------------------------------------------------

    def import_mails(self) -> None:
        paths = self.mail_import.ask_for_files()
        if paths:
            self.show_section(Section.INQUIRIES)
            self.mail_import.import_mails(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if carries_mail(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths, raw = dropped_mails(event.mimeData())
        if not (paths or raw):
            event.ignore()
            return
        event.acceptProposedAction()
        self.show_section(Section.INQUIRIES)
        self.mail_import.import_mails(paths, raw)

    def fetch_mail(self) -> None:
        self.fetcher.fetch()

    def show_rejected(self) -> RejectedDialog:
        """The "Nicht übernommen" list (kept by the window, like the mailbox dialog)."""
        dialog = RejectedDialog(self.context.mail, self.ops, self.prompts, self)
        dialog.open()
        return dialog

    # -- contact files --------------------------------------------------------------------

    def import_contacts(self) -> None:
        if self.contact_files.ask_and_import():
            self.show_section(Section.CONTACTS)

    def export_contacts(self, fmt: str) -> None:
        self.contact_files.ask_and_export(fmt)

    def show_help(self) -> HelpDialog:
        """F1: the help page of the section on screen."""
        dialog = HelpDialog(self.current_section.value, self)
        dialog.show()
        return dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self, self)
        dialog.show()
        return dialog

    def about(self) -> None:
        self.prompts.info(
            tr("Über Bürgeranfragen"),
            tr(
                "{0} {1}\nAnfragen von Bürgerinnen, Bürgern und Presse erfassen, verteilen "
                "und beantworten.\n\n{2}"
            ).format(APP_NAME, __version__, self._database_text()),
        )

    # -- closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Closes at once when nothing is unsaved; otherwise asks, and when the answer is to
        save, closes once the save has succeeded."""
        if not self._may_close:
            deciding = True
            decided: list[bool] = []

            def may_close() -> None:
                if deciding:
                    decided.append(True)
                else:
                    self._may_close = True
                    self.close()

            self._confirm_close(may_close)
            deciding = False
            if not decided:
                event.ignore()
                return
        self._may_close = False
        self.fetcher.stop()
        self.live.stop()
        # cancel what runs and drop what is still to come, without waiting here: the window
        # goes at once; ui/app.py waits for the workers before it closes the database
        self.ops.shutdown(timeout_ms=0)
        self.layout_keeper.save()
        event.accept()

    def _confirm_close(self, then: Then) -> None:
        if self.contact_files.busy or self.mail_import.busy:
            self.prompts.warn(
                tr("Bitte warten"),
                tr(
                    "Ein Import oder Export läuft noch. Bitte warten Sie, bis er "
                    "fertig ist, oder brechen Sie ihn ab."
                ),
            )
            return
        form = self.call_form
        if form is None or not form.isVisible():
            self.contacts.confirm_leave(then)
            return
        if form.waiting.numbers and not self.prompts.confirm(
            tr("Anrufe warten"),
            tr(
                "Diese Anrufe warten noch darauf, erfasst zu werden: {0}. Beim Beenden gehen "
                "sie verloren (die Nummern stehen nirgends sonst)."
            ).format(", ".join(form.waiting.numbers)),
            tr("Trotzdem beenden"),
            tr("Weiter erfassen"),
        ):
            form.activateWindow()
            return

        def call_left() -> None:
            form.hide()
            self.contacts.confirm_leave(then, stay)

        def stay() -> None:
            self._closing = False

        self._closing = True  # a call saved on the way out opens no waiting one
        form.unsaved.leave(call_left, stay)
