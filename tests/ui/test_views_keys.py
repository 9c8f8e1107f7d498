"""The views sidebar and the queue by keyboard (walkthrough of issue 10): Shift+F10 opens the
sidebar's menu, F2 renames and Del deletes a saved view, Enter goes on to the list, Home/End
go to the first and last row; a renamed view is named anew in the "Filter aktiv" line, and a
name taken already is asked again with what was typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from tests.ui.conftest import settle
from tests.ui.test_detail_handling import call


def _saved_view(qtbot, window, prompts, name: str) -> str:  # type: ignore[no-untyped-def]
    prompts.text_answers = [name]
    window.window_actions.save_view.trigger()
    settle(qtbot, window)
    saved = [v for v in window.context.views.saved() if v.name == name]
    return f"saved:{saved[0].id}"


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_sidebar_keys_rename_delete_menu_and_enter(qtbot, window, prompts) -> None:  # type: ignore[no-untyped-def]
    for n in range(3):
        call(window, f"Frage {n}")
    section = window.inquiries
    sidebar = section.views
    section.search.setText("Frage")
    settle(qtbot, window)
    key = _saved_view(qtbot, window, prompts, "Fragen")
    window.activateWindow()
    sidebar.setFocus()
    sidebar.setCurrentItem(sidebar.item_of(key))
    settle(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sidebar)

    # Enter: the view chosen, the focus in the list
    qtbot.keyClick(sidebar, Qt.Key.Key_Return)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is section.table)
    assert section.view is not None and section.view.key == key
    sidebar.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sidebar)

    # Shift+F10: the menu of the view chosen
    qtbot.keyClick(sidebar, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menus = [m for m in sidebar.findChildren(QMenu) if m.isVisible()]
    assert menus and menus[0].actions()[0].text() == "Umbenennen …"
    menus[0].hide()

    # F2 renames; the "Filter aktiv" line follows the new name
    prompts.text_answers = ["Meine Fragen"]
    qtbot.keyClick(sidebar, Qt.Key.Key_F2)
    settle(qtbot, window)
    assert sidebar.item_of(key).text().startswith("Meine Fragen")
    assert "Ansicht „Meine Fragen“" in section.filter_note.text()

    # a name taken already: told, then asked again with the name typed
    other = _saved_view(qtbot, window, prompts, "Andere")
    sidebar.setCurrentItem(sidebar.item_of(other))
    prompts.text_answers = ["Meine Fragen", None]
    qtbot.keyClick(sidebar, Qt.Key.Key_F2)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: len([m for m in prompts.messages if m[0] == "ask_text"]) >= 5)
    settle(qtbot, window)
    asked = [m for m in prompts.messages if m[0] == "ask_text"]
    assert asked[-1] == ("ask_text", "Ansicht umbenennen", "Meine Fragen")
    assert any(m[0] == "warn" for m in prompts.messages)

    # Del deletes (after the question)
    prompts.confirm_answers = [True]
    qtbot.keyClick(sidebar, Qt.Key.Key_Delete)
    settle(qtbot, window)
    assert other not in [v.key for v in sidebar.views.values()]


def test_home_and_end_go_to_the_first_and_last_row(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    for n in range(4):
        call(window, f"Frage {n}")
    section = window.inquiries
    section.refresh()
    settle(qtbot, window)
    table = section.table
    table.setCurrentIndex(section.model.index(1, 3))
    qtbot.keyClick(table, Qt.Key.Key_End)
    assert table.currentIndex().row() == 3
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert table.currentIndex().row() == 0
    assert section.selected_ids() == [section.model.row_at(0).id]


def test_a_narrow_sidebar_cuts_names_never_counts(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    sidebar = window.inquiries.views
    settle(qtbot, window)
    style = sidebar.style()
    delegate = sidebar.itemDelegate()
    for width in (90, 110, 130):
        sidebar.setFixedWidth(width)
        QApplication.processEvents()
        for row in range(sidebar.count()):
            index = sidebar.model().index(row, 0)
            count = index.data(Qt.ItemDataRole.UserRole + 2) or ""
            option = QStyleOptionViewItem()
            option.initFrom(sidebar)
            option.widget = sidebar
            option.rect = sidebar.visualRect(index)
            delegate.initStyleOption(option, index)
            if not count:
                continue
            assert option.text.endswith(count), (width, option.text)
            # what the style gives the text, less its margins: the text fits, so the style
            # does not elide it again (and the count with it)
            room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, sidebar)
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, sidebar)
            fits = room.width() - 2 * (margin + 1) - 2
            assert option.fontMetrics.horizontalAdvance(option.text) <= fits, option.text
