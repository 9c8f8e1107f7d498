"""Art. 15 and Art. 17 on both databases: finding the person (id, address, number in any
writing; a shared value refused naming the contacts), the export's content and files, who may,
and the erasure with everything tied to the person (and nothing else)."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactDraft, PhoneInput
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.engine import reading
from buergeranfragen.db.migrate import Database
from buergeranfragen.errors import KnownError, RecordNotFound
from buergeranfragen.mail.rejected import RejectedMails
from buergeranfragen.messages import msg
from buergeranfragen.organisation.records import Role
from buergeranfragen.organisation.roles import NotPermitted
from buergeranfragen.organisation.service import PeopleService
from buergeranfragen.privacy import access_files
from buergeranfragen.privacy.access_files import FilesExist
from buergeranfragen.privacy.person_data import PersonDataService
from buergeranfragen.privacy.reading import ReadingLog
from tests.conftest import ACTOR
from tests.unit.privacy import cases


@pytest.fixture
def service(database: Database, clock: FixedClock) -> PersonDataService:
    return PersonDataService(database.session_factory, clock, ACTOR)


def _count(database: Database, sql: str) -> int:
    with reading(database.session_factory) as session:
        return int(session.scalar(text(sql)) or 0)


def test_the_person_is_found_by_id_address_and_number_in_any_writing(
    service: PersonDataService, case: cases.Case
) -> None:
    for value in (
        str(case.person),
        f"#{case.person}",
        "X.Quellbrunn@Beispiel.DE",
        cases.PHONE,
        "+49 (0)211 8371001",
        "0049 211 837 1001",
        "mailto:x.quellbrunn@beispiel.de",
    ):
        assert service.resolve(value) == case.person, value
    with pytest.raises(RecordNotFound, match="keinen Kontakt"):
        service.resolve("niemand@beispiel.de")
    with pytest.raises(RecordNotFound):
        service.resolve("999999")
    with pytest.raises(KnownError, match="weder"):
        service.resolve("Quellbrunn")


def test_a_shared_number_is_refused_naming_every_contact(
    service: PersonDataService, contacts: ContactService
) -> None:
    first = contacts.create(
        ContactDraft(first_name="Anna", last_name="Eins", phones=(PhoneInput("0211 4711"),))
    )
    second = contacts.create(
        ContactDraft(organisation="Zentrale Stadtwerke", phones=(PhoneInput("+49 211 4711"),))
    )
    with pytest.raises(KnownError) as refused:
        service.resolve("0211-4711")
    text_shown = refused.value.message
    assert f"{first.id}: Anna Eins" in text_shown
    assert f"{second.id}: Zentrale Stadtwerke" in text_shown
    assert "mehreren Kontakten" in text_shown


def test_the_export_holds_everything_stored_about_the_person(
    service: PersonDataService, case: cases.Case
) -> None:
    document = service.gather(case.person)
    data = json.loads(access_files.to_json(document))
    assert data["format"] == "buergeranfragen-auskunft" and data["format_version"] == 1
    contact = data["contact"]
    assert (contact["first_name"], contact["last_name"]) == (cases.FIRST, cases.NAME)
    assert contact["street"] == "Lindenallee 7" and contact["notes"] == "Ruft meist vormittags an"
    assert contact["tags"] == ["Lärm", "Verkehr"]
    assert [p["e164"] for p in contact["phones"]] == [cases.PHONE]
    assert [e["address"] for e in contact["emails"]] == [cases.EMAIL]
    assert "search_text" not in contact
    listed = {i["id"]: i for i in data["inquiries"]}
    assert set(listed) == set(case.person_inquiries)  # Berta's is not hers
    first = listed[case.person_inquiries[0]]
    assert "contact" in first["relation"] and "sender_address" in first["relation"]
    assert cases.WORD in first["body"]
    assert sorted((a["filename"], a["size"]) for a in first["attachments"]) == [
        ("eigen.pdf", len(cases.OWN_BYTES)),
        ("gemeinsam.pdf", len(cases.SHARED_BYTES)),
    ]
    assert first["original"]["filename"] and first["original"]["size"] > 0
    assert any(cases.NOTE_WORD in s["comment"] for s in first["steps"])
    assert any(cases.CALL_WORD in m["text"] for m in first["messages"])
    entities = {(a["entity"], a["entity_id"]) for a in data["audit"]}
    assert ("contact", case.person) in entities
    assert ("inquiry", case.person_inquiries[0]) in entities
    assert data["created_by"] == ACTOR and data["created_at"].startswith("2026-11-25T09:30")


def test_export_writes_private_json_and_pdf_records_it_and_never_overwrites(
    service: PersonDataService, case: cases.Case, tmp_path: Path, database: Database
) -> None:
    folder = tmp_path / "auskunft"
    folder.mkdir()
    result = service.export(case.person, folder)
    names = sorted(p.name for p in result.paths)
    assert names == [
        f"Auskunft-{case.person}-2026-11-25.json",
        f"Auskunft-{case.person}-2026-11-25.pdf",
    ]
    for path in result.paths:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert result.paths[1].read_bytes().startswith(b"%PDF")
    assert json.loads(result.paths[0].read_text(encoding="utf-8"))["contact"]["id"] == case.person
    assert sorted(p.name for p in folder.iterdir()) == names  # no part file left
    assert _count(database, "SELECT count(*) FROM audit_log WHERE action = 'access_export'") == 1
    with pytest.raises(FilesExist, match="--force"):
        service.export(case.person, folder)
    assert len(service.export(case.person, folder, force=True).paths) == 2
    with pytest.raises(KnownError, match="gibt es nicht"):
        service.export(case.person, tmp_path / "fehlt")


@pytest.mark.parametrize(
    ("role", "export", "erase"),
    [
        (Role.LEAD, True, False),
        (Role.CITIZEN_SERVICE, True, False),
        (Role.PRESS_OFFICE, False, False),
        (Role.CLERK, False, False),
    ],
)
def test_who_may_export_and_erase(
    database: Database,
    clock: FixedClock,
    case: cases.Case,
    tmp_path: Path,
    role: Role,
    export: bool,
    erase: bool,
) -> None:
    people = PeopleService(database.session_factory, clock, ACTOR)
    people.me()  # the first person: Administration
    PeopleService(database.session_factory, clock, "kollegin").me()  # Sachbearbeitung
    people.set_role("kollegin", role)
    colleague = PersonDataService(database.session_factory, clock, "kollegin")
    if export:
        colleague.export(case.person, tmp_path)
    else:
        with pytest.raises(NotPermitted, match="Art. 15"):
            colleague.export(case.person, tmp_path)
        assert list(tmp_path.glob("Auskunft-*")) == []
    with pytest.raises(NotPermitted, match="Art. 17"):
        colleague.erasure_preview(case.person)
    with pytest.raises(NotPermitted, match="Art. 17"):
        colleague.erase(case.person)
    assert _count(database, f"SELECT count(*) FROM contacts WHERE id = {case.person}") == 1


def test_erasure_removes_the_person_and_everything_tied_to_them_only(
    service: PersonDataService, case: cases.Case, database: Database
) -> None:
    preview = service.erasure_preview(case.person)
    assert (preview.inquiries, preview.messages, preview.attachments) == (2, 1, 2)
    assert preview.originals == 2 and preview.name == f"{cases.FIRST} {cases.NAME}"
    blobs_before = _count(database, "SELECT count(*) FROM attachment_blobs")
    done = service.erase(case.person)
    assert done == preview
    ids = ",".join(str(i) for i in case.person_inquiries)
    for sql in (
        f"SELECT count(*) FROM contacts WHERE id = {case.person}",
        f"SELECT count(*) FROM contact_emails WHERE contact_id = {case.person}",
        f"SELECT count(*) FROM inquiries WHERE id IN ({ids})",
        f"SELECT count(*) FROM inquiry_steps WHERE inquiry_id IN ({ids})",
        f"SELECT count(*) FROM inquiry_messages WHERE inquiry_id IN ({ids})",
        f"SELECT count(*) FROM inquiry_attachments WHERE inquiry_id IN ({ids})",
        f"SELECT count(*) FROM inquiry_originals WHERE inquiry_id IN ({ids})",
        f"SELECT count(*) FROM inquiry_fts WHERE inquiry_id IN ({ids})",
        f"SELECT count(*) FROM audit_log WHERE entity = 'contact' AND entity_id = {case.person}",
        f"SELECT count(*) FROM audit_log WHERE entity = 'inquiry' AND entity_id IN ({ids})",
        f"SELECT count(*) FROM audit_log WHERE changes LIKE '%{cases.NAME}%'",
    ):
        assert _count(database, sql) == 0, sql
    # Berta and her inquiry stay, her link to the erased inquiry is cleared, the shared file
    # stays; the person's own file and both originals are gone
    assert _count(database, f"SELECT count(*) FROM contacts WHERE id = {case.other}") == 1
    assert (
        _count(
            database,
            f"SELECT count(*) FROM inquiries WHERE id = {case.other_inquiry} "
            "AND linked_inquiry_id IS NULL",
        )
        == 1
    )
    assert (
        _count(
            database, "SELECT count(*) FROM inquiry_attachments WHERE filename = 'gemeinsam.pdf'"
        )
        == 1
    )
    assert _count(database, "SELECT count(*) FROM attachment_blobs") == blobs_before - 3
    with reading(database.session_factory) as session:
        entry = session.execute(
            text("SELECT actor, entity_id, changes FROM audit_log WHERE entity = 'person_erasure'")
        ).one()
    assert entry.actor == ACTOR and entry.entity_id == 0
    assert json.loads(entry.changes) == {
        "inquiries": 2,
        "messages": 1,
        "attachments": 2,
        "originals": 2,
        "files": 3,
        "refused_mails": 0,
    }
    with pytest.raises(RecordNotFound):
        service.resolve(cases.EMAIL)


def test_openings_and_refused_mails_are_in_the_export_and_go_with_the_erasure(
    service: PersonDataService, case: cases.Case, database: Database, clock: FixedClock
) -> None:
    openings = ReadingLog(database.session_factory, clock, ACTOR)
    openings.opened_contact(case.person)
    openings.opened_inquiry(case.person_inquiries[0])
    openings.opened_contact(case.other)
    assert openings.flush() == 3
    refused = RejectedMails(database.session_factory, clock)
    sender = f"{cases.FIRST} {cases.NAME} <{cases.EMAIL.upper()}>"
    refused.keep(b"broken mail", "kaputt.eml", "kaputt.eml", msg("Kaputt."), "Mein Kaputt", sender)
    refused.keep(b"other mail", "b.eml", "b.eml", msg("Kaputt."), "Bertas", "berta@beispiel.de")
    data = service.gather(case.person).data
    readings = data["readings"]
    assert isinstance(readings, list)
    assert sorted((r["entity"], r["entity_id"]) for r in readings) == sorted(
        [("contact", case.person), ("inquiry", case.person_inquiries[0])]
    )
    assert [(m["subject"], m["sender"]) for m in data["rejected_mails"]] == [  # type: ignore[attr-defined]
        ("Mein Kaputt", sender)
    ]
    service.erase(case.person)
    assert _count(database, "SELECT count(*) FROM read_log") == 1  # Berta's contact
    assert _count(database, f"SELECT count(*) FROM read_log WHERE entity_id = {case.other}") == 1
    assert (
        _count(database, "SELECT count(*) FROM rejected_mails WHERE subject = 'Mein Kaputt'") == 0
    )
    assert _count(database, "SELECT count(*) FROM rejected_mails WHERE subject = 'Bertas'") == 1
    with reading(database.session_factory) as session:
        changes = session.scalar(
            text("SELECT changes FROM audit_log WHERE entity = 'person_erasure'")
        )
    assert json.loads(str(changes))["refused_mails"] == 1


def test_a_refused_mail_from_an_address_that_merely_ends_like_the_persons_is_not_theirs(
    service: PersonDataService, case: cases.Case, database: Database, clock: FixedClock
) -> None:
    refused = RejectedMails(database.session_factory, clock)
    local, domain = cases.EMAIL.split("@")
    other = f"x{local}@{domain}"  # another person's address that holds the person's one
    refused.keep(b"mail a", "a.eml", "a.eml", msg("Kaputt."), "Fremd", f"Xaver <{other}>")
    refused.keep(b"mail b", "b.eml", "b.eml", msg("Kaputt."), "Fremd bloß", other)
    refused.keep(b"mail c", "c.eml", "c.eml", msg("Kaputt."), "Eigene", cases.EMAIL)
    data = service.gather(case.person).data
    assert [m["subject"] for m in data["rejected_mails"]] == ["Eigene"]  # type: ignore[attr-defined]
    service.erase(case.person)
    assert _count(database, "SELECT count(*) FROM rejected_mails WHERE subject LIKE 'Fremd%'") == 2


@pytest.mark.parametrize("backend", ["sqlite"])  # the SQLite file's one write lock
def test_gathering_an_export_does_not_hold_the_write_lock(
    service: PersonDataService,
    case: cases.Case,
    database: Database,
    tmp_path: Path,
    backend: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Reading everything about a person (many inquiries: seconds) lets the other desks write
    meanwhile; only the check of who may is a write."""
    import sqlite3

    from buergeranfragen.privacy import person_store

    read_steps = person_store.step_rows
    wrote: list[bool] = []

    def another_desk_writes(session: object, ids: object) -> object:
        other = sqlite3.connect(tmp_path / "test.sqlite", timeout=0.1)
        try:
            other.execute("UPDATE contacts SET city = city WHERE id = ?", (case.person,))
            other.commit()
            wrote.append(True)
        except sqlite3.OperationalError:
            wrote.append(False)
        finally:
            other.close()
        return read_steps(session, ids)  # type: ignore[arg-type]

    monkeypatch.setattr(person_store, "step_rows", another_desk_writes)
    assert service.gather(case.person).contact_id == case.person
    assert wrote == [True]
