"""The weakest duplicate hint (issue 9): a contact with the same person's name and nothing else
in common is hinted as "gleicher Name", never as the same person, and the
one rule for "the same contact" (``identity.same_contact``) is unchanged by it."""

from __future__ import annotations

from buergeranfragen.contacts.identity import identity_of_draft, identity_of_record, same_contact
from buergeranfragen.contacts.records import ContactDraft, EmailInput, PhoneInput
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.demo import demo_contacts


def dressen(**values: object) -> ContactDraft:
    return ContactDraft(first_name="Karl-Heinz", last_name="Dreßen", **values)  # type: ignore[arg-type]


def test_same_name_only_is_a_weak_hint_in_both_directions(contacts: ContactService) -> None:
    aachen = contacts.create(dressen(city="Aachen", phones=(PhoneInput("+49 221 4710102"),)))
    mail = contacts.create(dressen(emails=(EmailInput("kh.dressen@mail.example"),)))
    for shown, other in ((aachen, mail), (mail, aachen)):
        draft = ContactDraft(
            first_name=shown.first_name,
            last_name=shown.last_name,
            phones=tuple(PhoneInput(p.raw) for p in shown.phones),
            emails=tuple(EmailInput(e.address) for e in shown.emails),
        )
        [hint] = contacts.find_duplicates(draft, exclude_id=shown.id)
        assert hint.contact.id == other.id
        assert [str(r) for r in hint.reasons] == ["gleicher Name"]
        assert hint.name_only and not hint.same_person
        assert not same_contact(identity_of_draft(draft), identity_of_record(other))
    # the spelling does not matter (the one normaliser), the order of the words neither
    typed = contacts.find_duplicates(ContactDraft(first_name="karl-heinz", last_name="DRESSEN"))
    assert {h.contact.id for h in typed} == {aachen.id, mail.id}
    assert contacts.count("Dreßen") == 2  # a hint merges nothing


def test_a_stronger_reason_wins_and_a_name_of_one_word_is_not_looked_up(
    contacts: ContactService,
) -> None:
    known = contacts.create(dressen(phones=(PhoneInput("+49 221 4710102"),)))
    contacts.create(ContactDraft(first_name="Karl-Heinz", last_name="Dreßen-Müller"))
    [hint] = contacts.find_duplicates(dressen(phones=(PhoneInput("0221 4710102"),)))
    assert hint.contact.id == known.id and hint.same_person and not hint.name_only
    assert [str(r) for r in hint.reasons] == ["gleiche Rufnummer 0221 4710102"]
    contacts.create(ContactDraft(last_name="Dreßen"))
    assert contacts.find_duplicates(ContactDraft(last_name="Dreßen")) == []


def test_the_demo_has_two_karl_heinz_dressen_and_the_hint_finds_them(
    contacts: ContactService,
) -> None:
    for draft in demo_contacts():
        contacts.import_entry(draft)
    contacts.create(dressen(emails=(EmailInput("kh.dressen@mail.example"),)))  # as from the mail
    assert contacts.count("Karl-Heinz Dreßen") == 2
    hints = contacts.find_duplicates(dressen())
    assert len(hints) == 2 and all(h.name_only and not h.same_person for h in hints)
