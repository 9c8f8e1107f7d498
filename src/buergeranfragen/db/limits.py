"""Field limits, in one place and taken from the model (``String(n)`` of ``db/models.py``), so
SQLite and PostgreSQL accept the same data: SQLite stores a string of any length and a NUL,
PostgreSQL refuses both (``DataError``). Text from outside is made to fit before it is stored:

- ``clean_text``: NUL (PostgreSQL refuses it in text) and lone surrogates (bytes of a file
  name that are not UTF-8; neither database can encode them) are removed.
- ``fit_values``: every string of a row cleaned, and cut to its column's length; what was cut
  is reported (``Cut``), so the caller can warn (``cut_warning``) - or, for what a person
  typed, refuse with a message at the field instead of losing text (``too_long``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import String, Table

from buergeranfragen.messages import Message, msg

_REFUSED = re.compile("[\x00\ud800-\udfff]")

# German names of the fields a cut is reported for (values of messages, translated too)
FIELD_NAMES: dict[str, Message] = {
    "subject": msg("Betreff"),
    "topic": msg("Thema"),
    "from_name": msg("Name des Absenders"),
    "from_email": msg("Adresse des Absenders"),
    "forwarded_by": msg("weitergeleitet von"),
    "source_file": msg("Dateiname"),
    "message_id": msg("Message-ID"),
    "caller_number": msg("Rufnummer"),
    "filename": msg("Name des Anhangs"),
    "content_type": msg("Dateityp des Anhangs"),
    "salutation": msg("Anrede"),
    "title": msg("Titel"),
    "first_name": msg("Vorname"),
    "last_name": msg("Nachname"),
    "organisation": msg("Organisation"),
    "function": msg("Funktion"),
    "outlet": msg("Medium"),
    "desk": msg("Ressort"),
    "street": msg("Straße"),
    "postal_code": msg("PLZ"),
    "city": msg("Ort"),
    "country": msg("Land"),
    "tags": msg("Kategorien"),
    "raw": msg("Rufnummer"),
}


@dataclass(frozen=True)
class Cut:
    """A value longer than its column, cut to ``limit`` characters (it had ``length``)."""

    field: str
    limit: int
    length: int


def clean_text(value: str) -> str:
    """``value`` without the characters no database of the program stores (NUL, surrogates)."""
    return _REFUSED.sub("", value) if _REFUSED.search(value) else value


def column_limit(table: Table, column: str) -> int | None:
    """The length of a ``String(n)`` column; None for text without a limit."""
    kind = table.c[column].type
    return kind.length if isinstance(kind, String) else None


def fit_values(table: Table, values: Mapping[str, object]) -> tuple[dict[str, object], list[Cut]]:
    """``values`` (column → value) with every string cleaned and cut to its column."""
    fitted = dict(values)
    cuts: list[Cut] = []
    for name, value in values.items():
        if not isinstance(value, str) or name not in table.c:
            continue
        value = clean_text(value)
        limit = column_limit(table, name)
        if limit is not None and len(value) > limit:
            cuts.append(Cut(name, limit, len(value)))
            value = value[:limit]
        fitted[name] = value
    return fitted, cuts


def _name(field: str) -> Message | str:
    return FIELD_NAMES.get(field.split(".", 1)[0], field)


def cut_warning(cut: Cut) -> Message:
    return msg(
        "{field} war mit {length} Zeichen zu lang und wurde auf {limit} Zeichen gekürzt.",
        field=_name(cut.field),
        length=cut.length,
        limit=cut.limit,
    )


def too_long(cut: Cut) -> Message:
    return msg(
        "Höchstens {limit} Zeichen (eingegeben: {length}).", limit=cut.limit, length=cut.length
    )
