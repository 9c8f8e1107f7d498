"""The queue a clerk works from (issue 10): the views in the sidebar with their counts, choosing
one, saving the current filters as a view (renaming, deleting it), the due marks in words and
colour, the status bar's "1 überfällig, 2 heute fällig", the columns (hidden, moved and
remembered; all of them readable on a wide screen) and the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication, QListWidget

from buergeranfragen.inquiries.records import CallDraft, InquiryRecord, InquiryStatus
from buergeranfragen.ui.inquiries.model import DUE_COLUMN, OVERDUE_COLOUR, TODAY_COLOUR
from buergeranfragen.ui.inquiries.views_sidebar import KeyRole
from buergeranfragen.ui.shell.layout import QUEUE_COLUMNS, text_width
from buergeranfragen.ui.shell.main_window import MainWindow
from tests.ui.conftest import settle
from tests.ui.test_shell_layout import shown_columns, sized

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def _fresh_settings() -> Iterator[None]:
    QSettings().clear()
    yield
    QSettings().clear()


def call(window, subject: str) -> InquiryRecord:  # type: ignore[no-untyped-def]
    return window.context.inquiries.log_call(CallDraft(subject=subject))  # type: ignore[no-any-return]


def at(clock, day: int, hour: int) -> None:  # type: ignore[no-untyped-def]
    clock.now = datetime(2026, 11, day, hour, 0, tzinfo=UTC)


@pytest.fixture
def three(qtbot, window, clock):  # type: ignore[no-untyped-def]
    """Friday 27.11.: one call from Wednesday overdue (a call-back was due Thursday), two from
    Thursday due today."""
    late = call(window, "Rückruf Kitaplatz")
    at(clock, 26, 8)
    today = [call(window, "Rückruf Schulweg"), call(window, "Rückruf Kita Gebühren")]
    at(clock, 27, 8)
    window.inquiries.refresh()
    window.inquiries.views.load()
    settle(qtbot, window)
    return late, today


def texts(sidebar: QListWidget) -> dict[str, str]:
    found = {}
    for row in range(sidebar.count()):
        item = sidebar.item(row)
        if item.data(KeyRole):
            found[item.data(KeyRole)] = item.text()
    return found


def click(qtbot, sidebar: QListWidget, key: str) -> None:  # type: ignore[no-untyped-def]
    item = next(
        sidebar.item(r) for r in range(sidebar.count()) if sidebar.item(r).data(KeyRole) == key
    )
    sidebar.scrollToItem(item)
    qtbot.mouseClick(
        sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(item).center()
    )


def listed(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.inquiries.model
    return [model.row_at(r).reference for r in range(model.rowCount())]


def test_the_sidebar_counts_each_view_and_the_status_bar_sums_up_what_is_due(
    qtbot, window, three
) -> None:  # type: ignore[no-untyped-def]
    late, today = three
    shown = texts(window.inquiries.views)
    assert shown["overdue"] == "Überfällig (1)"
    assert shown["due_today"] == "Heute fällig (2)"
    assert shown["unassigned"].startswith("Nicht zugeordnet (")
    assert shown["department:MKJFGFI"].endswith("(2)")  # both Kita calls, by the rules
    assert shown["department:MSB"] == "MSB (1)"  # by its code: the names begin alike
    msb = window.inquiries.views.item_of("department:MSB")
    assert "Ministerium für Schule und Bildung (MSB) (1)" in msb.toolTip()
    assert msb.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Ministerium für Schule")
    keys = list(shown)
    assert keys[:5] == ["mine", "unassigned", "due_today", "overdue", "press_today"]
    assert all(k.startswith("department:") for k in keys[5:])
    label = window.due_label
    assert label.isVisible() and label.text() == "1 überfällig, 2 heute fällig"

    # both answered: nothing due, nothing in the status bar
    for record in (late, *today):
        window.context.handling.change_status(
            record.id, InquiryStatus.ANSWERED_ON_PHONE, comment="erledigt"
        )
    window.inquiries.views.load()
    settle(qtbot, window)
    assert texts(window.inquiries.views)["overdue"] == "Überfällig (0)"
    assert label.text() == "" and not label.isVisible()


def test_the_due_column_says_overdue_and_today_in_words_not_colour_alone(
    qtbot, window, three
) -> None:  # type: ignore[no-untyped-def]
    late, today = three
    model = window.inquiries.model
    rows = {model.row_at(r).reference: r for r in range(model.rowCount())}

    def cell(record: InquiryRecord, role: Qt.ItemDataRole) -> object:
        return model.index(rows[record.reference], DUE_COLUMN).data(role)

    display = Qt.ItemDataRole.DisplayRole
    assert cell(late, display) == "⚠ 26.11. 16:00"  # the words in the tooltip
    assert cell(today[0], display) == "heute 16:00"
    assert cell(late, Qt.ItemDataRole.AccessibleTextRole) == (
        "Überfällig: war fällig am 26.11.2026 16:00"
    )
    assert "Heute fällig" in cell(today[0], Qt.ItemDataRole.ToolTipRole)
    overdue, due = (cell(r, Qt.ItemDataRole.ForegroundRole) for r in (late, today[0]))
    assert isinstance(overdue, QBrush) and overdue.color() == OVERDUE_COLOUR
    assert isinstance(due, QBrush) and due.color() == TODAY_COLOUR
    # the department's code in the cell, its name in the tooltip
    department = model.index(rows[today[0].reference], 6)
    assert department.data(display) == "MSB"
    assert "Ministerium für Schule und Bildung" in department.data(Qt.ItemDataRole.ToolTipRole)

    # a closed inquiry is no longer marked
    window.context.handling.change_status(
        late.id, InquiryStatus.ANSWERED_ON_PHONE, comment="erledigt"
    )
    window.inquiries.refresh()
    settle(qtbot, window)
    rows = {model.row_at(r).reference: r for r in range(model.rowCount())}
    assert cell(late, display) == "26.11. 16:00"
    assert cell(late, Qt.ItemDataRole.ForegroundRole) is None


def test_choosing_overdue_lists_only_the_overdue_until_esc(qtbot, window, three) -> None:  # type: ignore[no-untyped-def]
    late, _today = three
    section = window.inquiries
    assert len(listed(window)) == 3
    click(qtbot, section.views, "overdue")
    settle(qtbot, window)
    assert listed(window) == [late.reference]
    assert section.views.currentItem().data(KeyRole) == "overdue"  # highlighted
    assert "Überfällig" in section.filter_note.text()
    # a department's view, by keyboard: the arrow keys move through the views
    click(qtbot, section.views, "department:MSB")
    settle(qtbot, window)
    assert listed(window) == [_today[0].reference]
    # sorting by the new columns keeps the view
    section.table.horizontalHeader().setSortIndicator(DUE_COLUMN, Qt.SortOrder.AscendingOrder)
    settle(qtbot, window)
    assert section.model.query.sort == "due_at" and section.model.query.department_code == "MSB"
    # Esc in the search field: every inquiry again, no view highlighted
    section.search.setFocus()
    qtbot.keyClick(section.search, Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert len(listed(window)) == 3
    assert section.views.currentItem() is None and section.view is None


def test_save_the_filters_as_a_view_choose_rename_and_delete_it(
    qtbot, window, three, prompts
) -> None:  # type: ignore[no-untyped-def]
    section = window.inquiries
    click(qtbot, section.views, "department:MKJFGFI")
    settle(qtbot, window)
    section.search.setText("Gebühren")
    settle(qtbot, window)
    assert len(listed(window)) == 1
    prompts.text_answers = ["Kita <b>Gebühren</b>"]
    window.window_actions.save_view.trigger()  # menu Anfrage, Ctrl+Shift+S
    settle(qtbot, window)
    saved = window.context.views.saved()
    assert [v.name for v in saved] == ["Kita <b>Gebühren</b>"]
    key = f"saved:{saved[0].id}"
    assert texts(section.views)[key] == "Kita <b>Gebühren</b> (1)"  # the name as typed
    assert section.views.currentItem().data(KeyRole) == key
    assert "&lt;b&gt;" in section.views.currentItem().toolTip()  # never markup

    # away and back: the saved view brings its filters (and words) back
    qtbot.keyClick(section.search, Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert len(listed(window)) == 3 and section.search.text() == ""
    click(qtbot, section.views, key)
    settle(qtbot, window)
    assert section.search.text() == "Gebühren"
    assert len(listed(window)) == 1

    # renamed from its context menu
    prompts.text_answers = ["Kita-Gebühren"]
    menu = section.views.context_menu(key)
    titles = [a.text() for a in menu.actions() if a.text()]
    assert titles == ["Umbenennen …", "Löschen", "Aktuelle Filter als Ansicht speichern …"]
    menu.actions()[0].trigger()
    settle(qtbot, window)
    assert texts(section.views)[key] == "Kita-Gebühren (1)"
    assert ("ask_text", "Ansicht umbenennen", "Kita <b>Gebühren</b>") in prompts.messages

    # deleted, after a question; a "no" keeps it
    prompts.confirm_answers = [False, True]
    section.views.context_menu(key).actions()[1].trigger()
    settle(qtbot, window)
    assert key in texts(section.views)
    section.views.context_menu(key).actions()[1].trigger()
    settle(qtbot, window)
    assert key not in texts(section.views)
    assert window.context.views.saved() == []
    assert section.view is None
    # a built-in view has no rename or delete
    assert [a.text() for a in section.views.context_menu("overdue").actions()] == [
        "Aktuelle Filter als Ansicht speichern …"
    ]


def test_hidden_and_moved_columns_survive_a_new_window(qtbot, window, app_context, prompts) -> None:  # type: ignore[no-untyped-def]
    sized(qtbot, window, 1920, 1000)
    fit = window.layout_keeper.tables["inquiries"]
    header = window.inquiries.table.horizontalHeader()
    assert header.sectionsMovable()
    assert header.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    menu = fit.context_menu(QPoint())
    actions = {a.text(): a for a in menu.actions()}
    assert not actions["Vorgang"].isEnabled() and not actions["Betreff"].isEnabled()
    actions["Kontakt"].setChecked(False)
    actions["Vorgang"].setChecked(False)  # disabled in the menu; refused all the same
    assert header.isSectionHidden(4) and not header.isSectionHidden(0)
    header.moveSection(header.visualIndex(DUE_COLUMN), 1)  # Fällig dragged next to Vorgang
    window.close()

    second = MainWindow(app_context, prompts)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    sized(qtbot, second, 1920, 1000)
    header = second.inquiries.table.horizontalHeader()
    assert header.isSectionHidden(4)
    assert header.logicalIndex(1) == DUE_COLUMN
    assert "Kontakt" not in shown_columns(second.inquiries.table)
    # shown again from the menu
    restore = {
        a.text(): a
        for a in second.layout_keeper.tables["inquiries"].context_menu(QPoint()).actions()
    }
    restore["Kontakt"].setChecked(True)
    assert not header.isSectionHidden(4)
    settle(qtbot, second)
    assert second.ops.shutdown(10000)


def test_at_1280_nothing_scrolls_sideways_and_at_1920_every_column_is_shown(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    table = window.inquiries.table
    for width, height in ((1280, 800), (1920, 1000)):
        sized(qtbot, window, width, height)
        columns = shown_columns(table)
        assert table.horizontalScrollBar().maximum() == 0, width
        assert columns["Betreff"] >= text_width(table, "Stand Wohngeldan") - 1
        # all ten at both sizes (at 1280 the inquiry goes below the queue)
        assert list(columns) == window.inquiries.model.headers(), width
        titles = window.inquiries.model.headers()
        for title, width_now in columns.items():
            column = QUEUE_COLUMNS[titles.index(title)]
            assert width_now >= text_width(table, column.least or column.sample) - 1, title


def test_the_views_are_one_shortcut_away_and_in_the_tab_chain(qtbot, window, three) -> None:  # type: ignore[no-untyped-def]
    actions = window.window_actions
    assert actions.views.shortcut().toString() == "Ctrl+Shift+A"
    assert actions.save_view.shortcut().toString() == "Ctrl+Shift+S"
    shortcuts = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts))  # no clash
    window.inquiries.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_A, CTRL_SHIFT)
    sidebar = window.inquiries.views
    assert QApplication.focusWidget() is sidebar
    # Tab from the views goes on to the search field
    qtbot.keyClick(sidebar, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.inquiries.search
    # the arrow keys choose a view (headings are skipped)
    sidebar.setFocus()
    sidebar.setCurrentRow(1)  # "Meine offenen", under the heading
    settle(qtbot, window)
    qtbot.keyClick(sidebar, Qt.Key.Key_Down)
    settle(qtbot, window)
    assert window.inquiries.view is not None and window.inquiries.view.key == "unassigned"
