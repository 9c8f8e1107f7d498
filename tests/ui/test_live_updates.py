"""Another desk's changes reach an open window within two seconds, without the user doing
anything (issue 13), on SQLite and PostgreSQL: a second ``AppContext`` (its own engine and
connections) is the colleague's program."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QTimer

from buergeranfragen.clock import FixedClock
from buergeranfragen.config import Settings
from buergeranfragen.context import AppContext, build_context
from buergeranfragen.db.change_feed import PostgresFeed, SqliteFeed, postgres_conninfo
from buergeranfragen.inquiries.records import CallDraft, InquiryStatus
from tests.support import PostgresServer
from tests.ui.conftest import ScriptedPrompts, settle

ARRIVES_WITHIN_MS = 2000


@pytest.fixture
def shared_url(backend: str, request: pytest.FixtureRequest, tmp_path) -> str:  # type: ignore[no-untyped-def]
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'amt.sqlite'}"
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.migrated_database()


@pytest.fixture
def desk(shared_url: str, clock: FixedClock) -> Iterator[AppContext]:
    context = build_context(Settings.from_environment(shared_url), clock)
    yield context
    context.close()


@pytest.fixture
def colleague(desk: AppContext, shared_url: str, clock: FixedClock) -> Iterator[AppContext]:
    """Another person's program on the same database."""
    settings = dataclasses.replace(Settings.from_environment(shared_url), actor="mkoch")
    context = build_context(settings, clock)
    yield context
    context.close()


@pytest.fixture
def live_window(qtbot, desk: AppContext, prompts: ScriptedPrompts):  # type: ignore[no-untyped-def]
    from buergeranfragen.ui.shell.main_window import MainWindow

    win = MainWindow(desk, prompts)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot, win)
    feed = win.live.feed
    if isinstance(feed, PostgresFeed):
        assert feed.listening.wait(5)
    else:
        assert isinstance(feed, SqliteFeed)
        qtbot.waitUntil(lambda: feed.polls > 0, timeout=3000)
    yield win
    if shiboken6.isValid(win):
        win.live.stop()
        assert win.ops.shutdown(10000)


def _listed(win, inquiry_id: int) -> bool:  # type: ignore[no-untyped-def]
    return win.inquiries.model.row_of(inquiry_id) is not None


def test_a_call_logged_at_another_desk_appears_in_the_queue(
    qtbot, live_window, colleague: AppContext
) -> None:  # type: ignore[no-untyped-def]
    win = live_window
    started = time.monotonic()
    call = colleague.inquiries.log_call(CallDraft(subject="Straßenlaterne defekt"))
    qtbot.waitUntil(lambda: _listed(win, call.id), timeout=ARRIVES_WITHIN_MS)
    assert time.monotonic() - started < ARRIVES_WITHIN_MS / 1000
    assert win.live.announced >= 1
    assert win.inquiries.count_label.text() == "1 Anfrage"


def test_a_status_changed_at_another_desk_shows_in_queue_and_detail(
    qtbot, live_window, colleague: AppContext, desk: AppContext
) -> None:  # type: ignore[no-untyped-def]
    win = live_window
    first = desk.inquiries.log_call(CallDraft(subject="Erste"))
    second = desk.inquiries.log_call(CallDraft(subject="Zweite"))
    qtbot.waitUntil(lambda: _listed(win, first.id) and _listed(win, second.id), timeout=3000)
    win.inquiries.show_inquiry(first.id)
    qtbot.waitUntil(
        lambda: (
            win.inquiries.detail.record is not None and win.inquiries.detail.record.id == first.id
        ),
        timeout=3000,
    )
    settle(qtbot, win)
    colleague.handling.change_status(first.id, InquiryStatus.IN_PROGRESS)

    def shown_in_progress() -> bool:
        record = win.inquiries.detail.record
        row = win.inquiries.model.row_of(first.id)
        summary = win.inquiries.model.row_at(row) if row is not None else None
        return (
            record is not None
            and record.status is InquiryStatus.IN_PROGRESS
            and summary is not None
            and summary.status is InquiryStatus.IN_PROGRESS
        )

    qtbot.waitUntil(shown_in_progress, timeout=ARRIVES_WITHIN_MS)
    assert win.inquiries.detail.record is not None
    assert win.inquiries.detail.record.id == first.id  # the inquiry shown stays the one chosen


def test_what_is_being_typed_is_not_reset_by_another_desks_change(
    qtbot, live_window, colleague: AppContext
) -> None:  # type: ignore[no-untyped-def]
    win = live_window
    form = win.open_call_form()
    form.subject.setText("Halb getippt")
    call = colleague.inquiries.log_call(CallDraft(subject="Von nebenan"))
    qtbot.waitUntil(lambda: _listed(win, call.id), timeout=ARRIVES_WITHIN_MS)
    assert form.subject.text() == "Halb getippt"


