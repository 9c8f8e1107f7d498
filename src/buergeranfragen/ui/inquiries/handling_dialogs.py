"""The small dialogs of the menu "Anfrage": route (Verteilen), assign (Zuweisen), change the
status, add a note - for the inquiry shown or for several selected ones.

A dialog only collects the input: "OK" emits ``submitted`` and the dialog stays open until
the caller (``handling_actions``) says it is done (``accept``). A refusal is shown in the dialog
(a field's message under the field, anything else above the buttons); what was typed stays.
Names of departments and people, and the inquiries' subjects, are shown as plain text."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buergeranfragen.errors import FieldError
from buergeranfragen.inquiries.records import InquiryRecord, InquiryStatus, InquirySummary
from buergeranfragen.organisation.records import DepartmentRecord, PersonRecord
from buergeranfragen.ui.common.i18n import status_label, tr, tr_message
from buergeranfragen.ui.common.labels import error_label, plain_label, set_plain, show_error, shown
from buergeranfragen.ui.common.prompts import Prompts
from buergeranfragen.ui.common.unsaved import Then, UnsavedInput, save_shortcuts
from buergeranfragen.workflow import states

NAMED_AT_MOST = 5  # references named in the heading of a dialog for several inquiries


@dataclass(frozen=True)
class Target:
    """What a dialog acts on: the inquiry shown (``record``, with the version the clerk saw),
    or several selected rows (``rows``)."""

    record: InquiryRecord | None = None
    rows: tuple[InquirySummary, ...] = field(default=())

    @property
    def ids(self) -> list[int]:
        return [self.record.id] if self.record is not None else [r.id for r in self.rows]

    @property
    def many(self) -> bool:
        return self.record is None

    def statuses(self) -> list[InquiryStatus]:
        if self.record is not None:
            return [self.record.status]
        return list(dict.fromkeys(r.status for r in self.rows))

    def department_codes(self) -> set[str]:
        if self.record is not None:
            return {self.record.routing.department_code}
        return {r.department_code for r in self.rows}

    def heading(self) -> str:
        if self.record is not None:
            subject = self.record.subject or tr("(ohne Betreff)")
            return f"{self.record.reference} – {subject}"
        named = ", ".join(r.reference for r in self.rows[:NAMED_AT_MOST])
        if len(self.rows) > NAMED_AT_MOST:
            named += " …"
        return tr("{0} Anfragen: {1}").format(len(self.rows), named)


def person_text(person: PersonRecord) -> str:
    if person.display_name and person.display_name != person.os_user:
        return f"{person.display_name} ({person.os_user})"
    return person.os_user


class HandlingDialog(QDialog):
    """The frame every handling dialog shares: heading, fields with their messages, a general
    message, OK (Ctrl+Enter) and Abbrechen.

    Keys: the focus starts in the first field; Enter in a single-line field or a choice saves
    like Ctrl+Enter (a multi-line field keeps Enter for new lines); Abbrechen never becomes the
    default button, so Enter never throws away what was typed; Esc cancels, asking first when
    something was typed (``ask_before_discard``). A field's message goes when the field is
    changed; after a refusal the focus goes to the first field in error."""

    submitted = Signal()

    def __init__(self, title: str, ok_text: str, target: Target, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.target = target
        self.heading = plain_label()
        self.heading.setObjectName("handlingHeading")
        self.heading.setWordWrap(True)
        self.form = QFormLayout()
        self.field_errors: dict[str, QLabel] = {}
        self.rows: dict[str, QWidget] = {}
        self.fields: dict[str, QWidget] = {}
        self.unsaved: UnsavedInput | None = None
        self._as_opened: list[object] | None = None
        self.refusal = error_label()
        self.refusal.setObjectName("handlingRefusal")
        self.buttons = QDialogButtonBox()
        self.ok_button = QPushButton(ok_text)
        self.ok_button.setDefault(True)
        self.ok_button.setAutoDefault(False)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        self.cancel_button = cancel
        self.cancel_button.setAutoDefault(False)  # never the default: Enter never cancels
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.refusal)
        layout.addWidget(self.buttons)
        save_shortcuts(self, self.submit)
        self.setMinimumWidth(460)
        self._show_target()

    def add_field(self, key: str, label: str, widget: QWidget) -> None:
        """A row with its message under it (``key``: the service's field name)."""
        message = error_label()
        message.setObjectName(f"error_{key}")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(message)
        self.form.addRow(label, box)
        self.field_errors[key] = message
        self.rows[key] = box
        self.fields[key] = widget
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i: show_error(message, None))
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(lambda *_a: show_error(message, None))
        order = [*self.fields.values(), self.ok_button, self.cancel_button]
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)

    # -- keys ---------------------------------------------------------------------------------

    def first_field(self) -> QWidget | None:
        for key, widget in self.fields.items():
            if self.rows[key].isVisibleTo(self) and widget.isEnabled():
                return widget
        return None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        focused = self.focusWidget()
        if focused is None or focused in (self.ok_button, self.cancel_button):
            first = self.first_field()
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._as_opened is None:
            self._as_opened = self._input()
        super().showEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if enter and plain == Qt.KeyboardModifier.NoModifier:
            focused = self.focusWidget()
            if focused is self.cancel_button:
                self.reject()  # chosen on purpose: asks first when something was typed
            else:
                self.submit()  # a single-line field, a choice, the OK button
            return
        super().keyPressEvent(event)

    # -- unsaved input ------------------------------------------------------------------------

    def _input(self) -> list[object]:
        values: list[object] = []
        for widget in self.fields.values():
            if isinstance(widget, QComboBox):
                values.append(widget.currentData())
            elif isinstance(widget, QLineEdit):
                values.append(widget.text())
            elif isinstance(widget, QPlainTextEdit):
                values.append(widget.toPlainText())
        return values

    def typed(self) -> bool:
        """Something was typed or chosen since the dialog opened."""
        return self._as_opened is not None and self._input() != self._as_opened

    def ask_before_discard(self, prompts: Prompts) -> None:
        """Esc, Abbrechen and closing ask before throwing away what was typed."""

        def keep(_then: Then, otherwise: Then) -> None:
            otherwise()

        self.unsaved = UnsavedInput(self, prompts, self.windowTitle, self.typed, keep)

    def reject(self) -> None:
        if self.unsaved is None or not self.isVisible():
            super().reject()
            return
        self.unsaved.confirm_discard(
            tr("Eingaben verwerfen?"),
            tr("Was Sie in diesem Dialog eingegeben haben, geht verloren."),
            self._discarded,
        )

    def _discarded(self) -> None:
        """Closed after the question: the window behind it takes the keys again (a window
        manager may leave none active after two windows closed at once)."""
        super().reject()
        parent = self.parentWidget()
        if parent is not None:
            parent.window().activateWindow()

    def _show_target(self) -> None:
        set_plain(self.heading, self.target.heading())

    def set_target(self, target: Target) -> None:
        """The inquiry as read again (a colleague changed it): what depends on it follows,
        what was typed stays."""
        self.target = target
        self._show_target()
        self.target_changed()

    def target_changed(self) -> None:
        """For the dialogs whose choices depend on the inquiry."""

    def submit(self) -> None:
        if self.ok_button.isEnabled():
            self.clear_errors()
            if self.check():
                self.submitted.emit()

    def check(self) -> bool:
        """What the dialog itself can tell is missing (shown at the field); True when none."""
        return True

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)

    def clear_errors(self) -> None:
        for label in (*self.field_errors.values(), self.refusal):
            show_error(label, None)

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each message at its field, the rest above the buttons; the focus goes to the first
        field in error."""
        rest = []
        for error in errors:
            label = self.field_errors.get(error.field)
            if label is not None:
                show_error(label, tr_message(error.message))
            else:
                rest.append(tr_message(error.message))
        if rest:
            self.show_refusal("\n".join(rest))
        wrong = {error.field for error in errors}
        for key, widget in self.fields.items():
            if key in wrong and widget.isVisibleTo(self):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def show_refusal(self, text: str) -> None:
        show_error(self.refusal, text)


def _people_combo(people: list[PersonRecord], current: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("person")
    combo.addItem(tr("niemand"), None)
    for person in people:
        combo.addItem(shown(person_text(person)), person.os_user)
    index = combo.findData(current) if current else 0
    combo.setCurrentIndex(max(index, 0))
    return combo


class RouteDialog(HandlingDialog):
    """Verteilen: a department (active ones, code and name), optionally a person, and a reason -
    needed when the inquiry has another department already (the dialog says so)."""

    def __init__(
        self,
        target: Target,
        departments: list[DepartmentRecord],
        people: list[PersonRecord],
        parent: QWidget | None = None,
    ) -> None:
        title = tr("Anfragen verteilen") if target.many else tr("Anfrage verteilen")
        super().__init__(title, tr("Verteilen"), target, parent)
        self.department = QComboBox()
        self.department.setObjectName("department")
        self.department.addItem(tr("Abteilung wählen …"), None)
        for department in departments:
            text = shown(f"{department.code} – {department.name}")
            self.department.addItem(text, department.code)
        self.person = _people_combo(people, "")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason_note = plain_label()
        self.reason_note.setObjectName("reasonNeeded")
        self.reason_note.setWordWrap(True)
        self.add_field("department", tr("Abteilung"), self.department)
        self.add_field("assignee", tr("Bearbeitung (optional)"), self.person)
        self.add_field("reason", tr("Grund"), self.reason)
        self.form.addRow("", self.reason_note)
        self.department.currentIndexChanged.connect(self.target_changed)
        self.target_changed()

    def target_changed(self) -> None:
        chosen = self.department.currentData()
        elsewhere = sorted(c for c in self.target.department_codes() if c and c != chosen)
        if elsewhere:
            set_plain(
                self.reason_note,
                tr(
                    "Schon verteilt an {0}: bitte einen Grund angeben, warum die Anfrage an "
                    "eine andere Abteilung geht."
                ).format(", ".join(elsewhere)),
            )
        self.reason_note.setVisible(bool(elsewhere))

    def check(self) -> bool:
        if self.department.currentData() is None:
            show_error(self.field_errors["department"], tr("Bitte eine Abteilung wählen."))
            self.department.setFocus()
            return False
        return True

    def values(self) -> tuple[str, str | None, str]:
        """The department's code, the person (or None), the reason."""
        return self.department.currentData(), self.person.currentData(), self.reason.text()


