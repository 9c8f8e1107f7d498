"""What clerks do with an inquiry: route by hand, assign, change the status, add a note; many
at once; two clerks on one inquiry; the due date through a Rückfrage (both databases)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import partial

import pytest
from sqlalchemy import select, update

from buergeranfragen.calendar import BERLIN
from buergeranfragen.clock import FixedClock
from buergeranfragen.db.engine import transaction
from buergeranfragen.db.migrate import Database
from buergeranfragen.db.models import Inquiry, InquiryStep
from buergeranfragen.errors import KnownError, RecordNotFound, StaleRecord, ValidationFailed
from buergeranfragen.inquiries.handling import HandlingService
from buergeranfragen.inquiries.records import CallDraft, InquiryRecord, InquiryStatus
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.organisation.service import DepartmentService, PeopleService
from buergeranfragen.workflow.states import allowed, step_rules

S = InquiryStatus


@pytest.fixture
def office(database: Database, clock: FixedClock) -> Database:
    """The shipped departments, and three people: chefin (Administration, the first), anna
    and ben (Sachbearbeitung); ben is deactivated."""
    DepartmentService(database.session_factory, clock, "chefin").load_defaults()
    PeopleService(database.session_factory, clock, "chefin").me()
    for user in ("anna", "ben"):
        PeopleService(database.session_factory, clock, user).me()
    PeopleService(database.session_factory, clock, "chefin").set_active("ben", False)
    return database


@pytest.fixture
def handling(office: Database, clock: FixedClock) -> HandlingService:
    return HandlingService(office.session_factory, clock, "anna")


def call(inquiries: InquiryService, subject: str = "Eine Frage", **kw: object) -> InquiryRecord:
    return inquiries.log_call(CallDraft(subject=subject, **kw))  # type: ignore[arg-type]


def kinds(record: InquiryRecord) -> list[str]:
    return [s.kind for s in record.steps]


def test_routing_by_hand_keeps_every_step_and_asks_why_when_it_moves(
    handling: HandlingService, inquiries: InquiryService, clock: FixedClock
) -> None:
    record = call(inquiries)
    assert record.routing.department_code == "" and kinds(record) == ["received"]
    clock.now += timedelta(minutes=5)
    routed = handling.route(record.id, "msb", version=record.version)
    assert routed.routing.department_code == "MSB" and routed.version == record.version + 1
    step = routed.steps[-1]
    assert (step.kind, step.actor, step.from_value, step.to_value) == ("routed", "anna", "", "MSB")
    assert step.department_name == "Ministerium für Schule und Bildung"
    assert step.at == clock.now

    with pytest.raises(ValidationFailed) as refused:
        handling.route(record.id, "MKJFGFI")  # moving it on needs a reason
    assert refused.value.errors[0].field == "reason"
    assert inquiries.get(record.id) == routed  # nothing changed
    with pytest.raises(KnownError, match="schon an MSB"):
        handling.route(record.id, "MSB")

    assigned = handling.assign(record.id, "anna")
    moved = handling.route(record.id, "MKJFGFI", reason="Kita, nicht Schule")
    assert moved.routing.department_code == "MKJFGFI" and moved.routing.assignee == ""
    assert moved.routing.reason == "Kita, nicht Schule" and moved.routing.rule_name == ""
    last = moved.steps[-2:]
    assert [(s.kind, s.from_value, s.to_value) for s in last] == [
        ("routed", "MSB", "MKJFGFI"),
        ("assigned", "anna", ""),
    ]
    assert assigned.status == S.ASSIGNED and moved.status == S.ASSIGNED


def test_unknown_or_inactive_departments_and_people_are_refused_and_change_nothing(
    handling: HandlingService, inquiries: InquiryService, office: Database, clock: FixedClock
) -> None:
    record = call(inquiries)
    DepartmentService(office.session_factory, clock, "chefin").set_active("MLV", False)
    with pytest.raises(RecordNotFound, match="XYZ"):
        handling.route(record.id, "XYZ")
    with pytest.raises(KnownError, match="deaktiviert"):
        handling.route(record.id, "MLV")
    with pytest.raises(RecordNotFound, match="niemand"):
        handling.assign(record.id, "niemand")
    with pytest.raises(KnownError, match="inaktiv"):
        handling.assign(record.id, "ben")
    with pytest.raises(KnownError, match="niemandem zugewiesen"):
        handling.assign(record.id, None)
    with pytest.raises(RecordNotFound):
        handling.change_status(999, S.IN_PROGRESS)
    assert inquiries.get(record.id) == record
    with pytest.raises(KnownError, match="inaktiv"):  # an inactive person changes nothing
        HandlingService(office.session_factory, clock, "ben").add_note(record.id, "Hallo")
    assert inquiries.get(record.id) == record


def test_assigning_a_new_inquiry_makes_it_assigned_and_unassigning_keeps_the_status(
    handling: HandlingService, inquiries: InquiryService
) -> None:
    record = call(inquiries)
    assigned = handling.assign(record.id, "chefin", reason="Chefsache")
    assert (assigned.status, assigned.routing.assignee) == (S.ASSIGNED, "chefin")
    assert [(s.kind, s.from_value, s.to_value) for s in assigned.steps[1:]] == [
        ("assigned", "", "chefin"),
        ("status", "new", "assigned"),
    ]
    assert assigned.steps[1].comment == "Chefsache"
    released = handling.assign(record.id, None)
    assert (released.status, released.routing.assignee) == (S.ASSIGNED, "")


@pytest.mark.parametrize("start", list(S))
def test_every_transition_is_taken_or_refused_as_the_workflow_says(
    handling: HandlingService, inquiries: InquiryService, office: Database, start: S
) -> None:
    record = call(inquiries)
    for target in S:
        with transaction(office.session_factory) as session:
            session.execute(update(Inquiry).values(status=start.value))
            session.execute(update(Inquiry).values(due_at=None))
        before = inquiries.get(record.id)
        rules = step_rules(start, target)
        comment = "weil" if rules.needs_comment else ""
        handed_to = "Bezirksregierung Köln" if rules.needs_handed_to else ""
        if allowed(start, target):
            after = handling.change_status(
                record.id, target, comment=comment, handed_to=handed_to, version=before.version
            )
            assert after.status == target and after.version == before.version + 1
            step = after.steps[-1]
            assert (step.kind, step.from_value, step.to_value) == ("status", start, target)
            assert (step.comment, step.handed_to, step.actor) == (comment, handed_to, "anna")
        else:
            with pytest.raises(KnownError):
                handling.change_status(record.id, target, comment="x", handed_to="")
            assert inquiries.get(record.id) == before


def test_a_step_that_needs_a_comment_or_an_authority_is_refused_without(
    handling: HandlingService, inquiries: InquiryService
) -> None:
    record = call(inquiries)
    for status, field in ((S.CLOSED, "comment"), (S.HANDED_OVER, "handed_to")):
        with pytest.raises(ValidationFailed) as refused:
            handling.change_status(record.id, status, comment="  ")
        assert [e.field for e in refused.value.errors] == [field]
    assert inquiries.get(record.id) == record
    handed = handling.change_status(record.id, S.HANDED_OVER, handed_to=" Stadt Köln ")
    assert handed.steps[-1].handed_to == "Stadt Köln"
    with pytest.raises(ValidationFailed):
        handling.change_status(record.id, S.IN_PROGRESS)  # reopening says why
    reopened = handling.change_status(record.id, S.IN_PROGRESS, comment="Stadt unzuständig")
    assert reopened.status == S.IN_PROGRESS


def test_the_second_of_two_clerks_is_told_and_overwrites_nothing(
    office: Database, inquiries: InquiryService, clock: FixedClock
) -> None:
    record = call(inquiries)
    anna = HandlingService(office.session_factory, clock, "anna")
    chefin = HandlingService(office.session_factory, clock, "chefin")
    seen_by_both = record.version
    clock.now = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
    done = anna.change_status(record.id, S.IN_PROGRESS, version=seen_by_both)
    with pytest.raises(StaleRecord, match=r"von anna geändert \(25.11.2026 11:00\)"):
        chefin.change_status(record.id, S.CLOSED, comment="Doppelt", version=seen_by_both)
    with pytest.raises(StaleRecord):
        chefin.route(record.id, "MSB", version=seen_by_both)
    with pytest.raises(StaleRecord):
        chefin.assign(record.id, "chefin", version=seen_by_both)
    assert inquiries.get(record.id) == done
    # reloaded, the second clerk decides again
    closed = chefin.change_status(record.id, S.CLOSED, comment="Doppelt", version=done.version)
    assert closed.status == S.CLOSED


def test_a_note_is_kept_in_the_history_without_changing_the_inquiry(
    handling: HandlingService, inquiries: InquiryService
) -> None:
    record = call(inquiries)
    noted = handling.add_note(record.id, "  Rückruf vereinbart für Freitag\x00  ")
    assert noted.version == record.version and noted.status == record.status
    assert (noted.steps[-1].kind, noted.steps[-1].comment) == (
        "note",
        "Rückruf vereinbart für Freitag",
    )
    with pytest.raises(ValidationFailed):
        handling.add_note(record.id, " \n ")
    with pytest.raises(ValidationFailed):
        handling.add_note(record.id, "x" * 10_001)
    assert inquiries.get(record.id) == noted


def test_many_at_once_does_each_in_its_own_unit_and_lists_what_was_refused(
    handling: HandlingService, inquiries: InquiryService
) -> None:
    first, second, third = (call(inquiries, f"Frage {n}") for n in range(3))
    handling.change_status(second.id, S.CLOSED, comment="Werbung")
    result = handling.many(
        [first.id, second.id, third.id, 999], partial(handling.change_status, status=S.IN_PROGRESS)
    )
    assert result.done == (first.reference, third.reference)
    assert [ref for ref, _ in result.refused] == [second.reference, "Nr. 999"]
    assert "wieder geöffnet" in result.refused[0][1].render()
    assert inquiries.get(second.id).status == S.CLOSED
    assert {inquiries.get(i).status for i in (first.id, third.id)} == {S.IN_PROGRESS}
    routed = handling.many([first.id, third.id], partial(handling.route, department_code="MSB"))
    assert routed.done == (first.reference, third.reference) and routed.refused == ()


def test_rueckfrage_stops_the_clock_and_the_time_waiting_does_not_count(
    handling: HandlingService, inquiries: InquiryService, clock: FixedClock
) -> None:
    """A call-back is due the next working day; three working days in Rückfrage (Wednesday,
    Thursday, Friday) move it from Thursday to Tuesday."""
    record = call(inquiries)  # Wednesday 25 November 2026, 10:30 in Düsseldorf
    assert record.routing.due_at == datetime(2026, 11, 26, 16, tzinfo=BERLIN)
    clock.now = datetime(2026, 11, 25, 11, tzinfo=UTC)
    waiting = handling.change_status(record.id, S.WAITING, comment="Aktenzeichen erfragt")
    assert waiting.routing.due_at is None
    clock.now = datetime(2026, 11, 30, 8, tzinfo=UTC)  # Monday
    going_on = handling.change_status(record.id, S.IN_PROGRESS)
    assert going_on.routing.due_at == datetime(2026, 12, 1, 16, tzinfo=BERLIN)
    answered = handling.change_status(record.id, S.ANSWERED)
    assert answered.routing.due_at == going_on.routing.due_at
    clock.now = datetime(2026, 12, 2, 8, tzinfo=UTC)  # Wednesday: reopened
    reopened = handling.change_status(record.id, S.IN_PROGRESS, comment="Nachfrage")
    # not counted: Wednesday to Friday waiting, Monday and Tuesday answered - five days
    assert reopened.routing.due_at == datetime(2026, 12, 3, 16, tzinfo=BERLIN)


def test_references_are_found_in_any_case(
    handling: HandlingService, inquiries: InquiryService, office: Database
) -> None:
    record = call(inquiries)
    assert handling.id_of(record.reference.lower()) == record.id
    with pytest.raises(RecordNotFound, match="BA-1999-00001"):
        handling.id_of(" ba-1999-00001 ")
    with transaction(office.session_factory) as session:  # looking it up wrote nothing
        assert session.scalars(select(InquiryStep.kind)).all() == []
    assert [s.kind for s in inquiries.get(record.id).steps] == ["received"]


def test_a_routing_that_changes_nothing_is_refused_and_writes_nothing(
    handling: HandlingService, inquiries: InquiryService
) -> None:
    record = call(inquiries)
    routed = handling.route(record.id, "MSB", assignee="anna")
    for assignee in (None, "", "  ", "anna", " anna "):
        with pytest.raises(KnownError, match="schon an MSB"):
            handling.route(record.id, "msb", assignee=assignee)
    assert inquiries.get(record.id) == routed
    # first routed with an assignee given before: the assignee stays
    other = call(inquiries, "Zweite")
    handling.assign(other.id, "anna")
    kept = handling.route(other.id, "MSB")
    assert kept.routing.assignee == "anna" and kept.steps[-1].kind == "routed"


def test_an_authority_longer_than_its_field_is_refused_not_cut(
    handling: HandlingService, inquiries: InquiryService
) -> None:
    record = call(inquiries)
    with pytest.raises(ValidationFailed) as refused:
        handling.change_status(record.id, S.HANDED_OVER, handed_to="Stadt " + "x" * 300)
    assert refused.value.errors[0].field == "handed_to"
    assert inquiries.get(record.id) == record


@pytest.mark.parametrize("finished", [S.ANSWERED, S.ANSWERED_ON_PHONE, S.HANDED_OVER, S.CLOSED])
def test_a_finished_inquiry_is_not_routed_until_reopened(
    handling: HandlingService, inquiries: InquiryService, office: Database, finished: S
) -> None:
    record = call(inquiries)
    with transaction(office.session_factory) as session:
        session.execute(update(Inquiry).values(status=finished.value))
    before = inquiries.get(record.id)
    with pytest.raises(KnownError, match="erst wieder öffnen"):
        handling.route(record.id, "MSB")
    assert inquiries.get(record.id) == before
    assert handling.assign(record.id, "anna").routing.assignee == "anna"  # handed on
    reopened = handling.change_status(record.id, S.IN_PROGRESS, comment="Nachfrage")
    assert handling.route(reopened.id, "MSB").routing.department_code == "MSB"


def test_the_history_keeps_the_order_of_events_when_desk_clocks_differ(
    office: Database, inquiries: InquiryService, clock: FixedClock
) -> None:
    """Anna's clock runs three minutes fast: her steps still come before Bert's later one."""
    record = call(inquiries)
    PeopleService(office.session_factory, clock, "bert").me()
    fast = FixedClock(clock.now + timedelta(minutes=3))
    anna = HandlingService(office.session_factory, fast, "anna")
    bert = HandlingService(office.session_factory, clock, "bert")
    anna.change_status(record.id, S.IN_PROGRESS)
    anna.change_status(record.id, S.WAITING, comment="Unterlagen fehlen")
    clock.now += timedelta(minutes=1)
    after = bert.change_status(record.id, S.IN_PROGRESS)
    assert [(s.actor, s.from_value, s.to_value) for s in after.steps[1:]] == [
        ("anna", "new", "in_progress"),
        ("anna", "in_progress", "waiting"),
        ("bert", "waiting", "in_progress"),
    ]
    assert after.status == S.IN_PROGRESS and after.routing.due_at is not None
