"""The one text normaliser for every search and every comparison of names: case folded,
umlauts and ß written out (ä → ae, ß → ss), accents dropped, so "Müller", "Mueller" and
"MÜLLER" are the same word everywhere (contacts, the queue, later departments and templates)."""

from __future__ import annotations

import re
import unicodedata

_GERMAN = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue", "ẞ": "ss"}
)
_TOKEN = re.compile(r"[0-9a-z]+")


def normalise(value: str) -> str:
    """Casefolded, umlauts written out, accents dropped; spacing and punctuation kept.

    Composed first (NFC): macOS file names and some mail clients write "ü" as "u" followed by
    a combining diaeresis, which must become "ue" too, not "u"."""
    composed = unicodedata.normalize("NFC", value)
    folded = composed.translate(_GERMAN).casefold().translate(_GERMAN)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(value: str) -> list[str]:
    """The words of a text in normalised form: letters and digits only."""
    return _TOKEN.findall(normalise(value))


def fold_spaces(value: str) -> str:
    """Normalised, with runs of white space made one space."""
    return " ".join(normalise(value).split())


def sort_key(value: str) -> str:
    """German dictionary order (DIN 5007-1): Ä sorts as A, ß as ss, accents are ignored."""
    decomposed = unicodedata.normalize("NFKD", " ".join(value.casefold().split()))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Characters that change the direction of the text around them and show nothing themselves:
# "rechnung\u202efdp.exe" displays as "rechnungexe.pdf". Where a name from outside is shown,
# they are written out instead (``visible_controls``).
_DIRECTION_CONTROLS = {
    code: f"[U+{code:04X}]"
    for code in (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
}


def visible_controls(value: str) -> str:
    """``value`` with every Unicode direction control (U+202A–U+202E, U+2066–U+2069, U+200E/F,
    U+061C) written out as ``[U+202E]``, so a name cannot reorder what is shown after it."""
    return value.translate(_DIRECTION_CONTROLS)
