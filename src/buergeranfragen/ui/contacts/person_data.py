"""Art. 15 and Art. 17 in the Kontakte section: "Auskunft nach Art. 15 exportieren …" (a folder,
then JSON and PDF written on a worker, the paths shown) and "Person löschen (Art. 17) …" (what
goes is counted first and named in the question). Both in the list's context menu (right click,
Menu key, Shift+F10) and the window's Kontakt menu; the contact is the row clicked, else the
one open. Who may is the core's decision (``PersonDataService``): a refusal says why."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from buergeranfragen.errors import KnownError
from buergeranfragen.privacy.access_files import FilesExist
from buergeranfragen.privacy.person_data import ErasureCounts, ExportResult, PersonDataService
from buergeranfragen.ui.common.action_menu import keyboard_context_menu, popup_menu
from buergeranfragen.ui.common.file_dialog import file_dialog
from buergeranfragen.ui.common.i18n import tr
from buergeranfragen.ui.common.labels import shown
from buergeranfragen.ui.common.operations import (
    CONTACTS,
    INQUIRIES,
    Operations,
    ProgressDialog,
)
from buergeranfragen.ui.common.prompts import Prompts

if TYPE_CHECKING:
    from buergeranfragen.ui.contacts.section import ContactsSection


def add_to_menu(window: QWidget, name: str, actions: list[QAction]) -> None:
    """Append ``actions`` after a separator to the window's menu called ``name``."""
    menu = window.findChild(QMenu, name)
    if menu is not None:
        menu.addSeparator()
        menu.addActions(actions)


class PersonDataActions(QObject):
    def __init__(
        self,
        section: ContactsSection,
        service: PersonDataService,
        ops: Operations,
        prompts: Prompts,
    ) -> None:
        super().__init__(section)
        self.section = section
        self.service = service
        self.ops = ops
        self.prompts = prompts
        self.export_action = QAction(tr("A&uskunft nach Art. 15 exportieren …"), section)
        self.export_action.setObjectName("exportPersonData")
        self.export_action.setStatusTip(
            tr("Alle gespeicherten Daten dieser Person als JSON und PDF in einen Ordner")
        )
        self.erase_action = QAction(tr("Person &löschen (Art. 17) …"), section)
        self.erase_action.setObjectName("erasePerson")
        self.erase_action.setStatusTip(
            tr("Die Person mit allen ihren Anfragen, Nachrichten und Anhängen endgültig löschen")
        )
        self.export_action.triggered.connect(lambda: self.export(self._open_contact()))
        self.erase_action.triggered.connect(lambda: self.erase(self._open_contact()))
        self.menu: QMenu | None = None  # the context menu open (kept for tests)
        keyboard_context_menu(section.table, self._menu_at)

    def actions(self) -> list[QAction]:
        return [self.export_action, self.erase_action]

    def _open_contact(self) -> int | None:
        record = self.section.form.record
        if record is None:
            self.prompts.info(
                tr("Kein Kontakt gewählt"), tr("Bitte zuerst einen Kontakt in der Liste wählen.")
            )
            return None
        return record.id

    def _menu_at(self, position: QPoint) -> None:
        index = self.section.table.indexAt(position)
        contact = self.section.model.contact_at(index.row()) if index.isValid() else None
        if contact is None:
            return
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = menu = QMenu(self.section.table)
        contact_id = contact.id  # the row clicked, whichever contact is open
        for action, run in ((self.export_action, self.export), (self.erase_action, self.erase)):
            entry = menu.addAction(action.text())
            entry.setObjectName(action.objectName())
            entry.setStatusTip(action.statusTip())
            entry.triggered.connect(lambda _checked=False, run=run: run(contact_id))
        popup_menu(self.section.table, menu, position)

    # -- Art. 15 --------------------------------------------------------------------------

    def choose_folder(self) -> Path | None:
        dialog = file_dialog(self.section, tr("Ordner für die Auskunft"), str(Path.home()), "")
        dialog.setFileMode(dialog.FileMode.Directory)
        dialog.setOption(dialog.Option.ShowDirsOnly, True)
        if dialog.exec() and dialog.selectedFiles():
            return Path(dialog.selectedFiles()[0])
        return None

    def export(
        self, contact_id: int | None, folder: Path | None = None, force: bool = False
    ) -> None:
        if contact_id is None:
            return
        folder = folder or self.choose_folder()
        if folder is None:
            return
        progress = ProgressDialog(tr("Auskunft wird geschrieben …"), self.section, False)

        def failed(error: KnownError) -> bool:
            if not isinstance(error, FilesExist):
                return False
            if self.prompts.confirm(
                tr("Dateien überschreiben?"),
                tr("Die Auskunft liegt in diesem Ordner schon vor. Überschreiben?"),
                tr("Überschreiben"),
                tr("Abbrechen"),
            ):
                self.export(contact_id, folder, force=True)
            return True

        self.ops.run_long(
            lambda _progress, _cancelled: self.service.export(contact_id, folder, force=force),
            self._exported,
            failure=failed,
            title=tr("Auskunft nicht geschrieben"),
            cleanup=progress.finish,
        )

    def _exported(self, result: ExportResult) -> None:
        paths = "\n".join(str(p) for p in result.paths)
        self.prompts.info(
            tr("Auskunft geschrieben"),
            shown(tr("Die Auskunft zu {0} liegt in:\n{1}").format(result.name, paths)),
        )

    # -- Art. 17 --------------------------------------------------------------------------

    def erase(self, contact_id: int | None) -> None:
        if contact_id is None:
            return
        self.ops.run(
            lambda: self.service.erasure_preview(contact_id),
            self._confirm_erasure,
            title=tr("Person nicht gelöscht"),
        )

    def _confirm_erasure(self, counts: ErasureCounts) -> None:
        question = tr(
            "{0} wird endgültig gelöscht, mit allem, was an der Person hängt (Anfragen: {1}, "
            "Nachrichten: {2}, Anhänge: {3}, Original-Mails: {4}). Das lässt sich nicht "
            "rückgängig machen; im Protokoll bleibt nur, dass gelöscht wurde."
        ).format(
            counts.name or tr("Der Kontakt"),
            counts.inquiries,
            counts.messages,
            counts.attachments,
            counts.originals,
        )
        if not self.prompts.confirm(
            tr("Person löschen (Art. 17)"),
            shown(question),
            tr("Endgültig löschen"),
            tr("Abbrechen"),
        ):
            return
        progress = ProgressDialog(tr("Person wird gelöscht …"), self.section, False)
        self.ops.run_long(
            lambda _progress, _cancelled: self.service.erase(counts.contact_id),
            self._erased,
            changes=CONTACTS | INQUIRIES,
            title=tr("Person nicht gelöscht"),
            cleanup=progress.finish,
        )

    def _erased(self, counts: ErasureCounts) -> None:
        record = self.section.form.record
        if record is not None and record.id == counts.contact_id:
            self.section.show_record(None)
        self.section.status_message.emit(
            tr("Person gelöscht (Anfragen: {0}, Nachrichten: {1}).").format(
                counts.inquiries, counts.messages
            )
        )
