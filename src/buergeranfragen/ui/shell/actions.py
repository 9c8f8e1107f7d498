"""The window's commands: each a QAction with its shortcut, in the menus and the toolbar.
What they do is the window's business (``Commands``); this module only builds and places them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from buergeranfragen.ui.common.i18n import tr


class Commands(Protocol):
    def open_call_form(self, number: str = "") -> object: ...
    def new_contact(self) -> None: ...
    def focus_search(self) -> None: ...
    def focus_views(self) -> None: ...
    def save_view(self) -> None: ...
    def save_current(self) -> None: ...
    def discard_current(self) -> None: ...
    def split_contact(self) -> None: ...
    def route_inquiry(self) -> None: ...
    def assign_inquiry(self) -> None: ...
    def change_inquiry_status(self) -> None: ...
    def add_inquiry_note(self) -> None: ...
    def reply_to_inquiry(self, interim: bool = False) -> None: ...
    def forward_inquiry(self) -> None: ...
    def log_inquiry_contact(self) -> None: ...
    def import_mails(self) -> None: ...
    def fetch_mail(self) -> None: ...
    def edit_mailboxes(self) -> None: ...
    def edit_organisation(self) -> object: ...
    def edit_templates(self) -> object: ...
    def edit_weekly_report(self) -> None: ...
    def edit_retention(self) -> None: ...
    def show_audit(self) -> None: ...
    def import_contacts(self) -> None: ...
    def export_contacts(self, fmt: str) -> None: ...
    def show_help(self) -> object: ...
    def show_shortcuts(self) -> object: ...
    def about(self) -> None: ...


@dataclass(frozen=True)
class WindowActions:
    call: QAction
    new_contact: QAction
    find: QAction
    save: QAction
    discard: QAction
    split_contact: QAction
    route: QAction  # Verteilen, Zuweisen, Status, Notiz: the inquiry shown or those selected
    assign: QAction
    status: QAction
    note: QAction
    reply: QAction  # Antworten, Zwischennachricht, Weiterleiten, Telefonat: the inquiry shown
    interim: QAction
    forward: QAction
    log_contact: QAction
    import_mails: QAction
    fetch: QAction
    mailboxes: QAction
    organisation: QAction
    templates: QAction  # Extras → Textbausteine
    weekly_report: QAction  # Extras → Wochenbericht (its settings)
    retention: QAction  # Extras → Aufbewahrungsfristen
    audit: QAction  # Extras → Protokoll (Leitung, Administration)
    import_contacts: QAction
    export_vcf: QAction
    export_csv: QAction
    quit: QAction
    sections: tuple[QAction, ...]  # Ctrl+1, Ctrl+2, … in the order of the sidebar
    views: QAction  # the queue's views (sidebar of the Anfragen section)
    save_view: QAction
    help: QAction
    shortcuts: QAction
    about: QAction


def _with_mnemonic(title: str, titles: Sequence[str]) -> str:
    """``title`` with an access letter (Alt+A for "&Anfragen" in the Ansicht menu): the first
    letter no title before it took."""
    taken = set()
    for other in titles:
        letters = [c for c in other if c.isalpha() and c.casefold() not in taken]
        chosen = letters[0].casefold() if letters else ""
        if other == title:
            if not chosen:
                return title.replace("&", "&&")
            index = next(i for i, c in enumerate(title) if c.casefold() == chosen)
            return title[:index].replace("&", "&&") + "&" + title[index:].replace("&", "&&")
        taken.add(chosen)
    return title.replace("&", "&&")


def _action(
    window: QMainWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | str | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def build_actions(
    window: QMainWindow, commands: Commands, sections: Sequence[tuple[str, Callable[[], None]]]
) -> WindowActions:
    """The actions, with the menus and the toolbar of ``window``; ``sections`` are the titles
    of the sidebar's sections and what shows each (Ctrl+1 the first, and so on)."""
    actions = WindowActions(
        call=_action(
            window,
            tr("Anru&f erfassen"),
            commands.open_call_form,
            "Ctrl+Shift+N",
            tr("Einen Anruf als Anfrage erfassen"),
        ),
        new_contact=_action(window, tr("&Neuer Kontakt"), commands.new_contact, "Ctrl+N"),
        find=_action(window, tr("Su&chen"), commands.focus_search, "Ctrl+F"),
        save=_action(window, tr("&Speichern"), commands.save_current, "Ctrl+S"),
        discard=_action(window, tr("Eingaben &verwerfen"), commands.discard_current, "Esc"),
        split_contact=_action(
            window,
            tr("Kontakt &aufteilen …"),
            commands.split_contact,
            "Ctrl+Shift+T",
            tr("Rufnummern und Adressen einer anderen Person zu einem neuen Kontakt machen"),
        ),
        route=_action(
            window,
            tr("&Verteilen …"),
            commands.route_inquiry,
            "Ctrl+Shift+V",
            tr("Die Anfrage (oder die gewählten) an eine Abteilung verteilen"),
        ),
        assign=_action(
            window,
            tr("&Zuweisen …"),
            commands.assign_inquiry,
            "Ctrl+Shift+B",
            tr("Festlegen, wer die Anfrage bearbeitet"),
        ),
        status=_action(
            window,
            tr("S&tatus ändern …"),
            commands.change_inquiry_status,
            "Ctrl+Shift+X",
            tr("Den nächsten Schritt der Anfrage festhalten"),
        ),
        note=_action(
            window,
            tr("Notiz &hinzufügen …"),
            commands.add_inquiry_note,
            "Ctrl+Shift+M",
            tr("Eine interne Notiz in den Verlauf schreiben"),
        ),
        reply=_action(
            window,
            tr("&Antworten …"),
            commands.reply_to_inquiry,
            "Ctrl+R",
            tr("Dem Bürger per Mail antworten (mit Aktenzeichen und Zitat)"),
        ),
        interim=_action(
            window,
            tr("Zwischen&nachricht …"),
            lambda: commands.reply_to_inquiry(interim=True),
            "Ctrl+Shift+R",
            tr("Eine Zwischennachricht senden; die Anfrage bleibt offen"),
        ),
        forward=_action(
            window,
            tr("An Abteilung &weiterleiten …"),
            commands.forward_inquiry,
            "Ctrl+L",
            tr("Die Anfrage mit der Original-Mail an eine Abteilung senden"),
        ),
        log_contact=_action(
            window,
            tr("Telefonat oder Brief &erfassen …"),
            commands.log_inquiry_contact,
            "Ctrl+Shift+E",
            tr("Einen Rückruf oder eine Antwort per Telefon oder Brief festhalten"),
        ),
        import_mails=_action(
            window,
            tr("E-&Mails importieren …"),
            commands.import_mails,
            "Ctrl+O",
            tr(".eml- oder .msg-Dateien übernehmen"),
        ),
        fetch=_action(window, tr("Postfach &abrufen"), commands.fetch_mail, "F5"),
        mailboxes=_action(window, tr("Post&fächer einrichten …"), commands.edit_mailboxes),
        organisation=_action(
            window,
            tr("&Abteilungen, Regeln und Personen …"),
            commands.edit_organisation,
            tip=tr("Abteilungen, Verteilregeln und Rollen ansehen und (Administration) ändern"),
        ),
        templates=_action(
            window,
            tr("&Textbausteine …"),
            commands.edit_templates,
            tip=tr("Vorlagen für Antworten, Zwischennachrichten und Weiterleitungen"),
        ),
        weekly_report=_action(
            window,
            tr("&Wochenbericht …"),
            commands.edit_weekly_report,
            tip=tr("Den Wochenbericht automatisch erstellen und mailen (Ordner, Formate, an wen)"),
        ),
        retention=_action(
            window,
            tr("Auf&bewahrungsfristen …"),
            commands.edit_retention,
            tip=tr("Wann abgeschlossene Anfragen anonymisiert und Kontakte gelöscht werden"),
        ),
        audit=_action(
            window,
            tr("&Protokoll …"),
            commands.show_audit,
            tip=tr("Wer hat wann welche Anfrage oder welchen Kontakt geändert oder geöffnet"),
        ),
        import_contacts=_action(
            window,
            tr("Kontakte &importieren …"),
            commands.import_contacts,
            tip=tr("vCard- oder CSV-Dateien einlesen"),
        ),
        export_vcf=_action(
            window, tr("Als &vCard exportieren …"), lambda: commands.export_contacts("vcf")
        ),
        export_csv=_action(
            window, tr("Als &CSV exportieren …"), lambda: commands.export_contacts("csv")
        ),
        quit=_action(
            window, tr("&Beenden"), window.close, QKeySequence(QKeySequence.StandardKey.Quit)
        ),
        sections=tuple(
            _action(window, _with_mnemonic(title, [t for t, _ in sections]), show, f"Ctrl+{number}")
            for number, (title, show) in enumerate(sections[:9], start=1)
        ),
        views=_action(
            window,
            tr("Ansichten der &Warteschlange"),
            commands.focus_views,
            "Ctrl+Shift+A",
            tr("Zu den Ansichten links der Anfragen (Überfällig, Heute fällig, Abteilungen …)"),
        ),
        save_view=_action(
            window,
            tr("Aktuelle Filter als Ansicht &speichern …"),
            commands.save_view,
            "Ctrl+Shift+S",
            tr("Die Filter der Warteschlange unter einem Namen in die Ansichten aufnehmen"),
        ),
        help=_action(
            window,
            tr("&Hilfe zu diesem Bereich"),
            commands.show_help,
            QKeySequence(QKeySequence.StandardKey.HelpContents),
        ),
        shortcuts=_action(
            window,
            tr("&Tastenkürzel"),
            commands.show_shortcuts,
            tip=tr("Alle Tastenkürzel des Fensters"),
        ),
        about=_action(window, tr("Ü&ber Bürgeranfragen"), commands.about),
    )
    _place(window, actions)
    return actions


