"""Mailbox passwords live in the operating system's keyring (Secret Service, macOS Keychain,
Windows Credential Locker) through the keyring package; never in the database or a settings
file. A keyring backend that keeps passwords unencrypted in a file (``keyrings.alt``'s
PlaintextKeyring and the like) is refused, naming the file. No message names the password."""

from __future__ import annotations

from typing import Any, Protocol

from buergeranfragen.errors import KnownError
from buergeranfragen.messages import msg

KEYRING_SERVICE = "buergeranfragen"


class MailboxAccount(Protocol):
    """What identifies a mailbox's password: its name (for messages), user, server and port."""

    @property
    def name(self) -> str: ...
    @property
    def username(self) -> str: ...
    @property
    def host(self) -> str: ...
    @property
    def port(self) -> int: ...


def _writer(backend: Any) -> Any:
    """The backend that stores a new password (a chain writes to its first)."""
    chained = getattr(backend, "backends", None)
    if isinstance(chained, (list, tuple)) and chained:
        return chained[0]
    return backend


def unencrypted_file(backend: Any) -> str | None:
    """Where a backend keeps passwords unencrypted (a file), or None for a real keyring."""
    writer = _writer(backend)
    classes = type(writer).__mro__
    encrypted = any("encrypt" in cls.__name__.lower() for cls in classes)
    plaintext = any("plaintext" in cls.__name__.lower() for cls in classes) or (
        not encrypted
        and hasattr(writer, "file_path")  # keyrings.alt's file backends
        and any(cls.__module__.startswith("keyrings.alt") for cls in classes)
    )
    if not plaintext:
        return None
    path = getattr(writer, "file_path", None)
    return str(path) if path else type(writer).__name__


class PasswordStore:
    @staticmethod
    def _keyring() -> tuple[Any, type[Exception]]:
        import keyring
        from keyring.errors import KeyringError

        unencrypted = unencrypted_file(keyring.get_keyring())
        if unencrypted is not None:
            raise KnownError(
                msg(
                    "Der eingestellte Schlüsselbund speichert Passwörter unverschlüsselt in einer "
                    "Datei ({file}); dort wird kein Passwort abgelegt oder gelesen. "
                    "Bitte einen Schlüsselbund des Systems (z. B. GNOME Keyring, KWallet) "
                    "einrichten oder das Paket keyrings.alt entfernen.",
                    file=unencrypted,
                )
            )
        return keyring, KeyringError

    @staticmethod
    def key(account: MailboxAccount) -> str:
        return f"imap://{account.username}@{account.host}:{account.port}"

    def set(self, account: MailboxAccount, password: str) -> None:
        keyring, error = self._keyring()
        try:
            keyring.set_password(KEYRING_SERVICE, self.key(account), password)
        except error as exc:
            raise KnownError(
                msg(
                    "Das Passwort kann nicht im Schlüsselbund des Systems gespeichert werden "
                    "({reason}). Ist ein Schlüsselbund (z. B. GNOME Keyring, KWallet) "
                    "eingerichtet?",
                    reason=str(exc),
                )
            ) from exc

    def find(self, account: MailboxAccount) -> str | None:
        """The stored password, or None when none is stored for ``account``."""
        keyring, error = self._keyring()
        try:
            password = keyring.get_password(KEYRING_SERVICE, self.key(account))
        except error as exc:
            raise KnownError(
                msg(
                    "Der Schlüsselbund des Systems ist nicht erreichbar ({reason}).",
                    reason=str(exc),
                )
            ) from exc
        return None if password is None else str(password)

    def get(self, account: MailboxAccount) -> str:
        password = self.find(account)
        if password is None:
            raise KnownError(
                msg(
                    "Für das Postfach „{mailbox}“ ist kein Passwort im Schlüsselbund "
                    "gespeichert. Bitte in den Postfach-Einstellungen eingeben.",
                    mailbox=account.name,
                )
            )
        return password

    def delete(self, account: MailboxAccount) -> None:
        try:
            keyring, _error = self._keyring()
            keyring.delete_password(KEYRING_SERVICE, self.key(account))
        except Exception:  # noqa: BLE001 - nothing stored is fine when removing
            pass
