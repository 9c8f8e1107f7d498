"""Issue 11 end to end on real servers on loopback: a reply from a Textbaustein and a forward
go out through aiosmtpd (STARTTLS with the office's own CA, and plain), arrive with the
reference, threading headers, the quote, the original attached whole and umlauts as RFC 2047
words; the citizen's answer to the reply comes back through the IMAP test server (pymap) and
lands in the same inquiry, which leaves its Rückfrage."""

from __future__ import annotations

import email
import uuid
from email import policy
from email.message import EmailMessage

import pytest

from buergeranfragen.answering.sending import SendingService
from buergeranfragen.answering.templates import TemplateService
from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactDraft, EmailInput
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.context import office_sender
from buergeranfragen.conversation.records import Direction, MessageKind, SendState
from buergeranfragen.db.migrate import Database
from buergeranfragen.inquiries.records import InquiryStatus
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.mail.imap import MailboxService
from buergeranfragen.mail.intake import MailIntake, MailOutcome
from buergeranfragen.mail.outbox import Outbox
from buergeranfragen.mail.smtp_settings import SmtpSettingsService
from buergeranfragen.mail.transport import SmtpTransport
from buergeranfragen.organisation.service import DepartmentService
from tests.conftest import ACTOR, MemoryKeyring
from tests.smtp_support import PASSWORD, SmtpServer
from tests.support import ImapServer, _free_port

INCOMING = (
    "From: =?utf-8?q?Ay=C5=9Fe_=C3=87elik?= <celik@beispiel.de>\r\n"
    "To: nrwdirekt@nrw.de\r\n"
    "Subject: =?utf-8?q?Stra=C3=9Fenlaterne_in_D=C3=BCsseldorf?=\r\n"
    "Date: Mon, 23 Nov 2026 10:15:00 +0100\r\n"
    "Message-ID: <laterne-1@beispiel.de>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
    "Die Laterne vor Haus Nr. 5 ist seit Wochen aus.\r\n"
    "Wer ist zuständig?\r\n"
).encode()


@pytest.fixture
def office(
    database: Database,
    clock: FixedClock,
    contacts: ContactService,
    memory_keyring: MemoryKeyring,
) -> Database:
    DepartmentService(database.session_factory, clock, ACTOR).load_defaults()
    TemplateService(database.session_factory, clock, ACTOR).load_defaults()
    contacts.create(
        ContactDraft(
            salutation="Frau",
            title="Dr.",
            first_name="Ayşe",
            last_name="Çelik",
            emails=(EmailInput("celik@beispiel.de"),),
        )
    )
    return database


def sending_through(
    database: Database,
    clock: FixedClock,
    server: SmtpServer,
    allow_plaintext: bool,
    port: int | None = None,
) -> tuple[SendingService, Outbox]:
    smtp = SmtpSettingsService(database.session_factory, clock, ACTOR)
    smtp.set(
        server.settings(
            sender_email="nrwdirekt@nrw.de",
            sender_name="NRW direkt – Bürgerservice",
            port=port or server.port,
        ),
        PASSWORD,
        allow_plaintext=allow_plaintext,
    )
    outbox = Outbox(
        database.session_factory, clock, ACTOR, smtp, SmtpTransport(timeout=5, local_hostname="t")
    )
    sending = SendingService(
        database.session_factory, clock, ACTOR, office_sender(smtp), outbox.deliver
    )
    return sending, outbox


