"""A person with a contact, two mails (one with an attachment another person's mail shares),
a note and a logged call; another person; two contacts sharing a switchboard number."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage

from sqlalchemy import text

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactDraft, EmailInput, PhoneInput
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.conversation.records import MessageKind
from buergeranfragen.conversation.service import ConversationService
from buergeranfragen.db.engine import transaction
from buergeranfragen.db.migrate import Database
from buergeranfragen.inquiries.handling import HandlingService
from buergeranfragen.mail.intake import MailIntake, MailOutcome
from tests.conftest import ACTOR

NAME = "Quellbrunn"
FIRST = "Xaverine"
EMAIL = "x.quellbrunn@beispiel.de"
PHONE_RAW = "0211 / 837 10 01"
PHONE = "+492118371001"
WORD = "Zwetschgenkuchenrezept"  # in her mail's text
CALL_WORD = "Zitronenfalterwiese"  # in the call logged
NOTE_WORD = "Kartoffelrosenbeet"  # in the note
SHARED_BYTES = b"%PDF-1.4 gemeinsamer Anhang " * 50
OWN_BYTES = b"Eigener Anhang Hagebuttenmarmelade " * 50


def mail(
    sender: str, name: str, subject: str, body: str, ident: str, files: dict[str, bytes]
) -> bytes:
    message = EmailMessage()
    message["From"] = f"{name} <{sender}>"
    message["To"] = "buergerservice@nrw.de"
    message["Subject"] = subject
    message["Message-ID"] = f"<{ident}@beispiel.de>"
    message["Date"] = "Mon, 23 Nov 2026 10:15:00 +0100"
    message.set_content(body)
    for filename, data in files.items():
        message.add_attachment(
            data, maintype="application", subtype="octet-stream", filename=filename
        )
    return message.as_bytes()


@dataclass(frozen=True)
class Case:
    person: int
    other: int
    person_inquiries: tuple[int, ...]
    other_inquiry: int


def build(
    database: Database, clock: FixedClock, contacts: ContactService, intake: MailIntake
) -> Case:
    person = contacts.create(
        ContactDraft(
            first_name=FIRST,
            last_name=NAME,
            street="Lindenallee 7",
            notes="Ruft meist vormittags an",
            tags=("Lärm", "Verkehr"),
            emails=(EmailInput(EMAIL),),
            phones=(PhoneInput(PHONE_RAW),),
        )
    ).id
    other = contacts.create(
        ContactDraft(
            first_name="Berta", last_name="Andere", emails=(EmailInput("berta@beispiel.de"),)
        )
    ).id
    first = intake.import_bytes(
        mail(
            EMAIL,
            f"{FIRST} {NAME}",
            "Lärm am Spielplatz",
            f"Mein {WORD} und der Lärm.",
            "p1",
            {"eigen.pdf": OWN_BYTES, "gemeinsam.pdf": SHARED_BYTES},
        ),
        "p1.eml",
        "p1.eml",
    )
    second = intake.import_bytes(
        mail(EMAIL, f"{FIRST} {NAME}", "Nochmal der Spielplatz", "Zweite Anfrage.", "p2", {}),
        "p2.eml",
        "p2.eml",
    )
    third = intake.import_bytes(
        mail(
            "berta@beispiel.de",
            "Berta Andere",
            "Baustelle",
            "Die Baustelle.",
            "o1",
            {"gemeinsam.pdf": SHARED_BYTES},
        ),
        "o1.eml",
        "o1.eml",
    )
    assert {first.status, second.status, third.status} == {MailOutcome.IMPORTED}
    handling = HandlingService(database.session_factory, clock, ACTOR)
    ids = tuple(handling.id_of(r.reference or "") for r in (first, second))
    other_inquiry = handling.id_of(third.reference or "")
    handling.add_note(ids[0], f"Notiz {NOTE_WORD}")
    ConversationService(database.session_factory, clock, ACTOR).log_contact(
        ids[0], MessageKind.CALL, f"Sie rief an wegen {CALL_WORD}"
    )
    with transaction(database.session_factory) as session:  # Berta's mail named her inquiry
        session.execute(
            text("UPDATE inquiries SET linked_inquiry_id = :a WHERE id = :b"),
            {"a": ids[0], "b": other_inquiry},
        )
    return Case(person, other, ids, other_inquiry)
