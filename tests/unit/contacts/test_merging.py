"""Duplicate hints and merging: two stored contacts, or an unsaved form into a stored one."""

from dataclasses import replace

import pytest
from sqlalchemy import Column, ForeignKey, Integer, Table, insert, select

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactDraft, ContactKind, EmailInput, PhoneInput
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.migrate import Database
from buergeranfragen.db.models import Base
from buergeranfragen.errors import (
    DatabaseUnavailable,
    RecordNotFound,
    StaleRecord,
    ValidationFailed,
)
from buergeranfragen.messages import Message, msg
from buergeranfragen.privacy import audit
from tests.conftest import ACTOR
from tests.unit.contacts.drafts import press


def rendered(reasons: tuple[Message, ...]) -> list[str]:
    return [str(r) for r in reasons]


def test_duplicates_by_number_email_and_name_at_organisation(contacts: ContactService) -> None:
    existing = contacts.create(press())
    by_number = contacts.find_duplicates(ContactDraft(phones=(PhoneInput("+49 211 8371001"),)))
    assert [h.contact.id for h in by_number] == [existing.id]
    assert by_number[0].reasons == (msg("gleiche Rufnummer {number}", number="0211 8371001"),)
    assert rendered(by_number[0].reasons) == ["gleiche Rufnummer 0211 8371001"]
    by_email = contacts.find_duplicates(ContactDraft(emails=(EmailInput("k.albers@wdr.EXAMPLE"),)))
    assert rendered(by_email[0].reasons) == ["gleiche E-Mail-Adresse k.albers@wdr.example"]
    by_name = contacts.find_duplicates(
        ContactDraft(first_name="katrin", last_name="ALBERS", outlet="wdr")
    )
    assert rendered(by_name[0].reasons) == ["gleicher Name bei derselben Organisation"]
    # the name alone: only the weak hint, never the same person
    [by_name_only] = contacts.find_duplicates(ContactDraft(first_name="Katrin", last_name="Albers"))
    assert rendered(by_name_only.reasons) == ["gleicher Name"]
    assert by_name_only.name_only and not by_name_only.same_person
    assert contacts.find_duplicates(press(), exclude_id=existing.id) == []
    every = contacts.find_duplicates(press())
    assert [h.contact.id for h in every] == [existing.id]
    assert rendered(every[0].reasons) == [
        "gleiche Rufnummer 0211 8371001",
        "gleiche Rufnummer 0172 1234567",
        "gleiche E-Mail-Adresse k.albers@wdr.example",
        "gleicher Name bei derselben Organisation",
    ]


def test_same_name_hint_ignores_umlaut_spelling_and_case(contacts: ContactService) -> None:
    existing = contacts.create(
        ContactDraft(first_name="Jürgen", last_name="Weiß", organisation="Stadt Münster")
    )
    hints = contacts.find_duplicates(
        ContactDraft(first_name="JUERGEN", last_name="weiss", organisation="stadt  muenster")
    )
    assert [h.contact.id for h in hints] == [existing.id]
    [elsewhere] = contacts.find_duplicates(
        ContactDraft(first_name="Jürgen", last_name="Weiß", organisation="Stadt Münster-Hiltrup")
    )
    assert elsewhere.name_only and not elsewhere.same_person  # the name only: a weak hint


def test_invalid_numbers_and_addresses_are_no_duplicate_keys(contacts: ContactService) -> None:
    contacts.create(press())
    draft = ContactDraft(phones=(PhoneInput("0211 83"),), emails=(EmailInput("k.albers@"),))
    assert contacts.find_duplicates(draft) == []


def test_merge_keeps_every_number_address_and_note_and_is_audited(
    contacts: ContactService,
) -> None:
    keep = contacts.create(press(notes="Ruft meist morgens an."))
    other = contacts.create(
        ContactDraft(
            first_name="K.",
            last_name="Albers",
            city="Köln",
            notes="Bevorzugt E-Mail.",
            phones=(PhoneInput("0211 8371001"), PhoneInput("0221 4710011")),
            emails=(EmailInput("albers@privat.example"),),
            tags=("Hintergrund",),
        )
    )
    merged = contacts.merge(keep.id, other.id, keep.version, other.version)
    assert merged.id == keep.id and merged.version == keep.version + 1
    assert [p.e164 for p in merged.phones] == ["+492118371001", "+491721234567", "+492214710011"]
    assert [e.address for e in merged.emails] == ["k.albers@wdr.example", "albers@privat.example"]
    assert merged.notes == (
        "Ruft meist morgens an.\n\nBevorzugt E-Mail.\n\n"
        "Bei der Zusammenführung nicht übernommen: Vorname „K.“; Art „Bürger/in“"
    )
    assert merged.first_name == "Katrin" and merged.city == "Köln"
    assert merged.tags == ("Presseverteiler", "NRW", "Hintergrund")
    assert merged.kind == ContactKind.PRESS
    assert contacts.get(keep.id) == merged
    with pytest.raises(RecordNotFound):
        contacts.get(other.id)
    assert [c.id for c in contacts.search("köln")] == [keep.id]  # derived columns follow
    assert [c.id for c in contacts.lookup_caller("0221 4710011")] == [keep.id]
    merge = contacts.history(keep.id)[-1]
    assert merge.action == "merge" and merge.actor == ACTOR
    assert merge.changes["merged_from"] == other.id
    assert merge.changes["changes"]["city"] == ["", "Köln"]
    assert merge.changes["not_kept"] == {"first_name": "K.", "kind": "citizen"}
    gone = contacts.history(other.id)[-1]
    assert gone.action == "merged_into" and gone.changes["into"] == keep.id
    assert gone.changes["snapshot"]["city"] == "Köln"


