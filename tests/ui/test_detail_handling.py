"""The detail as the place to act (issue 10): route, assign, change the status and add notes
through the dialogs of the menu "Anfrage", the timeline of every step, several selected
inquiries at once with a summary, a colleague's change meanwhile, hostile note text."""

from __future__ import annotations

from datetime import timedelta

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from buergeranfragen.inquiries.handling import HandlingService
from buergeranfragen.inquiries.records import CallDraft, InquiryRecord, InquiryStatus
from buergeranfragen.organisation.service import PeopleService
from buergeranfragen.ui.inquiries.handling_dialogs import (
    AssignDialog,
    NoteDialog,
    RouteDialog,
    StatusDialog,
)
from tests.ui.conftest import settle

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
S = InquiryStatus


def call(window, subject: str = "Eine Frage") -> InquiryRecord:  # type: ignore[no-untyped-def]
    return window.context.inquiries.log_call(CallDraft(subject=subject))  # type: ignore[no-any-return]


def person(window, user: str) -> None:  # type: ignore[no-untyped-def]
    PeopleService(window.context.database.session_factory, window.context.clock, user).me()


def colleague(window, user: str) -> HandlingService:  # type: ignore[no-untyped-def]
    return HandlingService(window.context.database.session_factory, window.context.clock, user)


def show(qtbot, window, record: InquiryRecord) -> None:  # type: ignore[no-untyped-def]
    window.inquiries.show_inquiry(record.id)
    settle(qtbot, window)


def opened(qtbot, window, kind: type):  # type: ignore[no-untyped-def]
    settle(qtbot, window)  # the lists of departments and people are read first
    dialog = window.handling.dialog
    assert isinstance(dialog, kind) and dialog.isVisible()
    dialog.activateWindow()  # a window-modal dialog takes the keys once it is active
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def submit(qtbot, window, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)


def closed(dialog) -> bool:  # type: ignore[no-untyped-def]
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def choose(combo, value: object) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def timeline(window) -> list[str]:  # type: ignore[no-untyped-def]
    return window.inquiries.detail.timeline.toPlainText().splitlines()


