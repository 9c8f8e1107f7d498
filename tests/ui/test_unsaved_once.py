"""While the unsaved-input question is open, a second request to leave (a click into the list,
a timer, a handed-over call) is answered "stay" at once, never a second question."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from buergeranfragen.ui.common.prompts import Discard, Prompts
from buergeranfragen.ui.common.unsaved import UnsavedInput


class NestedPrompts(Prompts):
    """Answers the question; while it is open, something else asks to leave too."""

    def __init__(self) -> None:
        super().__init__()
        self.questions = 0
        self.meanwhile: list[str] = []
        self.unsaved: UnsavedInput | None = None

    def unsaved_changes(self, what: str) -> Discard:
        self.questions += 1
        assert self.unsaved is not None
        self.unsaved.leave(
            lambda: self.meanwhile.append("left"), lambda: self.meanwhile.append("stayed")
        )
        return Discard.CANCEL

    def confirm(self, title: str, text: str, yes: str, no: str) -> bool:
        self.questions += 1
        assert self.unsaved is not None
        self.unsaved.confirm_discard("Verwerfen?", "…", lambda: self.meanwhile.append("discarded"))
        return False


def test_a_second_request_while_asking_asks_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = QWidget()
    field = QLineEdit(form)
    qtbot.addWidget(form)
    prompts = NestedPrompts()
    unsaved = UnsavedInput(form, prompts, lambda: "Das Formular", lambda: True, lambda t, o: t())
    prompts.unsaved = unsaved
    outcome: list[str] = []
    unsaved.leave(lambda: outcome.append("left"), lambda: outcome.append("stayed"))
    assert prompts.questions == 1 and prompts.meanwhile == ["stayed"]
    assert outcome == ["stayed"] and not unsaved.asking
    unsaved.confirm_discard("Eingaben verwerfen?", "…", lambda: outcome.append("discarded"))
    assert prompts.questions == 2 and prompts.meanwhile == ["stayed"]  # not asked inside
    assert field.text() == ""
