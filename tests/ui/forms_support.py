"""Real question boxes in UI tests: the window's ``unsaved_changes`` and ``confirm`` show the
real QMessageBox, answered by a key or a button as a clerk would; when the box closes, its
parent window gets the focus back, as a window manager gives it (offscreen Qt does not)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from buergeranfragen.ui.common.prompts import Discard, Prompts
from tests.ui.conftest import ScriptedPrompts


@dataclass
class Asked:
    text: str
    default: str
    escape: str
    parent: QWidget | None


@dataclass
class RealBoxes:
    qtbot: object
    prompts: ScriptedPrompts
    answers: list[object] = field(default_factory=list)  # a Qt.Key or a button's text
    asked: list[Asked] = field(default_factory=list)

    def install(self, monkeypatch) -> RealBoxes:  # type: ignore[no-untyped-def]
        monkeypatch.setattr(self.prompts, "unsaved_changes", self._unsaved)
        monkeypatch.setattr(self.prompts, "confirm", self._confirm)
        return self

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        default, escape = box.defaultButton(), box.escapeButton()
        self.asked.append(
            Asked(
                box.text(),
                default.text() if default is not None else "",
                escape.text() if escape is not None else "",
                box.parentWidget(),
            )
        )
        answer = self.answers.pop(0) if self.answers else Qt.Key.Key_Escape
        if len(self.asked) > 5:  # a loop: get out of it, the test fails on len(asked)
            answer = Qt.Key.Key_Escape
        if isinstance(answer, str):
            next(b for b in box.buttons() if b.text() == answer).click()
        else:
            self.qtbot.keyClick(box, answer)  # type: ignore[attr-defined]

    def _ask(self, question):  # type: ignore[no-untyped-def]
        parent = self.prompts.parent
        QTimer.singleShot(0, self._answer)
        result = question()
        if parent is not None:  # the window manager activates the box's parent again
            QTimer.singleShot(0, parent.window().activateWindow)
        return result

    def _unsaved(self, what: str) -> Discard:
        self.prompts.messages.append(("unsaved", what, ""))
        return self._ask(lambda: Prompts.unsaved_changes(self.prompts, what))  # type: ignore[no-any-return]

    def _confirm(self, title: str, text: str, yes: str, no: str) -> bool:
        self.prompts.messages.append(("confirm", title, text))
        return self._ask(lambda: Prompts.confirm(self.prompts, title, text, yes, no))  # type: ignore[no-any-return]


def tab_chain(qtbot, start: QWidget, stop: QWidget, limit: int = 60) -> list[str]:  # type: ignore[no-untyped-def]
    """The object names met by pressing Tab from ``start`` until ``stop`` has the focus."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    names = [start.objectName()]
    for _ in range(limit):
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused is stop:
            break
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        names.append(focused.objectName())
    return names


def active_call_form(qtbot, window, number: str = ""):  # type: ignore[no-untyped-def]
    """The call form, opened and the active window (as on a desktop: keys go to it)."""
    form = window.open_call_form(number)
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    return form
