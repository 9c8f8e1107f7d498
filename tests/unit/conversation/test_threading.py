"""Threading: a further mail of the citizen lands in the inquiry it answers, not in a new one
(by In-Reply-To/References, or by the reference in the subject from a known sender); a
stranger naming a reference opens a new, linked inquiry; Rückfrage and finished inquiries move
on (both databases)."""

from __future__ import annotations

from pathlib import Path

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.conversation.records import Direction, MessageKind
from buergeranfragen.conversation.threads import references_in
from buergeranfragen.db.migrate import Database
from buergeranfragen.errors import KnownError
from buergeranfragen.inquiries.handling import HandlingService
from buergeranfragen.inquiries.records import InquiryQuery, InquiryStatus
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.mail.intake import MailIntake, MailOutcome
from tests.conftest import ACTOR
from tests.unit.mail.files import FROM_CITIZEN, mail_file


def further(
    message_id: str,
    subject: str = "AW: Frage zum Wohngeld",
    sender: str = "Erika Mustermann <erika@example.org>",
    in_reply_to: str = "",
    references: str = "",
    body: str = "Danke, hier die fehlende Angabe.",
    attachment: bool = False,
) -> str:
    headers = [
        f"From: {sender}",
        "To: nrwdirekt@nrw.de",
        f"Subject: {subject}",
        "Date: Wed, 25 Nov 2026 09:00:00 +0100",
        f"Message-ID: <{message_id}>",
    ]
    if in_reply_to:
        headers.append(f"In-Reply-To: {in_reply_to}")
    if references:
        headers.append(f"References: {references}")
    if not attachment:
        return "\n".join([*headers, "Content-Type: text/plain; charset=utf-8", "", body, ""])
    return "\n".join(
        [
            *headers,
            "MIME-Version: 1.0",
            "Content-Type: multipart/mixed; boundary=YY",
            "",
            "--YY",
            "Content-Type: text/plain; charset=utf-8",
            "",
            body,
            "--YY",
            "Content-Type: application/pdf",
            'Content-Disposition: attachment; filename="Nachweis.pdf"',
            "Content-Transfer-Encoding: base64",
            "",
            "JVBERi0xLjQK",
            "--YY--",
            "",
        ]
    )


@pytest.fixture
def first(intake: MailIntake, tmp_path: Path) -> str:
    """The citizen's first mail (Message-ID m1@example.org) as an inquiry: its reference."""
    report = intake.import_file(mail_file(tmp_path, "erste.eml", FROM_CITIZEN))
    assert report.status == MailOutcome.IMPORTED and report.reference
    return report.reference


@pytest.fixture
def handling(database: Database, clock: FixedClock) -> HandlingService:
    return HandlingService(database.session_factory, clock, ACTOR)


def count(inquiries: InquiryService) -> int:
    return inquiries.count(InquiryQuery())


def test_references_in_the_subject_are_found_in_brackets_only() -> None:
    assert references_in("AW: WG: Frage [ba-2026-00123] und [BA-2026-00007]") == [
        "BA-2026-00123",
        "BA-2026-00007",
    ]
    assert references_in("Re: BA-2026-00123 ohne Klammern") == []
    assert references_in("[BA-2026-123]") == []


def test_a_reply_naming_the_mail_in_in_reply_to_is_added_to_its_inquiry(
    intake: MailIntake,
    inquiries: InquiryService,
    handling: HandlingService,
    first: str,
    tmp_path: Path,
) -> None:
    before = count(inquiries)
    report = intake.import_file(
        mail_file(
            tmp_path,
            "antwort.eml",
            further("r1@example.org", in_reply_to="<m1@example.org>", attachment=True),
        )
    )
    assert (report.status, report.reference) == (MailOutcome.THREADED, first)
    assert count(inquiries) == before
    record = inquiries.get(handling.id_of(first))
    (message,) = record.messages
    assert (message.direction, message.kind) == (Direction.IN, MessageKind.MAIL)
    assert message.text.strip() == "Danke, hier die fehlende Angabe."
    assert (message.from_email, message.message_id) == ("erika@example.org", "r1@example.org")
    # the attachment is the inquiry's, with the one of the first mail
    assert sorted(Path(a.filename).name for a in record.attachments if not a.is_original) == [
        "Bescheid.pdf",
        "Nachweis.pdf",
    ]


def test_references_alone_and_a_stranger_who_knows_the_message_id(
    intake: MailIntake, inquiries: InquiryService, first: str, tmp_path: Path
) -> None:
    """The header names a mail of the inquiry: that is enough (Message-IDs are not guessed
    like reference numbers), whoever writes."""
    report = intake.import_file(
        mail_file(
            tmp_path,
            "kollege.eml",
            further(
                "r2@example.net",
                subject="Re: Wohngeld",
                sender="Max Muster <max@example.net>",
                references="<unknown@x> <m1@example.org>",
            ),
        )
    )
    assert (report.status, report.reference) == (MailOutcome.THREADED, first)


