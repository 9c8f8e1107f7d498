"""A real SMTP server on loopback for the sending tests (aiosmtpd): plain with AUTH, STARTTLS
or implicit TLS with a throwaway certificate for 127.0.0.1 made here (``cryptography``). It
records every mail it takes (envelope and the bytes as they arrived) and every login; it can
refuse chosen recipients (550) or answer 451 for a while."""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from buergeranfragen.mail.smtp_settings import SmtpSettings
from tests.support import _free_port

USER = "pressestelle"
PASSWORD = "Grüße-äöü-ß-€"  # not ASCII: smtplib's own login cannot send it


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate (its own CA) for 127.0.0.1 and localhost, valid two days."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test-SMTP")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@dataclass(frozen=True)
class Received:
    sender: str
    recipients: list[str]
    data: bytes


@dataclass
class Recorder:
    mails: list[Received] = field(default_factory=list)
    logins: list[tuple[bytes, bytes]] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)  # recipient → answer
    busy: int = 0  # answer 451 to the next this many mails
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802 - aiosmtpd's hook name
        self, server: Any, session: Any, envelope: Any
    ) -> str:
        with self.lock:
            if self.busy > 0:
                self.busy -= 1
                return "451 4.3.0 Bitte später erneut versuchen"
            self.mails.append(
                Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)
            )
        return "250 Message accepted"

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        if not isinstance(data, LoginPassword):
            return AuthResult(success=False, handled=False)
        self.logins.append((data.login, data.password))
        ok = data.login == USER.encode() and data.password == PASSWORD.encode()
        return AuthResult(success=ok, handled=False)


class SmtpServer:
    """``mode``: "none" (plain, AUTH allowed without TLS), "starttls" (STARTTLS required
    before AUTH and MAIL) or "tls" (implicit TLS)."""

    def __init__(self, mode: str, certificate: tuple[Path, Path] | None = None) -> None:
        self.mode = mode
        self.recorder = Recorder()
        self.port = _free_port()
        self.certificate = certificate[0] if certificate else None
        context = None
        if certificate is not None:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(str(certificate[0]), str(certificate[1]))
        kwargs: dict[str, Any] = {
            "authenticator": self.recorder.authenticate,
            "auth_require_tls": mode == "starttls",
            "decode_data": False,
        }
        if mode == "starttls":
            kwargs.update(tls_context=context, require_starttls=True)
        if mode == "tls":
            kwargs["ssl_context"] = context
        self.controller = Controller(
            self.recorder, hostname="127.0.0.1", port=self.port, ready_timeout=10, **kwargs
        )
        self.controller.start()

    def settings(self, **extra: Any) -> SmtpSettings:
        values: dict[str, Any] = {
            "host": "127.0.0.1",
            "port": self.port,
            "security": self.mode,
            "username": USER,
            "sender_email": "pressestelle@nrw.de",
            "sender_name": "Pressestelle",
        }
        values.update(extra)
        return SmtpSettings(**values)

    @property
    def mails(self) -> list[Received]:
        return self.recorder.mails

    def stop(self) -> None:
        self.controller.stop()
