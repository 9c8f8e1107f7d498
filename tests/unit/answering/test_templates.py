"""TemplateService on SQLite and PostgreSQL: the shipped set loaded once, roles, versions,
limits, and a template filled in for an inquiry with and without contact, department and
signature."""

from __future__ import annotations

import pytest

from buergeranfragen.answering.records import TemplateChanges, TemplateDraft, TemplatePurpose
from buergeranfragen.answering.templates import TemplateService
from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactDraft
from buergeranfragen.db.migrate import Database
from buergeranfragen.errors import KnownError, RecordNotFound, StaleRecord, ValidationFailed
from buergeranfragen.inquiries.handling import HandlingService
from buergeranfragen.inquiries.records import CallDraft
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.organisation.records import DepartmentChanges, Role
from buergeranfragen.organisation.roles import NotPermitted
from buergeranfragen.organisation.service import DepartmentService, PeopleService
from buergeranfragen.privacy import audit

SHIPPED = {
    "Antwort",
    "Eingangsbestätigung",
    "Zwischennachricht",
    "Weiterleitung an die Abteilung",
    "Rückfrage",
}


@pytest.fixture
def admin(database: Database, clock: FixedClock) -> TemplateService:
    PeopleService(database.session_factory, clock, "chefin").me()  # the first: Administration
    DepartmentService(database.session_factory, clock, "chefin").load_defaults()
    return TemplateService(database.session_factory, clock, "chefin")


def _as(database: Database, clock: FixedClock, user: str, role: Role | None) -> TemplateService:
    people = PeopleService(database.session_factory, clock, user)
    people.me()
    if role is not None:
        PeopleService(database.session_factory, clock, "chefin").set_role(user, role)
    return TemplateService(database.session_factory, clock, user)


def test_the_shipped_set_is_loaded_once(admin: TemplateService) -> None:
    assert admin.load_defaults() == len(SHIPPED)
    assert {t.name for t in admin.list()} == SHIPPED
    assert {t.purpose for t in admin.list()} == set(TemplatePurpose)
    admin.set_active("Rückfrage", False)
    assert admin.load_defaults() == 0  # templates exist: nothing loaded again
    assert "Rückfrage" not in {t.name for t in admin.list()}
    assert "Rückfrage" in {t.name for t in admin.list(include_inactive=True)}
    assert [t.name for t in admin.list(TemplatePurpose.FORWARD)] == [
        "Weiterleitung an die Abteilung"
    ]


def test_add_edit_with_versions_and_audit(
    admin: TemplateService, database: Database, clock: FixedClock
) -> None:
    admin.load_defaults()
    added = admin.add(
        TemplateDraft("  Presse  Antwort ", TemplatePurpose.REPLY, "Zu {betreff}", "{anrede},\r\n")
    )
    assert (added.name, added.body, added.version, added.updated_by) == (
        "Presse Antwort",
        "{anrede},",
        1,
        "chefin",
    )
    edited = admin.edit("Presse Antwort", TemplateChanges(body="{anrede},\n\nDank."), 1)
    assert edited.version == 2 and edited.body == "{anrede},\n\nDank."
    with pytest.raises(StaleRecord) as stale:
        admin.edit("Presse Antwort", TemplateChanges(subject="x"), expected_version=1)
    assert "chefin" in str(stale.value.message)
    with pytest.raises(ValidationFailed) as taken:
        admin.edit("Presse Antwort", TemplateChanges(name="RÜCKFRAGE"))  # a shipped one's name
    assert [e.field for e in taken.value.errors] == ["name"]
    from buergeranfragen.db.engine import reading

    with reading(database.session_factory) as session:
        entries = audit.history(session, "text_template", added.id)
    assert [e.action for e in entries] == ["create", "update"]


def test_refused_input_names_each_field(admin: TemplateService) -> None:
    with pytest.raises(ValidationFailed) as caught:
        admin.add(TemplateDraft("x" * 101, TemplatePurpose.REPLY, "{0.__class__}" + "s" * 500, ""))
    fields = [e.field for e in caught.value.errors]
    assert fields == ["name", "subject", "subject", "body"]
    with pytest.raises(ValidationFailed) as caught:
        admin.add(TemplateDraft("Neu", TemplatePurpose.REPLY, "", "Hallo {vornam}"))
    assert "{vornam}" in str(caught.value.message)
    with pytest.raises(ValidationFailed):
        admin.add(TemplateDraft("Neu", TemplatePurpose.REPLY, "", "x" * 20_001))
    with pytest.raises(RecordNotFound):
        admin.edit("Gibt es nicht", TemplateChanges(body="x"))


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (Role.PRESS_OFFICE, True),
        (Role.LEAD, True),
        (Role.CLERK, False),
        (Role.CITIZEN_SERVICE, False),
    ],
)
def test_roles(
    admin: TemplateService, database: Database, clock: FixedClock, role: Role, allowed: bool
) -> None:
    service = _as(database, clock, "kai", role)
    assert service.may_edit() is allowed
    draft = TemplateDraft("Kurz", TemplatePurpose.INTERIM, "", "{anrede},\nkurz.")
    if allowed:
        assert service.add(draft).name == "Kurz"
    else:
        with pytest.raises(NotPermitted):
            service.add(draft)
        assert service.list() == admin.list()  # reading is for everyone


