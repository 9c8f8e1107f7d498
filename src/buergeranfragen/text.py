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
    # Case folded again after decomposing: "𝝖" (mathematical alpha) decomposes to a capital "Α".
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", folded).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(value: str) -> list[str]:
    """The words of a text in normalised form: letters and digits only."""
    return _TOKEN.findall(normalise(value))


def fold_spaces(value: str) -> str:
    """Normalised, with runs of white space made one space."""
    return " ".join(normalise(value).split())


def sort_key(value: str) -> str:
    """German dictionary order (DIN 5007-1): Ä sorts as A, ß as ss, accents are ignored."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", value).casefold())
    # spaces folded last: a spacing accent ("´") decomposes into a space and its combining mark
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())
