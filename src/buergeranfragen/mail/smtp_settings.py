"""The outgoing mail server (SMTP): one setting every desk on the database shares (table
``office_settings``, key ``smtp``, JSON), changed only by the Administration (audited). The
password is never in the database: it lives in the operating system's keyring of each desk
(``passwords``, key ``smtp://user@host:port``), as for the IMAP mailboxes. An empty user name
means the server takes mail without a login (then there is no password).

``security``: ``tls`` (implicit TLS, port 465), ``starttls`` (port 587; the server must offer
it) or ``none`` (only with ``allow_plaintext``: password and mail unencrypted on the network)."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass

from buergeranfragen.clock import Clock
from buergeranfragen.contacts.emails import EmailError, normalise_email
from buergeranfragen.db.engine import SessionFactory, reading, transaction
from buergeranfragen.db.models import OfficeSetting
from buergeranfragen.errors import FieldError, KnownError, ValidationFailed
from buergeranfragen.mail.imap import SECURITY_CHOICES
from buergeranfragen.mail.passwords import PasswordStore
from buergeranfragen.messages import msg
from buergeranfragen.organisation.repository import read_office_setting, write_office_setting
from buergeranfragen.organisation.roles import Action
from buergeranfragen.organisation.service import _acting as acting

SMTP_KEY = "smtp"  # the office setting with the outgoing server
DEFAULT_PORTS = {"tls": 465, "starttls": 587, "none": 25}
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    sender_email: str
    port: int = 587
    security: str = "starttls"
    username: str = ""  # empty: the server takes mail without a login
    sender_name: str = ""

    @property
    def name(self) -> str:
        """How messages name the server."""
        return f"{self.host}:{self.port}"

    @property
    def needs_login(self) -> bool:
        return bool(self.username)

    def to_json(self) -> dict[str, object]:
        return asdict(self)


class SmtpPasswords(PasswordStore):
    """The keyring entry of the outgoing server (not that of an IMAP mailbox)."""

    @staticmethod
    def key(account: object) -> str:
        user, host, port = (getattr(account, n) for n in ("username", "host", "port"))
        return f"smtp://{user}@{host}:{port}"


def _control(text: str) -> bool:
    return any(ord(c) < 32 or ord(c) == 127 for c in text)


def validate(settings: SmtpSettings, allow_plaintext: bool = False) -> SmtpSettings:
    """The settings tidied (address normalised, blanks trimmed), or ``ValidationFailed`` with
    one German message per bad field."""
    errors = []
    host = settings.host.strip()
    if not host or any(c.isspace() for c in host) or _control(host):
        errors.append(FieldError("host", msg("Bitte den Servernamen angeben (z. B. smtp.nrw.de).")))
    if not 1 <= settings.port <= 65535:
        errors.append(FieldError("port", msg("Der Port muss zwischen 1 und 65535 liegen.")))
    if settings.security not in SECURITY_CHOICES:
        errors.append(FieldError("security", msg("Verschlüsselung: tls, starttls oder none.")))
    elif settings.security == "none" and not allow_plaintext:
        errors.append(
            FieldError(
                "security",
                msg(
                    "Ohne Verschlüsselung gehen Passwort und Mails lesbar über das Netz; "
                    "das muss ausdrücklich bestätigt werden."
                ),
            )
        )
    username = settings.username.strip()
    if _control(username):
        errors.append(FieldError("username", msg("Der Benutzername enthält Steuerzeichen.")))
    sender = settings.sender_email
    try:
        sender = normalise_email(settings.sender_email)
    except EmailError as exc:
        errors.append(FieldError("sender_email", exc.reason))
    sender_name = " ".join(settings.sender_name.split())
    if _control(sender_name):
        errors.append(FieldError("sender_name", msg("Der Absendername enthält Steuerzeichen.")))
    if errors:
        raise ValidationFailed(errors)
    return SmtpSettings(
        host=host,
        sender_email=sender,
        port=settings.port,
        security=settings.security,
        username=username,
        sender_name=sender_name,
    )


def settings_from_json(value: str) -> SmtpSettings | None:
    """The stored settings; None (logged) when the stored value cannot be read."""
    try:
        data = json.loads(value)
        return SmtpSettings(
            host=str(data["host"]),
            sender_email=str(data["sender_email"]),
            port=int(data["port"]),
            security=str(data["security"]),
            username=str(data.get("username", "")),
            sender_name=str(data.get("sender_name", "")),
        )
    except (ValueError, KeyError, TypeError):
        log.warning("stored SMTP settings unreadable")
        return None


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeError:
        return False
    return True


class SmtpSettingsService:
    def __init__(
        self,
        session_factory: SessionFactory,
        clock: Clock,
        actor: str,
        passwords: PasswordStore | None = None,
    ) -> None:
        self._factory = session_factory
        self._clock = clock
        self._actor = actor
        self.passwords = passwords or SmtpPasswords()

    def show(self) -> SmtpSettings | None:
        """The office's outgoing server, or None when none is set up."""
        with reading(self._factory) as session:
            value = read_office_setting(session, SMTP_KEY)
        return None if value is None else settings_from_json(value)

    def set(
        self, settings: SmtpSettings, password: str | None, allow_plaintext: bool = False
    ) -> SmtpSettings:
        """Store the outgoing server for the whole office (Administration only; audited) and
        ``password`` in this desk's keyring. ``password`` None keeps the stored one (there
        must be one when the server needs a login)."""
        clean = validate(settings, allow_plaintext)
        if password is not None and not _encodable(password):
            raise ValidationFailed(
                [
                    FieldError(
                        "password",
                        msg(
                            "Das Passwort enthält Zeichen, die kein gültiger Text sind (etwa "
                            "aus einer Eingabe, die nicht UTF-8 ist). Bitte erneut eingeben."
                        ),
                    )
                ]
            )
        now = self._clock()
        with transaction(self._factory) as session:
            acting(session, self._actor, now, Action.EDIT_MAIL_SETTINGS)
            row = session.get(OfficeSetting, SMTP_KEY)
            before = None if row is None else settings_from_json(row.value)
            if clean.needs_login:
                secret = password
                if not secret and before is not None and before.needs_login:
                    secret = None if self.passwords.find(clean) else self.passwords.find(before)
                if secret:  # a new one, or the one of the former server, user or port
                    self.passwords.set(clean, secret)
                elif self.passwords.find(clean) is None:
                    raise ValidationFailed(
                        [FieldError("password", msg("Bitte das Passwort angeben."))]
                    )
            value = json.dumps(clean.to_json(), ensure_ascii=False, sort_keys=True)
            write_office_setting(
                session,
                SMTP_KEY,
                value,
                now,
                self._actor,
                {
                    "before": None if before is None else before.to_json(),
                    "after": clean.to_json(),
                    "password_given": bool(password),
                },
            )
        if (
            before is not None
            and before.needs_login
            and self.passwords.key(before) != self.passwords.key(clean)
        ):
            self.passwords.delete(before)
        return clean

    def password(self, settings: SmtpSettings) -> str | None:
        """This desk's password for ``settings`` (None without a login). Raises a KnownError
        when the server needs one and none is stored here."""
        if not settings.needs_login:
            return None
        found = self.passwords.find(settings)
        if found is None:
            raise KnownError(
                msg(
                    "Für den Postausgangsserver {server} ist auf diesem Rechner kein Passwort "
                    "im Schlüsselbund gespeichert. Bitte unter Extras → Postausgang (SMTP) "
                    "eingeben.",
                    server=settings.name,
                )
            )
        return found

    def has_password(self, settings: SmtpSettings) -> bool:
        """Whether this desk can log in to ``settings``' server (no login needed, or a
        password in its keyring)."""
        if not settings.needs_login:
            return True
        try:
            return self.passwords.find(settings) is not None
        except KnownError:
            return False

    def store_password(self, password: str) -> None:
        """Keep ``password`` of the office's server in this desk's keyring (every desk needs
        it there to send; the settings themselves stay the Administration's)."""
        settings = self.show()
        if settings is None or not settings.needs_login:
            raise KnownError(msg("Es ist kein Postausgangsserver mit Anmeldung eingerichtet."))
        if not password or not _encodable(password):
            raise ValidationFailed([FieldError("password", msg("Bitte das Passwort angeben."))])
        self.passwords.set(settings, password)