def test_route_assign_note_and_close_one_inquiry_through_the_dialogs(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    me = window.context.settings.actor
    person(window, "anna")
    record = call(window)
    clock.now += timedelta(minutes=1)  # the clerk acts a minute after the call was logged
    actions = window.window_actions
    detail = window.inquiries.detail
    show(qtbot, window, record)
    assert actions.route.isEnabled() and actions.note.isEnabled()
    assert actions.route.shortcut().toString() == "Ctrl+Shift+V"

    # Verteilen by its shortcut; the department chosen by typing its code into the combo
    window.inquiries.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_V, CTRL_SHIFT)
    dialog = opened(qtbot, window, RouteDialog)
    assert not dialog.reason_note.isVisible()  # not routed yet: no reason needed
    dialog.department.setFocus()
    qtbot.keyClicks(dialog.department, "MSB")
    assert dialog.department.currentData() == "MSB"
    submit(qtbot, window, dialog)
    assert closed(dialog)
    assert detail.fields["department"].text() == "Ministerium für Schule und Bildung"
    assert detail.fields["reason"].text() == f"von Hand ({me})"

    # moving it on needs a reason: the dialog says so, and the service's refusal stays in it
    actions.route.trigger()
    dialog = opened(qtbot, window, RouteDialog)
    choose(dialog.department, "MKJFGFI")
    assert dialog.reason_note.isVisible() and "MSB" in dialog.reason_note.text()
    choose(dialog.person, "anna")
    submit(qtbot, window, dialog)
    assert dialog.isVisible()
    assert dialog.field_errors["reason"].isVisible()
    assert dialog.department.currentData() == "MKJFGFI"  # nothing typed is lost
    assert dialog.person.currentData() == "anna"
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "Kita, nicht Schule")
    submit(qtbot, window, dialog)
    assert closed(dialog)
    assert detail.fields["reason"].text() == f"von Hand ({me}): Kita, nicht Schule"
    assert detail.fields["assignee"].text() == "anna"
    assert detail.fields["status"].text() == "Zugewiesen"

    # Zuweisen: to myself
    actions.assign.trigger()
    dialog = opened(qtbot, window, AssignDialog)
    assert dialog.person.currentData() == "anna"  # who has it now
    choose(dialog.person, me)
    submit(qtbot, window, dialog)
    assert detail.fields["assignee"].text() == me

    # Status: only the next states are offered; "abgegeben" asks to whom
    actions.status.trigger()
    dialog = opened(qtbot, window, StatusDialog)
    offered = [dialog.status.itemData(i) for i in range(dialog.status.count())]
    assert S.NEW.value not in offered and S.ASSIGNED.value not in offered
    assert S.IN_PROGRESS.value in offered
    choose(dialog.status, S.HANDED_OVER.value)
    assert dialog.form.isRowVisible(dialog.rows["handed_to"])
    choose(dialog.status, S.ANSWERED.value)
    assert not dialog.form.isRowVisible(dialog.rows["handed_to"])
    submit(qtbot, window, dialog)
    assert detail.fields["status"].text() == "Beantwortet"

    actions.note.trigger()
    dialog = opened(qtbot, window, NoteDialog)
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "Mutter rief an")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)  # Enter: a new line, not saving
    qtbot.keyClicks(dialog.text, "alles klar")
    assert dialog.isVisible()
    submit(qtbot, window, dialog)

    actions.status.trigger()
    dialog = opened(qtbot, window, StatusDialog)
    assert [dialog.status.itemData(i) for i in range(dialog.status.count())] == [
        S.IN_PROGRESS.value,
        S.CLOSED.value,
    ]
    choose(dialog.status, S.CLOSED.value)
    submit(qtbot, window, dialog)
    assert detail.fields["status"].text() == "Abgeschlossen"

    lines = timeline(window)
    stamp = "25.11.2026 10:31"
    assert lines == [
        f"25.11.2026 10:30 · {me} · Eingegangen (Status: Neu)",
        f"{stamp} · {me} · Verteilt an MSB (Ministerium für Schule und Bildung)",
        f"{stamp} · {me} · Verteilt an MKJFGFI "
        "(Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration) "
        "(vorher MSB): Kita, nicht Schule",
        f"{stamp} · {me} · Zugewiesen an anna: Kita, nicht Schule",
        f"{stamp} · {me} · Status: Neu → Zugewiesen",
        f"{stamp} · {me} · Zugewiesen an {me}",
        f"{stamp} · {me} · Status: Zugewiesen → Beantwortet",
        f"{stamp} · {me} · Notiz: Mutter rief an",
        "    alles klar",
        f"{stamp} · {me} · Status: Beantwortet → Abgeschlossen",
    ]
    # the queue shows the change too
    row = window.inquiries.model.row_of(record.id)
    assert window.inquiries.model.row_at(row).status == S.CLOSED


def test_overdue_and_due_today_are_said_in_words(qtbot, window, clock) -> None:  # type: ignore[no-untyped-def]
    record = call(window, "Frage zur Grundsteuer")  # routed; call-back due 26.11. 16:00
    detail = window.inquiries.detail
    show(qtbot, window, record)
    assert detail.fields["due"].text() == "26.11.2026 16:00"
    clock.now += timedelta(days=1)
    show(qtbot, window, record)
    assert detail.fields["due"].text() == "26.11.2026 16:00 – heute fällig"
    clock.now += timedelta(hours=7)
    show(qtbot, window, record)
    assert detail.fields["due"].text() == "26.11.2026 16:00 – überfällig"
    assert detail.fields["reason"].text().startswith("Finanzen und Steuern: ")
    assert "durch die Regel: Finanzen und Steuern: " in timeline(window)[1]


def test_a_status_change_on_three_selected_inquiries_summarises_the_refused_one(
    qtbot, window
) -> None:  # type: ignore[no-untyped-def]
    first, second, third = (call(window, f"Frage {n}") for n in range(3))
    colleague(window, "ben").change_status(third.id, S.CLOSED, comment="Doppelt")
    window.inquiries.refresh()
    settle(qtbot, window)
    table = window.inquiries.table
    table.setFocus()
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.model().index(0, 0)).center(),
    )
    settle(qtbot, window)
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert sorted(window.inquiries.selected_ids()) == sorted([first.id, second.id, third.id])
    assert window.window_actions.status.isEnabled()

    window.window_actions.status.trigger()
    dialog = opened(qtbot, window, StatusDialog)
    assert "3 Anfragen" in dialog.heading.text()
    choose(dialog.status, S.ANSWERED.value)
    submit(qtbot, window, dialog)
    qtbot.waitUntil(lambda: window.handling.summary is not None)
    settle(qtbot, window)
    summary = window.handling.summary
    assert summary.summary.text() == "2 erledigt, 1 abgelehnt:"
    assert summary.table.rowCount() == 1
    assert summary.table.item(0, 0).text() == third.reference
    assert "Abgeschlossen" in summary.table.item(0, 1).text()
    statuses = {
        r.id: r.status
        for r in (
            window.inquiries.model.row_at(i) for i in range(window.inquiries.model.rowCount())
        )
    }
    assert statuses == {first.id: S.ANSWERED, second.id: S.ANSWERED, third.id: S.CLOSED}


