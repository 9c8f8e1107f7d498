"""Replying and forwarding, as stored: the mail is kept on the inquiry as "wird gesendet"
with the exact bytes before anything is handed to a server, the status moves in the same unit
of work, and the citizen's answer to it finds its way back (both databases). Sending itself
(SMTP, the outbox) is tested in tests/unit/mail."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest

from buergeranfragen.answering.composing import Party
from buergeranfragen.answering.sending import SendingService
from buergeranfragen.clock import FixedClock
from buergeranfragen.conversation.records import Direction, MessageKind, SendState
from buergeranfragen.db.engine import reading, transaction
from buergeranfragen.db.migrate import Database
from buergeranfragen.db.models import Department
from buergeranfragen.errors import KnownError, ValidationFailed
from buergeranfragen.inquiries import blobs
from buergeranfragen.inquiries.handling import HandlingService
from buergeranfragen.inquiries.records import CallDraft, InquiryStatus
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.mail.intake import MailIntake, MailOutcome
from buergeranfragen.organisation.service import DepartmentService
from tests.conftest import ACTOR
from tests.unit.conversation.test_threading import further
from tests.unit.mail.files import FROM_CITIZEN, mail_file

OFFICE = Party("nrwdirekt@nrw.de", "Nordrhein-Westfalen direkt")


@pytest.fixture
def sending(database: Database, clock: FixedClock) -> SendingService:
    DepartmentService(database.session_factory, clock, ACTOR).load_defaults()
    return SendingService(database.session_factory, clock, ACTOR, lambda: OFFICE)


@pytest.fixture
def handling(database: Database, clock: FixedClock) -> HandlingService:
    return HandlingService(database.session_factory, clock, ACTOR)


@pytest.fixture
def mail_inquiry(intake: MailIntake, tmp_path: Path) -> int:
    report = intake.import_file(mail_file(tmp_path, "erste.eml", FROM_CITIZEN))
    assert report.inquiry_id is not None
    return report.inquiry_id


def stored_bytes(database: Database, inquiry_id: int, row_id: int) -> bytes:
    from buergeranfragen.db.conversation_tables import InquiryMessage

    with reading(database.session_factory) as session:
        row = session.get(InquiryMessage, row_id)
        assert row is not None and row.original_blob_id is not None
        info = blobs.info(session, row.original_blob_id)
        assert info is not None
        return b"".join(blobs.chunks(session, info))


def test_a_reply_is_stored_as_sending_with_its_bytes_and_the_status_moves(
    sending: SendingService, database: Database, mail_inquiry: int
) -> None:
    sent = sending.reply(
        mail_inquiry,
        "Sehr geehrte Frau Mustermann,\n\ndas dauert vier Wochen.",
        status=InquiryStatus.WAITING,
    )
    assert sent.state == SendState.SENDING  # no outbox connected: it waits there
    assert sent.record.status == InquiryStatus.WAITING
    (message,) = sent.record.messages
    assert (message.direction, message.kind, message.author) == (
        Direction.OUT,
        MessageKind.REPLY,
        ACTOR,
    )
    assert message.to_addr == "Erika Mustermann <erika@example.org>"
    assert message.subject == f"AW: Frage zum Wohngeld [{sent.record.reference}]"
    mail = email.message_from_bytes(
        stored_bytes(database, mail_inquiry, sent.message_row_id), policy=policy.default
    )
    assert mail["In-Reply-To"] == "<m1@example.org>"
    assert mail["Message-ID"] == f"<{message.message_id}>"
    body = mail.get_body().get_content()
    assert "> Wie lange dauert die Bearbeitung?" in body
    # the status step is in the history, by the clerk
    assert sent.record.steps[-1].to_value == "waiting"


def test_the_citizens_answer_to_the_reply_is_threaded_back(
    sending: SendingService, intake: MailIntake, mail_inquiry: int, tmp_path: Path
) -> None:
    sent = sending.reply(mail_inquiry, "Welche Wohnung meinen Sie?", status=InquiryStatus.WAITING)
    message_id = sent.record.messages[0].message_id
    answer = further("a1@example.org", subject="AW: ohne Nummer", in_reply_to=f"<{message_id}>")
    report = intake.import_file(mail_file(tmp_path, "antwort.eml", answer))
    assert (report.status, report.reference, report.resumed) == (
        MailOutcome.THREADED,
        sent.record.reference,
        True,
    )


def test_a_second_reply_answers_the_citizens_latest_mail(
    sending: SendingService,
    intake: MailIntake,
    database: Database,
    mail_inquiry: int,
    tmp_path: Path,
) -> None:
    first = sending.reply(mail_inquiry, "Rückfrage", status=InquiryStatus.WAITING)
    answer = further(
        "a2@example.org",
        in_reply_to=f"<{first.record.messages[0].message_id}>",
        body="Die Wohnung in Köln.",
    )
    intake.import_file(mail_file(tmp_path, "antwort.eml", answer))
    second = sending.reply(mail_inquiry, "Danke, erledigt.")
    assert second.record.status == InquiryStatus.ANSWERED
    mail = email.message_from_bytes(
        stored_bytes(database, mail_inquiry, second.message_row_id), policy=policy.default
    )
    assert mail["In-Reply-To"] == "<a2@example.org>"
    assert mail["References"].split() == [
        "<m1@example.org>",
        f"<{first.record.messages[0].message_id}>",
        "<a2@example.org>",
    ]
    assert "> Die Wohnung in Köln." in mail.get_body().get_content()


def test_an_interim_reply_keeps_the_inquiry_open(
    sending: SendingService, mail_inquiry: int
) -> None:
    sent = sending.reply(mail_inquiry, "Wir brauchen noch etwas Zeit.", interim=True)
    assert sent.record.status == InquiryStatus.NEW
    assert sent.record.messages[0].kind == MessageKind.INTERIM


def test_refusals_store_nothing(
    sending: SendingService,
    inquiries: InquiryService,
    handling: HandlingService,
    mail_inquiry: int,
    database: Database,
    clock: FixedClock,
) -> None:
    with pytest.raises(ValidationFailed):
        sending.reply(mail_inquiry, "   ")
    with pytest.raises(KnownError):
        sending.reply(mail_inquiry, "x", status=InquiryStatus.CLOSED)
    handling.change_status(mail_inquiry, InquiryStatus.ANSWERED)
    with pytest.raises(KnownError, match="wieder öffnen"):
        sending.reply(mail_inquiry, "Nachtrag")
    no_smtp = SendingService(database.session_factory, clock, ACTOR, lambda: None)
    with pytest.raises(KnownError, match="Postausgangsserver"):
        no_smtp.reply(mail_inquiry, "Text")
    call = inquiries.log_call(CallDraft(number="", subject="Anruf", text="ohne Mail"))
    with pytest.raises(KnownError, match="keine gültige Mailadresse"):
        sending.reply(call.id, "Text")
    assert inquiries.get(mail_inquiry).messages == ()
    assert inquiries.get(call.id).messages == ()


def test_a_forward_carries_the_original_and_a_call_carries_its_note(
    sending: SendingService, inquiries: InquiryService, database: Database, mail_inquiry: int
) -> None:
    sent = sending.forward(mail_inquiry, "mhkbd", note="Bitte übernehmen.")
    (message,) = sent.record.messages
    assert (message.kind, message.department_code) == (MessageKind.FORWARD, "MHKBD")
    data = stored_bytes(database, mail_inquiry, sent.message_row_id)
    original = inquiries.original_mail(mail_inquiry)
    assert original is not None and original.rstrip(b"\r\n") in data
    call = inquiries.log_call(
        CallDraft(number="", subject="Kita-Platz", text="Anruferin sucht einen Kitaplatz.")
    )
    sent = sending.forward(call.id, "MKJFGFI")
    mail = email.message_from_bytes(
        stored_bytes(database, call.id, sent.message_row_id), policy=policy.default
    )
    assert list(mail.iter_attachments()) == []
    assert "Anruferin sucht einen Kitaplatz." in mail.get_body().get_content()
    with transaction(database.session_factory) as session:
        department = session.query(Department).filter_by(code="MSB").one()
        department.email = ""
    with pytest.raises(KnownError, match="keine gültige Mailadresse"):
        sending.forward(call.id, "MSB")


def test_the_interim_reply_is_due_after_four_weeks_and_an_interim_reply_satisfies_it(
    sending: SendingService, inquiries: InquiryService, mail_inquiry: int
) -> None:
    from datetime import datetime

    from buergeranfragen.calendar import BERLIN

    record = inquiries.get(mail_inquiry)
    # received Mon 23 Nov 2026; 28 days later is Mon 21 Dec, at the end of the working day
    assert record.interim_due_at == datetime(2026, 12, 21, 16, 0, tzinfo=BERLIN)
    assert record.interim_sent_at is None
    sent = sending.reply(mail_inquiry, "Wir melden uns bald.", interim=True)
    assert sent.record.interim_due_at is None  # the clerk's part is done
    assert sent.record.interim_sent_at is None  # but it waits in the outbox (none connected)
    assert sent.record.status == InquiryStatus.NEW  # still open
    assert sent.record.routing.due_at == record.routing.due_at  # the answer is still due


def test_a_third_party_who_joined_by_reply_all_never_receives_the_reply(
    sending: SendingService,
    intake: MailIntake,
    database: Database,
    mail_inquiry: int,
    tmp_path: Path,
) -> None:
    """Someone the citizen copied in answers with reply-all: threaded in (the header names a
    mail of the inquiry), but the clerk's next reply - with the citizen's data - goes to the
    citizen only, quoting the citizen's own mail; and the stranger's address does not become
    one a subject reference alone would thread."""
    first = sending.reply(mail_inquiry, "Rückfrage", status=InquiryStatus.WAITING)
    stranger = further(
        "x1@fremd.example",
        sender="Nachbar <nachbar@fremd.example>",
        in_reply_to=f"<{first.record.messages[0].message_id}>",
        body="Ich weiß auch etwas dazu.",
    )
    report = intake.import_file(mail_file(tmp_path, "fremd.eml", stranger))
    assert report.status == MailOutcome.THREADED
    second = sending.reply(mail_inquiry, "Danke für die Geduld.")
    mail = email.message_from_bytes(
        stored_bytes(database, mail_inquiry, second.message_row_id), policy=policy.default
    )
    assert [a.addr_spec for a in mail["To"].addresses] == ["erika@example.org"]
    body = mail.get_body().get_content()
    assert "> Wie lange dauert die Bearbeitung?" in body  # the citizen's mail, not his
    assert "Ich weiß auch etwas dazu." not in body
    # a reference in his subject alone no longer threads (he is no owner of the inquiry)
    reference = second.record.reference
    guess = further("x2@fremd.example", sender="nachbar@fremd.example", subject=f"[{reference}]")
    later = intake.import_file(mail_file(tmp_path, "fremd2.eml", guess))
    assert later.status == MailOutcome.IMPORTED and later.linked_reference == reference


def test_a_reply_stored_is_never_refused_afterwards(
    database: Database, clock: FixedClock, mail_inquiry: int
) -> None:
    """The database fails just when the stored reply is handed over: the clerk is not told
    "refused" (and does not send it again); the outbox sends it later (second read)."""
    from buergeranfragen.errors import DatabaseUnavailable
    from buergeranfragen.messages import msg

    def fails(_row_id: int) -> object:
        raise DatabaseUnavailable(msg("Die Datenbank ist nicht erreichbar."))

    sending = SendingService(database.session_factory, clock, ACTOR, lambda: OFFICE, fails)
    sent = sending.reply(mail_inquiry, "Die Antwort.")
    assert sent.state == SendState.SENDING
    assert [m.kind for m in sent.record.messages] == [MessageKind.REPLY]
