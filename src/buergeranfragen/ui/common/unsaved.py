"""One behaviour for unsaved input in every form (the contact form, the call form, later the
reply editor):

- leaving asks **once** ("Speichern", "Verwerfen", "Weiter bearbeiten"); a second request to
  leave that arrives while the question is open is answered "stay", never asked again;
- Esc and the default button of that question mean "Weiter bearbeiten", and the focus goes back
  to the field the user was in (in the form's own window: the question belongs to the main
  window, and a window manager would give the focus back there, e.g. to the list just clicked);
- "Verwerfen" and "Speichern" go on to where the user was going (the caller's ``then``);
- Enter in a single-line field moves to the next field and never saves (``EnterMovesOn``);
  Ctrl+S saves (the form's owner binds it: the contact form through the window's action, the
  call form with ``save_shortcuts``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPushButton,
    QWidget,
)

from buergeranfragen.ui.common.i18n import tr
from buergeranfragen.ui.common.prompts import Discard, Prompts

Then = Callable[[], None]  # what follows once a form may be left, or stays
T = TypeVar("T")
Save = Callable[[Then, Then], None]  # save(then, otherwise)


def nothing() -> None:
    pass


class UnsavedInput(QObject):
    """The unsaved input of one form: ``form`` holds the fields, ``what`` names it in the
    question ("Das Kontaktformular"), ``is_dirty`` says whether anything is unsaved and
    ``save(then, otherwise)`` stores it."""

    def __init__(
        self,
        form: QWidget,
        prompts: Prompts,
        what: Callable[[], str],
        is_dirty: Callable[[], bool],
        save: Save,
    ) -> None:
        super().__init__(form)
        self.form = form
        self.prompts = prompts
        self._what = what
        self._is_dirty = is_dirty
        self._save = save
        self.asking = False
        self.last_field: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new is not self.form and self.form.isAncestorOf(new):
            self.last_field = new

    def field(self) -> QWidget | None:
        """The field the user was in (or last in): where "Weiter bearbeiten" goes back to."""
        focused = QApplication.focusWidget()
        if focused is not None and self.form.isAncestorOf(focused):
            return focused
        field = self.last_field
        if field is not None and field.isVisible() and self.form.isAncestorOf(field):
            return field
        return None

    def leave(self, then: Then, otherwise: Then = nothing) -> None:
        """``then`` once the form may be left (nothing unsaved, or saved, or discarded);
        ``otherwise`` when the user goes on editing (focus back in the field) or the input
        could not be saved (the form shows why)."""
        if not self._is_dirty():
            then()
            return
        if self.asking:  # the question is open already: this request does not ask again
            otherwise()
            return
        field = self.field()
        answer = self._ask(lambda: self.prompts.unsaved_changes(self._what()))
        if answer == Discard.SAVE:
            self._save(then, otherwise)
        elif answer == Discard.DISCARD:
            then()
        else:
            otherwise()
            self.back_to(field)

    def confirm_discard(self, title: str, text: str, then: Then) -> None:
        """An explicit "Verwerfen" (Esc, Abbrechen): asked only when something is unsaved;
        Enter and Esc keep the input and go back to the field."""
        if not self._is_dirty():
            then()
            return
        if self.asking:
            return
        field = self.field()
        discard = self._ask(
            lambda: self.prompts.confirm(title, text, tr("Verwerfen"), tr("Weiter bearbeiten"))
        )
        if discard:
            then()
        else:
            self.back_to(field)

    def _ask(self, question: Callable[[], T]) -> T:
        """Ask over the form's own window (the call form's question belongs to the call form:
        closing it gives the focus back there, not to the main window)."""
        parent = self.prompts.parent
        self.asking = True
        if self.form.isVisible():
            self.prompts.parent = self.form.window()
        try:
            return question()
        finally:
            self.prompts.parent = parent
            self.asking = False

    def back_to(self, field: QWidget | None = None) -> None:
        """Focus into ``field`` (or the form) and its window to the front."""
        target = field or self.field() or self.form
        if not target.isVisible():
            return
        window = target.window()
        window.raise_()
        window.activateWindow()
        target.setFocus(Qt.FocusReason.OtherFocusReason)


def _moves_on(widget: QWidget) -> bool:
    """A field where Enter means "next field": one line of text, a choice, a date, a tick."""
    if isinstance(widget, QPushButton):
        return False  # Enter on a button presses it
    return isinstance(widget, QLineEdit | QComboBox | QAbstractSpinBox | QAbstractButton)


class EnterMovesOn(QObject):
    """Installed on a form (or a dialog): Enter in a single-line field moves to the next field
    of the Tab chain instead of reaching the dialog's default button (which saved and closed
    the call form); Enter in a list is used by the list alone. Multi-line fields keep Enter
    for new lines; a focused button is pressed by Enter as usual."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self.root = root
        root.installEventFilter(self)
        # a line edit inside a combo box or a spin box passes Enter to its owner first
        for child in root.findChildren(QWidget):
            child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False  # Ctrl+Enter and the like are shortcuts
        focused = QApplication.focusWidget()
        if focused is None or not (focused is self.root or self.root.isAncestorOf(focused)):
            if not isinstance(watched, QWidget) or not self.root.isAncestorOf(watched):
                return False
            focused = watched  # sent to a field of a window without focus (a test, a tool)
        if isinstance(focused, QComboBox) and focused.view().isVisible():
            return False  # Enter picks the entry of the open list
        if isinstance(focused, QAbstractItemView):
            # the list uses Enter (it opens the item) and passes it on: the form stops it
            return watched is not focused
        if _moves_on(focused):
            _next_field(focused)
            return True
        return False


def _next_field(widget: QWidget) -> None:
    following = widget.nextInFocusChain()
    while following is not None and following is not widget:
        policy = following.focusPolicy()
        if (
            policy & Qt.FocusPolicy.TabFocus
            and following.isVisible()
            and following.isEnabled()
            and following.window() is widget.window()
        ):
            following.setFocus(Qt.FocusReason.TabFocusReason)
            return
        following = following.nextInFocusChain()


def save_shortcuts(widget: QWidget, save: Callable[[], None]) -> None:
    """Ctrl+S (and Ctrl+Enter) save the form in ``widget``'s window."""
    for keys in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), widget, save)


def chain(*widgets: QWidget) -> None:
    """Tab goes through ``widgets`` in this order (hidden or disabled ones are skipped)."""
    for before, after in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(before, after)
