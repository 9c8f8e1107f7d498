"""Hostile input against answering (issue 11): what the office sends to an address that a
citizen's mail or a contact brought in - umlauts in the domain (IDN) or before the @
(SMTPUTF8) must reach that address and no other."""

from __future__ import annotations

import email
import time
from datetime import UTC, datetime
from email import policy

from aiosmtpd.controller import Controller

from buergeranfragen.answering.composing import Party, compose_reply
from buergeranfragen.mail.envelope import envelope_of
from buergeranfragen.mail.intake import MailIntake, MailOutcome
from buergeranfragen.mail.transport import SmtpTransport
from tests.smtp_support import Recorder
from tests.support import _free_port
from tests.unit.conversation.test_threading import further
from tests.unit.mail.files import FROM_CITIZEN

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)
OFFICE = Party("nrwdirekt@nrw.de", "Nordrhein-Westfalen direkt")


def reply_to(citizen: Party) -> bytes:
    return compose_reply(
        sender=OFFICE,
        to=citizen,
        subject="AW: Grüße [BA-2026-00001]",
        text="Sehr geehrte Damen und Herren,\n\ndanke.",
        reference="BA-2026-00001",
        now=NOW,
        in_reply_to="m1@example.org",
        references=["m1@example.org"],
        quoted=None,
    ).data


def to_header(data: bytes) -> str:
    message = email.message_from_string(data.decode("utf-8"), policy=policy.default)
    return str(message["To"].addresses[0].addr_spec)


def test_an_umlaut_domain_is_written_as_punycode_not_as_an_encoded_word() -> None:
    data = reply_to(Party("erika@bücher.de", "Erika Ö"))
    assert b"=?utf-8?q?b=C3=BCcher" not in data  # an encoded word is no domain at all
    assert envelope_of(data).recipients == ["erika@xn--bcher-kva.de"]
    assert to_header(data) == "erika@xn--bcher-kva.de"
    # IDNA 2008: "ß" is a letter of its own (straße.de is not strasse.de)
    assert envelope_of(reply_to(Party("info@straße.de"))).recipients == ["info@xn--strae-oqa.de"]


def test_an_umlaut_before_the_at_sign_stays_that_address() -> None:
    """Python writes "jörg@" as "=?utf-8?q?j=C3=B6rg?=@": another mailbox of that domain
    (a catch-all would deliver it to a stranger). The address stays UTF-8 (RFC 6532), so the
    transport asks the server for SMTPUTF8 or refuses."""
    data = reply_to(Party("jörg@example.de", "Jörg Ärger"))
    envelope = envelope_of(data)
    assert envelope.recipients == ["jörg@example.de"]
    assert to_header(data) == "jörg@example.de"


def test_an_umlaut_address_reaches_a_smtputf8_server_as_itself(tmp_path: object) -> None:
    recorder = Recorder()
    port = _free_port()
    controller = Controller(
        recorder, hostname="127.0.0.1", port=port, enable_SMTPUTF8=True, ready_timeout=10
    )
    controller.start()
    try:
        from buergeranfragen.mail.smtp_settings import SmtpSettings

        settings = SmtpSettings(
            host="127.0.0.1",
            port=port,
            security="none",
            username="",
            sender_email="nrwdirekt@nrw.de",
            sender_name="",
        )
        envelope = envelope_of(reply_to(Party("jörg@bücher.de", "Jörg")))
        SmtpTransport(timeout=5).send(
            settings, None, envelope.data, envelope.sender, envelope.recipients
        )
    finally:
        controller.stop()
    [mail] = recorder.mails
    assert mail.recipients == ["jörg@xn--bcher-kva.de"]
    assert "jörg@xn--bcher-kva.de" in mail.data.decode("utf-8")


# -- threading ---------------------------------------------------------------------------------


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("utf-8")


def first_inquiry(intake: MailIntake) -> str:
    report = intake.import_bytes(crlf(FROM_CITIZEN), "erste.eml", "erste.eml")
    assert report.status == MailOutcome.IMPORTED and report.reference
    return report.reference


def test_an_encoded_nul_in_in_reply_to_threads_on_both_databases(intake: MailIntake) -> None:
    """A raw NUL in a header refuses the mail; one inside an RFC 2047 word is decoded into the
    IDs. PostgreSQL refused the whole mail for it (SQLite threaded it): the IDs are cleaned as
    the Message-ID is before they are looked up."""
    reference = first_inquiry(intake)
    for number, header in enumerate(("In-Reply-To", "References")):
        mail = further(
            f"nul{number}@x.org",
            **{
                "in_reply_to" if number == 0 else "references": (
                    "=?utf-8?q?=3Ca=00b@x=3E?= <m1@example.org>"
                )
            },
        )
        report = intake.import_bytes(crlf(mail), header, "antwort.eml")
        assert (report.status, report.reference, report.error) == (
            MailOutcome.THREADED,
            reference,
            None,
        )


def test_a_subject_full_of_references_is_not_looked_up_one_by_one(intake: MailIntake) -> None:
    """60 000 bracketed references (900 KB of subject) took 30-40 s per mail (each compared
    with every one before it, then looked up one by one): a few such mails stall the
    mailbox. Only the first few references of a subject count."""
    first_inquiry(intake)
    subject = " ".join(f"[BA-2025-{i:05d}]" for i in range(60_000)) + " [BA-2026-00001]"
    mail = further("viele@x.org", subject=subject, sender="Fremd <fremd@x.org>")
    started = time.perf_counter()
    report = intake.import_bytes(crlf(mail), "viele", "viele.eml")
    assert report.status == MailOutcome.IMPORTED
    assert report.linked_reference is None  # named after 60 000 others: not read
    assert time.perf_counter() - started < 8


def test_of_several_references_the_one_the_sender_writes_in_wins(intake: MailIntake) -> None:
    """A citizen naming another inquiry's reference before his own: the mail belongs to his
    own (he writes there), not as a new inquiry linked to the stranger's."""
    erika = first_inquiry(intake)
    bernd = intake.import_bytes(
        crlf(
            further(
                "b1@x.org",
                subject="Straßenlaterne",
                sender="Bernd <bernd@example.net>",
            )
        ),
        "bernd",
        "bernd.eml",
    )
    assert bernd.status == MailOutcome.IMPORTED and bernd.reference
    report = intake.import_bytes(
        crlf(
            further(
                "b2@x.org",
                subject=f"AW: wie [{erika}] auch [{bernd.reference}]",
                sender="Bernd <bernd@example.net>",
            )
        ),
        "bernd2",
        "bernd2.eml",
    )
    assert (report.status, report.reference) == (MailOutcome.THREADED, bernd.reference)
