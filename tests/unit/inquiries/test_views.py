"""The sidebar's views (both databases): every built-in view's count equals its list, the open
counts come from one statement, saved views round trip (JSON of the filter, unknown keys
ignored), names unique per owner."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.db.migrate import Database
from buergeranfragen.errors import RecordNotFound, ValidationFailed
from buergeranfragen.inquiries import views
from buergeranfragen.inquiries.records import (
    CallDraft,
    DueFilter,
    InquiryChannel,
    InquiryQuery,
    InquiryStatus,
)
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.inquiries.view_service import ViewService
from buergeranfragen.organisation.rules import RuleService
from buergeranfragen.organisation.service import DepartmentService
from tests.conftest import ACTOR


@pytest.fixture
def view_service(database: Database, clock: FixedClock) -> ViewService:
    return ViewService(database.session_factory, clock, ACTOR)


def _fill(database: Database, inquiries: InquiryService, clock: FixedClock) -> None:
    """Wednesday 25 November 2026, 10:30 in Düsseldorf (see test_queue)."""
    DepartmentService(database.session_factory, clock, ACTOR).load_defaults()
    RuleService(database.session_factory, clock, "chefin").load_defaults()
    clock.now -= timedelta(days=3)
    inquiries.log_call(CallDraft(subject="Kitaplatz vor drei Tagen"))  # due Thursday: overdue
    clock.now += timedelta(days=3)
    inquiries.log_call(CallDraft(subject="Kitaplatz für unsere Tochter"))  # due tomorrow
    clock.now += timedelta(minutes=1)
    inquiries.log_call(CallDraft(subject="Haushalt 2027", kind=ContactKind.PRESS))  # today
    clock.now += timedelta(minutes=1)
    inquiries.log_call(CallDraft(subject="Öffnungszeiten", status=InquiryStatus.ANSWERED_ON_PHONE))
    clock.now += timedelta(minutes=1)
    inquiries.log_call(CallDraft(subject="Eine Frage"))  # no rule: not routed


def test_every_views_count_equals_its_list(
    database: Database, inquiries: InquiryService, view_service: ViewService, clock: FixedClock
) -> None:
    _fill(database, inquiries, clock)
    listed = view_service.views()
    keys = [v.key for v in listed]
    assert keys[:5] == ["mine", "unassigned", "due_today", "overdue", "press_today"]
    assert [v.title.render() for v in listed[:5]] == [
        "Meine offenen",
        "Nicht zugeordnet",
        "Heute fällig",
        "Überfällig",
        "Presse heute",
    ]
    assert "department:MKJFGFI" in keys and "department:PRESSE" in keys
    counts = view_service.view_counts()
    assert set(counts) == set(keys)
    for view in listed:
        found = inquiries.search(view.query, 0, 1000)
        assert counts[view.key] == len(found), view.key
    assert counts["overdue"] == 1
    assert counts["due_today"] == 1
    assert counts["unassigned"] == 1
    assert counts["press_today"] == 1
    assert counts["department:MKJFGFI"] == 2
    assert counts["mine"] == 0
    subjects = {s.subject for s in inquiries.search(view_service.find("Überfällig").query)}
    assert subjects == {"Kitaplatz vor drei Tagen"}

    clock.now = datetime(2026, 11, 26, 8, tzinfo=UTC)  # Thursday: Presse heute is empty
    counts = view_service.view_counts()
    assert counts["press_today"] == 0
    assert counts["overdue"] == 2  # the press inquiry (due yesterday 16:00) too


def test_all_open_counts_take_one_statement_each_saved_view_one(
    database: Database, inquiries: InquiryService, view_service: ViewService, clock: FixedClock
) -> None:
    _fill(database, inquiries, clock)
    view_service.save("Presse offen", InquiryQuery(kind=ContactKind.PRESS, open_only=True))
    statements: list[str] = []

    def seen(*args: object) -> None:
        statements.append(str(args[2]))

    engine = database.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        counts = view_service.view_counts()
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    # departments, saved views, the grouped open counts, press today, one saved view
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 5
    assert counts[f"saved:{view_service.saved()[0].id}"] == 1


def test_saved_views_round_trip(
    database: Database, inquiries: InquiryService, view_service: ViewService, clock: FixedClock
) -> None:
    _fill(database, inquiries, clock)
    query = InquiryQuery(
        text="kita",
        kind=ContactKind.CITIZEN,
        channel=InquiryChannel.PHONE,
        department_code="MKJFGFI",
        open_only=True,
        due=DueFilter.TODAY,
        received_from=datetime(2026, 11, 1, tzinfo=UTC),
        sort="subject",
        descending=False,
    )
    saved = view_service.save("  Kita   heute ", query)
    assert saved.name == "Kita heute"
    assert saved.query == views.only_filter(query)  # the order is not part of a view
    with pytest.raises(ValidationFailed) as taken:
        view_service.save("Kita heute", InquiryQuery())
    assert taken.value.errors[0].field == "name"
    assert "schon" in taken.value.message
    with pytest.raises(ValidationFailed):
        view_service.save("   ", InquiryQuery())
    with pytest.raises(ValidationFailed):
        view_service.save("x" * 101, InquiryQuery())
    # another user may have a view of the same name
    other = ViewService(database.session_factory, clock, "kollege")
    other.save("Kita heute", InquiryQuery(unassigned=True))
    assert [v.name for v in other.saved()] == ["Kita heute"]

    second = view_service.save("Alles offen", InquiryQuery(open_only=True))
    assert [v.name for v in view_service.saved()] == ["Kita heute", "Alles offen"]
    assert [v.key for v in view_service.views()[-2:]] == [f"saved:{saved.id}", f"saved:{second.id}"]
    renamed = view_service.rename(second.id, "Offen")
    assert renamed.name == "Offen" and renamed.version == second.version + 1
    with pytest.raises(ValidationFailed):
        view_service.rename(second.id, "Kita heute")
    assert view_service.find("offen").saved_id == second.id
    view_service.delete(saved.id)
    assert [v.name for v in view_service.saved()] == ["Offen"]
    with pytest.raises(RecordNotFound):
        view_service.delete(saved.id)
    with pytest.raises(RecordNotFound):  # not one's own
        other.rename(second.id, "Meins")


def test_a_saved_filter_from_a_newer_version_reads_what_it_knows() -> None:
    stored = (
        '{"kind": "press", "status": "escalated", "colour": "red", "open_only": true,'
        ' "contact_id": "7", "received_from": "2026-11-01T00:00:00+00:00"}'
    )
    assert views.query_from_json(stored) == InquiryQuery(
        kind=ContactKind.PRESS,
        open_only=True,
        received_from=datetime(2026, 11, 1, tzinfo=UTC),
    )
    assert views.query_from_json("not json") == InquiryQuery()
    assert views.query_from_json("[1]") == InquiryQuery()
    query = InquiryQuery(assignee="anna", unassigned=True, contact_id=3)
    assert views.query_from_json(views.query_to_json(query)) == query
    assert views.query_to_json(InquiryQuery()) == "{}"
