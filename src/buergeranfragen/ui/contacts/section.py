"""Section "Kontakte": a list that filters as you type, the form, duplicate hints and merge."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.contacts.records import ContactRecord, DuplicateHint
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.errors import KnownError, RecordNotFound, StaleRecord, ValidationFailed
from buergeranfragen.ui.common.i18n import tr, tr_message
from buergeranfragen.ui.common.list_view import list_view
from buergeranfragen.ui.common.prompts import Discard, Prompts
from buergeranfragen.ui.contacts.form import ContactForm
from buergeranfragen.ui.contacts.model import ContactTableModel

FILTER_DELAY_MS = 150
HINT_DELAY_MS = 250


class DuplicateHints(QGroupBox):
    """Existing contacts that look like the one in the form, each with "Zusammenführen"."""

    open_requested = Signal(int)
    merge_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__(tr("Mögliche Dubletten"))
        self.setStyleSheet("QGroupBox { background: #fff8e1; }")
        self._layout = QVBoxLayout(self)
        self.hints: list[DuplicateHint] = []
        self.merge_buttons: list[QPushButton] = []
        self.hide()

    def show_hints(self, hints: list[DuplicateHint]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.hints = hints
        self.merge_buttons = []
        for hint in hints:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            who = hint.contact.name
            if hint.contact.organisation and hint.contact.organisation != who:
                who += f" ({hint.contact.organisation})"
            text = QLabel(f"<b>{_html(who)}</b>: {_html(', '.join(hint.reasons))}")
            text.setWordWrap(True)
            line.addWidget(text, 1)
            show = QPushButton(tr("Öffnen"))
            show.clicked.connect(lambda _=False, i=hint.contact.id: self.open_requested.emit(i))
            merge = QPushButton(tr("Zusammenführen"))
            merge.setToolTip(
                tr(
                    "Beide Kontakte zu einem vereinen; keine Nummer, Adresse oder "
                    "Notiz geht verloren."
                )
            )
            merge.clicked.connect(lambda _=False, i=hint.contact.id: self.merge_requested.emit(i))
            line.addWidget(show)
            line.addWidget(merge)
            self.merge_buttons.append(merge)
            self._layout.addWidget(row)
        self.setVisible(bool(hints))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ContactsSection(QWidget):
    status_message = Signal(str)

    def __init__(self, service: ContactService, prompts: Prompts) -> None:
        super().__init__()
        self.service = service
        self.prompts = prompts

        self.search = QLineEdit()
        self.search.setObjectName("contactSearch")
        self.search.setPlaceholderText(
            tr("Suchen: Name, Organisation, Rufnummer in jeder Schreibweise, E-Mail (Strg+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()

        self.model = ContactTableModel(service)
        self.table = list_view(self.model, "contactTable", (190, 170, 75, 125))

        self.form = ContactForm()
        self.hints = DuplicateHints()
        self.new_button = QPushButton(tr("Neuer Kontakt"))
        self.save_button = QPushButton(tr("Speichern"))
        self.save_button.setDefault(True)
        self.discard_button = QPushButton(tr("Verwerfen"))
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.count_label)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.hints)
        right_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        right_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 460])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self._hint_timer = QTimer(self, singleShot=True, interval=HINT_DELAY_MS)
        self._hint_timer.timeout.connect(self.update_hints)
        self.search.textChanged.connect(self._filter_timer.start)
        self.search.returnPressed.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.form.changed.connect(self._form_changed)
        self.hints.open_requested.connect(self.open_contact)
        self.hints.merge_requested.connect(self.merge_with)
        self.new_button.clicked.connect(self.new_contact)
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard)

        self.apply_filter()
        self._update_heading()

    # -- list -----------------------------------------------------------------------------

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self.model.set_filter(self.search.text())
        self._select_current()
        total = self.model.total
        self.count_label.setText(
            tr("{0} Kontakte").format(total) if total != 1 else tr("1 Kontakt")
        )

    def refresh(self) -> None:
        self.apply_filter()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _select_current(self) -> None:
        record = self.form.record
        row = self.model.row_of(record.id) if record else None
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row is None:
            selection.clearSelection()
            selection.setCurrentIndex(
                self.model.index(-1, -1), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        else:
            self.table.selectRow(row)
        selection.blockSignals(False)

    def _row_chosen(self, current: object, _previous: object) -> None:
        contact = self.model.contact_at(self.table.currentIndex().row())
        if contact is not None:
            self.open_contact(contact.id)

    # -- form -----------------------------------------------------------------------------

    def open_contact(self, contact_id: int) -> None:
        if self.form.record is not None and self.form.record.id == contact_id:
            return
        if not self.confirm_leave():
            self._select_current()
            return
        try:
            record = self.service.get(contact_id)
        except KnownError as exc:
            self.prompts.warn(tr("Kontakt nicht verfügbar"), tr_message(exc.msg))
            self.refresh()
            return
        self._show(record)

    def _show(self, record: ContactRecord | None) -> None:
        self.form.load(record)
        self.hints.show_hints([])
        self._update_heading()
        self._select_current()

    def new_contact(self) -> None:
        if not self.confirm_leave():
            return
        self._show(None)
        self.form.first_name.setFocus()

    def save(self) -> bool:
        draft = self.form.draft()
        record = self.form.record
        try:
            if record is None:
                saved = self.service.create(draft)
            else:
                saved = self.service.update(record.id, record.version, draft)
        except ValidationFailed as exc:
            self.form.show_errors(exc.errors)
            self.status_message.emit(tr("Nicht gespeichert: bitte die markierten Felder prüfen."))
            return False
        except StaleRecord as exc:
            if self.prompts.confirm(
                tr("Kontakt wurde inzwischen geändert"),
                tr_message(exc.msg),
                tr("Neu laden (meine Änderungen verwerfen)"),
                tr("Weiter bearbeiten"),
            ):
                self._reload_current()
            return False
        except RecordNotFound as exc:
            self.prompts.warn(
                tr("Kontakt gelöscht"),
                tr_message(exc.msg)
                + " "
                + tr(
                    "Ihre Eingaben bleiben im Formular; „Speichern“ legt sie als neuen Kontakt an."
                ),
            )
            self.form.record = None
            self._update_heading()
            return False
        except KnownError as exc:
            self.prompts.warn(tr("Speichern nicht möglich"), tr_message(exc.msg))
            return False
        self.form.mark_saved(saved)
        self.refresh()
        self._update_heading()
        self.status_message.emit(tr("Gespeichert: {0}").format(saved.display_name))
        self.update_hints()
        return True

    def _reload_current(self) -> None:
        record = self.form.record
        if record is None:
            return
        try:
            self._show(self.service.get(record.id))
        except KnownError as exc:
            self.prompts.warn(tr("Kontakt nicht verfügbar"), tr_message(exc.msg))
            self._show(None)
        self.refresh()

    def discard(self) -> None:
        if self.form.is_dirty() and not self.prompts.confirm(
            tr("Eingaben verwerfen?"),
            tr("Die ungespeicherten Eingaben in diesem Kontakt gehen verloren."),
            tr("Verwerfen"),
            tr("Weiter bearbeiten"),
        ):
            return
        self.form.load(self.form.record)
        self.hints.show_hints([])
        self.status_message.emit(tr("Eingaben verworfen."))

    def confirm_leave(self) -> bool:
        """True when the form may be replaced: nothing typed, or saved, or discarded."""
        if not self.form.is_dirty():
            return True
        answer = self.prompts.unsaved_changes(tr("Das Kontaktformular"))
        if answer == Discard.SAVE:
            return self.save()
        return answer == Discard.DISCARD

    def _form_changed(self) -> None:
        self._hint_timer.start()
        self._update_heading()

    def _update_heading(self) -> None:
        record = self.form.record
        text = record.display_name if record else tr("Neuer Kontakt")
        if self.form.is_dirty():
            text += " *"
        self.heading.setText(text)

    # -- duplicates -----------------------------------------------------------------------

    def update_hints(self) -> None:
        self._hint_timer.stop()
        record = self.form.record
        try:
            hints = self.service.find_duplicates(
                self.form.draft(), exclude_id=record.id if record else None
            )
        except KnownError:
            hints = []
        self.hints.show_hints(hints)

    def merge_with(self, other_id: int) -> None:
        record = self.form.record
        other = next((h.contact for h in self.hints.hints if h.contact.id == other_id), None)
        other_name = other.name if other else str(other_id)
        try:
            if record is None:
                if not self.prompts.confirm(
                    tr("Zusammenführen"),
                    tr(
                        "Ihre Eingaben werden dem vorhandenen Kontakt „{0}“ hinzugefügt. "
                        "Keine Rufnummer, Adresse oder Notiz geht verloren."
                    ).format(other_name),
                    tr("Zusammenführen"),
                    tr("Abbrechen"),
                ):
                    return
                created = self.service.create(self.form.draft())
                merged = self.service.merge(other_id, created.id)
            else:
                if self.form.is_dirty() and not self.save():
                    return
                record = self.form.record
                assert record is not None
                if not self.prompts.confirm(
                    tr("Zusammenführen"),
                    tr(
                        "„{0}“ wird in „{1}“ übernommen und danach entfernt. Alle Rufnummern, "
                        "Adressen und Notizen bleiben erhalten."
                    ).format(other_name, record.display_name),
                    tr("Zusammenführen"),
                    tr("Abbrechen"),
                ):
                    return
                merged = self.service.merge(record.id, other_id, record.version)
        except ValidationFailed as exc:
            self.form.show_errors(exc.errors)
            return
        except KnownError as exc:
            self.prompts.warn(tr("Zusammenführen nicht möglich"), tr_message(exc.msg))
            return
        self._show(merged)
        self.refresh()
        self._select_current()
        self.status_message.emit(tr("Zusammengeführt: {0}").format(merged.display_name))
