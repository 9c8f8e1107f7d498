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


def name_keys(value: str) -> frozenset[str]:
    """What a name typed by hand (a state, a view) is compared by: folded as everywhere
    ("Überfällig" → "ueberfaellig", ``fold_spaces``) and with umlauts as their plain letter
    ("uberfallig"), so both ways of typing without umlauts find it."""
    decomposed = unicodedata.normalize("NFKD", value)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return frozenset((fold_spaces(value), fold_spaces(plain)))


def sort_key(value: str) -> str:
    """German dictionary order (DIN 5007-1): Ä sorts as A, ß as ss, accents are ignored."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", value).casefold())
    # spaces folded last: a spacing accent ("´") decomposes into a space and its combining mark
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


# Characters that change the direction of the text around them or show nothing themselves:
# "rechnung\u202efdp.exe" displays as "rechnungexe.pdf". Where text from outside is shown, they
# are written out instead (``visible_controls``).
_INVISIBLE = {
    code: f"⟨U+{code:04X}⟩"
    for code in (
        0x061C,
        *range(0x200B, 0x2010),
        *range(0x202A, 0x202F),
        0x2060,
        *range(0x2066, 0x206A),
        0xFEFF,
    )
}


def visible_controls(value: str, *, single_line: bool = False, line_breaks: bool = False) -> str:
    """``value`` with every direction control (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C)
    and zero-width character written out as ``⟨U+202E⟩``, so a name cannot reorder or hide
    what is shown after it. ``single_line`` (a file or person name, an error message) writes out
    every character that is not printable, line breaks and control characters included;
    ``line_breaks`` (text for a terminal) does the same but keeps the line break ("\n"), so ESC,
    BEL, a carriage return or NUL from outside cannot steer the terminal."""
    if not (single_line or line_breaks):
        return value.translate(_INVISIBLE)
    if (value.replace("\n", "") if line_breaks else value).isprintable():
        return value  # the common case, quickly
    return "".join(
        c
        if c.isprintable() or unicodedata.category(c) == "Zs" or (line_breaks and c == "\n")
        else f"⟨U+{ord(c):04X}⟩"
        for c in value
    )
