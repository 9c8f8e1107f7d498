"""The one rule for "the same contact": names agree (titles, salutations, case, umlauts
ignored) and something is shared; a shared number or address under another name is not it."""

from __future__ import annotations

import pytest

from buergeranfragen.contacts.identity import (
    Identity,
    identity_of_draft,
    looks_like_person_name,
    person_name_key,
    same_contact,
    split_display_name,
)
from buergeranfragen.contacts.records import ContactDraft, EmailInput, PhoneInput
from tests.unit.contacts.drafts import press


@pytest.mark.parametrize(
    ("first", "last", "key"),
    [
        ("Miriam", "Celik", "celik miriam"),
        ("Dr. Miriam", "Celik", "celik miriam"),
        ("Prof. Dr. h. c. Miriam", "ÇELIK", "celik miriam"),
        ("Frau Miriam", "Celik", "celik miriam"),
        ("Jürgen", "Groß", "gross juergen"),
        ("Juergen", "Gross", "gross juergen"),
        ("", "Celik, Miriam", "celik miriam"),
        ("Dipl.-Ing. Hans-Peter", "Müller", "hans mueller peter"),
        ("Herr", "", ""),
        ("", "test1@domain.tld", ""),
        ("Иван", "Петров", "иван петров"),
        ("太郎", "安藤", "太郎 安藤"),
        ("Lena", "Hoffmann <lena@wdr.example>", "hoffmann lena"),
        ("", "", ""),
    ],
)
def test_person_name_key(first: str, last: str, key: str) -> None:
    assert person_name_key(first, last) == key


@pytest.mark.parametrize(
    ("display", "parts"),
    [
        ("Dr. Miriam Celik", ("Miriam", "Celik")),
        ("Celik, Miriam", ("Miriam", "Celik")),
        ("Celik, Dr. Miriam", ("Miriam", "Celik")),
        ("„Lena Hoffmann“", ("Lena", "Hoffmann")),
        ("'Lena Hoffmann'", ("Lena", "Hoffmann")),
        ("Lena Hoffmann (WDR)", ("Lena", "Hoffmann")),
        ("Ursula von der Leyen", ("Ursula", "von der Leyen")),
        ("Anne-Marie O'Neil", ("Anne-Marie", "O'Neil")),
        ("Hoffmann", ("", "Hoffmann")),
        ("", ("", "")),
    ],
)
def test_split_display_name(display: str, parts: tuple[str, str]) -> None:
    assert split_display_name(display) == parts


@pytest.mark.parametrize(
    "display",
    [
        "Lena Hoffmann",
        "Dr. Miriam Celik",
        "Celik, Miriam",
        "J. R. Ewing",
        "Anne-Marie O'Neil",
        "Иван Петров",
    ],
)
def test_person_names(display: str) -> None:
    assert looks_like_person_name(display)


@pytest.mark.parametrize(
    "display",
    [
        "",
        "Hoffmann",
        "Dr. Hoffmann",
        "Redaktion WDR",
        "WDR Newsdesk",
        "Lokalredaktion Dortmund",
        "Pressestelle Stadt Dortmund",
        "Stadt Dortmund",
        "Bürgerverein Hörde e.V.",
        "Nachrichten Team",
        "Muster GmbH",
        "lena.hoffmann@wdr.example",
        '=HYPERLINK("http://x.example";"Lena")',
        "Lena Hoffmann 2",
        "Familie Berg",
        "Fam. Berg",
        "Eheleute Berg",
    ],
)
def test_not_person_names(display: str) -> None:
    assert not looks_like_person_name(display)


def _draft(first: str = "", last: str = "", **kwargs: object) -> Identity:
    phones = tuple(PhoneInput(p) for p in kwargs.pop("phones", ()))  # type: ignore[attr-defined]
    emails = tuple(EmailInput(e) for e in kwargs.pop("emails", ()))  # type: ignore[attr-defined]
    draft = ContactDraft(first_name=first, last_name=last, phones=phones, emails=emails, **kwargs)  # type: ignore[arg-type]
    return identity_of_draft(draft)


def test_identity_of_a_draft() -> None:
    identity = identity_of_draft(press(title="Dr.", organisation="Westdeutscher Rundfunk"))
    assert identity == Identity(
        name="albers katrin",
        is_person=True,
        organisations=frozenset({"wdr", "westdeutscher rundfunk"}),
        emails=frozenset({"k.albers@wdr.example"}),
        numbers=frozenset({"+492118371001", "+491721234567"}),
    )
    organisation = _draft(organisation="Stadt  Dortmund", phones=["0231 50-0", "kaputt"])
    assert organisation.name == "stadt dortmund" and not organisation.is_person
    assert organisation.numbers == {"+49231500"}


def test_same_name_and_a_shared_value_is_the_same_contact() -> None:
    lena = _draft("Lena", "Hoffmann", phones=["0221 220-0"], emails=["lena@wdr.example"])
    assert same_contact(lena, _draft("Dr. Lena", "HOFFMANN", emails=["Lena@WDR.example"]))
    assert same_contact(lena, _draft("Lena", "Hoffmann", phones=["+49 221 2200"]))
    assert same_contact(lena, _draft("Lena", "Hoffmann", outlet="WDR", organisation="")) is False
    with_outlet = _draft("Lena", "Hoffmann", outlet="WDR")
    assert same_contact(with_outlet, _draft("Lena", "Hoffmann", organisation="wdr"))


def test_a_shared_number_or_address_under_another_name_is_not() -> None:
    lena = _draft("Lena", "Hoffmann", phones=["0221 220-0"], emails=["newsdesk@wdr.example"])
    jonas = _draft("Jonas", "Berg", phones=["0221 220-0"], emails=["newsdesk@wdr.example"])
    assert not same_contact(lena, jonas)
    assert not same_contact(lena, _draft("Lena", "Hoffmann", phones=["0171 1234567"]))
    formula = _draft("", '=HYPERLINK("x")', emails=["newsdesk@wdr.example"])
    assert not same_contact(lena, formula)


def test_names_in_other_scripts_are_names() -> None:
    ivan = _draft("Иван", "Петров", emails=["newsdesk@wdr.example"])
    assert ivan.name == "иван петров" and ivan.is_person
    assert not same_contact(ivan, _draft("Lena", "Hoffmann", emails=["newsdesk@wdr.example"]))
    assert same_contact(ivan, _draft("ИВАН", "ПЕТРОВ", emails=["newsdesk@wdr.example"]))


def test_an_organisation_is_not_a_person_with_its_switchboard() -> None:
    association = _draft(organisation="Bürgerverein Hörde", phones=["0231 50-0"])
    person = _draft("Eva", "Schmidt", organisation="Bürgerverein Hörde", phones=["0231 50-0"])
    assert not same_contact(association, person)
    assert same_contact(association, _draft(organisation="Buergerverein  Hoerde"))


def test_an_entry_without_a_name_is_the_contact_with_its_address() -> None:
    lena = _draft("Lena", "Hoffmann", phones=["0221 220-0"], emails=["lena@wdr.example"])
    assert same_contact(_draft(emails=["LENA@wdr.example"]), lena)
    assert same_contact(lena, _draft(emails=["lena@wdr.example"], phones=["0171 1234567"]))
    assert not same_contact(_draft(phones=["0221 220-0"]), lena)
    assert not same_contact(_draft(), _draft())
