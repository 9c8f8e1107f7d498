"""The outbox on a real SMTP server (aiosmtpd): each mail once per click, failures kept with
the reason and retried, a desk stopped mid-send leaves an "unclear" mail that is not resent
unasked, two desks retrying at once (PostgreSQL) send nothing twice."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from email import message_from_bytes

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.conversation.records import SendState
from buergeranfragen.db.migrate import Database, open_database
from buergeranfragen.mail.intake import MailIntake
from buergeranfragen.mail.outbox import Outbox
from buergeranfragen.mail.smtp_settings import SmtpSettings, SmtpSettingsService
from buergeranfragen.mail.transport import SendResult, SmtpTransport
from tests.conftest import ACTOR, MemoryKeyring
from tests.outbox_support import an_inquiry, reply_bytes, row_state, store_outgoing
from tests.smtp_support import PASSWORD, SmtpServer
from tests.support import PostgresServer, _free_port


@pytest.fixture
def smtp(
    database: Database, clock: FixedClock, memory_keyring: MemoryKeyring, plain_smtp: SmtpServer
) -> SmtpSettingsService:
    service = SmtpSettingsService(database.session_factory, clock, ACTOR)
    service.set(plain_smtp.settings(), PASSWORD, allow_plaintext=True)
    return service


@pytest.fixture
def outbox(database: Database, clock: FixedClock, smtp: SmtpSettingsService) -> Outbox:
    return Outbox(
        database.session_factory, clock, ACTOR, smtp, SmtpTransport(timeout=5, local_hostname="t")
    )


@pytest.fixture
def inquiry_id(intake: MailIntake, database: Database) -> int:
    return an_inquiry(intake, database.session_factory)


def test_a_mail_is_sent_once_per_click_without_its_bcc(
    database: Database,
    clock: FixedClock,
    outbox: Outbox,
    plain_smtp: SmtpServer,
    inquiry_id: int,
) -> None:
    data = reply_bytes(bcc="leitung@nrw.de")
    row_id = store_outgoing(database.session_factory, clock, inquiry_id, data)
    result = outbox.deliver(row_id)
    assert result.state is SendState.SENT and result.sent_now and result.reason is None
    [mail] = plain_smtp.mails
    assert mail.sender == "pressestelle@nrw.de"
    assert mail.recipients == ["celik@beispiel.de", "leitung@nrw.de"]
    assert b"Bcc" not in mail.data and b"leitung" not in mail.data
    assert mail.data == data.replace(b"Bcc: leitung@nrw.de\r\n", b"")
    arrived = message_from_bytes(mail.data)
    assert arrived["Subject"] == "AW: Laterne [BA-2026-00001] Nr. 1"
    assert row_state(database.session_factory, row_id) == ("sent", 1)

    again = outbox.deliver(row_id)  # a second click, or the same call repeated
    assert again.state is SendState.SENT and not again.sent_now
    assert len(plain_smtp.mails) == 1
    assert outbox.entries() == [] and outbox.waiting() == 0


def test_a_server_that_is_down_keeps_the_mail_until_a_retry_sends_it_once(
    database: Database,
    clock: FixedClock,
    smtp: SmtpSettingsService,
    outbox: Outbox,
    plain_smtp: SmtpServer,
    inquiry_id: int,
) -> None:
    up = plain_smtp.settings()
    down = SmtpSettings(**{**up.to_json(), "port": _free_port()})  # type: ignore[arg-type]
    smtp.set(down, PASSWORD, allow_plaintext=True)
    row_id = store_outgoing(database.session_factory, clock, inquiry_id, reply_bytes())
    result = outbox.deliver(row_id)
    assert result.state is SendState.FAILED and not result.permanent
    assert str(result.reason).startswith(f"Der Postausgangsserver 127.0.0.1:{down.port} ist")
    [entry] = outbox.entries()
    assert (entry.id, entry.reference, entry.state, entry.attempts) == (
        row_id,
        "BA-2026-00001",
        SendState.FAILED,
        1,
    )
    assert entry.reason == result.reason  # kept as a message (translated in the window)
    assert entry.to_json()["reason"] == str(result.reason)
    assert outbox.waiting() == 1

    assert [r.state for r in outbox.retry().results] == [SendState.FAILED]  # still down
    smtp.set(up, None, allow_plaintext=True)  # the password stays in the keyring
    clock.now += timedelta(minutes=5)
    report = outbox.retry()
    assert [(r.message_row_id, r.state, r.sent_now) for r in report.results] == [
        (row_id, SendState.SENT, True)
    ]
    assert len(plain_smtp.mails) == 1
    assert outbox.retry().results == []  # nothing waits: nothing sent again
    assert len(plain_smtp.mails) == 1
    assert row_state(database.session_factory, row_id) == ("sent", 3)


def test_a_refused_recipient_stays_in_the_outbox_and_is_not_retried_unasked(
    database: Database,
    clock: FixedClock,
    outbox: Outbox,
    plain_smtp: SmtpServer,
    inquiry_id: int,
) -> None:
    plain_smtp.recorder.refuse["celik@beispiel.de"] = "550 5.1.1 Unbekannt"
    row_id = store_outgoing(database.session_factory, clock, inquiry_id, reply_bytes())
    result = outbox.deliver(row_id)
    assert result.state is SendState.FAILED and result.permanent
    assert "celik@beispiel.de: 550 5.1.1 Unbekannt" in str(result.reason)
    assert outbox.retry().results == []
    [entry] = outbox.entries()
    assert entry.permanent and entry.state is SendState.FAILED
    del plain_smtp.recorder.refuse["celik@beispiel.de"]
    assert outbox.resend(row_id).state is SendState.SENT  # the clerk asked
    assert len(plain_smtp.mails) == 1


def test_without_server_settings_the_mail_waits(
    database: Database, clock: FixedClock, inquiry_id: int, memory_keyring: MemoryKeyring
) -> None:
    outbox = Outbox(
        database.session_factory,
        clock,
        ACTOR,
        SmtpSettingsService(database.session_factory, clock, ACTOR),
    )
    row_id = store_outgoing(database.session_factory, clock, inquiry_id, reply_bytes())
    result = outbox.deliver(row_id)
    assert result.state is SendState.FAILED and not result.permanent
    assert "kein Postausgangsserver eingerichtet" in str(result.reason)


class Killed(BaseException):
    """The desk stops (power cut, kill) right after the server took the mail."""


class SendsThenDies(SmtpTransport):
    def send(self, *args: object, **kwargs: object) -> SendResult:
        super().send(*args, **kwargs)  # type: ignore[arg-type]
        raise Killed


def test_a_desk_stopped_mid_send_leaves_an_unclear_mail_that_is_not_resent_unasked(
    database: Database,
    clock: FixedClock,
    smtp: SmtpSettingsService,
    outbox: Outbox,
    plain_smtp: SmtpServer,
    inquiry_id: int,
) -> None:
    dying = Outbox(database.session_factory, clock, ACTOR, smtp, SendsThenDies(timeout=5))
    first = store_outgoing(database.session_factory, clock, inquiry_id, reply_bytes(1))
    second = store_outgoing(database.session_factory, clock, inquiry_id, reply_bytes(2))
    for row_id in (first, second):
        with pytest.raises(Killed):
            dying.deliver(row_id)
    assert len(plain_smtp.mails) == 2
    assert row_state(database.session_factory, first) == ("sending", 1)

    assert outbox.retry().results == []  # maybe still sending: left alone
    assert outbox.deliver(first).state is SendState.SENDING  # a click meanwhile: nothing
    clock.now += outbox.stale_after + timedelta(seconds=1)
    report = outbox.retry()
    assert sorted(report.unclear) == [first, second] and report.results == []
    assert outbox.retry().results == [] and outbox.deliver(first).state is SendState.UNCLEAR
    assert len(plain_smtp.mails) == 2  # nothing sent twice
    assert [e.state for e in outbox.entries()] == [SendState.UNCLEAR] * 2

    assert outbox.resend(first).sent_now  # the clerk checked: it did not arrive
    outbox.mark_sent(second)  # the clerk found it in the sent folder
    assert len(plain_smtp.mails) == 3
    assert outbox.entries() == []


def test_a_mail_stored_but_never_handed_over_is_sent_by_the_retry(
    database: Database,
    clock: FixedClock,
    outbox: Outbox,
    plain_smtp: SmtpServer,
    inquiry_id: int,
) -> None:
    row_id = store_outgoing(database.session_factory, clock, inquiry_id, reply_bytes())
    assert outbox.retry().results == []  # the desk that stored it is about to send it
    clock.now += outbox.stale_after + timedelta(seconds=1)
    assert [r.state for r in outbox.retry().results] == [SendState.SENT]
    assert outbox.deliver(row_id).state is SendState.SENT  # the late desk sends nothing
    assert len(plain_smtp.mails) == 1


@pytest.fixture
def pg_database(postgres_server: PostgresServer, clock: FixedClock) -> Iterator[Database]:
    db = open_database(postgres_server.migrated_database(), clock)
    yield db
    db.close()


class Slow(SmtpTransport):
    def send(self, *args: object, **kwargs: object) -> SendResult:
        threading.Event().wait(0.005)  # long enough for the other desk to catch up
        return super().send(*args, **kwargs)  # type: ignore[arg-type]


@pytest.mark.postgres
def test_two_desks_retrying_at_once_send_each_mail_once(
    pg_database: Database,
    clock: FixedClock,
    memory_keyring: MemoryKeyring,
    plain_smtp: SmtpServer,
) -> None:
    factory = pg_database.session_factory
    SmtpSettingsService(factory, clock, ACTOR).set(
        plain_smtp.settings(), PASSWORD, allow_plaintext=True
    )
    inquiry = an_inquiry(MailIntake(_inquiries(pg_database, clock), clock), factory)
    rows = [
        store_outgoing(factory, clock, inquiry, reply_bytes(n), state="failed", attempts=1)
        for n in range(12)
    ]
    other = open_database(pg_database.url, clock)  # the second desk: its own connections
    try:
        desks = [
            Outbox(
                db.session_factory,
                clock,
                ACTOR,
                SmtpSettingsService(db.session_factory, clock, ACTOR),
                Slow(timeout=5),
            )
            for db in (pg_database, other)
        ]
        start = threading.Barrier(2)
        sent: list[list[int]] = [[], []]

        def run(n: int) -> None:
            start.wait()
            sent[n] = [r.message_row_id for r in desks[n].retry().results if r.sent_now]

        threads = [threading.Thread(target=run, args=(n,)) for n in (0, 1)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        other.close()
    assert sorted(sent[0] + sent[1]) == rows
    subjects = sorted(str(message_from_bytes(m.data)["Subject"]) for m in plain_smtp.mails)
    assert subjects == sorted(f"AW: Laterne [BA-2026-00001] Nr. {n}" for n in range(12))


def _inquiries(database: Database, clock: FixedClock):  # type: ignore[no-untyped-def]
    from buergeranfragen.inquiries.service import InquiryService

    return InquiryService(database.session_factory, clock, ACTOR)
