"""The Kontakte section's entries for Art. 15 and Art. 17: in the list's context menu and the
window's Kontakt menu; the export writes both files on a worker and names them, the erasure
names what goes in its question and takes nothing when the answer is no."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from buergeranfragen.context import AppContext
from tests.ui.conftest import settle
from tests.unit.privacy import cases

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


@pytest.fixture
def person(app_context: AppContext) -> cases.Case:
    return cases.build(
        app_context.database, app_context.clock, app_context.contacts, app_context.mail
    )


def _row_menu(qtbot, window, contact_id: int) -> QMenu:  # type: ignore[no-untyped-def]
    section = window.contacts
    settle(qtbot, window)
    row = section.model.row_of(contact_id)
    assert row is not None
    position = section.table.visualRect(section.model.index(row, 0)).center()
    window.person_data._menu_at(position)
    menu = window.person_data.menu
    assert menu is not None
    return menu


def _entry(menu: QMenu, name: str):  # type: ignore[no-untyped-def]
    found = [a for a in menu.actions() if a.objectName() == name]
    assert len(found) == 1
    menu.hide()
    return found[0]


def test_the_entries_are_in_the_contact_menu(window) -> None:  # type: ignore[no-untyped-def]
    menu = window.findChild(QMenu, "contactMenu")
    texts = [a.text() for a in menu.actions()]
    assert "A&uskunft nach Art. 15 exportieren …" in texts
    assert "Person &löschen (Art. 17) …" in texts


def test_export_from_the_context_menu_writes_both_files(  # type: ignore[no-untyped-def]
    qtbot, person: cases.Case, window, prompts, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(window.person_data, "choose_folder", lambda: tmp_path)
    _entry(_row_menu(qtbot, window, person.person), "exportPersonData").trigger()
    settle(qtbot, window)
    written = sorted(tmp_path.glob("Auskunft-*"))
    assert [p.suffix for p in written] == [".json", ".pdf"]
    kind, title, text = prompts.messages[-1]
    assert (kind, title) == ("info", "Auskunft geschrieben")
    assert all(str(p) in text for p in written) and cases.NAME in text
    # again: the files are there, the user is asked; no means nothing is written
    prompts.confirm_answers.append(False)
    before = [p.stat().st_mtime_ns for p in written]
    _entry(_row_menu(qtbot, window, person.person), "exportPersonData").trigger()
    settle(qtbot, window)
    assert prompts.messages[-1][:2] == ("confirm", "Dateien überschreiben?")
    assert [p.stat().st_mtime_ns for p in written] == before


def test_erase_names_the_counts_and_takes_nothing_on_no(  # type: ignore[no-untyped-def]
    qtbot, person: cases.Case, window, prompts
) -> None:
    section = window.contacts
    prompts.confirm_answers.append(False)
    _entry(_row_menu(qtbot, window, person.person), "erasePerson").trigger()
    settle(qtbot, window)
    kind, title, text = prompts.messages[-1]
    assert (kind, title) == ("confirm", "Person löschen (Art. 17)")
    assert f"{cases.FIRST} {cases.NAME}" in text and "(Anfragen: 2, Nachrichten: 1," in text
    assert section.model.row_of(person.person) is not None

    section.open_contact(person.person)
    settle(qtbot, window)
    assert section.form.record is not None and section.form.record.id == person.person
    prompts.confirm_answers.append(True)
    window.person_data.erase_action.trigger()  # the window's menu: the open contact
    settle(qtbot, window)
    assert section.model.row_of(person.person) is None
    assert section.model.row_of(person.other) is not None
    assert section.form.record is None  # the erased person's data is off the screen
