"""A probe's traces of a person that must not survive the erasure or the retention's
deletion, and must be in the person's Art. 15 export."""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import text

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactDraft, EmailInput
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.engine import reading
from buergeranfragen.db.migrate import Database
from buergeranfragen.privacy.person_data import PersonDataService
from tests.conftest import ACTOR

SECRET = "Zwetschgenbaumweg"  # a word only the merged-away contact's address holds


def _audit_text(database: Database) -> str:
    with reading(database.session_factory) as session:
        return "\n".join(str(c) for c in session.scalars(text("SELECT changes FROM audit_log")))


def _merged_pair(contacts: ContactService) -> tuple[int, int]:
    keep = contacts.create(
        ContactDraft(
            first_name="Erika", last_name="Mustermann", emails=(EmailInput("e.m@beispiel.de"),)
        )
    )
    other = contacts.create(
        ContactDraft(
            first_name="Erika",
            last_name="Mustermann",
            street=f"{SECRET} 3",
            emails=(EmailInput("erika.privat@beispiel.de"),),
        )
    )
    contacts.merge(keep.id, other.id)
    return keep.id, other.id


def test_erasing_a_contact_removes_the_audit_of_the_contact_merged_into_it(
    database: Database, clock: FixedClock, contacts: ContactService
) -> None:
    person, _ = _merged_pair(contacts)
    assert SECRET in _audit_text(database)
    PersonDataService(database.session_factory, clock, ACTOR).erase(person)
    left = _audit_text(database)
    assert SECRET not in left
    assert "erika.privat" not in left


def test_the_export_holds_the_audit_of_the_contact_merged_into_it(
    database: Database, clock: FixedClock, contacts: ContactService
) -> None:
    person, merged = _merged_pair(contacts)
    document = PersonDataService(database.session_factory, clock, ACTOR).gather(person)
    from buergeranfragen.privacy import access_files

    data = json.loads(access_files.to_json(document))
    theirs = {a["action"] for a in data["audit"] if a["entity_id"] == merged}
    assert theirs == {"create", "merged_into"}


def test_a_new_contact_on_a_merged_contacts_number_gets_none_of_its_audit(
    database: Database, clock: FixedClock, contacts: ContactService
) -> None:
    """SQLite hands a deleted highest id out again: the merged-away contact's entries (its
    whole record) must not become a stranger's in the stranger's Art. 15 export, nor be
    erased with them."""
    person, merged = _merged_pair(contacts)
    clock.now += timedelta(minutes=5)
    stranger = contacts.create(ContactDraft(first_name="Otto", last_name="Fremd"))
    service = PersonDataService(database.session_factory, clock, ACTOR)
    from buergeranfragen.privacy import access_files

    data = json.loads(access_files.to_json(service.gather(stranger.id)))
    assert SECRET not in json.dumps(data, ensure_ascii=False)
    assert [a["action"] for a in data["audit"]] == ["create"]
    service.erase(stranger.id)
    mine = json.loads(access_files.to_json(service.gather(person)))
    assert {a["action"] for a in mine["audit"] if a["entity_id"] == merged} == {
        "create",
        "merged_into",
    }


def test_the_retention_deleting_a_merged_contact_clears_the_merged_ones_audit_too(
    database: Database, clock: FixedClock, contacts: ContactService
) -> None:
    from buergeranfragen.privacy.retention import RetentionService

    person, _ = _merged_pair(contacts)
    clock.now += timedelta(days=3 * 365)
    outcome = RetentionService(database.session_factory, clock, ACTOR).apply()
    assert outcome.contacts == 1
    with reading(database.session_factory) as session:
        assert session.scalar(text(f"SELECT count(*) FROM contacts WHERE id = {person}")) == 0
    assert SECRET not in _audit_text(database)


def _rejected_text(database: Database) -> str:
    with reading(database.session_factory) as session:
        rows = session.execute(
            text("SELECT source, file_name, subject, sender FROM rejected_mails ORDER BY id")
        )
        return "\n".join(" ".join(str(v) for v in row) for row in rows)


def test_a_refused_mail_from_the_person_keeps_no_file_name_of_theirs(
    database: Database, clock: FixedClock, contacts: ContactService
) -> None:
    from buergeranfragen.mail.rejected import RejectedMails
    from buergeranfragen.messages import msg

    person = contacts.create(
        ContactDraft(last_name="Quellbrunn", emails=(EmailInput("q@beispiel.de"),))
    )
    kept = RejectedMails(database.session_factory, clock)
    for number in (1, 2):
        kept.keep(
            f"From: q@beispiel.de\r\nSubject: {number}\r\n\r\nkaputt".encode(),
            f"/home/sb/Ablage/Beschwerde Quellbrunn {number}.eml",
            f"Beschwerde Quellbrunn {number}.eml",
            msg("Die Mail wurde nicht übernommen."),
            sender="Xaver Quellbrunn <q@beispiel.de>",
        )
    first = kept.entries()[-1].id
    kept.delete(first)  # the clerk deletes one in the window
    assert "Quellbrunn" not in _rejected_text(database).splitlines()[0]
    PersonDataService(database.session_factory, clock, ACTOR).erase(person.id)
    assert "Quellbrunn" not in _rejected_text(database)


def test_erasing_a_contact_split_off_another_removes_its_numbers_from_the_others_audit(
    database: Database, clock: FixedClock, contacts: ContactService
) -> None:
    from buergeranfragen.contacts.records import PhoneInput, SplitRequest

    shared = contacts.create(
        ContactDraft(
            last_name="Familie Quellbrunn",
            phones=(PhoneInput("0211 111111"), PhoneInput("0211 987654")),
            emails=(EmailInput("q@beispiel.de"), EmailInput("sohn.geheim@beispiel.de")),
        )
    )
    son = contacts.split(
        shared.id,
        None,
        SplitRequest(
            draft=ContactDraft(first_name="Sohn", last_name="Quellbrunn"),
            phones=("+49211987654",),
            emails=("sohn.geheim@beispiel.de",),
        ),
    )
    assert "sohn.geheim" in _audit_text(database)
    PersonDataService(database.session_factory, clock, ACTOR).erase(son.new.id)
    left = _audit_text(database)
    assert "sohn.geheim" not in left and "987654" not in left
    assert "+49211111111" in left  # the family's own number stays in its history
