import pytest

from buergeranfragen.contacts.emails import EmailError, normalise_email
from buergeranfragen.contacts.phones import (
    PhoneError,
    format_for_display,
    looks_like_phone,
    parse_phone,
    search_key,
)

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
    ("typed", "fragment"),
    [
        ("", "Bitte eine Rufnummer"),
        ("abc", "keine Rufnummer"),
        ("12345", "keine gültige Rufnummer"),
        ("0211 837-1001-1001-1001-99", "Länge"),
    ],
)
def test_invalid_numbers_get_a_german_message_naming_the_input(typed: str, fragment: str) -> None:
    with pytest.raises(PhoneError) as info:
        parse_phone(typed)
    assert fragment in str(info.value)
    assert str(info.value.reason) == str(info.value)
    if typed:
        assert info.value.reason.param("number") == typed
        assert f"„{typed}“" in str(info.value)


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
    ("typed", "fragment"),
    [
        ("foo", "@-Zeichen"),
        ("a@b", "Domainname"),
        ("jemand@doe.invalid", "reserviert"),
        ("", "Bitte eine E-Mail-Adresse"),
    ],
)
def test_invalid_email_gets_a_german_message(typed: str, fragment: str) -> None:
    with pytest.raises(EmailError) as info:
        normalise_email(typed)
    assert fragment in str(info.value)
    assert str(info.value.reason) == str(info.value)
    if typed:
        assert info.value.reason.param("address") == typed
        assert str(info.value).startswith(f"„{typed}“ ist keine gültige E-Mail-Adresse: ")
