"""The real questions of the window: a risky or destructive answer is never the one Enter or
Esc gives (a reflexive Enter opened an .exe, a link, or deleted a mail)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from buergeranfragen.ui.common.prompts import Prompts


def _answer_with(qtbot, key: Qt.Key) -> tuple[bool, str]:  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        default = box.defaultButton()
        seen.append(default.text() if default is not None else "")
        qtbot.keyClick(box, key)

    QTimer.singleShot(0, press)
    answer = Prompts().confirm(
        "Anhang öffnen", "evil.exe ist ein Programm.", "Trotzdem öffnen", "Abbrechen"
    )
    return answer, seen[0]


def test_enter_answers_no(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert _answer_with(qtbot, Qt.Key.Key_Return) == (False, "Abbrechen")


def test_escape_answers_no(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert _answer_with(qtbot, Qt.Key.Key_Escape) == (False, "Abbrechen")
