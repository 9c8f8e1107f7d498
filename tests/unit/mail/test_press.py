"""Press or citizen: the words of a mail, known press contacts, media and newsroom domains
(both databases)."""

from __future__ import annotations

from pathlib import Path

import pytest

from buergeranfragen.contacts.records import ContactDraft, ContactKind, EmailInput
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.mail.intake import MailIntake
from buergeranfragen.mail.press import PressDetector, domain_in, says_press
from tests.unit.mail.files import FROM_CITIZEN, mail_file


@pytest.mark.parametrize(
    ("sender", "subject", "expected"),
    [
        ("redaktion@wdr.de", "Frage", "press"),  # a media domain
        ("jemand@example.org", "Presseanfrage: Haushalt 2027", "press"),
        ("bekannt@zeitung.example", "Frage", "press"),  # a known press contact's address
        ("kollege@zeitung.example", "Frage", "press"),  # same newsroom domain
        ("buerger@gmail.com", "Frage", "citizen"),  # freemail: no newsroom
        ("jemand@example.org", "Frage", "citizen"),
    ],
)
def test_press_inquiries_are_recognised(
    intake: MailIntake,
    contacts: ContactService,
    tmp_path: Path,
    sender: str,
    subject: str,
    expected: str,
) -> None:
    contacts.create(
        ContactDraft(
            kind=ContactKind.PRESS,
            last_name="Bekannt",
            emails=(EmailInput("bekannt@zeitung.example"),),
        )
    )
    contacts.create(
        ContactDraft(
            kind=ContactKind.PRESS, last_name="Frei", emails=(EmailInput("frei@gmail.com"),)
        )
    )
    text = FROM_CITIZEN.replace("Erika Mustermann <erika@example.org>", sender).replace(
        "Frage zum Wohngeld", subject
    )
    assert intake.import_file(mail_file(tmp_path, "p.eml", text)).kind == expected


def test_the_words_and_the_domains() -> None:
    assert says_press("Medienanfrage", "")
    assert says_press("Frage", "Dies ist eine PRESSEANFRAGE der Rheinischen Post")
    assert not says_press("Frage", "x" * 3000 + " Presseanfrage")  # only the start is read
    assert domain_in("a@lokal.wdr.de", ["wdr.de"]) and not domain_in("a@xwdr.de", ["wdr.de"])


def test_newsroom_domains_are_read_once_a_minute_without_freemail_and_office() -> None:
    reads: list[int] = []

    def newsrooms() -> list[str]:
        reads.append(1)
        return ["zeitung.example", "gmx.de", "stk.nrw.de", ""]

    detector = PressDetector(newsrooms, ["nrw.de"])
    assert detector.newsroom_domains() == {"zeitung.example"}
    assert detector.kind("Frage", "", "x@zeitung.example", None) == ContactKind.PRESS
    assert detector.kind("Frage", "", "x@gmx.de", None) == ContactKind.CITIZEN
    assert detector.kind("Frage", "", "x@gmx.de", ContactKind.PRESS) == ContactKind.PRESS
    assert len(reads) == 1
