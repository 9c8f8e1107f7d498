from __future__ import annotations

import pytest

from buergeranfragen.answering.salutation import NO_NAME, normal_title, salutation


@pytest.mark.parametrize(
    ("anrede", "title", "first", "last", "expected"),
    [
        ("Frau", "Dr.", "Miriam", "Celik", "Sehr geehrte Frau Dr. Celik"),
        ("Frau", "Dr", "Miriam", "Celik", "Sehr geehrte Frau Dr. Celik"),
        ("Herr", "Prof. Dr.", "Hans", "Meier", "Sehr geehrter Herr Prof. Dr. Meier"),
        ("Herr", "Prof Dr", "Hans", "Meier", "Sehr geehrter Herr Prof. Dr. Meier"),
        ("Herr", "Prof.Dr.", "Hans", "Meier", "Sehr geehrter Herr Prof. Dr. Meier"),
        ("Herr", "Dr.-Ing.", "Hans", "Meier", "Sehr geehrter Herr Dr.-Ing. Meier"),
        ("Herr", "", "Hans", "Meier", "Sehr geehrter Herr Meier"),
        ("  herr ", "  ", "Hans", "  Meier  ", "Sehr geehrter Herr Meier"),
        ("Hr.", "", "", "Meier", "Sehr geehrter Herr Meier"),
        ("FRAU", "", "", "von der Heide", "Sehr geehrte Frau von der Heide"),
        ("Ms", "", "Ann", "Lee", "Sehr geehrte Frau Lee"),
        ("Mr", "Dr.", "", "Lee", "Sehr geehrter Herr Dr. Lee"),
        ("Frau", "Dr.", "Miriam", "Celik\u00a0Yilmaz", "Sehr geehrte Frau Dr. Celik Yilmaz"),
        ("", "", "Alex", "Muster", "Guten Tag Alex Muster"),
        ("Divers", "", "Alex", "Muster", "Guten Tag Alex Muster"),
        ("", "Dr.", "Alex", "Muster", "Guten Tag Dr. Alex Muster"),
        ("Frau", "", "Alex", "", "Guten Tag Alex"),  # no last name: not "Frau Alex"
        ("", "", "", "Muster", "Guten Tag Muster"),
        ("", "", "", "", NO_NAME),
        ("Frau", "Dr.", "", "", NO_NAME),
        (None, None, None, None, NO_NAME),
        ("Herr", "", "Hans", "Meier\n", "Sehr geehrter Herr Meier"),
    ],
)
def test_salutation(
    anrede: str | None, title: str | None, first: str | None, last: str | None, expected: str
) -> None:
    assert salutation(anrede, title, first, last) == expected


def test_no_contact_at_all() -> None:
    assert salutation(None) == "Sehr geehrte Damen und Herren"


@pytest.mark.parametrize(
    ("typed", "shown"),
    [("dr", "Dr."), ("Dr. med.", "Dr. med."), ("Dipl.-Ing.", "Dipl.-Ing."), ("", "")],
)
def test_title(typed: str, shown: str) -> None:
    assert normal_title(typed) == shown