def test_the_reference_in_the_subject_from_the_known_sender_threads(
    intake: MailIntake, inquiries: InquiryService, first: str, tmp_path: Path
) -> None:
    report = intake.import_file(
        mail_file(
            tmp_path,
            "aw.eml",
            further("r3@example.org", subject=f"AW: WG: Ihre Anfrage [{first.lower()}]"),
        )
    )
    assert (report.status, report.reference) == (MailOutcome.THREADED, first)


def test_a_stranger_naming_a_reference_opens_a_new_linked_inquiry(
    intake: MailIntake,
    inquiries: InquiryService,
    handling: HandlingService,
    first: str,
    tmp_path: Path,
) -> None:
    report = intake.import_file(
        mail_file(
            tmp_path,
            "fremd.eml",
            further(
                "r4@evil.example",
                subject=f"AW: [{first}] Bitte Daten an mich",
                sender="Mallory <mallory@evil.example>",
            ),
        )
    )
    assert report.status == MailOutcome.IMPORTED and report.reference != first
    assert report.linked_reference == first
    assert report.inquiry_id is not None
    new = inquiries.get(report.inquiry_id)
    assert new.linked_reference == first
    original = inquiries.get(handling.id_of(first))
    assert original.messages == ()  # nothing of the stranger's mail in the citizen's inquiry


def test_an_unknown_reference_in_the_subject_is_a_new_inquiry(
    intake: MailIntake, first: str, tmp_path: Path
) -> None:
    report = intake.import_file(
        mail_file(tmp_path, "x.eml", further("r5@example.org", subject="AW: [BA-2025-99999]"))
    )
    assert report.status == MailOutcome.IMPORTED and report.linked_reference is None


def test_the_same_further_mail_twice_is_a_duplicate(
    intake: MailIntake, first: str, tmp_path: Path
) -> None:
    text = further("r6@example.org", in_reply_to="<m1@example.org>")
    assert intake.import_file(mail_file(tmp_path, "a.eml", text)).status == MailOutcome.THREADED
    again = intake.import_file(mail_file(tmp_path, "b.eml", text))
    assert (again.status, again.reference) == (MailOutcome.DUPLICATE, first)


@pytest.mark.parametrize(
    ("state", "reopened", "resumed"),
    [
        (InquiryStatus.WAITING, False, True),
        (InquiryStatus.ANSWERED, True, False),
        (InquiryStatus.CLOSED, True, False),
        (InquiryStatus.IN_PROGRESS, False, False),
    ],
)
def test_a_further_mail_resumes_a_rueckfrage_and_reopens_a_finished_inquiry(
    intake: MailIntake,
    inquiries: InquiryService,
    handling: HandlingService,
    first: str,
    tmp_path: Path,
    state: InquiryStatus,
    reopened: bool,
    resumed: bool,
) -> None:
    inquiry_id = handling.id_of(first)
    handling.change_status(inquiry_id, InquiryStatus.IN_PROGRESS)
    if state != InquiryStatus.IN_PROGRESS:
        handling.change_status(inquiry_id, state, comment="erledigt")
    report = intake.import_file(
        mail_file(tmp_path, "n.eml", further("r7@example.org", in_reply_to="<m1@example.org>"))
    )
    assert (report.status, report.reopened, report.resumed) == (
        MailOutcome.THREADED,
        reopened,
        resumed,
    )
    record = inquiries.get(inquiry_id)
    assert record.status == InquiryStatus.IN_PROGRESS
    if reopened or resumed:
        assert report.warnings  # the clerk is told
        last = record.steps[-1]
        assert (last.kind, last.from_value, last.to_value) == ("status", state.value, "in_progress")
        assert "erika@example.org" in last.comment
        assert record.routing.due_at is not None  # the clock runs again
    else:
        assert record.steps[-1].to_value == "in_progress" and not report.warnings


def test_logging_an_answer_by_phone_moves_the_status_in_one_step(
    inquiries: InquiryService, handling: HandlingService, first: str
) -> None:
    conversation = inquiries.conversation
    inquiry_id = handling.id_of(first)
    record = conversation.log_contact(
        inquiry_id,
        MessageKind.PHONE_ANSWER,
        "Frau Mustermann angerufen, Bearbeitungsdauer erklärt.",
        status=InquiryStatus.ANSWERED_ON_PHONE,
    )
    assert record.status == InquiryStatus.ANSWERED_ON_PHONE
    (message,) = record.messages
    assert (message.direction, message.kind) == (Direction.OUT, MessageKind.PHONE_ANSWER)
    # a step the workflow refuses stores nothing
    with pytest.raises(KnownError):
        conversation.log_contact(
            inquiry_id, MessageKind.LETTER, "Brief", status=InquiryStatus.ASSIGNED
        )
    assert len(inquiries.get(inquiry_id).messages) == 1
    with pytest.raises(KnownError):
        conversation.log_contact(inquiry_id, MessageKind.CALLBACK, "   ")
