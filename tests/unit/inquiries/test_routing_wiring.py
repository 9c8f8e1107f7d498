"""Every new inquiry (mail file, call) is routed by the stored rules in its own unit of work:
department, reason, steps and due date (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from buergeranfragen.calendar import BERLIN
from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactDraft, ContactKind, EmailInput
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.engine import transaction
from buergeranfragen.db.migrate import Database
from buergeranfragen.db.models import InquiryStep, RoutingRule
from buergeranfragen.inquiries.records import (
    CallDraft,
    InquiryChannel,
    InquiryRecord,
    InquiryStatus,
)
from buergeranfragen.inquiries.routing import RouterCache
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.mail.intake import MailIntake
from buergeranfragen.organisation.records import DepartmentChanges
from buergeranfragen.organisation.repository import RuleTarget
from buergeranfragen.organisation.rules import RuleService
from buergeranfragen.organisation.service import DepartmentService
from buergeranfragen.routing.records import Action, Conditions, RoutingFacts, Rule
from tests.unit.mail.files import mail_file


def mail(subject: str, body: str, sender: str = "erika@example.org", n: int = 1) -> str:
    return (
        f"From: Erika Mustermann <{sender}>\n"
        "To: nrwdirekt@nrw.de\n"
        f"Subject: {subject}\n"
        f"Message-ID: <r{n}@example.org>\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "\n"
        f"{body}\n"
    )


@pytest.fixture
def routed(database: Database, clock: FixedClock) -> Database:
    """A database with the shipped departments and rules."""
    DepartmentService(database.session_factory, clock, "chefin").load_defaults()
    assert RuleService(database.session_factory, clock, "chefin").load_defaults() == 13
    return database


def imported(
    intake: MailIntake, inquiries: InquiryService, tmp_path: Path, text: str
) -> InquiryRecord:
    report = intake.import_file(mail_file(tmp_path, "m.eml", text))
    assert report.inquiry_id is not None
    return inquiries.get(report.inquiry_id)


def test_a_mail_about_a_kita_place_goes_to_the_family_ministry(
    routed: Database, intake: MailIntake, inquiries: InquiryService, tmp_path: Path
) -> None:
    record = imported(
        intake, inquiries, tmp_path, mail("Kitaplatz für unsere Tochter", "Gibt es eine Kita?")
    )
    routing = record.routing
    assert routing.department_code == "MKJFGFI"
    assert routing.department_name.startswith("Ministerium für Kinder, Jugend")
    assert routing.rule_name == "Kinder, Jugend, Familie, Flucht und Integration"
    assert routing.reason == "Kita (Betreff); Kita (Text)"
    assert record.status == InquiryStatus.NEW
    assert [(s.kind, s.to_value) for s in record.steps] == [
        ("received", "new"),
        ("routed_by_rule", "MKJFGFI"),
    ]
    assert record.steps[1].department_name == routing.department_name
    assert record.steps[1].comment == f"{routing.rule_name}: {routing.reason}"
    # a written citizen mail: 10 working days after the day of receipt (the test clock's
    # Wednesday 25 Nov 2026), at 16:00 Berlin time
    assert routing.due_at == datetime(2026, 12, 9, 16, 0, tzinfo=BERLIN)
    assert inquiries.get(record.id).steps == record.steps  # as read back


def test_the_arrival_in_the_history_keeps_the_names_it_had_and_is_not_stored_twice(
    routed: Database,
    intake: MailIntake,
    inquiries: InquiryService,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    """The first steps come from the audit trail's entry written with the inquiry; a later
    renamed department or rule does not change them."""
    record = imported(intake, inquiries, tmp_path, mail("Kitaplatz", "Kita"))
    DepartmentService(routed.session_factory, clock, "chefin").edit(
        "MKJFGFI", DepartmentChanges(name="Familienministerium")
    )
    with transaction(routed.session_factory) as session:
        session.execute(update(RoutingRule).values(name="umbenannt"))
        assert session.scalar(select(func.count()).select_from(InquiryStep)) == 0
    again = inquiries.get(record.id)
    assert again.routing.department_name == "Familienministerium"
    assert again.steps == record.steps
    assert again.steps[1].department_name.startswith("Ministerium für Kinder, Jugend")
    assert again.steps[1].comment.startswith("Kinder, Jugend, Familie, Flucht und Integration: ")


def test_a_press_mail_goes_to_the_press_office(
    routed: Database,
    intake: MailIntake,
    inquiries: InquiryService,
    tmp_path: Path,
) -> None:
    contacts = ContactService(
        routed.session_factory, FixedClock(datetime(2026, 1, 1, tzinfo=UTC)), "t"
    )
    contacts.create(
        ContactDraft(
            kind=ContactKind.PRESS,
            first_name="Paul",
            last_name="Presse",
            outlet="WDR",
            emails=(EmailInput("paul@wdr.de"),),
        )
    )
    record = imported(
        intake,
        inquiries,
        tmp_path,
        mail("Anfrage zur Kita-Statistik", "Bitte bis morgen.", "paul@wdr.de"),
    )
    assert record.kind == ContactKind.PRESS
    assert record.routing.department_code == "PRESSE"
    assert record.routing.reason == ""  # by kind, no words
    assert [s.kind for s in record.steps] == ["received", "routed_by_rule"]
    assert record.routing.due_at is not None


def test_an_unmatched_mail_has_no_department(
    routed: Database, intake: MailIntake, inquiries: InquiryService, tmp_path: Path
) -> None:
    record = imported(intake, inquiries, tmp_path, mail("Hallo", "Nur ein Gruß."))
    assert record.routing.department_code == ""
    assert record.routing.rule_name == ""
    assert [s.kind for s in record.steps] == ["received"]
    assert record.routing.due_at is not None  # due all the same


def test_a_call_settled_on_the_phone_has_no_due_date_an_open_one_is_called_back(
    routed: Database, inquiries: InquiryService
) -> None:
    settled = inquiries.log_call(
        CallDraft(subject="Frage zur Kita", status=InquiryStatus.ANSWERED_ON_PHONE)
    )
    assert settled.routing.due_at is None
    assert settled.routing.department_code == "MKJFGFI"
    stored = inquiries.get(settled.id)
    assert stored.routing.due_at is None
    assert stored.status == InquiryStatus.ANSWERED_ON_PHONE
    open_call = inquiries.log_call(CallDraft(subject="Frage zur Kita"))
    assert inquiries.get(open_call.id).routing.due_at == datetime(
        2026, 11, 26, 16, 0, tzinfo=BERLIN
    )


def test_a_changed_rule_is_used_for_the_next_inquiry(
    routed: Database, inquiries: InquiryService
) -> None:
    # the stored rules are looked at again after RECHECK_SECONDS: on a loaded machine more
    # than 2 s may pass between the first call and the last
    inquiries._writer.router = RouterCache(recheck_seconds=3600)
    first = inquiries.log_call(CallDraft(subject="Kita"))
    assert first.routing.department_code == "MKJFGFI"
    with transaction(routed.session_factory) as session:
        session.execute(
            update(RoutingRule)
            .where(RoutingRule.name.like("Kinder%"))
            .values(active=False, version=RoutingRule.version + 1)
        )
    assert inquiries.log_call(CallDraft(subject="Kita")).routing.department_code == "MKJFGFI"
    inquiries.rules_changed()  # or, at another desk, within RECHECK_SECONDS
    second = inquiries.log_call(CallDraft(subject="Kita"))
    assert second.routing.department_code == ""


def test_the_cache_reads_the_stamp_when_due_and_builds_again_when_it_changed() -> None:
    rule = Rule(name="Kita", conditions=Conditions(words=("Kita",)), action=Action("MKJFGFI"), id=1)
    target = RuleTarget(7, "MKJFGFI", "Familie", None, None)
    stamps, loads = iter([1, 1, 2]), []

    def load() -> list[tuple[Rule, RuleTarget]]:
        loads.append(1)
        return [(rule, target)]

    def facts(with_tags: bool) -> RoutingFacts:
        assert not with_tags  # no rule looks at tags: none read
        return RoutingFacts(ContactKind.CITIZEN, InquiryChannel.EMAIL, subject="Kitaplatz")

    cache = RouterCache(recheck_seconds=0)
    routed = [cache.route(lambda: next(stamps), load, facts) for _ in range(3)]
    assert len(loads) == 2  # built for stamp 1, again for stamp 2
    assert all(
        r is not None and r.target == target and r.reason == "Kita (Betreff)" for r in routed
    )
    slow = RouterCache(recheck_seconds=3600)
    for _ in range(3):
        slow.route(lambda: next(stamps, 3), load, facts)
    assert len(loads) == 3  # the stamp read once


def test_the_rules_are_loaded_once(routed: Database, clock: FixedClock) -> None:
    assert RuleService(routed.session_factory, clock, "chefin").load_defaults() == 0


def test_a_mail_that_came_in_hours_before_it_was_taken_in_says_so_in_the_history(
    routed: Database, intake: MailIntake, inquiries: InquiryService, tmp_path: Path
) -> None:
    """Logged at 10:30 in Düsseldorf (the test clock), written at 05:30 (its Date)."""
    text = mail("Kitaplatz", "Kita").replace(
        "MIME-Version", "Date: Wed, 25 Nov 2026 05:30:00 +0100\nMIME-Version"
    )
    record = imported(intake, inquiries, tmp_path, text)
    assert record.steps[0].kind == "received"
    assert record.steps[0].comment == "Eingang 25.11.2026 05:30"
    assert inquiries.get(record.id).steps == record.steps
    call = inquiries.log_call(CallDraft(subject="Rückruf"))
    assert call.steps[0].comment == ""  # taken in as it came in


def test_a_rule_naming_a_person_who_is_inactive_now_routes_to_the_department_only(
    routed: Database, inquiries: InquiryService, clock: FixedClock
) -> None:
    """Assigning by hand refuses an inactive person; a rule does not assign to one either."""
    from buergeranfragen.db.models import Person
    from buergeranfragen.organisation.service import PeopleService

    people = PeopleService(routed.session_factory, clock, "chefin")
    people.me()  # the first person: the Administration
    with transaction(routed.session_factory) as session:
        session.add(
            Person(
                os_user="kita.kim",
                display_name="Kim",
                role="clerk",
                active=True,
                version=1,
                created_at=clock(),
                updated_at=clock(),
            )
        )
        session.flush()
        kim = session.scalar(select(Person.id).where(Person.os_user == "kita.kim"))
        session.execute(
            update(RoutingRule)
            .where(RoutingRule.name.like("Kinder%"))
            .values(person_id=kim, version=RoutingRule.version + 1)
        )
    inquiries.rules_changed()
    assert inquiries.log_call(CallDraft(subject="Kita")).routing.assignee == "kita.kim"
    people.set_active("kita.kim", False)
    inquiries.rules_changed()  # or, at another desk, within RECHECK_SECONDS (people count)
    later = inquiries.log_call(CallDraft(subject="Kita"))
    assert (later.routing.department_code, later.routing.assignee) == ("MKJFGFI", "")
