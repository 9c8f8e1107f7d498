"""Errors that the user can do something about (the environment's or the input's), as opposed
to bugs. Each carries a ``Message`` (see ``messages.py``): the window shows it translated, the
command line in German (``.message``)."""

from __future__ import annotations

from dataclasses import dataclass

from buergeranfragen.messages import Message, join, msg


class KnownError(Exception):
    """An error with a clear message for the user; the application keeps running."""

    def __init__(self, message: Message) -> None:
        if not isinstance(message, Message):
            raise TypeError("KnownError needs a Message: buergeranfragen.messages.msg(...)")
        super().__init__(message.render())
        self.reason = message

    @property
    def message(self) -> str:
        """The German text (command line, logs)."""
        return self.reason.render()


@dataclass(frozen=True)
class FieldError:
    """A message that belongs next to one field of a form, e.g. ``phones.1``."""

    field: str
    message: Message

    def __post_init__(self) -> None:
        if not isinstance(self.message, Message):
            raise TypeError("FieldError needs a Message: buergeranfragen.messages.msg(...)")


class ValidationFailed(KnownError):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(join(e.message for e in errors) if errors else msg("Ungültige Eingabe."))
        self.errors = errors


class StaleRecord(KnownError):
    """Someone saved a newer version of the record in the meantime."""


class RecordNotFound(KnownError):
    pass


class DatabaseUnavailable(KnownError):
    """The database is locked, unreachable or not writable."""


class DuplicateMail(KnownError):
    """The mail is stored already (a colleague's client fetched it a moment earlier)."""
