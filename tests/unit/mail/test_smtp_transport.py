"""Sending through a real SMTP server on loopback (aiosmtpd): plain, STARTTLS, implicit TLS."""

from __future__ import annotations

import socket

import pytest

from buergeranfragen.mail.transport import SendFailed, SmtpTransport
from tests.smtp_support import PASSWORD, USER, SmtpServer
from tests.support import _free_port

MAIL = (
    "From: Pressestelle <pressestelle@nrw.de>\r\n"
    "To: Frau Çelik <celik@beispiel.de>\r\n"
    "Subject: =?utf-8?q?AW=3A_Stra=C3=9Fenlaterne_=5BBA-2026-00123=5D?=\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
    "Sehr geehrte Frau Çelik,\r\n.\r\n..Punkt am Anfang\r\nGrüße\r\n"
).encode()


@pytest.fixture
def transport() -> SmtpTransport:
    return SmtpTransport(timeout=5, local_hostname="desk.test")


def test_plain_with_a_utf8_password_delivers_the_bytes_unchanged(
    plain_smtp: SmtpServer, transport: SmtpTransport
) -> None:
    result = transport.send(
        plain_smtp.settings(), PASSWORD, MAIL, "pressestelle@nrw.de", ["celik@beispiel.de"]
    )
    assert result.refused == {}
    assert plain_smtp.recorder.logins == [(USER.encode(), PASSWORD.encode())]
    [mail] = plain_smtp.mails
    assert mail.sender == "pressestelle@nrw.de"
    assert mail.recipients == ["celik@beispiel.de"]
    assert mail.data == MAIL  # dot-stuffing undone, 8 bit kept, nothing rewritten


def test_an_ascii_password_goes_by_smtplib_login(plain_smtp: SmtpServer) -> None:
    with pytest.raises(SendFailed) as refused:
        SmtpTransport(timeout=5).send(plain_smtp.settings(), "falsch", MAIL, "a@nrw.de", ["b@x.de"])
    assert not refused.value.permanent  # a wrong password: fixed in the settings, then sent
    assert "Anmeldung abgelehnt" in str(refused.value)
    assert "falsch" not in str(refused.value)
    assert plain_smtp.mails == []


def test_a_wrong_utf8_password_is_refused_and_never_shown(
    plain_smtp: SmtpServer, transport: SmtpTransport
) -> None:
    wrong = "Fälschung-ß"
    with pytest.raises(SendFailed) as refused:
        transport.send(plain_smtp.settings(), wrong, MAIL, "a@nrw.de", ["b@x.de"])
    assert plain_smtp.recorder.logins == [(USER.encode(), wrong.encode())]
    assert "127.0.0.1" in str(refused.value) and wrong not in str(refused.value)


def test_no_login_without_a_user_name(plain_smtp: SmtpServer, transport: SmtpTransport) -> None:
    transport.send(plain_smtp.settings(username=""), None, MAIL, "a@nrw.de", ["b@x.de"])
    assert plain_smtp.recorder.logins == [] and len(plain_smtp.mails) == 1


def test_a_refused_recipient_is_permanent_and_a_partial_refusal_is_reported(
    plain_smtp: SmtpServer, transport: SmtpTransport
) -> None:
    plain_smtp.recorder.refuse["weg@beispiel.de"] = "550 5.1.1 Unbekannter Empfänger"
    with pytest.raises(SendFailed) as refused:
        transport.send(plain_smtp.settings(), PASSWORD, MAIL, "a@nrw.de", ["weg@beispiel.de"])
    assert refused.value.permanent
    assert "weg@beispiel.de: 550 5.1.1 Unbekannter Empfänger" in str(refused.value)
    result = transport.send(
        plain_smtp.settings(), PASSWORD, MAIL, "a@nrw.de", ["weg@beispiel.de", "da@beispiel.de"]
    )
    assert list(result.refused) == ["weg@beispiel.de"]
    assert [m.recipients for m in plain_smtp.mails] == [["da@beispiel.de"]]


def test_a_busy_server_is_temporary(plain_smtp: SmtpServer, transport: SmtpTransport) -> None:
    plain_smtp.recorder.busy = 1
    with pytest.raises(SendFailed) as busy:
        transport.send(plain_smtp.settings(), PASSWORD, MAIL, "a@nrw.de", ["b@x.de"])
    assert not busy.value.permanent and "451" in str(busy.value)


def test_a_server_that_is_down_is_temporary(transport: SmtpTransport) -> None:
    from buergeranfragen.mail.smtp_settings import SmtpSettings

    settings = SmtpSettings("127.0.0.1", "a@nrw.de", port=_free_port(), security="none")
    with pytest.raises(SendFailed) as down:
        transport.send(settings, None, MAIL, "a@nrw.de", ["b@x.de"])
    assert not down.value.permanent
    assert str(down.value).startswith(
        f"Der Postausgangsserver 127.0.0.1:{settings.port} ist nicht erreichbar"
    )


def test_a_silent_server_times_out() -> None:
    from buergeranfragen.mail.smtp_settings import SmtpSettings

    with socket.socket() as listener:  # accepts, never greets
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        settings = SmtpSettings("127.0.0.1", "a@nrw.de", port=port, security="none")
        with pytest.raises(SendFailed) as silent:
            SmtpTransport(timeout=0.3).send(settings, None, MAIL, "a@nrw.de", ["b@x.de"])
    assert not silent.value.permanent


def test_starttls_checks_the_certificate_and_then_sends(
    starttls_smtp: SmtpServer, transport: SmtpTransport, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(SendFailed) as untrusted:  # nobody vouches for the certificate
        transport.send(starttls_smtp.settings(), PASSWORD, MAIL, "a@nrw.de", ["b@x.de"])
    assert "CERTIFICATE_VERIFY_FAILED" in str(untrusted.value)
    assert not untrusted.value.permanent
    assert starttls_smtp.recorder.logins == []  # nothing said before the check
    monkeypatch.setenv("SSL_CERT_FILE", str(starttls_smtp.certificate))  # the office's own CA
    transport.send(starttls_smtp.settings(), PASSWORD, MAIL, "a@nrw.de", ["b@x.de"])
    assert [m.data for m in starttls_smtp.mails] == [MAIL]
    assert starttls_smtp.recorder.logins == [(USER.encode(), PASSWORD.encode())]


def test_starttls_is_required_when_chosen(plain_smtp: SmtpServer, transport: SmtpTransport) -> None:
    with pytest.raises(SendFailed) as refused:
        transport.send(
            plain_smtp.settings(security="starttls"), PASSWORD, MAIL, "a@nrw.de", ["b@x.de"]
        )
    assert "STARTTLS" in str(refused.value)
    assert plain_smtp.recorder.logins == [] and plain_smtp.mails == []  # password kept back


def test_implicit_tls(
    tls_smtp: SmtpServer, transport: SmtpTransport, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_smtp.certificate))
    transport.send(tls_smtp.settings(), PASSWORD, MAIL, "a@nrw.de", ["b@x.de"])
    assert [m.data for m in tls_smtp.mails] == [MAIL]


def test_the_connection_check_sends_nothing(
    plain_smtp: SmtpServer, transport: SmtpTransport
) -> None:
    transport.check(plain_smtp.settings(), PASSWORD)
    assert plain_smtp.recorder.logins == [(USER.encode(), PASSWORD.encode())]
    assert plain_smtp.mails == []
