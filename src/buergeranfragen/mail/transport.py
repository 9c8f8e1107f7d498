"""Handing a finished mail (its exact bytes) to the outgoing server over SMTP.

``tls`` connects with implicit TLS (port 465), ``starttls`` switches to TLS before anything else
is said and refuses to go on when the server does not offer it, ``none`` sends in the clear (the
settings only allow it when confirmed). The server's certificate is checked against the
system's certificate authorities (``ssl.create_default_context``; an office CA is added to the
system, or named with ``SSL_CERT_FILE``). A password of any characters works: smtplib's own
login sends ASCII only, so other passwords go by AUTH PLAIN (or LOGIN) in UTF-8.

A failure raises ``SendFailed``: ``permanent`` when the server refused this mail for good (a 5xx
answer to the sender, a recipient or the data: sending it again as it is will not help), else
temporary (no connection, time-out, 4xx, a refused login): the outbox tries again later. No
reason names the password."""

from __future__ import annotations

import base64
import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field

from buergeranfragen.errors import KnownError
from buergeranfragen.mail.smtp_settings import SmtpSettings
from buergeranfragen.messages import Message, msg

SMTP_TIMEOUT_S = 60.0


class SendFailed(KnownError):
    def __init__(self, reason: Message, permanent: bool) -> None:
        super().__init__(reason)
        self.permanent = permanent


@dataclass(frozen=True)
class SendResult:
    """The server took the mail; ``refused`` names recipients it did not take (with its
    answer) while it took the others."""

    refused: dict[str, str] = field(default_factory=dict)


def _reply(code: int, text: bytes | str, password: str | None) -> str:
    shown = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    shown = " ".join(shown.split())
    if password:
        shown = shown.replace(password, "***")
    return f"{code} {shown}".strip()


def _scrub(text: str, password: str | None) -> str:
    return text.replace(password, "***") if password else text


