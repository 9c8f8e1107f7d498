"""Merging by hand never drops a value: where both contacts fill a field differently the clerk
picks, what is not kept goes into the notes, both sides are audited. Duplicate hints name the
same person first, then who only shares a number or an address."""

from __future__ import annotations

import pytest

from buergeranfragen.contacts.importing import ImportStatus
from buergeranfragen.contacts.records import (
    ContactDraft,
    ContactKind,
    EmailInput,
    FieldConflict,
    PhoneInput,
)
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.errors import ValidationFailed
from tests.unit.contacts.drafts import press


def _two(contacts: ContactService) -> tuple[int, int]:
    keep = contacts.create(press(organisation="Westdeutscher Rundfunk", city="Köln"))
    other = contacts.create(
        ContactDraft(
            kind=ContactKind.CITIZEN,
            first_name="Katrin",
            last_name="Albers-Brandt",
            organisation="WDR",
            city="köln",  # the same, written otherwise: no conflict
            street="Appellhofplatz 1",
            notes="Privat erreichbar.",
            phones=(PhoneInput("0221 4710011"),),
        )
    )
    return keep.id, other.id


def test_merge_conflicts_lists_the_fields_both_fill_differently(
    contacts: ContactService,
) -> None:
    keep_id, other_id = _two(contacts)
    assert contacts.merge_conflicts(keep_id, other_id) == [
        FieldConflict("last_name", "Albers", "Albers-Brandt"),
        FieldConflict("organisation", "Westdeutscher Rundfunk", "WDR"),
        FieldConflict("kind", "press", "citizen"),
    ]


def test_merge_takes_the_chosen_values_and_notes_the_others(contacts: ContactService) -> None:
    keep_id, other_id = _two(contacts)
    merged = contacts.merge(
        keep_id, other_id, choices={"last_name": "other", "organisation": "keep"}
    )
    assert (merged.last_name, merged.organisation, merged.kind) == (
        "Albers-Brandt",
        "Westdeutscher Rundfunk",
        ContactKind.PRESS,
    )
    assert merged.street == "Appellhofplatz 1" and merged.city == "Köln"
    assert [p.e164 for p in merged.phones] == ["+492118371001", "+491721234567", "+492214710011"]
    assert merged.notes == (
        "Privat erreichbar.\n\nBei der Zusammenführung nicht übernommen: Nachname „Albers“; "
        "Organisation „WDR“; Art „Bürger/in“"
    )
    merge = contacts.history(keep_id)[-1]
    assert merge.action == "merge"
    assert merge.changes["not_kept"] == {
        "last_name": "Albers",
        "organisation": "WDR",
        "kind": "citizen",
    }
    assert merge.changes["changes"]["last_name"] == ["Albers", "Albers-Brandt"]
    gone = contacts.history(other_id)[-1]
    assert gone.action == "merged_into" and gone.changes["snapshot"]["last_name"] == (
        "Albers-Brandt"
    )


@pytest.mark.parametrize("choices", [{"notes": "other"}, {"last_name": "beide"}])
def test_an_unknown_choice_is_refused_before_anything_changes(
    contacts: ContactService, choices: dict[str, str]
) -> None:
    keep_id, other_id = _two(contacts)
    before = contacts.get(keep_id), contacts.get(other_id)
    with pytest.raises(ValidationFailed) as info:
        contacts.merge(keep_id, other_id, choices=choices)
    assert info.value.errors[0].field == "merge"
    assert (contacts.get(keep_id), contacts.get(other_id)) == before


def test_an_unsaved_form_merges_with_choices_in_one_unit_of_work(
    contacts: ContactService,
) -> None:
    stored = contacts.create(press())
    draft = ContactDraft(
        kind=ContactKind.PRESS,
        first_name="Katrin",
        last_name="Albers",
        outlet="Deutschlandfunk",
        phones=(PhoneInput("0221 345-0"),),
    )
    assert contacts.draft_conflicts(draft, stored.id) == [
        FieldConflict("outlet", "WDR", "Deutschlandfunk")
    ]
    merged = contacts.create_and_merge(draft, stored.id, stored.version, {"outlet": "other"})
    assert merged.id == stored.id and merged.outlet == "Deutschlandfunk"
    assert merged.notes == "Bei der Zusammenführung nicht übernommen: Medium „WDR“"
    assert contacts.count() == 1


