"""The main window: sections Anfragen, Kontakte, Berichte; the call form one keystroke away;
menus, shortcuts, drag and drop of mails, mailbox fetching in the background."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen import APP_NAME, __version__
from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.context import AppContext
from buergeranfragen.errors import KnownError
from buergeranfragen.inquiries.records import InquiryRecord
from buergeranfragen.mail.imap import FetchResult
from buergeranfragen.ui.common.background import BackgroundTask, start
from buergeranfragen.ui.common.i18n import tr, tr_message
from buergeranfragen.ui.common.prompts import Discard, Prompts
from buergeranfragen.ui.contacts.section import ContactsSection
from buergeranfragen.ui.inquiries.call_form import CallForm
from buergeranfragen.ui.inquiries.mail_drop import carries_mail, dropped_mails
from buergeranfragen.ui.inquiries.mailbox_dialog import MailboxDialog
from buergeranfragen.ui.inquiries.section import InquiriesSection
from buergeranfragen.ui.shell.transfers import FileTransfers

SECTIONS = ("Anfragen", "Kontakte", "Berichte")
FETCH_INTERVAL_MS = 5 * 60 * 1000


def _placeholder(title: str, text: str) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    heading = QLabel(title)
    heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
    body = QLabel(text)
    body.setWordWrap(True)
    layout.addWidget(heading)
    layout.addWidget(body)
    layout.addStretch(1)
    return page


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, prompts: Prompts | None = None) -> None:
        super().__init__()
        self.context = context
        self.prompts = prompts or Prompts(self)
        if self.prompts.parent is None:
            self.prompts.parent = self
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 760)
        self.setAcceptDrops(True)

        self.nav = QListWidget()
        self.nav.setObjectName("sections")
        self.nav.addItems([tr("Anfragen"), tr("Kontakte"), tr("Berichte")])
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget()
        self.inquiries = InquiriesSection(context.inquiries, self.prompts)
        self.contacts = ContactsSection(context.contacts, self.prompts)
        self.reports_page = _placeholder(
            tr("Berichte"),
            tr(
                "Der Wochenbericht für die Referatsleitung ist noch nicht gebaut; er kommt mit "
                "der Verteilung und Verfolgung der Anfragen."
            ),
        )
        for page in (self.inquiries, self.contacts, self.reports_page):
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.transfer = FileTransfers(
            context.contacts, context.mail, self, self.refresh_all, self.prompts.info
        )
        self.call_form: CallForm | None = None
        self.fetch_task: BackgroundTask | None = None
        self.last_fetch: list[FetchResult] = []
        self._build_actions()
        for section in (self.contacts, self.inquiries):
            section.status_message.connect(self.show_status)
        self.inquiries.contact_requested.connect(self.show_contact)
        self.database_label = QLabel(self._database_text())
        self.statusBar().addPermanentWidget(self.database_label)
        self.fetch_timer = QTimer(self, interval=FETCH_INTERVAL_MS)
        self.fetch_timer.timeout.connect(self.fetch_mail)
        self._arm_fetching()
        self.show_section("Anfragen")
        self._restore_geometry()

    def _database_text(self) -> str:
        url = self.context.database.url
        if url.startswith("sqlite"):
            return tr("Datenbank: lokal ({0})").format(url.split("///", 1)[-1])
        host = url.split("@")[-1]
        return tr("Datenbank: gemeinsam ({0})").format(host)

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 10000)

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | str | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.call_action = self._action(
            tr("&Anruf erfassen"),
            self.open_call_form,
            "Ctrl+Shift+N",
            tr("Einen Anruf als Anfrage erfassen"),
        )
        self.new_action = self._action(tr("&Neuer Kontakt"), self.new_contact, "Ctrl+N")
        self.find_action = self._action(tr("&Suchen"), self.focus_search, "Ctrl+F")
        self.save_action = self._action(tr("&Speichern"), self.save_current, "Ctrl+S")
        self.discard_action = self._action(tr("Eingaben &verwerfen"), self.discard_current, "Esc")
        self.mail_import_action = self._action(
            tr("E-&Mails importieren …"),
            self.import_mails,
            tip=tr(".eml- oder .msg-Dateien übernehmen"),
        )
        self.fetch_action = self._action(tr("Postfach &abrufen"), self.fetch_mail, "F5")
        self.mailboxes_action = self._action(tr("Post&fächer einrichten …"), self.edit_mailboxes)
        self.import_action = self._action(
            tr("Kontakte &importieren …"),
            self.import_contacts,
            tip=tr("vCard- oder CSV-Dateien einlesen"),
        )
        self.export_vcf_action = self._action(
            tr("Als &vCard exportieren …"), lambda: self.export_contacts("vcf")
        )
        self.export_csv_action = self._action(
            tr("Als &CSV exportieren …"), lambda: self.export_contacts("csv")
        )
        self.quit_action = self._action(
            tr("&Beenden"), self.close, QKeySequence(QKeySequence.StandardKey.Quit)
        )
        self.about_action = self._action(tr("Ü&ber Bürgeranfragen"), self.about)

        file_menu = self.menuBar().addMenu(tr("&Datei"))
        file_menu.addAction(self.mail_import_action)
        file_menu.addAction(self.fetch_action)
        file_menu.addAction(self.mailboxes_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        export_menu = file_menu.addMenu(tr("Kontakte &exportieren"))
        export_menu.addAction(self.export_vcf_action)
        export_menu.addAction(self.export_csv_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        inquiry_menu = self.menuBar().addMenu(tr("A&nfrage"))
        inquiry_menu.addAction(self.call_action)
        contact_menu = self.menuBar().addMenu(tr("&Kontakt"))
        for action in (self.new_action, self.find_action, self.save_action, self.discard_action):
            contact_menu.addAction(action)
        help_menu = self.menuBar().addMenu(tr("&Hilfe"))
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar(tr("Werkzeuge"))
        toolbar.setObjectName("mainToolbar")
        for action in (
            self.call_action,
            self.mail_import_action,
            self.fetch_action,
            self.new_action,
            self.save_action,
        ):
            toolbar.addAction(action)

    # -- sections -------------------------------------------------------------------------

    def show_section(self, name: str) -> None:
        self.nav.setCurrentRow(SECTIONS.index(name))

    @property
    def current_section(self) -> str:
        return SECTIONS[self.stack.currentIndex()]

    def new_contact(self) -> None:
        self.show_section("Kontakte")
        self.contacts.new_contact()

    def focus_search(self) -> None:
        if self.current_section == "Anfragen":
            self.inquiries.focus_search()
        else:
            self.show_section("Kontakte")
            self.contacts.focus_search()

    def save_current(self) -> None:
        """Ctrl+S saves the contact form when it is on screen; elsewhere there is nothing to
        save (the call form has its own Ctrl+S)."""
        if self.current_section == "Kontakte":
            self.contacts.save()

    def discard_current(self) -> None:
        if self.current_section == "Kontakte":
            self.contacts.discard()

    def show_contact(self, contact_id: int) -> None:
        self.show_section("Kontakte")
        self.contacts.open_contact(contact_id)

    def refresh_all(self) -> None:
        self.inquiries.refresh()
        self.contacts.refresh()

    # -- calls ----------------------------------------------------------------------------

    def open_call_form(self, number: str = "") -> CallForm:
        if self.call_form is not None and self.call_form.isVisible():
            if number and not self.call_form.number.text().strip():
                self.call_form.set_number(number)
            self.call_form.raise_()
            self.call_form.activateWindow()
            return self.call_form
        form = CallForm(self.context.contacts, self.context.inquiries, self.prompts, self)
        form.saved.connect(self._call_saved)
        if number:
            form.set_number(number)
        self.call_form = form
        form.show()
        form.raise_()
        form.activateWindow()
        form.number.setFocus()
        return form

    def _call_saved(self, record: InquiryRecord) -> None:
        self.refresh_all()
        self.show_section("Anfragen")
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
        paths = self.prompts.open_files(
            tr("E-Mails importieren"), tr("E-Mails (*.eml *.msg *.mbox);;Alle Dateien (*)")
        )
        if paths:
            self.show_section("Anfragen")
            self.transfer.import_mails(paths)

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
        self.show_section("Anfragen")
        self.transfer.import_mails(paths, raw)

    def _arm_fetching(self) -> None:
        try:
            has_mailboxes = bool(self.context.mailboxes.configured())
        except KnownError:
            has_mailboxes = False
        if has_mailboxes and not self.fetch_timer.isActive():
            self.fetch_timer.start()
            QTimer.singleShot(2000, self.fetch_mail)
        elif not has_mailboxes:
            self.fetch_timer.stop()

    def fetch_mail(self) -> None:
        """Fetch every mailbox on a worker; progress and result in the status bar."""
        if self.fetch_task is not None:
            return
        if not self.context.mailboxes.configured():
            self.show_status(tr("Kein Postfach eingerichtet (Datei → Postfächer einrichten)."))
            return
        task = BackgroundTask(
            lambda progress, cancelled: self.context.mailboxes.fetch_all(progress, cancelled)
        )
        task.signals.progress.connect(
            lambda done, total: self.statusBar().showMessage(
                tr("Postfach wird abgerufen … {0} von {1}").format(done, total)
            )
        )
        task.signals.succeeded.connect(self._fetched)
        task.signals.failed.connect(self._fetch_failed)
        self.show_status(tr("Postfach wird abgerufen …"))
        self.fetch_task = start(task)

    def _fetched(self, results: list[FetchResult]) -> None:
        self.fetch_task = None
        self.last_fetch = results
        new = sum(r.count("imported") for r in results)
        errors = [r.error for r in results if r.error]
        text = tr("{0} neue Anfragen aus dem Postfach.").format(new)
        if errors:
            text += " " + " ".join(errors)
        self.show_status(text)
        if new:
            self.refresh_all()

    def _fetch_failed(self, error: BaseException, trace: str) -> None:
        self.fetch_task = None
        if isinstance(error, KnownError):
            self.show_status(tr_message(error.msg))
            return
        raise error

    def edit_mailboxes(self) -> None:
        dialog = MailboxDialog(self.context.mailboxes, self.prompts, self)
        dialog.finished.connect(lambda _code: self._arm_fetching())
        dialog.open()
        self.mailbox_dialog = dialog

    # -- contact files --------------------------------------------------------------------

    def import_contacts(self) -> None:
        paths = self.prompts.open_files(
            tr("Kontakte importieren"),
            tr("Kontaktdateien (*.vcf *.vcard *.csv *.txt);;Alle Dateien (*)"),
        )
        if not paths:
            return
        choice = self.prompts.choose(
            tr("Kontakte importieren"),
            tr("Als welche Art sollen die Kontakte angelegt werden?"),
            [tr("Wie in der Datei (sonst Bürger/in)"), tr("Alle als Presse")],
        )
        if choice is None:
            return
        self.show_section("Kontakte")
        self.transfer.import_files(paths, None if choice == 0 else ContactKind.PRESS)

    def export_contacts(self, fmt: str) -> None:
        suggestion = "kontakte.vcf" if fmt == "vcf" else "kontakte.csv"
        filter_text = tr("vCard (*.vcf)") if fmt == "vcf" else tr("CSV (*.csv)")
        target = self.prompts.save_file(tr("Kontakte exportieren"), suggestion, filter_text)
        if target is not None:
            self.transfer.export(fmt, target)

    def about(self) -> None:
        self.prompts.info(
            tr("Über Bürgeranfragen"),
            tr(
                "{0} {1}\nAnfragen von Bürgerinnen, Bürgern und Presse erfassen, verteilen "
                "und beantworten.\n\n{2}"
            ).format(APP_NAME, __version__, self._database_text()),
        )

    # -- closing --------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.transfer.busy:
            self.prompts.warn(
                tr("Bitte warten"),
                tr(
                    "Ein Import oder Export läuft noch. Bitte warten Sie, bis er "
                    "fertig ist, oder brechen Sie ihn ab."
                ),
            )
            event.ignore()
            return
        form = self.call_form
        if form is not None and form.isVisible() and form.is_dirty():
            answer = self.prompts.unsaved_changes(tr("Das Anrufformular"))
            if answer == Discard.CANCEL or (answer == Discard.SAVE and form.save() is None):
                event.ignore()
                return
            form.hide()
        if not self.contacts.confirm_leave():
            event.ignore()
            return
        self.fetch_timer.stop()
        QSettings().setValue("window/geometry", self.saveGeometry())
        event.accept()