class SmtpTransport:
    def __init__(
        self,
        timeout: float = SMTP_TIMEOUT_S,
        context: Callable[[], ssl.SSLContext] = ssl.create_default_context,
        local_hostname: str | None = None,
    ) -> None:
        self.timeout = timeout
        self._context = context
        self._local_hostname = local_hostname

    def send(
        self,
        settings: SmtpSettings,
        password: str | None,
        data: bytes,
        sender: str,
        recipients: list[str],
    ) -> SendResult:
        server = settings.name
        try:
            connection = self._connect(settings)
        except (OSError, smtplib.SMTPException) as exc:
            raise SendFailed(
                msg(
                    "Der Postausgangsserver {server} ist nicht erreichbar ({reason}); die Mail "
                    "bleibt im Postausgang und wird später erneut gesendet.",
                    server=server,
                    reason=_scrub(str(exc) or type(exc).__name__, password),
                ),
                permanent=False,
            ) from None
        try:
            return self._session(connection, settings, password, data, sender, recipients)
        except SendFailed:
            raise
        except smtplib.SMTPRecipientsRefused as exc:
            answers = {r: _reply(c, t, password) for r, (c, t) in exc.recipients.items()}
            permanent = all(c >= 500 for c, _t in exc.recipients.values())
            raise SendFailed(
                msg(
                    "Der Postausgangsserver {server} hat die Empfänger abgelehnt: {answers}",
                    server=server,
                    answers="; ".join(f"{r}: {a}" for r, a in answers.items()),
                ),
                permanent=permanent,
            ) from None
        except smtplib.SMTPAuthenticationError as exc:
            raise SendFailed(
                msg(
                    "Der Postausgangsserver {server} hat die Anmeldung abgelehnt ({reply}). "
                    "Bitte Benutzername und Passwort prüfen.",
                    server=server,
                    reply=_reply(exc.smtp_code, exc.smtp_error, password),
                ),
                permanent=False,
            ) from None
        except smtplib.SMTPResponseException as exc:
            raise SendFailed(
                msg(
                    "Der Postausgangsserver {server} hat die Mail abgelehnt: {reply}",
                    server=server,
                    reply=_reply(exc.smtp_code, exc.smtp_error, password),
                ),
                permanent=exc.smtp_code >= 500,
            ) from None
        except (OSError, smtplib.SMTPException) as exc:  # time-out, TLS, connection lost
            raise SendFailed(
                msg(
                    "Die Verbindung zum Postausgangsserver {server} brach ab ({reason}); die "
                    "Mail bleibt im Postausgang und wird später erneut gesendet.",
                    server=server,
                    reason=_scrub(str(exc) or type(exc).__name__, password),
                ),
                permanent=False,
            ) from None
        finally:
            try:
                connection.quit()
            except Exception:  # noqa: BLE001 - the connection may be gone already
                connection.close()

    def check(self, settings: SmtpSettings, password: str | None) -> None:
        """Connect, switch to TLS and log in, send nothing ("Verbindung testen"). Raises
        ``SendFailed`` as ``send`` does."""
        self.send(settings, password, b"", "", [])

    def _connect(self, settings: SmtpSettings) -> smtplib.SMTP:
        if settings.security == "tls":
            return smtplib.SMTP_SSL(
                settings.host,
                settings.port,
                local_hostname=self._local_hostname,
                timeout=self.timeout,
                context=self._context(),
            )
        return smtplib.SMTP(
            settings.host, settings.port, local_hostname=self._local_hostname, timeout=self.timeout
        )

    def _session(
        self,
        connection: smtplib.SMTP,
        settings: SmtpSettings,
        password: str | None,
        data: bytes,
        sender: str,
        recipients: list[str],
    ) -> SendResult:
        connection.ehlo()
        if settings.security == "starttls":
            if not connection.has_extn("starttls"):
                raise SendFailed(
                    msg(
                        "Der Postausgangsserver {server} bietet keine Verschlüsselung "
                        "(STARTTLS) an; es wird nichts unverschlüsselt gesendet. Bitte die "
                        "Einstellungen prüfen.",
                        server=settings.name,
                    ),
                    permanent=False,
                )
            connection.starttls(context=self._context())
            connection.ehlo()
        if settings.username:
            login(connection, settings.username, password or "")
        if not recipients:
            return SendResult()
        options = []
        if not data.isascii() and connection.has_extn("8bitmime"):
            options.append("BODY=8BITMIME")
        if not (sender + "".join(recipients)).isascii():
            if not connection.has_extn("smtputf8"):
                raise SendFailed(
                    msg(
                        "Der Postausgangsserver {server} nimmt keine Adressen mit Umlauten "
                        "(SMTPUTF8) an.",
                        server=settings.name,
                    ),
                    permanent=True,
                )
            options.append("SMTPUTF8")
        refused = connection.sendmail(sender, recipients, data, mail_options=options)
        return SendResult({r: _reply(c, t, password) for r, (c, t) in refused.items()})


def login(connection: smtplib.SMTP, user: str, password: str) -> None:
    """Log in with a password of any characters. smtplib's login encodes as ASCII, so a user
    name or password with other characters goes by AUTH PLAIN (RFC 4616) or, where the server
    offers only that, AUTH LOGIN, both in UTF-8. Raises ``SMTPAuthenticationError``."""
    if (user + password).isascii():
        connection.login(user, password)
        return
    offered = (connection.esmtp_features.get("auth") or "").upper().split()
    if "PLAIN" in offered:
        token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode())
        code, answer = connection.docmd("AUTH", "PLAIN " + token.decode("ascii"))
    elif "LOGIN" in offered:
        code, answer = connection.docmd(
            "AUTH", "LOGIN " + base64.b64encode(user.encode()).decode("ascii")
        )
        if code == 334:
            code, answer = connection.docmd(base64.b64encode(password.encode()).decode("ascii"))
    else:
        raise smtplib.SMTPAuthenticationError(
            504, b"no AUTH PLAIN or LOGIN for a password with non-ASCII characters"
        )
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, answer)