def test_the_kept_kind_stays_unless_the_clerk_picks_the_other(
    contacts: ContactService,
) -> None:
    citizen = contacts.create(ContactDraft(first_name="Katrin", last_name="Albers"))
    journalist = contacts.create(press())
    merged = contacts.merge(citizen.id, journalist.id)
    assert merged.kind == ContactKind.CITIZEN and merged.outlet == "WDR"
    assert merged.notes == "Bei der Zusammenführung nicht übernommen: Art „Presse“"
    citizen = contacts.create(ContactDraft(first_name="Katrin", last_name="Albers"))
    journalist = contacts.create(press())
    merged = contacts.merge(citizen.id, journalist.id, choices={"kind": "other"})
    assert merged.kind == ContactKind.PRESS
    assert merged.notes == "Bei der Zusammenführung nicht übernommen: Art „Bürger/in“"


def test_merge_refuses_a_stale_version_and_itself(contacts: ContactService) -> None:
    a = contacts.create(press())
    b = contacts.create(ContactDraft(last_name="B"))
    newer_b = contacts.update(b.id, b.version, replace(b.to_draft(), city="Bonn"))
    with pytest.raises(StaleRecord):
        contacts.merge(a.id, b.id, a.version, b.version)
    with pytest.raises(ValidationFailed) as info:
        contacts.merge(a.id, a.id)
    assert info.value.errors[0].field == "merge"
    assert contacts.count() == 2
    assert contacts.get(a.id) == a and contacts.get(b.id) == newer_b


def test_merge_repoints_rows_of_other_tables(database: Database, clock: FixedClock) -> None:
    """Inquiries (and anything else that refers to a contact) follow the merge."""
    table = Table(
        "test_refs",
        Base.metadata,
        Column("id", Integer, primary_key=True),
        Column("contact_id", Integer, ForeignKey("contacts.id")),
    )
    try:
        table.create(database.engine)
        service = ContactService(database.session_factory, clock, ACTOR)
        keep = service.create(press())
        other = service.create(ContactDraft(last_name="Zwei"))
        bystander = service.create(ContactDraft(last_name="Drei"))
        with database.engine.begin() as connection:
            connection.execute(insert(table).values(contact_id=other.id))
            connection.execute(insert(table).values(contact_id=bystander.id))
        service.merge(keep.id, other.id)
        with database.engine.connect() as connection:
            rows = connection.execute(select(table.c.contact_id).order_by(table.c.id))
            assert rows.scalars().all() == [keep.id, bystander.id]
    finally:
        table.drop(database.engine, checkfirst=True)
        Base.metadata.remove(table)


def test_create_and_merge_folds_an_unsaved_form_into_a_contact(
    contacts: ContactService,
) -> None:
    existing = contacts.create(press())
    merged = contacts.create_and_merge(
        ContactDraft(
            kind=ContactKind.CITIZEN,
            last_name="Albers",
            city="Köln",
            notes="Rief wegen der Baustelle an.",
            phones=(PhoneInput("0211 8371001"), PhoneInput("0221 4710011")),
        ),
        existing.id,
        existing.version,
    )
    assert merged.id == existing.id and merged.version == existing.version + 1
    assert merged.kind == ContactKind.PRESS  # the existing kind stays
    assert [p.e164 for p in merged.phones] == ["+492118371001", "+491721234567", "+492214710011"]
    assert merged.city == "Köln"
    assert merged.notes == (
        "Rief wegen der Baustelle an.\n\nBei der Zusammenführung nicht übernommen: Art „Bürger/in“"
    )
    assert contacts.count() == 1
    merge = contacts.history(existing.id)[-1]
    assert merge.action == "merge"
    folded_id = merge.changes["merged_from"]
    assert folded_id != existing.id
    assert [h.action for h in contacts.history(folded_id)] == ["create", "merged_into"]
    with pytest.raises(RecordNotFound):
        contacts.get(folded_id)


def test_create_and_merge_leaves_nothing_when_it_fails(
    contacts: ContactService, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = contacts.create(press())
    draft = ContactDraft(last_name="Neu", phones=(PhoneInput("0221 4710011"),))
    with pytest.raises(ValidationFailed):
        contacts.create_and_merge(replace(draft, emails=(EmailInput("kaputt@"),)), existing.id)
    with pytest.raises(RecordNotFound):
        contacts.create_and_merge(draft, 4711)
    changed = contacts.update(
        existing.id, existing.version, replace(existing.to_draft(), city="Bonn")
    )
    with pytest.raises(StaleRecord):
        contacts.create_and_merge(draft, existing.id, existing.version)

    original = audit.record
    actions: list[str] = []

    def failing_merge_audit(session, **kwargs):  # type: ignore[no-untyped-def]
        actions.append(kwargs["action"])
        if kwargs["action"] == "merge":
            raise DatabaseUnavailable(msg("Der Datenträger ist voll."))
        return original(session, **kwargs)

    monkeypatch.setattr(audit, "record", failing_merge_audit)
    with pytest.raises(DatabaseUnavailable):
        contacts.create_and_merge(draft, existing.id, changed.version)
    assert actions == ["create", "merge"]  # the new contact was written, then the merge failed
    monkeypatch.undo()

    assert contacts.count() == 1
    assert contacts.lookup_caller("0221 4710011") == []
    assert contacts.get(existing.id) == changed
    assert [h.action for h in contacts.history(existing.id)] == ["create", "update"]
