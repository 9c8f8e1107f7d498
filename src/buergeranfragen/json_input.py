"""The one strict reader of JSON the user hands over (a rule file for `rules test`, the
deadlines for `deadlines set`): every problem is a ``KnownError`` with a German message, never a
traceback (``JsonInputError``, a ``ValidationFailed`` on the field ``file``).

- a UTF-8 byte order mark (Windows editors write one) is read, bytes that are not UTF-8 are
  refused (a rule's word would silently become "Sch�ler" otherwise);
- a key twice in one object is refused (which of the two was meant?);
- nesting too deep for the parser, a number of more digits than Python converts (4300) and the
  non-JSON constants ``NaN``, ``Infinity`` are refused.

    data = read_json(raw_bytes_or_text)
"""

from __future__ import annotations

import json
from typing import NoReturn

from buergeranfragen.errors import FieldError, ValidationFailed
from buergeranfragen.messages import Message, msg

_BOM = "\ufeff"


class JsonInputError(ValidationFailed):
    """The text is not JSON this program reads: one error on the field ``file`` (the message
    says why, in German)."""

    def __init__(self, message: Message) -> None:
        super().__init__([FieldError("file", message)])


class _Refused(Exception):
    """Raised inside the parser's hooks; turned into ``JsonInputError`` outside it."""

    def __init__(self, error: JsonInputError) -> None:
        super().__init__(error.message)
        self.error = error


def _object(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result: dict[str, object] = {}
    for key, value in pairs:
        if key in result:
            raise _Refused(
                JsonInputError(
                    msg("Der Schlüssel „{key}“ steht im selben JSON-Objekt zweimal.", key=key)
                )
            )
        result[key] = value
    return result


def _constant(name: str) -> NoReturn:
    raise _Refused(
        JsonInputError(msg("{value} ist kein gültiger Wert in JSON (nur Zahlen).", value=name))
    )


def read_json(data: bytes | str) -> object:
    """The value of a JSON text (bytes are read as UTF-8, with or without byte order mark);
    raises ``JsonInputError``."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise JsonInputError(
                msg(
                    "Die Datei ist nicht in UTF-8 geschrieben (Byte {position}); bitte als "
                    "UTF-8 speichern.",
                    position=exc.start + 1,
                )
            ) from None
    else:
        text = data.removeprefix(_BOM)
    try:
        return json.loads(text, object_pairs_hook=_object, parse_constant=_constant)
    except _Refused as refused:
        raise refused.error from None
    except json.JSONDecodeError as exc:
        raise JsonInputError(
            msg(
                "Das ist kein gültiges JSON (Zeile {line}, Spalte {column}).",
                line=exc.lineno,
                column=exc.colno,
            )
        ) from None
    except RecursionError:
        raise JsonInputError(msg("Das JSON ist zu tief verschachtelt.")) from None
    except ValueError:  # an integer of more than sys.get_int_max_str_digits() digits
        raise JsonInputError(msg("Das JSON enthält eine Zahl mit zu vielen Ziffern.")) from None
