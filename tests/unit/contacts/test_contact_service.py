"""Creating and editing contacts through ContactService: validation, versions, audit."""

from dataclasses import fields, replace
from datetime import timedelta

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactDraft, EmailInput, PhoneInput
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.errors import RecordNotFound, StaleRecord, ValidationFailed
from buergeranfragen.privacy.audit import AuditRecord
from tests.conftest import ACTOR
from tests.unit.contacts.drafts import press


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
    messages = {e.field: str(e.message) for e in info.value.errors}
    assert set(messages) == {"phones.1", "emails.0"}
    assert messages["phones.1"] == "„12345“ ist keine gültige Rufnummer (Vorwahl prüfen)."
    assert messages["emails.0"].startswith("„kaputt@“ ist keine gültige E-Mail-Adresse: ")
    assert contacts.count() == 0


def test_an_empty_contact_is_refused(contacts: ContactService) -> None:
    with pytest.raises(ValidationFailed) as info:
        contacts.create(ContactDraft(notes="nur eine Notiz"))
    [error] = info.value.errors
    assert error.field == "last_name"
    assert "mindestens einen Namen" in str(error.message)
    assert contacts.count() == 0


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
    assert same == changed
    assert len(contacts.history(record.id)) == 2


def test_history_is_plain_data(contacts: ContactService) -> None:
    record = contacts.create(press())
    [entry] = contacts.history(record.id)
    assert type(entry) is AuditRecord
    assert [f.name for f in fields(entry)] == ["at", "actor", "action", "changes"]
    assert entry.changes["last_name"] == "Albers"
    assert entry.changes["phones"] == ["office:+492118371001", "mobile:+491721234567"]


def test_saving_over_a_newer_version_is_refused(contacts: ContactService) -> None:
    record = contacts.create(press())
    first = contacts.update(record.id, record.version, replace(record.to_draft(), city="Köln"))
    with pytest.raises(StaleRecord) as info:
        contacts.update(record.id, record.version, replace(record.to_draft(), city="Bonn"))
    assert info.value.message.startswith("„Katrin Albers“ wurde inzwischen von jemand anderem")
    assert contacts.get(record.id).city == "Köln" == first.city


def test_unknown_contact(contacts: ContactService) -> None:
    with pytest.raises(RecordNotFound) as info:
        contacts.get(4711)
    assert info.value.message == "Kontakt Nr. 4711 gibt es nicht (mehr)."
    with pytest.raises(RecordNotFound):
        contacts.update(4711, 1, press())


def test_create_many_validates_and_audits_each(contacts: ContactService) -> None:
    drafts = [
        ContactDraft(last_name=f"Massen {n}", phones=(PhoneInput(f"0151 {10000000 + n}"),))
        for n in range(7)
    ]
    assert contacts.create_many(drafts, batch=3) == 7
    assert contacts.count("massen") == 7
    found = contacts.lookup_caller("+49 151 10000004")
    assert [c.name for c in found] == ["Massen 4"]
    assert [h.action for h in contacts.history(found[0].id)] == ["create"]
    with pytest.raises(ValidationFailed):
        contacts.create_many(
            [ContactDraft(last_name="Gut"), ContactDraft(phones=(PhoneInput("kaputt"),))]
        )
    assert contacts.count() == 7  # validated before anything of the batch is written


def test_a_contact_with_only_a_number_is_named_by_it(contacts: ContactService) -> None:
    record = contacts.create(ContactDraft(phones=(PhoneInput("0211 8371001"),)))
    assert record.display_name == "0211 8371001"
    assert [c.name for c in contacts.search()] == ["0211 8371001"]
    assert ContactDraft().display_name == ""  # nothing at all: the caller decides
