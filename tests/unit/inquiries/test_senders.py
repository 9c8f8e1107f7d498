"""Whose mail is it: the sender's address and display name against the contacts that carry
the address (the one rule of ``contacts.identity``), without a database."""

from __future__ import annotations

import pytest

from buergeranfragen.contacts.identity import Identity, person_name_key, split_display_name
from buergeranfragen.contacts.records import ContactKind, ContactRef, ContactSource
from buergeranfragen.inquiries.records import MailSender
from buergeranfragen.inquiries.senders import KnownSender, SenderChoice, choose_sender
from buergeranfragen.text import fold_spaces

NEWSDESK = "newsdesk@wdr.example"


def person(contact_id: int, name: str, address: str = NEWSDESK) -> KnownSender:
    key = person_name_key(*split_display_name(name))
    return KnownSender(
        ContactRef(contact_id, name, ContactKind.PRESS),
        Identity(key, True, frozenset({"wdr"}), frozenset({address}), frozenset()),
    )


def organisation(contact_id: int, name: str, address: str) -> KnownSender:
    key = fold_spaces(name)
    return KnownSender(
        ContactRef(contact_id, name, ContactKind.CITIZEN),
        Identity(key, False, frozenset({key}), frozenset({address}), frozenset()),
    )


def nameless(contact_id: int, address: str = NEWSDESK) -> KnownSender:
    return KnownSender(
        ContactRef(contact_id, address, ContactKind.CITIZEN),
        Identity("", False, frozenset(), frozenset({address}), frozenset()),
    )


LENA = person(1, "Lena Hoffmann")
JONAS = person(2, "Dr. Jonas Weber")


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        ("Lena Hoffmann", LENA),
        ("Jonas Weber", JONAS),
        ("Weber, Jonas", JONAS),
        ("Dr. Jonas Weber", JONAS),
        ("Herr Jonas Weber (WDR)", JONAS),
        ("LENA HOFFMANN", LENA),
    ],
)
def test_the_display_name_picks_one_of_the_people_sharing_an_address(
    display: str, expected: KnownSender
) -> None:
    choice = choose_sender(MailSender(NEWSDESK, display), [LENA, JONAS])
    assert choice == SenderChoice(contact=expected.ref)


def test_a_person_not_yet_known_at_a_shared_address_becomes_a_contact_of_their_own() -> None:
    sender = MailSender("NewsDesk@wdr.example", "Prof. Dr. Miriam Çelik", ContactKind.PRESS)
    choice = choose_sender(sender, [LENA, JONAS])
    assert (choice.contact, choice.candidates) == (None, ())
    draft = choice.new_contact
    assert draft is not None
    assert (draft.title, draft.first_name, draft.last_name) == ("Prof. Dr.", "Miriam", "Çelik")
    assert (draft.kind, draft.source) == (ContactKind.PRESS, ContactSource.EMAIL)
    assert [e.address for e in draft.emails] == ["NewsDesk@wdr.example"]
    salutation = choose_sender(MailSender("a@example.org", "Frau Anna Nass"), []).new_contact
    assert salutation is not None
    assert (salutation.salutation, salutation.title, salutation.first_name) == ("Frau", "", "Anna")


@pytest.mark.parametrize("display", ["WDR Newsdesk", "Redaktion Aktuelle Stunde", "", "wdr"])
def test_a_name_that_is_no_person_s_names_the_candidates(display: str) -> None:
    choice = choose_sender(MailSender(NEWSDESK, display), [LENA, JONAS])
    assert choice == SenderChoice(candidates=(LENA.ref, JONAS.ref))
    assert choice.kind == ContactKind.PRESS  # every candidate is a press contact


def test_candidates_of_mixed_kinds_leave_the_kind_open() -> None:
    citizen = KnownSender(
        ContactRef(3, "Tom Berg", ContactKind.CITIZEN),
        Identity("tom berg", True, frozenset(), frozenset({NEWSDESK}), frozenset()),
    )
    choice = choose_sender(MailSender(NEWSDESK, "Familie"), [LENA, citizen])
    assert choice.candidates == (LENA.ref, citizen.ref) and choice.kind is None


@pytest.mark.parametrize(
    ("display", "known", "expected"),
    [
        # a mail without a name and the only contact with the address
        ("", [LENA], LENA),
        ("newsdesk@wdr.example", [LENA], LENA),  # the address as the name is no name
        # a contact without a name and any mail from its address
        ("Jonas Weber", [nameless(5)], nameless(5)),
        # an organisation's contact by its organisation's name
        (
            "Bürgerverein Nordstadt",
            [organisation(6, "Bürgerverein Nordstadt", "info@bv.example")],
            organisation(6, "Bürgerverein Nordstadt", "info@bv.example"),
        ),
    ],
)
def test_no_name_on_one_side_or_the_organisation_s_name_is_the_same_contact(
    display: str, known: list[KnownSender], expected: KnownSender
) -> None:
    address = next(iter(expected.identity.emails))
    assert choose_sender(MailSender(address, display), known) == SenderChoice(contact=expected.ref)


def test_the_only_contact_at_an_address_with_another_name_is_not_the_sender() -> None:
    """A person's name that agrees with no contact at the address: a contact of their own;
    a name that is no person's: the one contact is the candidate, not the sender."""
    assert choose_sender(MailSender(NEWSDESK, "Jonas Weber"), [LENA]).new_contact is not None
    assert choose_sender(MailSender(NEWSDESK, "WDR Newsdesk"), [LENA]) == SenderChoice(
        candidates=(LENA.ref,)
    )


def test_two_nameless_contacts_at_the_address_are_both_candidates() -> None:
    first, second = nameless(7), nameless(8)
    choice = choose_sender(MailSender(NEWSDESK, "Jonas Weber"), [LENA, first, second])
    assert choice == SenderChoice(candidates=(first.ref, second.ref))


def test_the_oldest_of_two_contacts_with_the_same_name_and_address() -> None:
    twin = person(9, "Lena Hoffmann")
    assert choose_sender(MailSender(NEWSDESK, "Lena Hoffmann"), [LENA, twin]) == SenderChoice(
        contact=LENA.ref
    )


def test_an_unknown_sender_without_a_person_name_or_a_valid_address_gets_no_contact() -> None:
    assert choose_sender(MailSender("info@bv.example", "Bürgerverein Nordstadt"), []) == (
        SenderChoice()
    )
    assert choose_sender(MailSender("kaputt@", "Erika Mustermann"), []) == SenderChoice()
    assert choose_sender(MailSender("", ""), []) == SenderChoice()


def test_a_surname_first_display_name_is_the_same_person() -> None:
    """Outlook often writes "Nachname Vorname": no second contact for the same woman."""
    only = person(1, "Lena Hoffmann", "lena@wdr.example")
    choice = choose_sender(MailSender("lena@wdr.example", "Hoffmann Lena"), [only])
    assert choice == SenderChoice(contact=only.ref)