def test_a_contact_added_at_another_desk_appears_and_the_open_form_keeps_its_input(
    qtbot, live_window, colleague: AppContext, desk: AppContext
) -> None:  # type: ignore[no-untyped-def]
    from buergeranfragen.contacts.records import ContactDraft, ContactKind
    from buergeranfragen.ui.shell.sections import Section

    win = live_window
    many = [
        desk.contacts.create(ContactDraft(kind=ContactKind.CITIZEN, last_name=f"Bauer {n:03}"))
        for n in range(230)  # more than a page (200): scrolled past the first
    ]
    win.show_section(Section.CONTACTS)
    section = win.contacts
    qtbot.waitUntil(lambda: section.model.total == 230, timeout=3000)
    settle(qtbot, win)
    while section.model.canFetchMore(section.model.index(-1, -1)):
        section.model.fetchMore(section.model.index(-1, -1))
    section.table.scrollToBottom()
    scrolled = section.table.verticalScrollBar().value()
    assert scrolled > 0
    section.new_contact()
    section.form.last_name.setText("Halb getippt")
    added = colleague.contacts.create(ContactDraft(kind=ContactKind.PRESS, last_name="Adler"))
    qtbot.waitUntil(lambda: section.model.total == 231, timeout=ARRIVES_WITHIN_MS)
    settle(qtbot, win)
    assert section.model.row_of(added.id) == 0
    assert section.table.verticalScrollBar().value() == scrolled
    assert section.form.last_name.text() == "Halb getippt"
    assert many


def test_a_colleague_with_the_inquiry_open_is_named_until_the_dialog_closes(
    qtbot, live_window, colleague: AppContext, desk: AppContext
) -> None:  # type: ignore[no-untyped-def]
    win = live_window
    call = desk.inquiries.log_call(CallDraft(subject="Anfrage"))
    qtbot.waitUntil(lambda: _listed(win, call.id), timeout=3000)
    win.inquiries.show_inquiry(call.id)
    hint = win.inquiries.detail.presence_hint
    qtbot.waitUntil(lambda: win.inquiries.detail.record is not None, timeout=3000)
    settle(qtbot, win)
    assert hint.isHidden()
    assert colleague.presence.claim(call.id)
    qtbot.waitUntil(lambda: hint.isVisible(), timeout=ARRIVES_WITHIN_MS)
    assert hint.text() == "Wird gerade von mkoch bearbeitet"
    assert hint.textFormat().name == "PlainText"
    colleague.presence.release(call.id)
    qtbot.waitUntil(lambda: hint.isHidden(), timeout=ARRIVES_WITHIN_MS)


def test_an_edit_dialog_claims_the_inquiry_for_the_others_and_releases_it(
    qtbot, live_window, colleague: AppContext, desk: AppContext
) -> None:  # type: ignore[no-untyped-def]
    win = live_window
    call = desk.inquiries.log_call(CallDraft(subject="Anfrage"))
    qtbot.waitUntil(lambda: _listed(win, call.id), timeout=3000)
    win.inquiries.show_inquiry(call.id)
    qtbot.waitUntil(lambda: win.inquiries.detail.record is not None, timeout=3000)
    settle(qtbot, win)
    win.add_inquiry_note()
    dialog = win.handling.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: len(colleague.presence.editors(call.id)) == 1, timeout=3000)
    dialog.reject()
    qtbot.waitUntil(lambda: colleague.presence.editors(call.id) == [], timeout=3000)


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_change_still_arrives_after_the_listening_connection_was_cut(
    qtbot, live_window, colleague: AppContext
) -> None:  # type: ignore[no-untyped-def]
    import psycopg

    win = live_window
    feed = win.live.feed
    assert isinstance(feed, PostgresFeed)
    with psycopg.connect(postgres_conninfo(colleague.database.url), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (feed.backend_pid,))
    qtbot.waitUntil(lambda: feed.connections == 2 and feed.listening.is_set(), timeout=5000)
    call = colleague.inquiries.log_call(CallDraft(subject="Nach der Unterbrechung"))
    qtbot.waitUntil(lambda: _listed(win, call.id), timeout=ARRIVES_WITHIN_MS)


def test_without_the_feed_nothing_arrives_before_the_minute(
    qtbot, live_window, colleague: AppContext
) -> None:  # type: ignore[no-untyped-def]
    """The check that the tests above measure the feed, not some other re-read."""
    win = live_window
    win.live.stop()
    call = colleague.inquiries.log_call(CallDraft(subject="Ungehört"))
    waited = QTimer()
    waited.setSingleShot(True)
    with qtbot.waitSignal(waited.timeout, timeout=3000):
        waited.start(ARRIVES_WITHIN_MS)
    assert not _listed(win, call.id)


def test_a_dialog_closed_at_once_leaves_no_claim_behind(
    qtbot, live_window, colleague: AppContext, desk: AppContext
) -> None:  # type: ignore[no-untyped-def]
    win = live_window
    call = desk.inquiries.log_call(CallDraft(subject="Anfrage"))
    qtbot.waitUntil(lambda: _listed(win, call.id), timeout=3000)
    win.inquiries.show_inquiry(call.id)
    qtbot.waitUntil(lambda: win.inquiries.detail.record is not None, timeout=3000)
    settle(qtbot, win)
    for _ in range(3):
        win.add_inquiry_note()
        dialog = win.handling.dialog
        assert dialog is not None
        dialog.reject()  # before the claim's worker has run
    settle(qtbot, win)
    assert colleague.presence.editors(call.id) == []
    assert win.handling.claims is not None and win.handling.claims.held == {}
