"""The shared database's password (PostgreSQL) in the operating system's keyring, as the
mailbox's and the mail server's: never in the database URL, a settings file or the log. It is
stored per desk with ``buergeranfragen database password`` under the URL's user, server, port
and database, and handed to the driver when the URL names a user but no password. Without a
keyring entry libpq's own ways still work (``~/.pgpass``, a client certificate)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from buergeranfragen.errors import KnownError
from buergeranfragen.mail.passwords import PasswordStore
from buergeranfragen.messages import msg
from buergeranfragen.runtime import log, log_message

DEFAULT_PORT = 5432


@dataclass(frozen=True)
class DatabaseAccount:
    username: str
    host: str
    port: int
    database: str

    @property
    def name(self) -> str:
        return f"{self.database}@{self.host}"


class DatabasePasswords(PasswordStore):
    """The keyring entry of a PostgreSQL database (not that of a mailbox or mail server)."""

    @staticmethod
    def key(account: object) -> str:
        user, host, port, database = (
            getattr(account, n) for n in ("username", "host", "port", "database")
        )
        return f"postgresql://{user}@{host}:{port}/{database}"


def account_of(url: str) -> DatabaseAccount | None:
    """Whose password a URL needs: a PostgreSQL URL with a user; None for SQLite."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None
    if parsed.get_backend_name() != "postgresql" or not parsed.username:
        return None
    return DatabaseAccount(
        parsed.username,
        parsed.host or "localhost",
        parsed.port or DEFAULT_PORT,
        parsed.database or "",
    )


def keyring_password(url: str) -> str | None:
    """The stored password for the URL's account, when the URL itself has none; None when none
    is stored or no keyring can be read (the driver then tries ``~/.pgpass``)."""
    account = account_of(url)
    if account is None or make_url(url).password is not None:
        return None
    try:
        return DatabasePasswords().find(account)
    except KnownError as error:  # no keyring on this desk: libpq's own ways remain
        log.info("database password not read from the keyring: %s", log_message(error.reason))
        return None


def needed_account(url: str) -> DatabaseAccount:
    """The URL's account, or the refusal: a SQLite file, or a URL without a user, has no
    password."""
    account = account_of(url)
    if account is None:
        raise KnownError(
            msg(
                "Ein Passwort gibt es nur für eine PostgreSQL-Datenbank mit Benutzernamen in der "
                "Adresse (postgresql+psycopg://BENUTZER@SERVER/DATENBANK)."
            )
        )
    return account


def store_password(url: str, password: str) -> DatabaseAccount:
    """Keep ``password`` in this desk's keyring for the URL's database."""
    account = needed_account(url)
    if not password:
        raise KnownError(msg("Bitte ein Passwort eingeben."))
    DatabasePasswords().set(account, password)
    return account
