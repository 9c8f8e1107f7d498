"""The contact form: every field of a press or citizen contact, messages next to the fields,
several numbers and addresses. It holds plain data only; saving is the section's job."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.contacts.records import (
    SCALAR_FIELDS,
    ContactDraft,
    ContactKind,
    ContactRecord,
    ContactSource,
    EmailInput,
    EmailKind,
    PhoneInput,
    PhoneKind,
)
from buergeranfragen.errors import FieldError
from buergeranfragen.stored_values import from_storage
from buergeranfragen.ui.common.i18n import (
    contact_kind_label,
    email_kind_label,
    phone_kind_label,
    source_label,
    tr,
    tr_message,
    unknown_label,
)
from buergeranfragen.ui.common.labels import error_label, show_error

# the draft's text fields that the form shows as one-line edits of the same name
LINE_FIELDS = tuple(f for f in SCALAR_FIELDS if f not in ("salutation", "notes"))


def select_value(combo: QComboBox, value: str) -> None:
    """Select ``value``; one a newer version stored is added as "unbekannt (…)" and kept, so
    saving the form never turns it into the first kind of the list."""
    while combo.count() > combo.property("known_items"):  # one added for the contact before
        combo.removeItem(combo.count() - 1)
    index = combo.findData(value)
    if index < 0:
        combo.addItem(unknown_label(value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


class RepeatingRows(QWidget):
    """Rows of (kind, text) with a remove button each and a message under each row."""

    changed = Signal()

    def __init__(
        self, kinds: Sequence[tuple[str, str]], placeholder: str, add_label: str, name: str
    ) -> None:
        super().__init__()
        self._kinds = list(kinds)
        self._placeholder = placeholder
        self._name = name
        self._rows: list[tuple[QComboBox, QLineEdit, QPushButton, QLabel]] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        self.add_button = QPushButton(add_label)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        layout.addWidget(self.add_button)

    def add_row(self, kind: str | None = None, text: str = "", focus: bool = False) -> QLineEdit:
        combo = QComboBox()
        for value, label in self._kinds:
            combo.addItem(label, value)
        combo.setProperty("known_items", combo.count())
        if kind is not None:
            select_value(combo, kind)
        edit = QLineEdit(text)
        edit.setPlaceholderText(self._placeholder)
        index = len(self._rows)
        edit.setObjectName(f"{self._name}{index}")
        remove = QPushButton("✕")
        remove.setToolTip(tr("Diese Zeile entfernen"))
        remove.setFixedWidth(32)
        error = error_label()
        row = index * 2
        self._grid.addWidget(combo, row, 0)
        self._grid.addWidget(edit, row, 1)
        self._grid.addWidget(remove, row, 2)
        self._grid.addWidget(error, row + 1, 1, 1, 2)
        entry = (combo, edit, remove, error)
        self._rows.append(entry)
        remove.clicked.connect(lambda: self._remove(entry))
        edit.textChanged.connect(self.changed)
        combo.currentIndexChanged.connect(self.changed)
        if focus:
            edit.setFocus()
        self.changed.emit()
        return edit

    def _remove(self, entry: tuple[QComboBox, QLineEdit, QPushButton, QLabel]) -> None:
        values = [v for e, v in zip(self._rows, self.values(), strict=True) if e is not entry]
        self.set_values(values)
        self.changed.emit()

    def set_values(self, values: Sequence[tuple[str, str]]) -> None:
        for widgets in self._rows:
            for widget in widgets:
                self._grid.removeWidget(widget)
                widget.deleteLater()
        self._rows = []
        for kind, text in values:
            self.add_row(kind, text)
        if not values:
            self.add_row()

    def values(self) -> list[tuple[str, str]]:
        return [(combo.currentData(), edit.text()) for combo, edit, _, _ in self._rows]

    def edit(self, index: int) -> QLineEdit:
        return self._rows[index][1]

    def set_error(self, index: int, message: str | None) -> None:
        if 0 <= index < len(self._rows):
            show_error(self._rows[index][3], message)

    def error_text(self, index: int) -> str:
        label = self._rows[index][3]
        return label.text() if label.isVisible() or label.text() else ""

    def clear_errors(self) -> None:
        for _, _, _, error in self._rows:
            show_error(error, None)


class ContactForm(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.record: ContactRecord | None = None
        self._loaded = ContactDraft()

        self.kind = QComboBox()
        for kind in (ContactKind.CITIZEN, ContactKind.PRESS):
            self.kind.addItem(contact_kind_label(kind), kind.value)
        self.kind.setProperty("known_items", self.kind.count())
        self.salutation = QComboBox()
        self.salutation.setEditable(True)
        self.salutation.addItems(["", tr("Frau"), tr("Herr")])
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("z. B. Dr."))
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.organisation = QLineEdit()
        self.function = QLineEdit()
        self.outlet = QLineEdit()
        self.outlet.setPlaceholderText(tr("z. B. WDR, Rheinische Post"))
        self.desk = QLineEdit()
        self.desk.setPlaceholderText(tr("z. B. Landespolitik"))
        self.street = QLineEdit()
        self.postal_code = QLineEdit()
        self.postal_code.setMaximumWidth(90)
        self.city = QLineEdit()
        self.country = QLineEdit()
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(tr("durch Kommas getrennt"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(70)
        self.source_label = QLabel()
        self.name_error = error_label()

        for name in (*LINE_FIELDS, "tags"):
            widget = getattr(self, name)
            widget.setObjectName(name)
            widget.textChanged.connect(self.changed)
        self.notes.textChanged.connect(self.changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.salutation.currentTextChanged.connect(self.changed)

        self.phones = RepeatingRows(
            [(k.value, phone_kind_label(k)) for k in PhoneKind],
            tr("z. B. 0211 837-1001"),
            tr("Weitere Rufnummer"),
            "phone",
        )
        self.emails = RepeatingRows(
            [(k.value, email_kind_label(k)) for k in EmailKind],
            tr("name@beispiel.de"),
            tr("Weitere E-Mail-Adresse"),
            "email",
        )
        self.phones.changed.connect(self.changed)
        self.emails.changed.connect(self.changed)

        person = QFormLayout()
        person.addRow(tr("Art"), self.kind)
        salutation_row = QHBoxLayout()
        salutation_row.addWidget(self.salutation)
        salutation_row.addWidget(QLabel(tr("Titel")))
        salutation_row.addWidget(self.title)
        person.addRow(tr("Anrede"), salutation_row)
        person.addRow(tr("&Vorname"), self.first_name)
        person.addRow(tr("&Nachname"), self.last_name)
        person.addRow("", self.name_error)
        person.addRow(tr("&Organisation"), self.organisation)
        person.addRow(tr("Funktion"), self.function)
        self.outlet_label = QLabel(tr("&Medium"))
        self.outlet_label.setBuddy(self.outlet)
        self.desk_label = QLabel(tr("Ressort"))
        person.addRow(self.outlet_label, self.outlet)
        person.addRow(self.desk_label, self.desk)

        reach = QFormLayout()
        reach.addRow(tr("Rufnummern"), self.phones)
        reach.addRow(tr("E-Mail"), self.emails)

        address = QFormLayout()
        address.addRow(tr("Straße"), self.street)
        city_row = QHBoxLayout()
        city_row.addWidget(self.postal_code)
        city_row.addWidget(self.city)
        address.addRow(tr("PLZ, Ort"), city_row)
        address.addRow(tr("Land"), self.country)

        more = QFormLayout()
        more.addRow(tr("Kategorien"), self.tags)
        more.addRow(tr("Notizen"), self.notes)
        more.addRow(tr("Herkunft"), self.source_label)

        layout = QVBoxLayout(self)
        for title, inner in (
            (tr("Person"), person),
            (tr("Erreichbarkeit"), reach),
            (tr("Anschrift"), address),
            (tr("Weiteres"), more),
        ):
            box = QGroupBox(title)
            box.setLayout(inner)
            layout.addWidget(box)
        layout.addStretch(1)
        self.clear()

    # -- data in and out ------------------------------------------------------------------

    def clear(self) -> None:
        self.load(None)

    def load(self, record: ContactRecord | None, draft: ContactDraft | None = None) -> None:
        """Show a stored contact (or an empty form); ``draft`` overrides what is shown."""
        self.record = record
        self._fill(record.to_draft() if record else ContactDraft())
        self._loaded = self.draft()
        if draft is not None:
            self._fill(draft)
        self.clear_errors()
        source = record.source if record else ContactSource.TYPED
        self.source_label.setText(source_label(source))

    def _fill(self, draft: ContactDraft) -> None:
        self.blockSignals(True)
        select_value(self.kind, draft.kind.value)
        self.salutation.setCurrentText(draft.salutation)
        for name in LINE_FIELDS:
            getattr(self, name).setText(getattr(draft, name))
        self.tags.setText(", ".join(draft.tags))
        self.notes.setPlainText(draft.notes)
        self.phones.set_values([(p.kind.value, p.raw) for p in draft.phones])
        self.emails.set_values([(e.kind.value, e.address) for e in draft.emails])
        self.blockSignals(False)
        self._kind_changed()

    def draft(self) -> ContactDraft:
        return ContactDraft(
            kind=from_storage(ContactKind, self.kind.currentData()),
            salutation=self.salutation.currentText().strip(),
            notes=self.notes.toPlainText().rstrip(),
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            source=self.record.source if self.record else ContactSource.TYPED,
            phones=tuple(
                PhoneInput(text.strip(), from_storage(PhoneKind, kind))
                for kind, text in self.phones.values()
                if text.strip()
            ),
            emails=tuple(
                EmailInput(text.strip(), from_storage(EmailKind, kind))
                for kind, text in self.emails.values()
                if text.strip()
            ),
            **{name: getattr(self, name).text().strip() for name in LINE_FIELDS},
        )

    def is_dirty(self) -> bool:
        return self.draft() != self._loaded

    # -- messages at the fields -----------------------------------------------------------

    def clear_errors(self) -> None:
        show_error(self.name_error, None)
        self.phones.clear_errors()
        self.emails.clear_errors()

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        self.clear_errors()
        # the draft skips blank rows; map its positions back to the rows on screen
        phone_rows = [i for i, (_, t) in enumerate(self.phones.values()) if t.strip()]
        email_rows = [i for i, (_, t) in enumerate(self.emails.values()) if t.strip()]
        first_widget: QWidget | None = None
        for error in errors:
            group, _, position = error.field.partition(".")
            if group == "phones" and position.isdigit() and int(position) < len(phone_rows):
                row = phone_rows[int(position)]
                self.phones.set_error(row, tr_message(error.message))
                first_widget = first_widget or self.phones.edit(row)
            elif group == "emails" and position.isdigit() and int(position) < len(email_rows):
                row = email_rows[int(position)]
                self.emails.set_error(row, tr_message(error.message))
                first_widget = first_widget or self.emails.edit(row)
            else:
                show_error(self.name_error, tr_message(error.message))
                first_widget = first_widget or self.last_name
        if first_widget is not None:
            first_widget.setFocus()

    def _kind_changed(self) -> None:
        press = self.kind.currentData() == ContactKind.PRESS.value
        for widget in (self.outlet, self.outlet_label, self.desk, self.desk_label):
            widget.setVisible(press)
        self.changed.emit()
