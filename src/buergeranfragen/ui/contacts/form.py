"""The contact form: every field of a press or citizen contact, messages under the fields,
several numbers and addresses. It holds plain data only; saving is the section's job.

A field is checked when the user leaves it (``validation.validate``, pure and quick): its
message appears word-wrapped under it and is the field's accessible description too; it goes
as soon as the value is valid. The Tab order is the reading order (``focus_order``), kept when
rows of numbers or addresses come and go (``chain_changed``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
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
from buergeranfragen.contacts.validation import validate
from buergeranfragen.errors import FieldError, ValidationFailed
from buergeranfragen.stored_values import from_storage
from buergeranfragen.ui.common.i18n import (
    contact_kind_label,
    email_kind_label,
    phone_kind_label,
    source_label,
    tr,
    tr_message,
)
from buergeranfragen.ui.common.labels import error_label, show_error
from buergeranfragen.ui.common.unsaved import EnterMovesOn
from buergeranfragen.ui.contacts.rows import RepeatingRows, select_value

# the draft's text fields that the form shows as one-line edits of the same name
LINE_FIELDS = tuple(f for f in SCALAR_FIELDS if f not in ("salutation", "notes"))


class ContactForm(QWidget):
    changed = Signal()
    chain_changed = Signal()  # widgets came or went: the Tab order is to be set again

    def __init__(self) -> None:
        super().__init__()
        self.record: ContactRecord | None = None
        self._loaded = ContactDraft()
        self._messages: dict[str, QLabel] = {}
        self._fields: dict[QWidget, QWidget] = {}  # a field's box (field and message) → field

        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in (ContactKind.CITIZEN, ContactKind.PRESS):
            self.kind.addItem(contact_kind_label(kind), kind.value)
        self.kind.setProperty("known_items", self.kind.count())
        self.salutation = QComboBox()
        self.salutation.setObjectName("salutation")
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
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumHeight(70)
        self.source_label = QLabel()
        self.name_error = error_label()
        self.name_error.setObjectName("last_nameMessage")
        self._messages["last_name"] = self.name_error

        for name in (*LINE_FIELDS, "tags"):
            widget = getattr(self, name)
            widget.setObjectName(name)
            widget.textChanged.connect(self.changed)
            widget.editingFinished.connect(lambda n=name: self.check_field(n))
        self.notes.textChanged.connect(self.changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.salutation.currentTextChanged.connect(self.changed)
        self.changed.connect(self._recheck)

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
        for rows in (self.phones, self.emails):
            rows.changed.connect(self.changed)
            rows.rows_changed.connect(self.chain_changed)

        self.phones.left.connect(lambda index: self.check_field(f"phones.{index}"))
        self.emails.left.connect(lambda index: self.check_field(f"emails.{index}"))

        person = QFormLayout()
        person.addRow(tr("Art"), self.kind)
        salutation_row = QHBoxLayout()
        salutation_row.setContentsMargins(0, 0, 0, 0)
        salutation_row.addWidget(self.salutation)
        salutation_row.addWidget(QLabel(tr("Titel")))
        salutation_row.addWidget(self.title)
        person.addRow(tr("Anrede"), self._under(salutation_row, "title"))
        person.addRow(tr("&Vorname"), self._under(self.first_name, "first_name"))
        person.addRow(tr("N&achname"), self._under(self.last_name, "last_name"))
        person.addRow(tr("&Organisation"), self._under(self.organisation, "organisation"))
        person.addRow(tr("Funktion"), self._under(self.function, "function"))
        self.outlet_box = self._under(self.outlet, "outlet")
        self.desk_box = self._under(self.desk, "desk")
        self.outlet_label = QLabel(tr("&Medium"))
        self.outlet_label.setBuddy(self.outlet)
        self.desk_label = QLabel(tr("Ressort"))
        person.addRow(self.outlet_label, self.outlet_box)
        person.addRow(self.desk_label, self.desk_box)

        reach = QFormLayout()
        reach.addRow(tr("Rufnummern"), self.phones)
        reach.addRow(tr("E-Mail"), self.emails)

        address = QFormLayout()
        address.addRow(tr("Straße"), self._under(self.street, "street"))
        city_row = QHBoxLayout()
        city_row.setContentsMargins(0, 0, 0, 0)
        city_row.addWidget(self.postal_code)
        city_row.addWidget(self.city)
        address.addRow(tr("PLZ, Ort"), self._under(city_row, "postal_code", "city"))
        address.addRow(tr("Land"), self._under(self.country, "country"))

        more = QFormLayout()
        more.addRow(tr("Kategorien"), self._under(self.tags, "tags"))
        more.addRow(tr("Notizen"), self._under(self.notes, "notes"))
        more.addRow(tr("Herkunft"), self.source_label)

        for form in (person, address, more):
            self._buddies(form)

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
        self.enter_moves_on = EnterMovesOn(self)
        self.clear()

    def _buddies(self, form: QFormLayout) -> None:
        """A row's mnemonic (Alt+V for "&Vorname") goes to its field, not the field's box."""
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None:
                continue
            text, box = label.widget(), field.widget()
            content = self._fields.get(box) if box is not None else None
            if isinstance(text, QLabel) and content is not None:
                text.setBuddy(content)

    def _under(self, content: QWidget | QHBoxLayout, *names: str) -> QWidget:
        """``content`` with the messages of ``names`` under it, word-wrapped (never cut)."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(content, QWidget):
            column.addWidget(content)
            # not a focus proxy: that put the box into the Tab chain (a trap after "Neuer
            # Kontakt"); the row's label gets the field as its buddy instead (``_buddies``)
            self._fields[box] = content
        else:
            column.addLayout(content)
        for name in names:
            label = self._messages.get(name)
            if label is None:
                label = error_label()
                label.setObjectName(f"{name}Message")
                self._messages[name] = label
            column.addWidget(label)
        return box

    def focus_order(self) -> list[QWidget]:
        """The fields in reading order (hidden ones are skipped by Qt)."""
        return [
            self.kind,
            self.salutation,
            self.title,
            self.first_name,
            self.last_name,
            self.organisation,
            self.function,
            self.outlet,
            self.desk,
            *self.phones.focus_order(),
            *self.emails.focus_order(),
            self.street,
            self.postal_code,
            self.city,
            self.country,
            self.tags,
            self.notes,
        ]

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

    def message(self, name: str) -> str:
        """The message shown under field ``name`` ("" when none)."""
        label = self._messages.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def _set_message(self, name: str, text: str | None) -> None:
        group, _, position = name.partition(".")
        if group in ("phones", "emails") and position.isdigit():
            getattr(self, group).set_error(int(position), text)
            return
        label = self._messages.get(name, self.name_error)
        show_error(label, text)
        field = getattr(self, name, None) if name in self._messages else self.last_name
        if isinstance(field, QWidget):
            field.setAccessibleDescription(text or "")

    def _shown_messages(self) -> list[str]:
        names = [n for n in self._messages if self.message(n)]
        for group in ("phones", "emails"):
            rows: RepeatingRows = getattr(self, group)
            names += [f"{group}.{i}" for i in range(rows.count()) if rows.error_text(i)]
        return names

    def problems(self) -> dict[str, str]:
        """What the core would refuse, by field on screen (``phones.2`` is the third row)."""
        try:
            validate(self.draft())
        except ValidationFailed as failed:
            found: dict[str, str] = {}
            for error in failed.errors:
                found.setdefault(self._screen_field(error.field), tr_message(error.message))
            return found
        return {}

    def _screen_field(self, field: str) -> str:
        # the draft skips blank rows; map its positions back to the rows on screen
        group, _, position = field.partition(".")
        if group in ("phones", "emails") and position.isdigit():
            rows: RepeatingRows = getattr(self, group)
            filled = [i for i, (_, t) in enumerate(rows.values()) if t.strip()]
            if int(position) < len(filled):
                return f"{group}.{filled[int(position)]}"
        return field if field in self._messages else "last_name"

    def check_field(self, name: str) -> None:
        """The user left field ``name``: its message, if its value is refused; a field left
        empty says nothing yet (a contact may do without it; saving says what is missing)."""
        if self.signalsBlocked():
            return
        group, _, position = name.partition(".")
        if group in ("phones", "emails"):
            text = getattr(self, group).values()[int(position)][1]
        else:
            text = getattr(self, name).text()
        problem = self.problems().get(name) if text.strip() else None
        self._set_message(name, problem)

    def _recheck(self) -> None:
        """While messages are shown, each goes as soon as its field is valid (or changes to
        what is wrong now)."""
        shown_names = self._shown_messages()
        if not shown_names:
            return
        problems = self.problems()
        for name in shown_names:
            self._set_message(name, problems.get(name))

    def clear_errors(self) -> None:
        for name in self._messages:
            self._set_message(name, None)
        self.phones.clear_errors()
        self.emails.clear_errors()

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        """Every message the core gave on saving; the focus to the first field named."""
        self.clear_errors()
        first_widget: QWidget | None = None
        for error in errors:
            name = self._screen_field(error.field)
            self._set_message(name, tr_message(error.message))
            first_widget = first_widget or self._field_widget(name)
        if first_widget is not None:
            first_widget.setFocus()

    def _field_widget(self, name: str) -> QWidget:
        group, _, position = name.partition(".")
        if group in ("phones", "emails") and position.isdigit():
            rows: RepeatingRows = getattr(self, group)
            return rows.edit(int(position))
        field = getattr(self, name, None)
        return field if isinstance(field, QWidget) else self.last_name

    def _kind_changed(self) -> None:
        press = self.kind.currentData() == ContactKind.PRESS.value
        for widget in (self.outlet_box, self.outlet_label, self.desk_box, self.desk_label):
            widget.setVisible(press)
        self.changed.emit()