def test_hints_name_the_same_person_first(contacts: ContactService) -> None:
    lena = contacts.create(
        ContactDraft(
            first_name="Lena",
            last_name="Hoffmann",
            outlet="WDR",
            phones=(PhoneInput("0221 220-0"),),
            emails=(EmailInput("newsdesk@wdr.example"),),
        )
    )
    jonas = contacts.create(
        ContactDraft(
            first_name="Jonas",
            last_name="Berg",
            phones=(PhoneInput("0221 220-0"),),
            emails=(EmailInput("newsdesk@wdr.example"),),
        )
    )
    lena_again = contacts.create(
        ContactDraft(
            first_name="Lena",
            last_name="Hoffmann",
            outlet="WDR",
            phones=(PhoneInput("0171 1234567"),),
        )
    )
    hints = contacts.find_duplicates(
        ContactDraft(
            title="Dr.",
            first_name="Lena",
            last_name="Hoffmann",
            outlet="WDR",
            phones=(PhoneInput("0221 2200"),),
        )
    )
    assert [(h.contact.id, h.same_person) for h in hints] == [
        (lena.id, True),
        (lena_again.id, True),
        (jonas.id, False),
    ]
    assert [str(r) for r in hints[0].reasons] == [
        "gleiche Rufnummer 0221 2200",
        "gleicher Name bei derselben Organisation",
    ]
    assert [str(r) for r in hints[2].reasons] == ["gleiche Rufnummer 0221 2200"]
    by_address = contacts.find_duplicates(
        ContactDraft(emails=(EmailInput("newsdesk@wdr.example"),))
    )
    assert [(h.contact.id, h.same_person) for h in by_address] == [
        (lena.id, True),  # a nameless entry is anyone with its address
        (jonas.id, True),
    ]
    limited = contacts.find_duplicates(
        ContactDraft(
            first_name="Lena", last_name="Hoffmann", outlet="WDR", phones=(PhoneInput("0221 2200"),)
        ),
        limit=1,
    )
    assert [h.contact.id for h in limited] == [lena.id]


def test_caller_lookup_on_a_switchboard_offers_everyone_with_it(
    contacts: ContactService,
) -> None:
    people = [
        contacts.create(
            ContactDraft(first_name=first, last_name=last, phones=(PhoneInput(number),))
        )
        for first, last, number in (
            ("Lena", "Hoffmann", "0221 220-0"),
            ("Jonas", "Berg", "+49 221 2200"),
            ("Miriam", "Celik", "0049 (0)221 220 0"),
        )
    ]
    contacts.create(
        ContactDraft(first_name="Eva", last_name="Schmidt", phones=(PhoneInput("0221 220-1"),))
    )
    found = contacts.lookup_caller("0221/220-0")
    assert sorted(s.id for s in found) == sorted(p.id for p in people)
    assert [s.name for s in found] == ["Jonas Berg", "Miriam Celik", "Lena Hoffmann"]


def test_another_spelling_is_a_choice_and_never_dropped_unseen(contacts: ContactService) -> None:
    keep = contacts.create(
        ContactDraft(
            first_name="Jörg", last_name="Müller", city="Köln", phones=(PhoneInput("0221 4710011"),)
        )
    )
    other = contacts.create(
        ContactDraft(
            first_name="Joerg",
            last_name="Mueller",
            city="KÖLN",
            phones=(PhoneInput("0221 4710012"),),
        )
    )
    conflicts = contacts.merge_conflicts(keep.id, other.id)
    assert [(c.field, c.keep_value, c.other_value) for c in conflicts] == [
        ("first_name", "Jörg", "Joerg"),
        ("last_name", "Müller", "Mueller"),
    ]
    merged = contacts.merge(keep.id, other.id)
    assert (merged.first_name, merged.last_name) == ("Jörg", "Müller")
    assert "„Joerg“" in merged.notes and "„Mueller“" in merged.notes


def test_a_person_and_an_organisation_of_the_same_name_stay_apart(contacts: ContactService) -> None:
    person = contacts.create(
        ContactDraft(first_name="Bäckerei", last_name="Hoffmann", phones=(PhoneInput("0231 500"),))
    )
    shop = contacts.import_entry(
        ContactDraft(organisation="Bäckerei Hoffmann", phones=(PhoneInput("0231 500"),))
    )
    assert shop.status == ImportStatus.IMPORTED and shop.record is not None
    assert shop.record.id != person.id and contacts.count() == 2
