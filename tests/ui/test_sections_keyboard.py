"""The queue and the contact list by keyboard (issue 9): Tab leaves the table and reaches the
detail or form in reading order, Shift+Tab goes back; the selected row stays highlighted
without the focus; Down/Enter move from a search field into the results, Esc resets the search
and the filters; the detail follows the rows the current search lists; both searches fold
umlauts the one way (``text.normalise``)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from buergeranfragen.contacts.records import ContactDraft, ContactKind, EmailInput, PhoneInput
from buergeranfragen.inquiries.records import CallDraft, InquiryStatus
from buergeranfragen.ui.shell.sections import Section
from tests.ui.conftest import settle

MAIL = (
    b"From: Erika Mustermann <erika@example.org>\r\nTo: nrwdirekt@nrw.de\r\n"
    b"Subject: Bauantrag\r\nDate: Mon, 23 Nov 2026 10:15:00 +0100\r\n"
    b"Message-ID: <tab@example.org>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    b"<p>Wie ist der <b>Stand</b>?</p>\r\n"
)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def walk(qtbot, start: QWidget, steps: int, backwards: bool = False) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The widgets Tab (or Shift+Tab) visits from ``start``, ``start`` first."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    seen = [start]
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    for _ in range(steps):
        widget = focused()
        assert widget is not None
        qtbot.keyClick(widget, key)
        after = focused()
        assert after is not None
        seen.append(after)
    return seen


def people(window) -> dict[str, int]:  # type: ignore[no-untyped-def]
    contacts = window.context.contacts
    hüsken = contacts.create(
        ContactDraft(first_name="Maria", last_name="Hüsken", phones=(PhoneInput("0211 555101"),))
    )
    schaefer = contacts.create(
        ContactDraft(
            kind=ContactKind.PRESS,
            first_name="Jonas",
            last_name="Schaefer",
            outlet="Rheinische Post",
            phones=(PhoneInput("0211 555202"),),
        )
    )
    inquiries = window.context.inquiries
    first = inquiries.log_call(CallDraft(contact_id=hüsken.id, subject="Grundsteuer"))
    second = inquiries.log_call(
        CallDraft(
            contact_id=schaefer.id, subject="Haushalt", status=InquiryStatus.ANSWERED_ON_PHONE
        )
    )
    return {"hüsken": hüsken.id, "schaefer": schaefer.id, "grund": first.id, "haus": second.id}


# -- Tab ------------------------------------------------------------------------------------


def test_tab_walks_the_queue_search_filters_table_then_the_detail(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    report = window.context.mail.import_bytes(MAIL, "a.eml", "a.eml")
    section = window.inquiries
    section.refresh()
    section.show_inquiry(report.inquiry_id)
    settle(qtbot, window)
    detail = section.detail
    assert detail.record is not None and detail.record.id == report.inquiry_id
    expected = [
        section.search,
        section.kind,
        section.channel,
        section.status,
        section.period,
        section.rejected_button,
        section.table,
        *detail.action_buttons,  # Verteilen, Zuweisen, Status ändern, Notiz
        detail.contact_button,
        detail.html_toggle,
        detail.body,
        detail.open_button,
        detail.save_button,
        detail.attachments,
    ]
    assert walk(qtbot, section.search, len(expected) - 1) == expected
    # the table is left with one Tab, whatever its current row: no walking cell by cell
    section.table.setCurrentIndex(section.model.index(0, 0))
    assert walk(qtbot, section.table, 1)[1] is detail.action_buttons[0]
    assert walk(qtbot, detail.attachments, len(expected) - 1, backwards=True) == expected[::-1]


def test_tab_reaches_the_assign_buttons_of_a_mail_without_contact(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    contacts = window.context.contacts
    for first in ("Anna", "Bernd"):
        contacts.create(
            ContactDraft(
                first_name=first,
                last_name="Kaiser",
                emails=(EmailInput("familie.kaiser@example.org"),),
            )
        )
    raw = MAIL.replace(b"Erika Mustermann <erika@example.org>", b"<familie.kaiser@example.org>")
    report = window.context.mail.import_bytes(raw, "k.eml", "k.eml")
    section = window.inquiries
    section.show_inquiry(report.inquiry_id)
    settle(qtbot, window)
    detail = section.detail
    assert detail.candidates.isVisible()
    assigns = detail._assign_buttons
    assert len(assigns) == 2
    # the contact button is disabled (no contact yet): the table leads to the first candidate
    chain = walk(qtbot, section.table, 4 + len(detail.action_buttons))
    assert chain[1:] == [*detail.action_buttons, *assigns, detail.html_toggle, detail.body]


def test_tab_walks_the_contacts_search_list_then_the_form(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    people(window)
    window.show_section(Section.CONTACTS)
    section = window.contacts
    section.refresh()
    settle(qtbot, window)
    start, table, into_form = walk(qtbot, section.search, 2)
    assert table is section.table
    assert section.form.isAncestorOf(into_form)  # the form's own first field (its chain)
    section.table.setCurrentIndex(section.model.index(1, 2))  # a cell in the middle
    settle(qtbot, window)
    assert section.form.isAncestorOf(walk(qtbot, section.table, 1)[1])
    back = walk(qtbot, into_form, 2, backwards=True)
    assert back == [into_form, section.table, section.search]


@pytest.mark.parametrize("section_name", ["inquiries", "contacts"])
def test_the_selected_row_stays_highlighted_without_the_focus(  # type: ignore[no-untyped-def]
    qtbot, window, section_name: str
) -> None:
    table = getattr(window, section_name).table
    palette = table.palette()
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText):
        assert palette.color(QPalette.ColorGroup.Inactive, role) == palette.color(
            QPalette.ColorGroup.Active, role
        )
    assert not table.tabKeyNavigation()


# -- search fields ----------------------------------------------------------------------------


def test_queue_search_down_enter_detail_follows_and_esc_resets(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    ids = people(window)
    section = window.inquiries
    section.refresh()
    section.show_inquiry(ids["grund"])
    settle(qtbot, window)
    assert section.detail.record.id == ids["grund"]

    section.focus_search()
    section.search.setText("Schäfer")  # stored as "Schaefer" (QTest types ASCII only)
    settle(qtbot, window)
    assert [section.model.row_at(0).id] == [ids["haus"]] and section.model.total == 1
    assert section.detail.record is None  # the search no longer lists "Grundsteuer"
    qtbot.keyClick(section.search, Qt.Key.Key_Down)
    settle(qtbot, window)
    assert section.table.hasFocus() and section.table.currentIndex().row() == 0
    assert section.table.selectionModel().isRowSelected(0)
    assert section.detail.record.id == ids["haus"]
    # the first row current already but not shown (its read failed, say): Down shows it
    section.detail.show_record(None)
    section.focus_search()
    qtbot.keyClick(section.search, Qt.Key.Key_Down)
    settle(qtbot, window)
    assert section.detail.record.id == ids["haus"]

    # typed and Enter at once, before the pause in typing ran the search
    section.focus_search()
    qtbot.keyClicks(section.search, "Huesken")  # stored as "Hüsken"
    qtbot.keyClick(section.search, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert section.table.hasFocus()
    assert section.detail.record.id == ids["grund"]

    # nothing listed: the detail shows nothing, Down stays in the search field
    section.focus_search()
    qtbot.keyClicks(section.search, "Zeppelin")
    settle(qtbot, window)
    assert section.model.total == 0 and section.detail.record is None
    qtbot.keyClick(section.search, Qt.Key.Key_Down)
    assert section.search.hasFocus()

    # the active filter is shown; Esc in the search field resets search and filters
    section.search.clear()
    section.status.setCurrentIndex(section.status.findData(InquiryStatus.ANSWERED_ON_PHONE.value))
    settle(qtbot, window)
    assert section.model.total == 1
    assert section.filter_note.isVisible()
    assert section.status.currentText() in section.filter_note.text()
    assert "Esc" in section.filter_note.text()
    section.focus_search()
    qtbot.keyClick(section.search, Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert section.status.currentIndex() == 0 and section.search.text() == ""
    assert not section.filter_note.isVisible()
    assert section.model.total == 2


def test_a_refresh_keeps_the_detail_a_new_search_does_not(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    ids = people(window)
    section = window.inquiries
    section.refresh()
    section.show_inquiry(ids["grund"])
    settle(qtbot, window)
    section.refresh()  # e.g. a mail came in: the same search, the detail stays
    settle(qtbot, window)
    assert section.detail.record.id == ids["grund"]
    assert section.table.selectionModel().isRowSelected(section.model.row_of(ids["grund"]))


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("Huesken", "hüsken"),
        ("hüsken", "hüsken"),
        ("Schäfer", "schaefer"),
        ("SCHAEFER", "schaefer"),
    ],
)
def test_contact_search_folds_umlauts_both_ways_and_down_opens_it(  # type: ignore[no-untyped-def]
    qtbot, window, typed: str, found: str
) -> None:
    ids = people(window)
    window.show_section(Section.CONTACTS)
    section = window.contacts
    section.refresh()
    settle(qtbot, window)
    section.focus_search()
    section.search.setText(typed)  # QTest types ASCII only
    settle(qtbot, window)
    assert section.model.total == 1 and section.model.contact_at(0).id == ids[found]
    assert section.filter_note.isVisible() and typed in section.filter_note.text()
    qtbot.keyClick(section.search, Qt.Key.Key_Down)
    settle(qtbot, window)
    assert section.table.hasFocus() and section.table.currentIndex().row() == 0
    assert section.form.record is not None and section.form.record.id == ids[found]


def test_contact_search_esc_resets_and_a_search_without_it_empties_the_form(  # type: ignore[no-untyped-def]
    qtbot, window
) -> None:
    ids = people(window)
    window.show_section(Section.CONTACTS)
    section = window.contacts
    section.refresh()
    section.open_contact(ids["hüsken"])
    settle(qtbot, window)
    section.focus_search()
    qtbot.keyClicks(section.search, "Schaefer")
    settle(qtbot, window)
    assert section.form.record is None  # not listed, nothing typed into it: not shown
    qtbot.keyClick(section.search, Qt.Key.Key_Escape)
    settle(qtbot, window)
    assert section.search.text() == "" and section.model.total == 2
    assert not section.filter_note.isVisible()

    # what was typed into the form stays, whatever the search lists
    section.open_contact(ids["hüsken"])
    settle(qtbot, window)
    section.form.first_name.setText("Marie")
    section.search.setText("Schaefer")
    settle(qtbot, window)
    assert section.form.record is not None and section.form.record.id == ids["hüsken"]
    assert section.form.first_name.text() == "Marie"


def test_a_style_that_greys_out_inactive_selections_is_overruled(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Many desktop styles draw the selection of an unfocused or inactive window in a grey
    close to the row colour; the lists keep their highlight."""
    from PySide6.QtCore import QStringListModel
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from buergeranfragen.ui.common.list_view import list_view

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    greyed = QPalette(before)
    greyed.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, QColor("#e0e0e0"))
    greyed.setColor(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight, QColor("#308cc6"))
    app.setPalette(greyed)
    try:
        view = list_view(QStringListModel(["a", "b"]), "probe", (50,))
        qtbot.addWidget(view)
        palette = view.palette()
        assert palette.color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight) == QColor(
            "#308cc6"
        )
    finally:
        app.setPalette(before)