def _place(window: QMainWindow, actions: WindowActions) -> None:
    file_menu = window.menuBar().addMenu(tr("&Datei"))
    file_menu.addAction(actions.import_mails)
    file_menu.addAction(actions.fetch)
    file_menu.addAction(actions.mailboxes)
    file_menu.addSeparator()
    file_menu.addAction(actions.import_contacts)
    export_menu = file_menu.addMenu(tr("Kontakte &exportieren"))
    export_menu.addAction(actions.export_vcf)
    export_menu.addAction(actions.export_csv)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    view_menu = window.menuBar().addMenu(tr("&Ansicht"))
    for action in actions.sections:
        view_menu.addAction(action)
    view_menu.addSeparator()
    view_menu.addAction(actions.views)
    inquiry_menu = window.menuBar().addMenu(tr("A&nfrage"))
    inquiry_menu.setObjectName("inquiryMenu")
    inquiry_menu.addAction(actions.call)
    inquiry_menu.addSeparator()
    for action in (actions.route, actions.assign, actions.status, actions.note):
        inquiry_menu.addAction(action)
    inquiry_menu.addSeparator()
    for action in (actions.reply, actions.interim, actions.forward, actions.log_contact):
        inquiry_menu.addAction(action)
    inquiry_menu.addSeparator()
    inquiry_menu.addAction(actions.save_view)
    contact_menu = window.menuBar().addMenu(tr("&Kontakt"))
    contact_menu.setObjectName("contactMenu")
    for action in (actions.new_contact, actions.find, actions.save, actions.discard):
        contact_menu.addAction(action)
    contact_menu.addSeparator()
    contact_menu.addAction(actions.split_contact)
    extras_menu = window.menuBar().addMenu(tr("E&xtras"))
    extras_menu.setObjectName("extrasMenu")
    extras_menu.addAction(actions.organisation)
    extras_menu.addAction(actions.templates)
    extras_menu.addAction(actions.weekly_report)
    extras_menu.addAction(actions.retention)
    extras_menu.addSeparator()
    extras_menu.addAction(actions.audit)
    help_menu = window.menuBar().addMenu(tr("&Hilfe"))
    help_menu.addAction(actions.help)
    help_menu.addAction(actions.shortcuts)
    help_menu.addSeparator()
    help_menu.addAction(actions.about)
    toolbar = window.addToolBar(tr("Werkzeuge"))
    toolbar.setObjectName("mainToolbar")
    for action in (
        actions.call,
        actions.import_mails,
        actions.fetch,
        actions.new_contact,
        actions.save,
    ):
        toolbar.addAction(action)
