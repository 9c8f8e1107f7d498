"""The one text normaliser for every search and every comparison of names: case folded,
umlauts and ß written out (ä → ae, ß → ss), accents dropped, so "Müller", "Mueller" and
"MÜLLER" are the same word everywhere (contacts, the queue, later departments and templates)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

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


# the ASCII characters that are no part of a word (of ``_WORD``), as bytes: made spaces
_ASCII_NON_WORD = bytes(c for c in range(128) if not (chr(c).isalnum() or chr(c) == "_"))
_SPACED = bytes.maketrans(_ASCII_NON_WORD, b" " * len(_ASCII_NON_WORD))
_WORD = re.compile(r"\w+")


def words_of(text: str) -> list[str]:
    """The words of a text as written: ``_WORD.findall(text)`` (runs of letters, digits
    and "_"), in about half its time: the ASCII characters that are no part of a word become
    spaces (as bytes, one table lookup each) and the text is split at white space; when what is
    left is all letters and digits (no "_", no "„" or "–"), those are the words - otherwise the
    regular expression decides."""
    spaced = text.encode("utf-8", "surrogatepass").translate(_SPACED)
    words = spaced.decode("utf-8", "surrogatepass").split()
    if "".join(words).isalnum():  # a word character is a letter or digit (isalnum) or "_"
        return words
    return _WORD.findall(text)


LONGEST_REMEMBERED = (
    64  # characters of a word whose tokens are remembered (a mail's junk is longer)
)


@lru_cache(maxsize=200_000)
def _remembered(word: str) -> tuple[str, ...]:
    return tuple(tokens(word))


def forget_words() -> None:
    """Forget the words' tokens remembered (a benchmark measuring a first start)."""
    _remembered.cache_clear()


def folded_of(word: str) -> tuple[str, ...]:
    """The tokens of one word (of ``words_of``): usually one, "snake_case" two, "µ" none;
    remembered unless the word is longer than ``LONGEST_REMEMBERED``."""
    return _remembered(word) if len(word) <= LONGEST_REMEMBERED else tuple(tokens(word))


# a character that is folded alone (no combining mark) and folds to no letter or digit unless
# it is part of a word: Latin-1, dashes, quotes, "…", "‰", "‹›", "€" - for a text of only
# these, ``tokens`` is the tokens of its words one by one (``tokens_of_words``)
_NOT_WORD_BY_WORD = re.compile("[^\x00-\xff\u2010-\u2027\u2030-\u203a\u20ac]")


def tokens_of_words(text: str, words: list[str]) -> list[str]:
    """``tokens(text)``, made from ``words`` (``words_of(text)``) where the text allows it: each
    word is folded once and remembered, instead of the whole text character by character."""
    if _NOT_WORD_BY_WORD.search(text) or max(map(len, words), default=0) > LONGEST_REMEMBERED:
        return tokens(text)
    return [token for word in words for token in _remembered(word)]


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
