"""The window by keyboard: Ctrl+1/2/3, shortcuts in the menus, Hilfe → Tastenkürzel made from
the actions, F1 help per section, Speichern only where it saves, a visible focus frame."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMenu

from buergeranfragen.ui.shell.help import ShortcutsDialog, help_page, plain_action_text
from buergeranfragen.ui.shell.sections import Section


def menu_actions(window) -> list[QAction]:  # type: ignore[no-untyped-def]
    found: list[QAction] = []

    def walk(menu: QMenu) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub)
            elif not action.isSeparator():
                found.append(action)

    for top in window.menuBar().actions():
        walk(top.menu())
    return found


def test_ctrl_number_switches_the_sections(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    for key, section in (
        (Qt.Key.Key_2, Section.CONTACTS),
        (Qt.Key.Key_3, Section.REPORTS),
        (Qt.Key.Key_1, Section.INQUIRIES),
    ):
        qtbot.keyClick(window.inquiries.table, key, Qt.KeyboardModifier.ControlModifier)
        assert window.current_section == section
    titles = [plain_action_text(a) for a in window.window_actions.sections]
    assert titles == ["Anfragen", "Kontakte", "Berichte"]  # one per section, in its order
    # each with its own access letter in the Ansicht menu
    assert [a.text() for a in window.window_actions.sections] == [
        "&Anfragen",
        "&Kontakte",
        "&Berichte",
    ]
    assert [a.shortcut().toString() for a in window.window_actions.sections] == [
        "Ctrl+1",
        "Ctrl+2",
        "Ctrl+3",
    ]


def test_every_window_shortcut_is_in_a_menu_which_shows_it(window) -> None:  # type: ignore[no-untyped-def]
    in_menus = menu_actions(window)
    with_keys = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert with_keys
    for action in with_keys:
        assert action in in_menus, plain_action_text(action)
    # Qt shows an action's shortcut next to its text in the menu, unless told not to
    assert not QApplication.testAttribute(
        Qt.ApplicationAttribute.AA_DontShowShortcutsInContextMenus
    )


def native(keys: str) -> str:
    """As the list shows keys: in the language of the Qt translation loaded ("Strg+S")."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def test_the_shortcut_list_is_made_from_the_actions(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.window_actions.shortcuts.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = dialog.rows()
    listed = {(command, keys) for _where, command, keys in rows}
    for action in window.findChildren(QAction):
        if not action.shortcut().isEmpty():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            assert (plain_action_text(action), keys) in listed
    assert ("Kontakt", "Speichern", native("Ctrl+S")) in rows
    assert ("Ansicht", "Kontakte", native("Ctrl+2")) in rows
    assert ("Anfrage", "Anruf erfassen", native("Ctrl+Shift+N")) in rows
    dialog.close()

    # a command added later is listed without touching the dialog
    menu = window.menuBar().actions()[0].menu()
    added = QAction("Etwas &Neues", window)
    added.setShortcut(QKeySequence("Ctrl+Alt+J"))
    menu.addAction(added)
    dialog = ShortcutsDialog(window, window)
    qtbot.addWidget(dialog)
    assert ("Datei", "Etwas Neues", native("Ctrl+Alt+J")) in dialog.rows()


def test_f1_opens_the_help_page_of_the_section_on_screen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.window_actions.help.shortcut() == QKeySequence(
        QKeySequence.StandardKey.HelpContents
    )
    for section, heading in (
        (Section.INQUIRIES, "Anfragen"),
        (Section.CONTACTS, "Kontakte"),
        (Section.REPORTS, "Berichte"),
    ):
        assert help_page(section.value) is not None, section
        window.show_section(section)
        dialog = window.show_help()
        qtbot.addWidget(dialog)
        assert dialog.page == section.value
        assert dialog.browser.toPlainText().startswith(heading)
        dialog.close()
    # links between the pages open the other page in the same dialog, nothing else
    dialog = window.show_help()
    qtbot.addWidget(dialog)
    dialog.browser.anchorClicked.emit("inquiries.html")
    assert dialog.page == "inquiries"
    dialog.browser.anchorClicked.emit("file:///etc/passwd")
    assert dialog.page == "inquiries"
    dialog.close()


def test_speichern_and_verwerfen_only_where_a_form_can_be_saved(window) -> None:  # type: ignore[no-untyped-def]
    actions = window.window_actions
    assert window.current_section == Section.INQUIRIES
    assert not actions.save.isEnabled() and not actions.discard.isEnabled()
    window.show_section(Section.CONTACTS)
    assert actions.save.isEnabled() and actions.discard.isEnabled()
    window.show_section(Section.REPORTS)
    assert not actions.save.isEnabled()


def test_the_focused_sidebar_has_a_clear_frame(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    highlight = window.nav.palette().color(QPalette.ColorRole.Highlight)

    def edge_colours() -> set[str]:
        picture = window.nav.grab().toImage()
        middle = picture.height() // 2
        return {QColor(picture.pixel(x, middle)).name() for x in (0, 1)}

    window.inquiries.search.setFocus()
    qtbot.waitUntil(lambda: not window.nav.hasFocus())
    assert highlight.name() not in edge_colours()
    window.nav.setFocus()
    qtbot.waitUntil(window.nav.hasFocus)
    assert edge_colours() == {highlight.name()}  # two pixels of the highlight colour


def test_a_focused_drop_down_and_button_have_a_clear_frame(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Art in the contact form and the default button Speichern looked the same with the
    focus as without (the walkthrough could not see where "Weiter bearbeiten" had put it)."""
    window.show_section(Section.CONTACTS)
    form = window.contacts.form
    highlight = form.kind.palette().color(QPalette.ColorRole.Highlight).name()

    def left_edge(widget) -> set[str]:  # type: ignore[no-untyped-def]
        picture = widget.grab().toImage()
        middle = picture.height() // 2
        return {QColor(picture.pixel(x, middle)).name() for x in (0, 1)}

    for widget in (form.kind, window.contacts.save_button):
        window.contacts.search.setFocus()
        qtbot.waitUntil(lambda: not widget.hasFocus())  # noqa: B023
        assert highlight not in left_edge(widget)
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        assert left_edge(widget) == {highlight}
