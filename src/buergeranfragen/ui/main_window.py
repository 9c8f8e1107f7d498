"""The main window: sections Anfragen, Kontakte, Berichte; menus, shortcuts, status bar."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
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
from buergeranfragen.ui.contacts_section import ContactsSection
from buergeranfragen.ui.i18n import tr
from buergeranfragen.ui.prompts import Prompts
from buergeranfragen.ui.transfer_dialogs import ContactTransfer

SECTIONS = ("Anfragen", "Kontakte", "Berichte")


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

        self.nav = QListWidget()
        self.nav.setObjectName("sections")
        self.nav.addItems([tr("Anfragen"), tr("Kontakte"), tr("Berichte")])
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget()
        self.inquiries_page = _placeholder(
            tr("Anfragen"),
            tr(
                "Die Erfassung von Anrufen und E-Mails und die Anfragenliste sind noch nicht "
                "gebaut; sie kommen mit der nächsten Version. Kontakte lassen sich schon "
                "pflegen, importieren und exportieren."
            ),
        )
        self.contacts = ContactsSection(context.contacts, self.prompts)
        self.reports_page = _placeholder(
            tr("Berichte"),
            tr(
                "Der Wochenbericht für die Referatsleitung ist noch nicht gebaut; er kommt, "
                "sobald Anfragen erfasst werden."
            ),
        )
        for page in (self.inquiries_page, self.contacts, self.reports_page):
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 4)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.transfer = ContactTransfer(
            context.contacts, self, self.contacts.refresh, self.prompts.info
        )
        self._build_actions()
        self.contacts.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.database_label = QLabel(self._database_text())
        self.statusBar().addPermanentWidget(self.database_label)
        self.show_section("Kontakte")
        self._restore_geometry()

    def _database_text(self) -> str:
        url = self.context.database.url
        if url.startswith("sqlite"):
            return tr("Datenbank: lokal ({0})").format(url.split("///", 1)[-1])
        host = url.split("@")[-1]
        return tr("Datenbank: gemeinsam ({0})").format(host)

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
        self.new_action = self._action(tr("&Neuer Kontakt"), self.new_contact, "Ctrl+N")
        self.find_action = self._action(tr("Kontakt &suchen"), self.find_contact, "Ctrl+F")
        self.save_action = self._action(tr("&Speichern"), self.contacts.save, "Ctrl+S")
        self.discard_action = self._action(tr("Eingaben &verwerfen"), self.contacts.discard, "Esc")
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
        file_menu.addAction(self.import_action)
        export_menu = file_menu.addMenu(tr("Kontakte &exportieren"))
        export_menu.addAction(self.export_vcf_action)
        export_menu.addAction(self.export_csv_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        contact_menu = self.menuBar().addMenu(tr("&Kontakt"))
        for action in (self.new_action, self.find_action, self.save_action, self.discard_action):
            contact_menu.addAction(action)
        help_menu = self.menuBar().addMenu(tr("&Hilfe"))
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar(tr("Werkzeuge"))
        toolbar.setObjectName("mainToolbar")
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.save_action)
        toolbar.addAction(self.import_action)

    # -- sections -------------------------------------------------------------------------

    def show_section(self, name: str) -> None:
        self.nav.setCurrentRow(SECTIONS.index(name))

    @property
    def current_section(self) -> str:
        return SECTIONS[self.stack.currentIndex()]

    def new_contact(self) -> None:
        self.show_section("Kontakte")
        self.contacts.new_contact()

    def find_contact(self) -> None:
        self.show_section("Kontakte")
        self.contacts.focus_search()

    # -- files ----------------------------------------------------------------------------

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
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
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
        if not self.contacts.confirm_leave():
            event.ignore()
            return
        QSettings().setValue("window/geometry", self.saveGeometry())
        event.accept()
