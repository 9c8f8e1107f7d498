"""A morning at the desk, through the window only (issue 10): calls arrive, one is routed by
the rules, the rest wait in "Nicht zugeordnet"; the clerk keeps that filter as a view of her
own, routes everything in it in one step, then assigns, notes and closes one inquiry, and the
sidebar, the queue and the timeline follow each step."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from buergeranfragen.inquiries.records import CallDraft, InquiryRecord, InquiryStatus
from buergeranfragen.ui.inquiries.handling_dialogs import (
    AssignDialog,
    NoteDialog,
    RouteDialog,
    StatusDialog,
)
from tests.ui.conftest import settle
from tests.ui.test_detail_handling import choose, closed, opened, submit, timeline
from tests.ui.test_queue_views import _fresh_settings, click, listed, texts  # noqa: F401

S = InquiryStatus


def call(window, subject: str) -> InquiryRecord:  # type: ignore[no-untyped-def]
    return window.context.inquiries.log_call(CallDraft(subject=subject))  # type: ignore[no-any-return]


def test_route_by_a_saved_view_in_one_step_then_assign_note_and_close(
    qtbot, window, clock, prompts
) -> None:  # type: ignore[no-untyped-def]
    me = window.context.settings.actor
    kita = call(window, "Kitaplatz für unsere Tochter")
    open_ones = [call(window, "Eine Frage"), call(window, "Noch eine Frage")]
    clock.now += timedelta(minutes=5)
    section = window.inquiries
    section.refresh()
    section.views.load()
    settle(qtbot, window)
    assert kita.routing.department_code == "MKJFGFI"  # by the shipped rules
    assert texts(section.views)["unassigned"] == "Nicht zugeordnet (2)"

    # the sidebar's "Nicht zugeordnet", kept as a view of her own
    click(qtbot, section.views, "unassigned")
    settle(qtbot, window)
    assert sorted(listed(window)) == sorted(r.reference for r in open_ones)
    prompts.text_answers = ["Eingang ohne Abteilung"]
    window.window_actions.save_view.trigger()
    settle(qtbot, window)
    (saved,) = window.context.views.saved()
    key = f"saved:{saved.id}"
    assert texts(section.views)[key] == "Eingang ohne Abteilung (2)"

    # everything in it routed to Nordrhein-Westfalen direkt in one step
    table = section.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert sorted(section.selected_ids()) == sorted(r.id for r in open_ones)
    window.window_actions.route.trigger()
    dialog = opened(qtbot, window, RouteDialog)
    choose(dialog.department, "NRWDIREKT")
    submit(qtbot, window, dialog)
    qtbot.waitUntil(lambda: window.handling.summary is not None)
    settle(qtbot, window)
    assert window.handling.summary.summary.text() == "2 erledigt."
    window.handling.summary.close()
    section.views.load()
    settle(qtbot, window)
    assert texts(section.views)[key] == "Eingang ohne Abteilung (0)"
    assert texts(section.views)["unassigned"] == "Nicht zugeordnet (0)"
    click(qtbot, section.views, key)
    settle(qtbot, window)
    assert listed(window) == []

    # one of them: assigned to herself, a note, closed with a reason
    click(qtbot, section.views, "department:NRWDIREKT")
    settle(qtbot, window)
    assert sorted(listed(window)) == sorted(r.reference for r in open_ones)
    target = open_ones[0]
    section.show_inquiry(target.id)
    settle(qtbot, window)
    window.window_actions.assign.trigger()
    dialog = opened(qtbot, window, AssignDialog)
    choose(dialog.person, me)
    submit(qtbot, window, dialog)
    assert closed(dialog)
    window.window_actions.note.trigger()
    dialog = opened(qtbot, window, NoteDialog)
    dialog.text.setFocus()
    dialog.text.insertPlainText("Bürgerin zurückgerufen, ")  # QTest types ASCII only
    qtbot.keyClicks(dialog.text, "Frage erledigt")
    submit(qtbot, window, dialog)
    window.window_actions.status.trigger()
    dialog = opened(qtbot, window, StatusDialog)
    choose(dialog.status, S.CLOSED.value)
    submit(qtbot, window, dialog)
    assert dialog.isVisible() and dialog.field_errors["comment"].isVisible()  # says why first
    dialog.comment.setFocus()
    qtbot.keyClicks(dialog.comment, "am Telefon erledigt")
    submit(qtbot, window, dialog)
    assert closed(dialog)

    stamp = "25.11.2026 10:35"
    assert timeline(window) == [
        f"25.11.2026 10:30 · {me} · Eingegangen (Status: Neu)",
        f"{stamp} · {me} · Verteilt an NRWDIREKT (Nordrhein-Westfalen direkt)",
        f"{stamp} · {me} · Zugewiesen an {me}",
        f"{stamp} · {me} · Status: Neu → Zugewiesen",
        f"{stamp} · {me} · Notiz: Bürgerin zurückgerufen, Frage erledigt",
        f"{stamp} · {me} · Status: Zugewiesen → Abgeschlossen: am Telefon erledigt",
    ]
    stored = window.context.inquiries.get(target.id)
    assert (stored.status, stored.routing.assignee) == (S.CLOSED, me)
    # the department's view lists its open inquiries: the closed one has left it
    assert listed(window) == [open_ones[1].reference]
    section.views.load()
    settle(qtbot, window)
    assert texts(section.views)["department:NRWDIREKT"].endswith("(1)")  # its open ones
