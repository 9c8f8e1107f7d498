"""Section "Kontakte": a list that filters as you type, the form, duplicate hints; merging
(``merge_dialog``) and splitting (``split_dialog``) start here.

Every call to the contact service goes through ``Operations``; what the user decides next
(leave the form, close the window) is passed on as a callback that runs once the form has been
saved or discarded.

Keyboard: Tab runs search → list → form; Down or Enter in the search field moves into the
list (first row), Esc there clears the search. When a new search no longer lists the contact
shown and nothing was typed into it, the form is emptied (a new contact)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.contacts.records import (
    ContactDraft,
    ContactRecord,
    ContactSummary,
    DuplicateHint,
)
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.errors import KnownError
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.ui.common.debounce import debounce_timer
from buergeranfragen.ui.common.i18n import tr
from buergeranfragen.ui.common.labels import plain_label, set_plain
from buergeranfragen.ui.common.list_view import list_view
from buergeranfragen.ui.common.operations import (
    Changes,
    Operation,
    Operations,
    Show,
)
from buergeranfragen.ui.common.paged_model import Page
from buergeranfragen.ui.common.prompts import Prompts
from buergeranfragen.ui.common.search_field import IntoResults, SearchField
from buergeranfragen.ui.common.unsaved import Then, UnsavedInput, chain, nothing
from buergeranfragen.ui.contacts.form import ContactForm
from buergeranfragen.ui.contacts.hints import DuplicateHints
from buergeranfragen.ui.contacts.merge_dialog import ContactMerge
from buergeranfragen.ui.contacts.model import ContactTableModel
from buergeranfragen.ui.contacts.saving import ContactSaving
from buergeranfragen.ui.contacts.split_dialog import ContactSplit

FILTER_DELAY_MS = 150
HINT_DELAY_MS = 250


class ContactsSection(QWidget):
    status_message = Signal(str)

    def __init__(
        self,
        service: ContactService,
        ops: Operations,
        prompts: Prompts,
        inquiries: InquiryService | None = None,
    ) -> None:
        super().__init__()
        self.service = service
        self.ops = ops
        self.prompts = prompts
        self.merging = ContactMerge(self)
        self.record_opened: Callable[[int], None] = lambda _contact_id: None  # audit of reading
        self.splitting = ContactSplit(self, inquiries)
        # requests to save made while a save runs: what the form held then, and what follows
        self.saver = ContactSaving(self)

        self._listing: Operation[Page[ContactSummary]] | None = None
        self.search = SearchField(
            "contactSearch",
            tr("Suchen: Name, Organisation, Rufnummer in jeder Schreibweise, E-Mail (Strg+F)"),
        )
        self.count_label = QLabel()
        self.filter_note = plain_label()  # the search that narrows the list, typed: plain text
        self.filter_note.setObjectName("activeFilter")
        self.filter_note.setWordWrap(True)
        self.filter_note.hide()

        self.model = ContactTableModel(service, self)
        self.table = list_view(self.model, "contactTable", (190, 170, 75, 125))

        self.form = ContactForm()
        self.hints = DuplicateHints()
        self.new_button = QPushButton(tr("Neuer Kontakt"))
        self.save_button = QPushButton(tr("Speichern"))
        self.save_button.setDefault(True)
        self.discard_button = QPushButton(tr("Verwerfen"))
        self.new_button.setObjectName("contactNew")
        self.save_button.setObjectName("contactSave")
        self.discard_button.setObjectName("contactDiscard")
        self.heading = plain_label()  # the contact's name: text from outside
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        # the open contact was changed elsewhere (an import, a mail) while the form held input
        self.changed_bar = QWidget()
        self.changed_bar.setObjectName("contactChangedBar")
        bar = QHBoxLayout(self.changed_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(QLabel(tr("Kontakt wurde inzwischen geändert")), 1)
        self.reload_button = QPushButton(tr("Neu laden"))
        self.reload_button.setObjectName("reloadButton")
        self.reload_button.clicked.connect(self._reload_asked)
        bar.addWidget(self.reload_button)
        self.changed_bar.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.filter_note)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.count_label)

        self.form_scroll = scroll = QScrollArea()
        scroll.setObjectName("contactFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab from the list goes into the form
        scroll.setWidget(self.form)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.changed_bar)
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

        self._filter_timer = debounce_timer(self, FILTER_DELAY_MS, self.apply_filter)
        self._hint_timer = debounce_timer(self, HINT_DELAY_MS, self.update_hints)
        # a row chosen in the list is opened once the click or key is done (a question asked
        # in the middle of a click left the clicked row selected under another contact)
        self._chosen: int | None = None
        self._chosen_timer = debounce_timer(self, 0, self._open_chosen)
        self._arriving = False  # the list is taking the focus (Tab, or back from a question)
        self.table.installEventFilter(self)
        self.unsaved = UnsavedInput(
            self.form, prompts, lambda: tr("Das Kontaktformular"), self.form.is_dirty, self.save
        )
        self.search.textChanged.connect(self._filter_timer.start)
        self.search.textChanged.connect(self._show_filter)
        self.into_results = IntoResults(
            self.table,
            self._filter_timer,
            self.apply_filter,
            lambda: self._listing is not None and self._listing.running,
            lambda: self._row_chosen(None, None),
        )
        self.search.into_results.connect(self.into_results.enter)
        self.search.reset_requested.connect(self.reset_filter)
        QWidget.setTabOrder(self.search, self.table)  # the form follows the list (layout order)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.model.read_failed.connect(self.status_message)
        self.form.changed.connect(self._form_changed)
        self.form.chain_changed.connect(self.chain_focus)
        self.hints.open_requested.connect(self.open_contact)
        self.hints.merge_requested.connect(self.merge_with)
        self.new_button.clicked.connect(self.new_contact)
        self.save_button.clicked.connect(lambda: self.save())
        self.discard_button.clicked.connect(self.discard)
        ops.changed.connect(self._data_changed)

        self.apply_filter()
        self.update_heading()
        self.chain_focus()

    # -- list -----------------------------------------------------------------------------

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        text = self.search.text()
        self._listing = self.ops.run(
            lambda: self.model.read(text),
            lambda page: self._listed(text, page),
            key="contacts.list",
            show=Show.STATUS,
        )

    def _listed(self, text: str, page: Page[ContactSummary]) -> None:
        new_search = text != self.model.filter
        self.model.show_filtered(text, page)
        record = self.form.record
        if (
            new_search
            and record is not None
            and self.model.row_of(record.id) is None
            and not self.form.is_dirty()
        ):
            # the form follows the list: a contact the search no longer lists is not shown
            self.ops.supersede("contacts.open")
            self.show_record(None)
        self._select_current()
        total = self.model.total
        self.count_label.setText(
            tr("{0} Kontakte").format(total) if total != 1 else tr("1 Kontakt")
        )
        self.into_results.listed()

    def _show_filter(self) -> None:
        text = " ".join(self.search.text().split())
        if text:
            set_plain(
                self.filter_note,
                tr("Filter aktiv: {0} – Esc im Suchfeld setzt zurück").format(
                    tr("Suche „{0}“").format(text)
                ),
            )
        self.filter_note.setVisible(bool(text))

    def reset_filter(self) -> None:
        """Esc in the search field: the whole list again."""
        self.search.clear()
        self.apply_filter()

    def refresh(self) -> None:
        self.apply_filter()

    def reread(self) -> None:
        """The list as it is now (changed here or at another desk), as far as it was
        scrolled, the scroll position kept; a search being typed reads with its own text."""
        if self._filter_timer.isActive() or (self._listing is not None and self._listing.running):
            self.apply_filter()
            return
        text, rows = self.model.filter, self.model.rowCount()
        scrolled = self.table.verticalScrollBar().value()

        def listed(page: Page[ContactSummary]) -> None:
            self._listed(text, page)
            self.table.verticalScrollBar().setValue(scrolled)

        self._listing = self.ops.run(
            lambda: self.model.read(text, rows), listed, key="contacts.list", show=Show.NOWHERE
        )

    def _data_changed(self, changes: Changes) -> None:
        if changes.contacts:
            self.reread()
            self._check_open_contact()

    def _check_open_contact(self) -> None:
        """Contacts changed (an import, a mail, another form): the open contact is read
        again; changed meanwhile, it is shown anew, or - holding unsaved input - a bar says
        so and offers "Neu laden"."""
        record = self.form.record
        if record is None:
            return
        contact_id = record.id
        self.ops.run(
            lambda: self.service.get(contact_id),
            self._fresh,
            key="contacts.fresh",
            show=Show.NOWHERE,  # gone or unreadable: saving will say so
        )

    def _fresh(self, fresh: ContactRecord) -> None:
        record = self.form.record
        if record is None or record.id != fresh.id or fresh.version == record.version:
            return
        if self.saving or self.form.is_dirty():
            self.changed_bar.show()
            return
        self.show_record(fresh)
        self.status_message.emit(tr("Kontakt wurde inzwischen geändert und neu geladen."))

    def _reload_asked(self) -> None:
        self.unsaved.confirm_discard(
            tr("Kontakt wurde inzwischen geändert"),
            tr("Die ungespeicherten Eingaben in diesem Kontakt gehen verloren."),
            self.reload_current,
        )

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """A list that takes the focus without a current row makes its first row current:
        that is no choice of the user's, and with unsaved input it opens nothing (Tab into
        the list asked to leave the form, and asked again each time the focus came back)."""
        if watched is self.table and event.type() == QEvent.Type.FocusIn:
            self._arriving = True
            try:
                return self.table.event(event)
            finally:
                self._arriving = False
        return False

    def _row_chosen(self, current: object, _previous: object) -> None:
        contact = self.model.contact_at(self.table.currentIndex().row())
        if contact is None:
            return
        if self._arriving and self.form.is_dirty():
            return  # the focus arrived; moving in the list is a choice, arriving is not
        self._chosen = contact.id
        self._chosen_timer.start()

    def _open_chosen(self) -> None:
        contact_id, self._chosen = self._chosen, None
        if contact_id is not None:
            self.open_contact(contact_id)

    # -- form -----------------------------------------------------------------------------

    def open_contact(self, contact_id: int) -> None:
        if self.form.record is not None and self.form.record.id == contact_id:
            return
        self.confirm_leave(lambda: self._load(contact_id), self._select_current)

    def _load(self, contact_id: int) -> None:
        decided = self.form.draft()  # what the user saved or discarded to go there
        self.ops.run(
            lambda: self.service.get(contact_id),
            lambda record: self._loaded(record, decided),
            failure=self._load_failed,
            title=tr("Kontakt nicht verfügbar"),
            key="contacts.open",
        )

    def _loaded(self, record: ContactRecord, decided: ContactDraft) -> None:
        if self.form.draft() == decided:  # the user's answer stands: not asked twice
            self.show_record(record)
            return
        # typed into the form while the contact was read: ask again before replacing it
        self.confirm_leave(lambda: self.show_record(record), self._select_current)

    def _load_failed(self, _error: KnownError) -> bool:
        self.refresh()  # it may be gone from the list too
        return False  # the message is shown as usual

    def show_record(self, record: ContactRecord | None) -> None:
        """Show ``record`` in the form (nothing asked: the caller knows the form may go)."""
        self.form.load(record)
        if record is not None:
            self.record_opened(record.id)
        self.changed_bar.hide()
        self.hints.show_hints([])
        self.chain_focus()
        self.update_heading()
        self._select_current()
        self.form_scroll.verticalScrollBar().setValue(0)  # from the top: Art in sight
        if record is not None:  # who else looks like it (the other "Karl-Heinz Dreßen")
            self.update_hints()

    def new_contact(self) -> None:
        self.confirm_leave(self._new)

    def _new(self) -> None:
        self.ops.supersede("contacts.open")  # a contact still being read must not replace it
        self.show_record(None)
        self.form.first_name.setFocus()
        self.form_scroll.verticalScrollBar().setValue(0)

    @property
    def saving(self) -> bool:
        return self.saver.running

    def save(self, then: Then = nothing, otherwise: Then = nothing) -> None:
        """Save the form; ``then`` once it is saved, ``otherwise`` if not (``saving.py``)."""
        self.saver.save(then, otherwise)

    def reload_current(self) -> None:
        record = self.form.record
        if record is None:
            return
        self.refresh()
        contact_id = record.id
        self.ops.run(
            lambda: self.service.get(contact_id),
            self.show_record,
            failure=self._reload_failed,
            title=tr("Kontakt nicht verfügbar"),
            key="contacts.open",
        )

    def _reload_failed(self, _error: KnownError) -> bool:
        self.show_record(None)
        return False

    def discard(self) -> None:
        """Esc ("Eingaben verwerfen"): asks first; Enter and Esc in the question keep the
        input and go back to the field."""
        if not self.form.is_dirty():
            return
        self.unsaved.confirm_discard(
            tr("Eingaben verwerfen?"),
            tr("Die ungespeicherten Eingaben in diesem Kontakt gehen verloren."),
            self._discarded,
        )

    def _discarded(self) -> None:
        if self.changed_bar.isVisible():  # the stored contact changed: show it as it is now
            self.reload_current()
            return
        self.form.load(self.form.record)
        self.hints.show_hints([])
        self.chain_focus()
        self.update_heading()
        self.status_message.emit(tr("Eingaben verworfen."))

    def confirm_leave(self, then: Then, otherwise: Then = nothing) -> None:
        """``then`` once the form may be replaced (nothing typed, or saved, or discarded);
        ``otherwise`` when the user goes on editing (the focus goes back to the field they
        were in) or the input could not be saved. Asked once (``ui/common/unsaved``)."""
        self.unsaved.leave(then, otherwise)

    def chain_focus(self) -> None:
        """Tab in reading order: the list, the hints' buttons, the form's fields, then
        Speichern, Verwerfen, Neuer Kontakt (rows of numbers come and go: set again)."""
        chain(
            self.table,
            *self.hints.buttons(),
            *self.form.focus_order(),
            self.save_button,
            self.discard_button,
            self.new_button,
        )

    def _form_changed(self) -> None:
        self._hint_timer.start()
        self.update_heading()

    def update_heading(self) -> None:
        record = self.form.record
        text = record.display_name if record else tr("Neuer Kontakt")
        if self.form.is_dirty():
            text += " *"
        set_plain(self.heading, text)

    # -- duplicates -----------------------------------------------------------------------

    def update_hints(self) -> None:
        self._hint_timer.stop()
        record = self.form.record
        draft = self.form.draft()
        exclude = record.id if record else None
        self.ops.run(
            lambda: self.service.find_duplicates(draft, exclude_id=exclude),
            self._hinted,
            key="contacts.hints",
            show=Show.NOWHERE,  # a hint that cannot be computed now is no news
        )

    def _hinted(self, hints: list[DuplicateHint]) -> None:
        self.hints.show_hints(hints)
        self.chain_focus()

    def merge_with(self, other_id: int) -> None:
        self.merging.merge_with(other_id)

    def split_contact(self) -> None:
        """Split the open contact (saved first if something was typed); see ``split_dialog``."""
        self.splitting.split_open_contact()
