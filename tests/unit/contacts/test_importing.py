"""Importing one entry: unusable numbers and addresses go to the notes with a warning, a known
contact is completed instead of duplicated, an entry without anything usable is skipped."""

from buergeranfragen.contacts.importing import ImportStatus, prepare
from buergeranfragen.contacts.records import ContactDraft, EmailInput, PhoneInput, PhoneKind
from buergeranfragen.contacts.service import ContactService
from tests.unit.contacts.drafts import press


def test_unusable_numbers_and_addresses_are_kept_in_the_notes() -> None:
    prepared = prepare(
        ContactDraft(
            last_name="Albers",
            notes="Erste Notiz",
            phones=(PhoneInput("0211 8371001"), PhoneInput("nicht erreichbar", PhoneKind.FAX)),
            emails=(EmailInput("kaputt@"),),
        )
    )
    assert prepared.clean is not None and prepared.error is None
    assert [p.raw for p in prepared.draft.phones] == ["0211 8371001"]
    assert prepared.draft.emails == ()
    assert prepared.draft.notes == (
        "Erste Notiz\nNicht erkannte Rufnummer (Fax): nicht erreichbar\n"
        "Ungültige E-Mail-Adresse: kaputt@"
    )
    assert [str(w) for w in prepared.warnings] == [
        "Rufnummer „nicht erreichbar“ nicht erkannt; in den Notizen aufbewahrt.",
        "E-Mail-Adresse „kaputt@“ ungültig; in den Notizen aufbewahrt.",
    ]


def test_import_entry_creates_a_new_contact(contacts: ContactService) -> None:
    outcome = contacts.import_entry(press())
    assert outcome.status == ImportStatus.IMPORTED and outcome.record is not None
    assert outcome.warnings == () and outcome.error is None
    assert contacts.get(outcome.record.id) == outcome.record
    assert [h.action for h in contacts.history(outcome.record.id)] == ["create"]


def test_import_entry_completes_an_existing_contact(contacts: ContactService) -> None:
    existing = contacts.create(press())
    outcome = contacts.import_entry(
        ContactDraft(
            first_name="Dr. Katrin",
            last_name="ALBERS",
            phones=(PhoneInput("+49 211 8371001"), PhoneInput("nicht erreichbar")),
            emails=(EmailInput("zweite@wdr.example"), EmailInput("kaputt@")),
            street="Appellhofplatz 1",
        )
    )
    assert outcome.status == ImportStatus.MERGED and outcome.record is not None
    assert outcome.record.id == existing.id
    assert outcome.record.street == "Appellhofplatz 1"
    assert [e.address for e in outcome.record.emails] == [
        "k.albers@wdr.example",
        "zweite@wdr.example",
    ]
    assert outcome.record.notes == (
        "Nicht erkannte Rufnummer (Büro): nicht erreichbar\nUngültige E-Mail-Adresse: kaputt@"
    )
    assert [str(w) for w in outcome.warnings] == [
        "Rufnummer „nicht erreichbar“ nicht erkannt; in den Notizen aufbewahrt.",
        "E-Mail-Adresse „kaputt@“ ungültig; in den Notizen aufbewahrt.",
        "Mit vorhandenem Kontakt zusammengeführt (gleicher Name, gleiche Rufnummer 0211 8371001).",
    ]
    assert contacts.count() == 1
    assert [h.action for h in contacts.history(existing.id)] == ["create", "import_merge"]


def test_importing_a_known_contact_again_changes_nothing(contacts: ContactService) -> None:
    existing = contacts.create(press())
    outcome = contacts.import_entry(press())
    assert outcome.status == ImportStatus.MERGED and outcome.record == existing
    assert [h.action for h in contacts.history(existing.id)] == ["create"]


def test_import_entry_skips_an_empty_entry(contacts: ContactService) -> None:
    outcome = contacts.import_entry(ContactDraft(phones=(PhoneInput("???"),)))
    assert outcome.status == ImportStatus.SKIPPED and outcome.record is None
    assert str(outcome.error) == (
        "Bitte mindestens einen Namen, eine Organisation, eine Rufnummer oder eine "
        "E-Mail-Adresse angeben."
    )
    assert [str(w) for w in outcome.warnings] == [
        "Rufnummer „???“ nicht erkannt; in den Notizen aufbewahrt."
    ]
    assert contacts.count() == 0
