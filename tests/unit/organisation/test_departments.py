"""Departments and people: the shipped list, editing with history, never deleting one with
inquiries, and roles that decide who may change them (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from buergeranfragen.clock import FixedClock
from buergeranfragen.db.engine import transaction
from buergeranfragen.db.migrate import Database
from buergeranfragen.errors import KnownError, RecordNotFound, StaleRecord, ValidationFailed
from buergeranfragen.organisation.records import DepartmentChanges, DepartmentDraft, Role
from buergeranfragen.organisation.roles import NotPermitted
from buergeranfragen.organisation.service import DepartmentService, PeopleService

CODES = [
    "STK", "PRESSE", "NRWDIREKT", "BEI", "FM", "IM", "JM", "MSB", "MKJFGFI", "MWIKE", "MAGS",
    "MHKBD", "MUNV", "MLV", "MKW",
]  # fmt: skip


@pytest.fixture
def admin(database: Database, clock: FixedClock) -> DepartmentService:
    PeopleService(database.session_factory, clock, "chefin").me()  # the first: Administration
    return DepartmentService(database.session_factory, clock, "chefin")


def test_the_shipped_list_is_loaded_once_and_never_over_an_edited_one(
    admin: DepartmentService,
) -> None:
    assert admin.load_defaults() == 15
    listed = admin.all()
    assert [d.code for d in listed] == CODES
    assert admin.get("MSB").name == "Ministerium für Schule und Bildung"
    assert admin.get("nrwdirekt").phone == "0211 837-1001"
    assert admin.get("PRESSE").phone == "0211 837-1399"
    assert all(d.active and "@" in d.email and d.phone.startswith("0211") for d in listed)
    admin.edit("IM", DepartmentChanges(email="eingaben@im.nrw.de"))
    assert admin.load_defaults() == 0
    assert admin.get("IM").email == "eingaben@im.nrw.de"
    assert len(admin.all()) == 15


def test_rename_keeps_the_former_name_on_record(admin: DepartmentService) -> None:
    added = admin.add(DepartmentDraft(" msx ", " Ministerium  für  X ", "post@msx.nrw.de"))
    assert (added.code, added.name, added.version) == ("MSX", "Ministerium für X", 1)
    renamed = admin.edit("MSX", DepartmentChanges(name="Ministerium für Y"), added.version)
    assert renamed.name == "Ministerium für Y" and renamed.version == 2
    changes = [entry.changes for entry in admin.history("MSX")]
    assert changes[-1] == {"name": ["Ministerium für X", "Ministerium für Y"]}
    with pytest.raises(StaleRecord):  # a form that loaded version 1
        admin.edit("MSX", DepartmentChanges(phone="0211 1"), expected_version=1)


def test_wrong_input_names_each_field(admin: DepartmentService) -> None:
    with pytest.raises(ValidationFailed) as caught:
        admin.add(DepartmentDraft("M S", "x"))
    assert [e.field for e in caught.value.errors] == ["code"]
    with pytest.raises(ValidationFailed) as caught:
        admin.add(DepartmentDraft("MX", " ", email="kein-at", phone="1" * 61))
    assert [e.field for e in caught.value.errors] == ["name", "email", "phone"]
    admin.add(DepartmentDraft("MX", "Ministerium X"))
    with pytest.raises(ValidationFailed, match="schon vergeben"):
        admin.add(DepartmentDraft("mx", "Noch eins"))
    with pytest.raises(RecordNotFound):
        admin.edit("NIX", DepartmentChanges(name="A"))


def test_a_department_with_inquiries_is_deactivated_not_deleted(
    admin: DepartmentService, database: Database
) -> None:
    admin.load_defaults()
    department = admin.get("MSB")
    with transaction(database.session_factory) as session:
        session.execute(
            text(
                "INSERT INTO inquiries (reference, ref_year, ref_number, kind, channel, status, "
                "received_at, subject, body, body_html, topic, caller_number, from_email, "
                "from_name, forwarded_by, source_file, version, created_at, updated_at, "
                "department_id) VALUES ('BA-2026-00001', 2026, 1, 'citizen', 'phone', 'new', "
                "'2026-11-02 08:00:00', 'Schulweg', '', '', '', '', '', '', '', '', 1, "
                "'2026-11-02 08:00:00', '2026-11-02 08:00:00', :department)"
            ),
            {"department": department.id},
        )
    with pytest.raises(KnownError, match="1 Anfragen"):
        admin.delete("MSB")
    assert admin.set_active("MSB", False).active is False
    assert "MSB" not in [d.code for d in admin.all(include_inactive=False)]
    assert admin.set_active("MSB", True).active is True
    admin.add(DepartmentDraft("TIPPO", "Vertippt"))
    admin.delete("TIPPO")
    assert "TIPPO" not in [d.code for d in admin.all()]


def test_only_the_administration_edits_departments_and_people(
    admin: DepartmentService, database: Database, clock: FixedClock
) -> None:
    admin.load_defaults()
    colleague = PeopleService(database.session_factory, clock, "kollege")
    me = colleague.me()
    assert me.role is Role.CLERK and me.display_name == "kollege"
    departments = DepartmentService(database.session_factory, clock, "kollege")
    with pytest.raises(NotPermitted, match="nur die Administration"):
        departments.add(DepartmentDraft("NEU", "Neu"))
    with pytest.raises(NotPermitted):
        departments.edit("IM", DepartmentChanges(name="Innen"))
    with pytest.raises(NotPermitted):
        departments.set_active("IM", False)
    with pytest.raises(NotPermitted, match="Personen"):
        colleague.set_role("kollege", Role.ADMINISTRATION)
    assert departments.get("IM").name == "Ministerium des Innern"  # nothing changed

    people = PeopleService(database.session_factory, clock, "chefin")
    people.set_role("kollege", Role.LEAD)
    people.set_department("kollege", "msb")
    people.set_display_name("kollege", " Karl  Kollege ")
    assert colleague.me().role is Role.LEAD
    listed = {p.os_user: p for p in people.all()}
    assert listed["chefin"].role is Role.ADMINISTRATION
    assert (listed["kollege"].display_name, listed["kollege"].department_code) == (
        "Karl Kollege",
        "MSB",
    )
    with pytest.raises(KnownError, match="letzte aktive Administration"):
        people.set_role("chefin", Role.CLERK)
    with pytest.raises(KnownError, match="letzte aktive Administration"):
        people.set_active("chefin", False)
    people.set_role("kollege", Role.ADMINISTRATION)
    people.set_role("chefin", Role.CLERK)  # there is another one now
    with pytest.raises(NotPermitted):
        admin.add(DepartmentDraft("NEU", "Neu"))
    with pytest.raises(RecordNotFound):
        colleague.set_role("niemand", Role.CLERK)