def test_a_colleagues_change_meanwhile_is_told_and_reloading_shows_it(
    qtbot, window, prompts
) -> None:  # type: ignore[no-untyped-def]
    record = call(window)
    show(qtbot, window, record)
    window.window_actions.status.trigger()
    dialog = opened(qtbot, window, StatusDialog)
    choose(dialog.status, S.WAITING.value)
    dialog.comment.setPlainText("Bürger nach Aktenzeichen gefragt")

    colleague(window, "ben").change_status(record.id, S.IN_PROGRESS)  # meanwhile
    prompts.confirm_answers.append(True)  # "Neu laden"
    submit(qtbot, window, dialog)
    kind, title, text = prompts.messages[-1]
    assert (kind, title) == ("confirm", "Anfrage wurde inzwischen geändert")
    assert "von ben geändert" in text
    detail = window.inquiries.detail
    assert detail.fields["status"].text() == "In Bearbeitung"  # the colleague's change
    assert timeline(window)[-1].endswith("· ben · Status: Neu → In Bearbeitung")
    assert dialog.isVisible()  # to decide again, with what was typed
    assert dialog.status.currentData() == S.WAITING.value
    assert dialog.comment.toPlainText() == "Bürger nach Aktenzeichen gefragt"

    submit(qtbot, window, dialog)  # now on the version just read
    assert closed(dialog)
    assert detail.fields["status"].text() == "Rückfrage"
    assert timeline(window)[-1].endswith(
        "Status: In Bearbeitung → Rückfrage: Bürger nach Aktenzeichen gefragt"
    )


def test_a_hostile_note_is_shown_as_plain_text(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    record = call(window)
    show(qtbot, window, record)
    hostile = '<b>fett</b> <img src="/dev/zero"> rechnung\u202efdp.exe'
    window.window_actions.note.trigger()
    dialog = opened(qtbot, window, NoteDialog)
    dialog.text.setPlainText(hostile)
    submit(qtbot, window, dialog)
    shown = window.inquiries.detail.timeline.toPlainText()
    assert '<b>fett</b> <img src="/dev/zero"> rechnung⟨U+202E⟩fdp.exe' in shown
    assert "\u202e" not in shown
    # a note never changes the inquiry's version: the detail still acts on the same one
    assert window.inquiries.detail.record.version == record.version
    QApplication.processEvents()


def test_a_clerk_routing_at_the_moment_of_arrival_is_not_taken_for_a_rule() -> None:
    """Whether a rule or a clerk routed is stored with the step, not guessed from its time."""
    from datetime import UTC, datetime

    from buergeranfragen.inquiries.records import InquiryStep
    from buergeranfragen.inquiries.steps import StepKind
    from buergeranfragen.ui.inquiries.timeline import timeline_text

    at = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
    received = InquiryStep(at=at, actor="anna", kind=StepKind.RECEIVED, to_value="new")
    by_hand = InquiryStep(at=at, actor="anna", kind=StepKind.ROUTED, to_value="MSB")
    by_rule = InquiryStep(
        at=at, actor="anna", kind=StepKind.ROUTED_BY_RULE, to_value="MSB", comment="Schule"
    )
    assert "durch die Regel" not in timeline_text((received, by_hand))
    assert "Verteilt an MSB durch die Regel: Schule" in timeline_text((received, by_rule))


def test_rows_hidden_for_an_inquiry_without_them_come_back_for_the_next(
    qtbot, window, clock
) -> None:  # type: ignore[no-untyped-def]
    """A call settled on the phone has no due date and no department; the inquiry shown after
    it shows its own again."""
    due = call(window, "Rückruf erbeten")
    settled = window.context.inquiries.log_call(
        CallDraft(subject="Erledigt", status=S.ANSWERED_ON_PHONE)
    )
    form = window.inquiries.detail._form
    fields = window.inquiries.detail.fields
    for record, visible in ((due, True), (settled, False), (due, True)):
        show(qtbot, window, record)
        assert form.isRowVisible(fields["due"]) is visible
        assert (fields["due"].text() != "") is visible
