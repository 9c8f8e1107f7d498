"""Errors that the user can do something about (the environment's or the input's), as opposed
to bugs. Every message here is German and meant to be shown as it is."""

from __future__ import annotations

from dataclasses import dataclass


class KnownError(Exception):
    """An error with a clear, user-facing German message; the application keeps running."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class FieldError:
    """A message that belongs next to one field of a form, e.g. ``phones.1``."""

    field: str
    message: str


class ValidationFailed(KnownError):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(e.message for e in errors) or "Ungültige Eingabe.")
        self.errors = errors


class StaleRecord(KnownError):
    """Someone saved a newer version of the record in the meantime."""


class RecordNotFound(KnownError):
    pass


class DatabaseUnavailable(KnownError):
    """The database is locked, unreachable or not writable."""


class DuplicateMail(KnownError):
    """The mail is stored already (a colleague's client fetched it a moment earlier)."""
