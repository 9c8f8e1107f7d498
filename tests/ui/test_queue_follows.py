"""The queue follows other desks (walkthrough of issue 10): every minute the list is read
again as far as it was scrolled, keeping the selection, the current row and the scroll
position; a row changed elsewhere shows its new state, a new call appears."""

from __future__ import annotations

from buergeranfragen.inquiries.records import InquiryStatus
from buergeranfragen.ui.common.paged_model import PagedTableModel
from tests.ui.conftest import settle
from tests.ui.test_detail_handling import call, colleague


def test_the_list_is_read_again_every_minute_in_place(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(PagedTableModel, "PAGE", 5)
    records = [call(window, f"Frage {n}") for n in range(12)]
    section = window.inquiries
    table, model = section.table, section.model
    window.resize(1280, 600)
    section.refresh()
    settle(qtbot, window)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 12
    current = model.row_at(9)
    table.setCurrentIndex(model.index(9, 0))
    settle(qtbot, window)
    table.scrollToBottom()
    scrolled = table.verticalScrollBar().value()
    assert scrolled > 0

    # another desk: one row moves on, a new call comes in
    changed = model.row_at(10)
    colleague(window, "bernd").change_status(changed.id, InquiryStatus.IN_PROGRESS)
    call(window, "Neu von nebenan")
    section.views.timer.timeout.emit()
    settle(qtbot, window)

    assert model.rowCount() == 12 and model.total == 13  # as far as it was scrolled
    row = model.row_of(changed.id)
    assert model.row_at(row).status == InquiryStatus.IN_PROGRESS
    assert model.row_at(0).subject == "Neu von nebenan"  # newest first
    assert model.row_at(table.currentIndex().row()).id == current.id
    assert section.selected_ids() == [current.id]
    assert table.verticalScrollBar().value() == scrolled
    assert len(records) == 12


def test_a_narrow_eingang_shows_the_date_alone_and_the_due_mark_is_short(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QStyleOptionViewItem

    from buergeranfragen.ui.inquiries.model import RECEIVED_COLUMN
    from buergeranfragen.ui.shell.layout import QUEUE_COLUMNS

    call(window)
    section = window.inquiries
    section.refresh()
    settle(qtbot, window)
    table = section.table
    index = section.model.index(0, RECEIVED_COLUMN)
    full = index.data()
    delegate = table.itemDelegateForColumn(RECEIVED_COLUMN)

    def text_at(width: int) -> str:
        option = QStyleOptionViewItem()
        option.initFrom(table)
        option.widget = table
        option.rect = QRect(0, 0, width, 24)
        delegate.initStyleOption(option, index)
        return option.text

    assert text_at(400) == full
    narrow = table.fontMetrics().horizontalAdvance(full) - 10
    assert text_at(narrow) == full.split()[0]  # "26.11.2026": no "26.11.2026 0…"
    # the due mark and the status keep their whole text at their least widths
    assert QUEUE_COLUMNS[9].least == "" and QUEUE_COLUMNS[9].sample == "⚠ 25.11. 16:00"
    assert QUEUE_COLUMNS[8].least == "" and QUEUE_COLUMNS[8].sample == "am Telefon erledigt"


def test_reading_again_while_new_filters_are_read_keeps_the_new_filters(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from buergeranfragen.inquiries.records import InquiryChannel

    call(window, "Ein Anruf")
    section = window.inquiries
    section.refresh()
    settle(qtbot, window)
    section.channel.setCurrentIndex(section.channel.findData(InquiryChannel.EMAIL.value))
    section.reread()  # the minute's reading comes while the filter's is under way
    settle(qtbot, window)
    assert section.model.query.channel == InquiryChannel.EMAIL
    assert section.model.rowCount() == 0  # no mail: the call is not listed
