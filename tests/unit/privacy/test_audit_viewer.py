"""The audit viewer: Leitung and Administration read changes and openings, filtered by person,
record and date, page by page; everyone else is refused; nothing can change an entry."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactDraft
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.migrate import Database
from buergeranfragen.organisation.records import Role
from buergeranfragen.organisation.roles import NotPermitted
from buergeranfragen.organisation.service import PeopleService
from buergeranfragen.privacy.log_store import CHANGE, READ
from buergeranfragen.privacy.reading import ReadingLog
from buergeranfragen.privacy.viewer import AuditQuery, AuditService, day_span
from tests.conftest import ACTOR

OTHERS = {
    "leiterin": Role.LEAD,
    "presse": Role.PRESS_OFFICE,
    "buergerservice": Role.CITIZEN_SERVICE,
    "sachbearbeiter": Role.CLERK,
}


@pytest.fixture
def office(database: Database, clock: FixedClock) -> Database:
    admin = PeopleService(database.session_factory, clock, ACTOR)
    admin.me()  # the first person: Administration
    for user, role in OTHERS.items():
        PeopleService(database.session_factory, clock, user).me()
        admin.set_role(user, role)
    return database


def _audit(database: Database, clock: FixedClock, user: str = ACTOR) -> AuditService:
    return AuditService(database.session_factory, clock, user)


@pytest.mark.parametrize("user", ["presse", "buergerservice", "sachbearbeiter", "unbekannt"])
def test_only_leitung_and_administration_read_the_audit(
    office: Database, clock: FixedClock, user: str
) -> None:
    audit = _audit(office, clock, user)
    assert not audit.may_read()
    with pytest.raises(NotPermitted) as refused:
        audit.count(AuditQuery())
    assert "Leitung" in str(refused.value.reason)
    with pytest.raises(NotPermitted):
        audit.page(AuditQuery(), 0, 10)
    for reader in (ACTOR, "leiterin"):
        assert _audit(office, clock, reader).may_read()
        assert _audit(office, clock, reader).count(AuditQuery()) > 0  # the role changes


def test_nothing_in_the_viewer_changes_an_entry() -> None:
    public = {name for name in dir(AuditService) if not name.startswith("_")}
    assert public == {"may_read", "count", "page", "readings_of"}


def test_filters_by_person_record_date_and_kind(office: Database, clock: FixedClock) -> None:
    day_one = clock.now
    first = ContactService(office.session_factory, clock, "leiterin").create(
        ContactDraft(last_name="Anders")
    )
    clock.now += timedelta(days=2)
    second = ContactService(office.session_factory, clock, ACTOR).create(
        ContactDraft(last_name="Berger")
    )
    reads = ReadingLog(office.session_factory, clock, "sachbearbeiter")
    reads.opened_contact(first.id)
    reads.flush()
    audit = _audit(office, clock, "leiterin")

    by_person = audit.page(AuditQuery(actor="sachbearbeiter"), 0, 100)
    assert [(line.kind, line.entity_id, line.action) for line in by_person] == [
        (READ, first.id, "read")
    ]
    on_first = audit.page(AuditQuery(entity="contact", entity_id=first.id), 0, 100)
    assert [line.kind for line in on_first] == [READ, CHANGE]  # newest first
    assert "Anders" in on_first[1].changes
    changes_only = AuditQuery(entity="contact", entity_id=first.id, kind=CHANGE)
    assert audit.count(changes_only) == 1
    since, until = day_span(day_one.date(), day_one.date())
    on_day_one = audit.page(AuditQuery(entity="contact", since=since, until=until), 0, 100)
    assert {line.entity_id for line in on_day_one} == {first.id}
    since, until = day_span(day_one.date() + timedelta(days=1), None)
    later = audit.page(AuditQuery(entity="contact", since=since, until=until), 0, 100)
    assert {line.entity_id for line in later} == {first.id, second.id}  # the reading of first
    assert {line.kind for line in later if line.entity_id == first.id} == {READ}
    assert audit.readings_of("contact", first.id) == [(clock.now, "sachbearbeiter")]


def test_pages_neither_repeat_nor_skip(office: Database, clock: FixedClock) -> None:
    reads = ReadingLog(office.session_factory, clock, "presse")
    for number in range(250):
        reads.opened_inquiry(number)
        if number % 3 == 0:
            clock.now += timedelta(seconds=1)  # some share a moment: the order still holds
    reads.flush()
    audit = _audit(office, clock)
    query = AuditQuery(kind=READ)
    assert audit.count(query) == 250
    seen = []
    for offset in range(0, 250, 40):
        seen += audit.page(query, offset, 40)
    assert len({line.entry_id for line in seen}) == 250
    assert [line.at for line in seen] == sorted((line.at for line in seen), reverse=True)
    both = audit.count(AuditQuery())
    assert both == 250 + audit.count(AuditQuery(kind=CHANGE))
    assert len(audit.page(AuditQuery(), both - 5, 40)) == 5


def test_day_span_is_in_berlin_days() -> None:
    since, until = day_span(date(2026, 7, 1), date(2026, 7, 1))
    assert since is not None and until is not None
    assert since.utcoffset() == timedelta(hours=2)
    assert until - since == timedelta(days=1)
