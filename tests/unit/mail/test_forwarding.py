"""Forwarded mails: the header blocks of Outlook, Gmail and Thunderbird, German dates, subject
prefixes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from buergeranfragen.mail.forwarding import find_forwarded, german_date, strip_forward_prefix

OUTLOOK_FORWARD = """Bitte beantworten, danke!

-----Ursprüngliche Nachricht-----
Von: Erika Mustermann <erika.mustermann@example.org>
Gesendet: Montag, 23. November 2026 10:15
An: Poststelle <poststelle@stk.nrw.de>
Betreff: Frage zum Wohngeld

Sehr geehrte Damen und Herren,
wie lange dauert die Bearbeitung?
"""

GMAIL_FORWARD = """---------- Forwarded message ---------
From: Max Muster <max@example.com>
Date: Tue, 24 Nov 2026 at 09:00
Subject: Termin beim Bürgeramt
To: <someone@nrw.de>

Hallo,
ich brauche einen Termin.
"""

THUNDERBIRD_FORWARD = """-------- Weitergeleitete Nachricht --------
Betreff: 	Lärm an der Baustelle
Datum: 	Tue, 24 Nov 2026 09:30:00 +0100
Von: 	Anna Nachbarin <anna@example.net>
An: 	info@nrw.de

Seit Wochen wird nachts gebaut.
"""


@pytest.mark.parametrize(
    ("text", "name", "address", "subject", "date", "body"),
    [
        (
            OUTLOOK_FORWARD,
            "Erika Mustermann",
            "erika.mustermann@example.org",
            "Frage zum Wohngeld",
            datetime(2026, 11, 23, 9, 15, tzinfo=UTC),
            "Sehr geehrte Damen und Herren,\nwie lange dauert die Bearbeitung?",
        ),
        (
            GMAIL_FORWARD,
            "Max Muster",
            "max@example.com",
            "Termin beim Bürgeramt",
            None,  # "Tue, 24 Nov 2026 at 09:00" is no date we read: the mail's own date counts
            "Hallo,\nich brauche einen Termin.",
        ),
        (
            THUNDERBIRD_FORWARD,
            "Anna Nachbarin",
            "anna@example.net",
            "Lärm an der Baustelle",
            datetime(2026, 11, 24, 8, 30, tzinfo=UTC),
            "Seit Wochen wird nachts gebaut.",
        ),
    ],
)
def test_forwarded_blocks_of_outlook_gmail_and_thunderbird(
    text: str, name: str, address: str, subject: str, date: datetime | None, body: str
) -> None:
    block = find_forwarded(text)
    assert block is not None
    assert (block.from_name, block.from_email, block.subject) == (name, address, subject)
    assert block.date == date
    assert block.text == body


def test_subject_prefixes_are_stripped() -> None:
    assert strip_forward_prefix("WG: AW: Frage") == "Frage"
    assert strip_forward_prefix("Fwd: Lines") == "Lines"
    assert strip_forward_prefix("Frage: WG") == "Frage: WG"
    assert find_forwarded("Nur ein Text ohne Weiterleitung") is None


def test_german_dates_in_forwarded_blocks() -> None:
    assert german_date("Montag, 23. November 2026 10:15") == datetime(
        2026, 11, 23, 9, 15, tzinfo=UTC
    )
    assert german_date("Mittwoch, 1. Juli 2026 08:05") == datetime(2026, 7, 1, 6, 5, tzinfo=UTC)
    assert german_date("23.11.2026 10:15") == datetime(2026, 11, 23, 9, 15, tzinfo=UTC)
    assert german_date("31.02.2026 10:15") is None
    assert german_date("gestern") is None
