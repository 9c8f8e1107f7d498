"""Reference numbers of inquiries: ``BA-2026-00123``, counted per Berlin calendar year.

Two colleagues saving at the same moment may both read the same last number; the unique
constraint on (year, number) refuses the second insert, and the second save simply takes the
next number (up to ``ATTEMPTS`` times).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from sqlalchemy.exc import IntegrityError

from buergeranfragen.calendar import local
from buergeranfragen.errors import DuplicateMail, KnownError
from buergeranfragen.messages import msg

PREFIX = "BA"
ATTEMPTS = 20

T = TypeVar("T")


def format_reference(year: int, number: int) -> str:
    return f"{PREFIX}-{year}-{number:05d}"


def reference_year(moment: datetime) -> int:
    """The year a reference counts in: the Berlin calendar year (01:30 on 1 January in Berlin
    is the new year, whatever UTC says)."""
    return local(moment).year


def next_number(last: int | None) -> int:
    return (last or 0) + 1


def _is_message_id_clash(exc: IntegrityError) -> bool:
    return "message_id" in str(exc.orig).lower()


def retry_on_clash(attempt: Callable[[], T]) -> T:
    """Run ``attempt`` (one unit of work that takes the next reference) until it is not
    refused for a reference a colleague took meanwhile. A Message-ID stored meanwhile is no
    clash but a duplicate mail: ``DuplicateMail``."""
    last_error: IntegrityError | None = None
    for _ in range(ATTEMPTS):
        try:
            return attempt()
        except IntegrityError as exc:
            if _is_message_id_clash(exc):
                raise DuplicateMail(msg("Diese Mail ist schon als Anfrage gespeichert.")) from exc
            last_error = exc  # the reference was taken meanwhile: try the next one
    raise KnownError(
        msg("Es konnte keine Vorgangsnummer vergeben werden. Bitte erneut versuchen.")
    ) from last_error