def arrived(server: SmtpServer, index: int = -1) -> EmailMessage:
    message = email.message_from_bytes(server.mails[index].data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_a_reply_from_a_template_goes_out_over_starttls_and_the_answer_threads_back(
    office: Database,
    clock: FixedClock,
    intake: MailIntake,
    inquiries: InquiryService,
    starttls_smtp: SmtpServer,
    imap: ImapServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(starttls_smtp.certificate))  # the office's own CA
    report = intake.import_bytes(INCOMING, "laterne.eml", "laterne.eml")
    assert report.inquiry_id is not None and report.reference is not None
    inquiry_id, reference = report.inquiry_id, report.reference
    sending, _outbox = sending_through(office, clock, starttls_smtp, allow_plaintext=False)

    rendered = TemplateService(office.session_factory, clock, ACTOR).render("Rückfrage", inquiry_id)
    assert rendered.body.startswith("Sehr geehrte Frau Dr. Çelik,")
    assert reference in rendered.body
    text = rendered.body.replace("[Rückfrage]", "Welche Straße in Düsseldorf ist es genau?")
    sent = sending.reply(inquiry_id, text, subject=rendered.subject, status=InquiryStatus.WAITING)
    assert sent.state == SendState.SENT
    assert sent.record.status == InquiryStatus.WAITING

    [mail] = starttls_smtp.mails
    assert mail.sender == "nrwdirekt@nrw.de" and mail.recipients == ["celik@beispiel.de"]
    head = mail.data.split(b"\r\n\r\n", 1)[0]
    assert all(byte < 128 for byte in head)  # umlauts only as RFC 2047 words
    message = arrived(starttls_smtp)
    assert message["Subject"] == (
        f"Rückfrage zu Ihrer Anfrage: Straßenlaterne in Düsseldorf [{reference}]"
    )
    assert message["From"].addresses[0].display_name == "NRW direkt – Bürgerservice"
    assert message["To"].addresses[0].display_name == "Ayşe Çelik"
    assert message["In-Reply-To"] == "<laterne-1@beispiel.de>"
    assert message["References"] == "<laterne-1@beispiel.de>"
    body = message.get_body().get_content().replace("\r\n", "\n")
    assert body.startswith("Sehr geehrte Frau Dr. Çelik,")
    assert "Welche Straße in Düsseldorf ist es genau?" in body
    assert "Am 23.11.2026 um 10:15 schrieb Ayşe Çelik <celik@beispiel.de>:" in body
    assert "> Die Laterne vor Haus Nr. 5 ist seit Wochen aus.\n> Wer ist zuständig?" in body

    # the citizen answers from her mail program: a new subject, In-Reply-To our mail
    answer = (
        "From: =?utf-8?q?Ay=C5=9Fe_=C3=87elik?= <celik@beispiel.de>\r\n"
        "To: nrwdirekt@nrw.de\r\n"
        f"Subject: Re: {message['Subject']}\r\n"
        "Date: Thu, 26 Nov 2026 08:00:00 +0100\r\n"
        "Message-ID: <laterne-2@beispiel.de>\r\n"
        f"In-Reply-To: {message['Message-ID']}\r\n"
        f"References: <laterne-1@beispiel.de> {message['Message-ID']}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "Die Königsallee, vor Haus Nr. 5.\r\n"
    ).encode()
    folder = f"Antworten-{uuid.uuid4().hex[:8]}"  # the server lives for the whole session
    imap.append(folder, answer)
    mailboxes = MailboxService(office.session_factory, clock, intake)
    mailboxes.add(imap.settings(folder), imap.password)
    [fetched] = mailboxes.fetch_all()
    [threaded] = fetched.reports
    assert (threaded.status, threaded.reference, threaded.resumed) == (
        MailOutcome.THREADED,
        reference,
        True,
    )
    record = inquiries.get(inquiry_id)
    assert record.status == InquiryStatus.IN_PROGRESS
    assert [(m.direction, m.kind) for m in record.messages] == [
        (Direction.OUT, MessageKind.REPLY),
        (Direction.IN, MessageKind.MAIL),
    ]
    assert record.messages[1].text.strip() == "Die Königsallee, vor Haus Nr. 5."


def test_a_forward_carries_the_original_whole_over_a_plain_server(
    office: Database,
    clock: FixedClock,
    intake: MailIntake,
    plain_smtp: SmtpServer,
) -> None:
    report = intake.import_bytes(INCOMING, "laterne.eml", "laterne.eml")
    assert report.inquiry_id is not None
    sending, _outbox = sending_through(office, clock, plain_smtp, allow_plaintext=True)
    sent = sending.forward(
        report.inquiry_id, "MHKBD", note="Bitte übernehmen – Straßenbeleuchtung."
    )
    assert sent.state == SendState.SENT
    [mail] = plain_smtp.mails
    assert mail.recipients == ["poststelle@mhkbd.nrw.de"]
    assert INCOMING.rstrip(b"\r\n") in mail.data  # byte for byte
    message = arrived(plain_smtp)
    assert message["Subject"] == f"WG: Straßenlaterne in Düsseldorf [{report.reference}]"
    (attached,) = list(message.iter_attachments())
    assert attached.get_content_type() == "message/rfc822"
    assert attached.get_payload()[0]["Message-ID"] == "<laterne-1@beispiel.de>"
    assert message.get_body().get_content().strip() == "Bitte übernehmen – Straßenbeleuchtung."
    interim = sending.reply(report.inquiry_id, "Wir prüfen das noch.", interim=True)
    assert interim.state == SendState.SENT
    assert interim.record.interim_sent_at == interim.record.messages[-1].at
    assert interim.record.interim_due_at is None and interim.record.status == InquiryStatus.NEW


def test_a_server_that_is_down_keeps_the_reply_in_the_outbox_and_nothing_is_lost(
    office: Database,
    clock: FixedClock,
    intake: MailIntake,
    inquiries: InquiryService,
    plain_smtp: SmtpServer,
) -> None:
    report = intake.import_bytes(INCOMING, "laterne.eml", "laterne.eml")
    assert report.inquiry_id is not None
    nobody = _free_port()  # no server listens there: "down"
    sending, outbox = sending_through(office, clock, plain_smtp, allow_plaintext=True, port=nobody)
    sent = sending.reply(report.inquiry_id, "Die Laterne wird repariert.")
    assert sent.state == SendState.FAILED and sent.error
    assert sent.record.status == InquiryStatus.ANSWERED  # the clerk's part is done
    [entry] = outbox.entries()
    assert entry.reference == report.reference
    record = inquiries.get(report.inquiry_id)
    assert "Die Laterne wird repariert." in record.messages[0].text
