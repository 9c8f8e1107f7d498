import pytest

from buergeranfragen.contacts.emails import EmailError, normalise_email
from buergeranfragen.contacts.phones import (
    PhoneError,
    format_for_display,
    looks_like_phone,
    parse_phone,
    search_key,
)
from buergeranfragen.messages import Message

NRW_DIREKT = "+492118371001"


@pytest.mark.parametrize(
    "typed",
    [
        "0211 837-1001",
        "0211/837-1001",
        "+49 (0)211 837 1001",
        "0049 211 8371001",
        "(0211) 83 71 001",
        "+49 211 8371001",
        "0211.837.1001",
        " 0211 8371001 ",
    ],
)
def test_every_common_german_writing_gives_the_same_e164(typed: str) -> None:
    parsed = parse_phone(typed)
    assert parsed.e164 == NRW_DIREKT
    assert parsed.raw == typed.strip()
    assert parsed.national == "0211 8371001"


@pytest.mark.parametrize(
    ("typed", "e164", "shown"),
    [
        ("+44 20 7946 0958", "+442079460958", "+44 20 7946 0958"),
        ("0044 20 7946 0958", "+442079460958", "+44 20 7946 0958"),
        ("+1 202-555-0143", "+12025550143", "+1 202-555-0143"),
        ("0172 1234567", "+491721234567", "0172 1234567"),
    ],
)
def test_foreign_and_mobile_numbers(typed: str, e164: str, shown: str) -> None:
    assert parse_phone(typed).e164 == e164
    assert format_for_display(e164) == shown


@pytest.mark.parametrize(
    ("typed", "template"),
    [
        ("", "Bitte eine Rufnummer eingeben."),
        ("abc", "„{number}“ ist keine Rufnummer."),
        ("12345", "„{number}“ ist keine gültige Rufnummer (Vorwahl prüfen)."),
        (
            "0211 837-1001-1001-1001-99",
            "„{number}“ hat nicht die richtige Länge für eine Rufnummer.",
        ),
    ],
)
def test_invalid_numbers_get_a_german_message_naming_the_input(typed: str, template: str) -> None:
    with pytest.raises(PhoneError) as info:
        parse_phone(typed)
    assert info.value.reason == Message(template, (("number", typed),) if typed else ())
    assert str(info.value) == template.format(number=typed)


def test_partial_numbers_become_search_keys() -> None:
    assert search_key("+49 (0)211 837") == "+49211837"
    assert search_key("0211/83") == "021183"
    assert search_key("0049 211") == "+49211"
    assert looks_like_phone("0211 83")
    assert not looks_like_phone("Müller")
    assert not looks_like_phone("12")


def test_email_is_normalised_without_network() -> None:
    assert normalise_email("  Max.Muster@NRW.DE ") == "max.muster@nrw.de"
    assert normalise_email("mailto:presse@stk.nrw.de") == "presse@stk.nrw.de"


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("foo", "das @-Zeichen fehlt oder steht mehrfach."),
        ("a@b", "der Teil nach dem @ ist kein gültiger Domainname."),
        ("jemand@doe.invalid", "die Domain ist reserviert und nicht erreichbar."),
    ],
)
def test_invalid_email_gets_a_german_message(typed: str, reason: str) -> None:
    with pytest.raises(EmailError) as info:
        normalise_email(typed)
    assert info.value.reason == Message(
        "„{address}“ ist keine gültige E-Mail-Adresse: {reason}",
        (("address", typed), ("reason", Message(reason))),
    )
    assert str(info.value) == f"„{typed}“ ist keine gültige E-Mail-Adresse: {reason}"


def test_a_missing_email_asks_for_one() -> None:
    with pytest.raises(EmailError) as info:
        normalise_email("  ")
    assert info.value.reason == Message("Bitte eine E-Mail-Adresse eingeben.")
