from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import Column, ForeignKey, Integer, Table, insert, select

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import (
    ContactDraft,
    ContactKind,
    EmailInput,
    PhoneInput,
    PhoneKind,
)
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.migrate import Database
from buergeranfragen.db.models import Base
from buergeranfragen.errors import (
    DatabaseUnavailable,
    RecordNotFound,
    StaleRecord,
    ValidationFailed,
)
from buergeranfragen.messages import msg
from buergeranfragen.privacy import audit
from tests.conftest import ACTOR


def press(**changes: object) -> ContactDraft:
    base = ContactDraft(
        kind=ContactKind.PRESS,
        salutation="Frau",
        first_name="Katrin",
        last_name="Albers",
        outlet="WDR",
        desk="Landespolitik",
        phones=(PhoneInput("0211/837-1001"), PhoneInput("0172 1234567", PhoneKind.MOBILE)),
        emails=(EmailInput("K.Albers@WDR.example"),),
        tags=("Presseverteiler", "presseverteiler", "NRW"),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_create_stores_e164_and_what_was_typed(contacts: ContactService) -> None:
    record = contacts.create(press())
    assert record.version == 1
    assert [(p.e164, p.raw, p.display) for p in record.phones] == [
        ("+492118371001", "0211/837-1001", "0211 8371001"),
        ("+491721234567", "0172 1234567", "0172 1234567"),
    ]
    assert [e.address for e in record.emails] == ["k.albers@wdr.example"]
    assert record.tags == ("Presseverteiler", "NRW")
    assert contacts.get(record.id) == record


def test_invalid_fields_are_reported_per_field_and_nothing_is_stored(
    contacts: ContactService,
) -> None:
    draft = press(
        phones=(PhoneInput("0211 8371001"), PhoneInput("12345")),
        emails=(EmailInput("kaputt@"),),
    )
    with pytest.raises(ValidationFailed) as info:
        contacts.create(draft)
    fields = {e.field: str(e.message) for e in info.value.errors}
    assert set(fields) == {"phones.1", "emails.0"}
    assert "12345" in fields["phones.1"]
    assert contacts.count() == 0


def test_an_empty_contact_is_refused(contacts: ContactService) -> None:
    with pytest.raises(ValidationFailed) as info:
        contacts.create(ContactDraft(notes="nur eine Notiz"))
    assert info.value.errors[0].field == "last_name"


def test_update_bumps_version_and_audits_what_changed(
    contacts: ContactService, clock: FixedClock
) -> None:
    record = contacts.create(press())
    clock.now += timedelta(minutes=5)
    changed = contacts.update(record.id, record.version, replace(record.to_draft(), desk="Kultur"))
    assert changed.version == record.version + 1
    assert changed.updated_at == clock.now and changed.created_at == record.created_at
    history = contacts.history(record.id)
    assert [h.action for h in history] == ["create", "update"]
    assert history[1].actor == ACTOR
    assert history[1].changes == {"desk": ["Landespolitik", "Kultur"]}
    # saving the same data again is no change: no new version, no audit entry
    same = contacts.update(record.id, changed.version, changed.to_draft())
    assert same.version == changed.version
    assert len(contacts.history(record.id)) == 2


def test_saving_over_a_newer_version_is_refused(contacts: ContactService) -> None:
    record = contacts.create(press())
    first = contacts.update(record.id, record.version, replace(record.to_draft(), city="Köln"))
    with pytest.raises(StaleRecord) as info:
        contacts.update(record.id, record.version, replace(record.to_draft(), city="Bonn"))
    assert "inzwischen" in info.value.message
    assert contacts.get(record.id).city == "Köln" == first.city


def test_unknown_contact(contacts: ContactService) -> None:
    with pytest.raises(RecordNotFound):
        contacts.get(4711)


@pytest.mark.parametrize(
    "typed", ["+49 211 8371001", "0211 837-1001", "0049 (0)211 83 71 001", "(0211) 8371001"]
)
def test_caller_lookup_finds_the_contact_in_any_writing(
    contacts: ContactService, typed: str
) -> None:
    record = contacts.create(press())
    contacts.create(ContactDraft(last_name="Anders", phones=(PhoneInput("0221 4710011"),)))
    found = contacts.lookup_caller(typed)
    assert [c.id for c in found] == [record.id]
    assert found[0].phones_e164[0] == "+492118371001"


def test_caller_lookup_of_partial_or_unknown_numbers_is_empty(contacts: ContactService) -> None:
    contacts.create(press())
    assert contacts.lookup_caller("0211 83") == []
    assert contacts.lookup_caller("0221 4710011") == []
    assert contacts.lookup_caller("Albers") == []


@pytest.mark.parametrize(
    ("query", "hits"),
    [
        ("albers", 1),
        ("ALBERS wdr", 1),
        ("k.albers@wdr", 1),
        ("+49 211 837", 1),
        ("0211/837-1001", 1),
        ("8371001", 1),
        ("Bürgerbüro", 1),
        ("bürgerbüro köln", 0),
        ("", 2),
        ("100%", 0),
    ],
)
def test_list_filter_matches_names_numbers_and_addresses(
    contacts: ContactService, query: str, hits: int
) -> None:
    contacts.create(press())
    contacts.create(ContactDraft(organisation="Bürgerbüro Münster"))
    assert len(contacts.search(query)) == hits
    assert contacts.count(query) == hits


def test_search_pages_in_name_order(contacts: ContactService) -> None:
    for name in ["Zander", "Ackermann", "Özdemir", "Müller", "Becker"]:
        contacts.create(ContactDraft(last_name=name))
    page1 = contacts.search(offset=0, limit=3)
    page2 = contacts.search(offset=3, limit=3)
    assert [c.name for c in page1] == ["Ackermann", "Becker", "Müller"]
    assert [c.name for c in page2] == ["Özdemir", "Zander"]  # Ö sorts as O (DIN 5007-1)


def test_duplicates_by_number_email_and_name_at_organisation(contacts: ContactService) -> None:
    existing = contacts.create(press())
    by_number = contacts.find_duplicates(ContactDraft(phones=(PhoneInput("+49 211 8371001"),)))
    assert [h.contact.id for h in by_number] == [existing.id]
    assert by_number[0].reasons == ("gleiche Rufnummer 0211 8371001",)
    by_email = contacts.find_duplicates(ContactDraft(emails=(EmailInput("k.albers@wdr.EXAMPLE"),)))
    assert by_email[0].reasons == ("gleiche E-Mail-Adresse k.albers@wdr.example",)
    by_name = contacts.find_duplicates(
        ContactDraft(first_name="katrin", last_name="ALBERS", outlet="wdr")
    )
    assert by_name[0].reasons == ("gleicher Name bei derselben Organisation",)
    assert contacts.find_duplicates(ContactDraft(first_name="Katrin", last_name="Albers")) == []
    assert contacts.find_duplicates(press(), exclude_id=existing.id) == []


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
    assert merged.notes == "Ruft meist morgens an.\n\nBevorzugt E-Mail."
    assert merged.first_name == "Katrin" and merged.city == "Köln"
    assert merged.tags == ("Presseverteiler", "NRW", "Hintergrund")
    with pytest.raises(RecordNotFound):
        contacts.get(other.id)
    assert contacts.history(keep.id)[-1].action == "merge"
    assert contacts.history(keep.id)[-1].changes["merged_from"] == other.id
    gone = contacts.history(other.id)[-1]
    assert gone.action == "merged_into" and gone.changes["snapshot"]["city"] == "Köln"


def test_merge_refuses_a_stale_version_and_itself(contacts: ContactService) -> None:
    a = contacts.create(press())
    b = contacts.create(ContactDraft(last_name="B"))
    contacts.update(b.id, b.version, replace(b.to_draft(), city="Bonn"))
    with pytest.raises(StaleRecord):
        contacts.merge(a.id, b.id, a.version, b.version)
    with pytest.raises(ValidationFailed):
        contacts.merge(a.id, a.id)
    assert contacts.count() == 2


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
        with database.engine.begin() as connection:
            connection.execute(insert(table).values(contact_id=other.id))
        service.merge(keep.id, other.id)
        with database.engine.connect() as connection:
            assert connection.execute(select(table.c.contact_id)).scalars().all() == [keep.id]
    finally:
        table.drop(database.engine, checkfirst=True)
        Base.metadata.remove(table)


def test_import_entry_completes_an_existing_contact(contacts: ContactService) -> None:
    existing = contacts.create(press())
    outcome = contacts.import_entry(
        ContactDraft(
            last_name="Albers",
            phones=(PhoneInput("+49 211 8371001"), PhoneInput("nicht erreichbar")),
            emails=(EmailInput("zweite@wdr.example"), EmailInput("kaputt@")),
            street="Appellhofplatz 1",
        )
    )
    assert outcome.status == "merged" and outcome.record is not None
    assert outcome.record.id == existing.id
    assert outcome.record.street == "Appellhofplatz 1"
    assert "zweite@wdr.example" in [e.address for e in outcome.record.emails]
    assert "Nicht erkannte Rufnummer (Büro): nicht erreichbar" in outcome.record.notes
    assert "Ungültige E-Mail-Adresse: kaputt@" in outcome.record.notes
    assert len(outcome.warnings) == 3
    assert contacts.history(existing.id)[-1].action == "import_merge"


def test_import_entry_skips_an_empty_entry(contacts: ContactService) -> None:
    outcome = contacts.import_entry(ContactDraft(phones=(PhoneInput("???"),)))
    assert outcome.status == "skipped" and outcome.error
    assert contacts.count() == 0


def test_create_many_validates_and_audits_each(contacts: ContactService) -> None:
    drafts = [
        ContactDraft(last_name=f"Massen {n}", phones=(PhoneInput(f"0151 {10000000 + n}"),))
        for n in range(7)
    ]
    assert contacts.create_many(drafts, batch=3) == 7
    assert contacts.count("massen") == 7
    found = contacts.lookup_caller("+49 151 10000004")
    assert [c.name for c in found] == ["Massen 4"]
    assert contacts.history(found[0].id)[0].action == "create"
    with pytest.raises(ValidationFailed):
        contacts.create_many([ContactDraft(phones=(PhoneInput("kaputt"),))])


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
    assert merged.city == "Köln" and merged.notes == "Rief wegen der Baustelle an."
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
    calls = {"n": 0}

    def failing_merge_audit(session, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if kwargs["action"] == "merge":
            raise DatabaseUnavailable(msg("Der Datenträger ist voll."))
        return original(session, **kwargs)

    monkeypatch.setattr(audit, "record", failing_merge_audit)
    with pytest.raises(DatabaseUnavailable):
        contacts.create_and_merge(draft, existing.id, changed.version)
    assert calls["n"] == 2  # the new contact's "create" was written, then the merge failed
    monkeypatch.undo()

    assert contacts.count() == 1
    assert contacts.lookup_caller("0221 4710011") == []
    assert contacts.get(existing.id) == changed
    assert [h.action for h in contacts.history(existing.id)] == ["create", "update"]