class AssignDialog(HandlingDialog):
    """Zuweisen: a person (active ones) or "niemand", and an optional reason."""

    def __init__(
        self, target: Target, people: list[PersonRecord], parent: QWidget | None = None
    ) -> None:
        title = tr("Anfragen zuweisen") if target.many else tr("Anfrage zuweisen")
        super().__init__(title, tr("Zuweisen"), target, parent)
        current = target.record.routing.assignee if target.record is not None else ""
        self.person = _people_combo(people, current)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.add_field("assignee", tr("Bearbeitung"), self.person)
        self.add_field("reason", tr("Grund (optional)"), self.reason)

    def values(self) -> tuple[str | None, str]:
        return self.person.currentData(), self.reason.text()


class StatusDialog(HandlingDialog):
    """Status ändern: only the states the workflow allows next (for several inquiries: those
    allowed for any of them), a comment (needed for reopening and for closing without an
    answer: the label says so) and, for "abgegeben", to which authority."""

    def __init__(self, target: Target, parent: QWidget | None = None) -> None:
        super().__init__(tr("Status ändern"), tr("Status ändern"), target, parent)
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(90)
        self.handed_to = QLineEdit()
        self.handed_to.setObjectName("handed_to")
        self.add_field("status", tr("Neuer Status"), self.status)
        self.add_field("comment", tr("Kommentar"), self.comment)
        self.add_field("handed_to", tr("An welche Stelle"), self.handed_to)
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.target_changed()

    def target_changed(self) -> None:
        chosen = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        allowed: list[InquiryStatus] = []
        for before in self.target.statuses():
            allowed += [s for s in states.targets(before) if s not in allowed]
        for status in InquiryStatus:
            if status in allowed:
                self.status.addItem(status_label(status), status.value)
        self.status.setCurrentIndex(max(self.status.findData(chosen), 0))
        self.status.blockSignals(False)
        if not allowed:
            self.show_refusal(tr("Von diesem Status aus ist kein Schritt möglich."))
        self.ok_button.setEnabled(bool(allowed))
        self._status_chosen()

    def chosen(self) -> InquiryStatus | None:
        value = self.status.currentData()
        return InquiryStatus(value) if value else None

    def _status_chosen(self) -> None:
        chosen = self.chosen()
        needs_handed_to = False
        befores = [r.status for r in self.target.rows] or self.target.statuses()
        needing = 0  # of the inquiries acted on, how many need a comment for this step
        if chosen is not None:
            for before in befores:
                if states.allowed(before, chosen):
                    rules = states.step_rules(before, chosen)
                    needing += rules.needs_comment
                    needs_handed_to = needs_handed_to or rules.needs_handed_to
        label = self.form.labelForField(self.rows["comment"])
        if isinstance(label, QLabel):
            if needing and needing < len(befores):  # several, not all of them need it
                text = tr("Kommentar (nötig für {0} von {1})").format(needing, len(befores))
            else:
                text = tr("Kommentar (nötig)") if needing else tr("Kommentar")
            label.setText(text)
        self.form.setRowVisible(self.rows["handed_to"], needs_handed_to)

    def values(self) -> tuple[InquiryStatus, str, str]:
        chosen = self.chosen()
        assert chosen is not None
        handed_to = self.handed_to.text() if chosen == InquiryStatus.HANDED_OVER else ""
        return chosen, self.comment.toPlainText(), handed_to


class NoteDialog(HandlingDialog):
    """Notiz hinzufügen: an internal note, several lines (Ctrl+Enter saves)."""

    def __init__(self, target: Target, parent: QWidget | None = None) -> None:
        super().__init__(tr("Notiz hinzufügen"), tr("Notiz speichern"), target, parent)
        self.text = QPlainTextEdit()
        self.text.setObjectName("text")
        self.text.setTabChangesFocus(True)
        self.add_field("text", tr("Notiz (intern)"), self.text)

    def values(self) -> str:
        return self.text.toPlainText()