def _inquiry(database: Database, clock: FixedClock, tmp_path: object, **contact: str) -> int:
    inquiries = InquiryService(database.session_factory, clock, "chefin")
    try:
        draft = CallDraft(
            subject="Frage zum\nSchulweg {aktenzeichen}",
            new_contact=ContactDraft(**contact) if contact else None,
            number="0171 2345678" if contact else "",
        )
        return inquiries.log_call(draft).id
    finally:
        inquiries.close()


def test_render_with_contact_department_and_signature(
    admin: TemplateService, database: Database, clock: FixedClock, tmp_path: object
) -> None:
    admin.load_defaults()
    inquiry = _inquiry(
        database, clock, tmp_path, salutation="Frau", title="Dr", first_name="Miriam",
        last_name="Celik",
    )  # fmt: skip
    HandlingService(database.session_factory, clock, "chefin").route(inquiry, "MSB")
    PeopleService(database.session_factory, clock, "chefin").set_display_name(
        "chefin", "Jana Schulz"
    )
    rendered = admin.render("Antwort", inquiry)
    assert rendered.purpose is TemplatePurpose.REPLY
    assert rendered.subject == "Ihre Anfrage vom 25.11.2026: Frage zum Schulweg {aktenzeichen}"
    assert rendered.body.startswith("Sehr geehrte Frau Dr. Celik,\n\nvielen Dank")
    assert "Aktenzeichen BA-2026-" in rendered.body
    assert "Jana Schulz\n\nMinisterium für Schule und Bildung\nTelefon: 0211 " in rendered.body
    departments = DepartmentService(database.session_factory, clock, "chefin")
    departments.edit("MSB", DepartmentChanges(signature="{bearbeiter}\nReferat 1\nDüsseldorf\n"))
    rendered = admin.render("Antwort", inquiry)
    assert rendered.body.endswith(
        "Im Auftrag\n\nJana Schulz\n\nJana Schulz\nReferat 1\nDüsseldorf\n"
    )
    values = admin.placeholder_values(inquiry)
    assert values["abteilung"] == "Ministerium für Schule und Bildung"
    assert values["anrede"] == "Sehr geehrte Frau Dr. Celik"


def test_render_without_contact_or_department(
    admin: TemplateService, database: Database, clock: FixedClock, tmp_path: object
) -> None:
    admin.load_defaults()
    inquiry = _inquiry(database, clock, tmp_path)
    rendered = admin.render("Eingangsbestätigung", inquiry)
    assert rendered.body.startswith("Sehr geehrte Damen und Herren,\n")
    assert rendered.body.endswith("Im Auftrag\n\nchefin\n")  # no department: no signature
    # the clerk's department stands in for the inquiry's
    PeopleService(database.session_factory, clock, "chefin").set_department("chefin", "IM")
    assert "\n\nMinisterium des Innern\n" in admin.render("Antwort", inquiry).body
    with pytest.raises(RecordNotFound):
        admin.render("Antwort", inquiry, clerk="niemand")
    with pytest.raises(RecordNotFound):
        admin.render("Antwort", 999_999)
    admin.set_active("Antwort", False)
    with pytest.raises(KnownError):
        admin.render("Antwort", inquiry)


def test_department_signature_and_sender(
    admin: TemplateService, database: Database, clock: FixedClock
) -> None:
    departments = DepartmentService(database.session_factory, clock, "chefin")
    edited = departments.edit(
        "IM", DepartmentChanges(signature="  Referat 12\r\n\r\n", sender_email="antwort@im.nrw.de")
    )
    assert (edited.signature, edited.sender_email) == ("  Referat 12", "antwort@im.nrw.de")
    with pytest.raises(ValidationFailed) as caught:
        departments.edit("IM", DepartmentChanges(signature="{unbekannt}", sender_email="kein"))
    assert [e.field for e in caught.value.errors] == ["signature", "sender_email"]
    cleared = departments.edit("IM", DepartmentChanges(sender_email=""))
    assert cleared.sender_email == "" and cleared.signature == "  Referat 12"
