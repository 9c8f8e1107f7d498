"""Mailbox passwords live in the operating system's keyring (Secret Service, macOS Keychain,
Windows Credential Locker) through the keyring package; never in the database or a settings
file."""

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


class PasswordStore:
    @staticmethod
    def _keyring() -> tuple[Any, type[Exception]]:
        import keyring
        from keyring.errors import KeyringError

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

    def get(self, account: MailboxAccount) -> str:
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
        if password is None:
            raise KnownError(
                msg(
                    "Für das Postfach „{mailbox}“ ist kein Passwort im Schlüsselbund "
                    "gespeichert. Bitte in den Postfach-Einstellungen eingeben.",
                    mailbox=account.name,
                )
            )
        return str(password)

    def delete(self, account: MailboxAccount) -> None:
        keyring, _error = self._keyring()
        try:
            keyring.delete_password(KEYRING_SERVICE, self.key(account))
        except Exception:  # noqa: BLE001 - nothing stored is fine when removing
            pass
