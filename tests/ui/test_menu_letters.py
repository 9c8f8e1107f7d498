"""Every menu entry of the window has its own access letter: Alt+X then a letter opens exactly
one entry (two entries with the same letter only move between them, and Enter is needed)."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu


def access_letter(text: str) -> str | None:
    index = 0
    while (index := text.find("&", index)) != -1:
        if text[index + 1 : index + 2] == "&":
            index += 2
            continue
        return text[index + 1 : index + 2].lower() or None
    return None


def menus(window) -> list[QMenu]:  # type: ignore[no-untyped-def]
    found: list[QMenu] = []

    def walk(menu: QMenu) -> None:
        found.append(menu)
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub)

    for top in window.menuBar().actions():
        walk(top.menu())
    return found


def test_every_menu_entry_has_its_own_access_letter(window) -> None:  # type: ignore[no-untyped-def]
    problems = []
    for menu in menus(window):
        letters: dict[str, str] = {}
        for action in menu.actions():
            if action.isSeparator():
                continue
            letter = access_letter(action.text())
            if letter is None:
                problems.append(f"{menu.title()}: {action.text()!r} has no access letter")
            elif letter in letters:
                problems.append(
                    f"{menu.title()}: {action.text()!r} and {letters[letter]!r} share {letter!r}"
                )
            else:
                letters[letter] = action.text()
    assert problems == [], "\n".join(problems)
