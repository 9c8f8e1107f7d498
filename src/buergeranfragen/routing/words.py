"""Words as routing compares them: folded by the one normaliser (``text.normalise``: case, ä → ae,
ß → ss, accents), then reduced to their German stem (Snowball, plus the plural -s after a vowel
that Snowball keeps: "Kitas" → "kita", "Autos" → "auto").

Stemming costs about 1 µs a word with PyStemmer (50 µs with the pure-Python Snowball), so
stems and folded forms are cached (a mail's words repeat, and so do the words of consecutive
mails). The Snowball stemmer keeps state while it works: it is
used under a lock, so routing may run on several workers at once."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from buergeranfragen.text import tokens

try:  # the same Snowball algorithm in C, about fifty times faster
    import Stemmer

    _STEMMER = Stemmer.Stemmer("german")
except ImportError:  # pragma: no cover - the pure-Python one, where PyStemmer is missing
    import snowballstemmer

    _STEMMER = snowballstemmer.stemmer("german")

MAX_TEXT = 20_000  # characters of an inquiry's text that routing reads (quoted history beyond)
_WORD = re.compile(r"\w+")
# a company's legal footer ("HRB 139852 B Amtsgericht Berlin", "Steuernummer 133/…"): its words
# say nothing about the inquiry ("Amtsgericht" would route it to the justice ministry)
_FOOTER_STARTS = (
    r"Registergericht|Handelsregister|Sitz der Gesellschaft|"
    r"Gesch(?:ä|ae)ftsf(?:ü|ue)hr|USt\b|Umsatzsteuer|Steuer-?\s?Nr|Steuernummer"
)
_FOOTER = re.compile(
    rf"^[>\s]*(?:.*\bHR[AB]\s*\d|{_FOOTER_STARTS}).*$", re.IGNORECASE | re.MULTILINE
)
# the same where the text has no register number ("HRB 139852"): without the part that reads
# every line to its end first, several times faster
_FOOTER_WITHOUT_NUMBER = re.compile(
    rf"^[>\s]*(?:{_FOOTER_STARTS}).*$", re.IGNORECASE | re.MULTILINE
)
# what every footer line contains: looked for first (plain substring scans), as ``_FOOTER`` is
# slow to run over a whole text
_FOOTER_HINTS = (
    "HRA",
    "HRB",
    "egister",
    "esellschaft",
    "führ",
    "Führ",
    "fuehr",
    "Fuehr",
    "USt",
    "UST",
    "teuer",
)
_FOOTER_HINT = re.compile("|".join(map(re.escape, _FOOTER_HINTS)))
# the closing of a letter: what follows (a name, a signature) says nothing about the topic
# ("Mit freundlichen Grüßen, Thomas Richter"); it starts a line or follows a sentence's end
_GREETING = r"gr(?:ü|ue|u)(?:ß|ss)(?:e|en)?"
_CLOSING = re.compile(
    r"(?:^[>\s]*|(?<=[.!?])\s+)(?:"
    r"(?:mit\s+)?(?:(?:sehr\s+|ganz\s+)?(?:freundliche[mn]?|viele[mn]?|beste[mn]?|liebe[mn]?|"
    r"herzliche[mn]?|sch(?:ö|oe)ne[mn]?|sonnige[mn]?|kollegiale[mn]?|hochachtungsvolle[mn]?)"
    rf"\s+)?{_GREETING}\b"
    r"|(?:mfg|lg|vg|hochachtungsvoll)\b(?!-)"
    r"|(?:best|kind|warm)\s+regards\b"
    r")",
    re.IGNORECASE | re.MULTILINE,
)
# what every closing contains (lower case): looked for first, as ``_CLOSING`` is slow to search
_CLOSING_HINTS = (
    "grü",
    "grue",
    "gruß",
    "gruss",
    "mfg",
    "hochachtungsvoll",
    "regards",
    "\nlg",
    "\nvg",
)
_CLOSING_HINT = re.compile("|".join(map(re.escape, _CLOSING_HINTS)))
# the end of a street's name: "Universitätsstraße", "Hauptstr."; "Schulplatz", "Ostring" only
# before a house number ("Arbeitsplatz", "Kitaplatz" are topics)
_STREET_ENDS = ("strasse", "str", "allee", "gasse")
_SQUARE_ENDS = ("platz", "ring")
STREET_LIKE = _STREET_ENDS + _SQUARE_ENDS  # a word ending otherwise is no street's name
_HOUSE_NUMBER = re.compile(r"\d{1,4}[a-z]?", re.IGNORECASE)
_LOCK = threading.Lock()


@dataclass(frozen=True)
class Token:
    folded: str  # "kitaplaetze"
    stem: str  # "kitaplatz"


@lru_cache(maxsize=200_000)
def stem(folded: str) -> str:
    """The German stem of a folded word ("schulen" → "schul", "kitas" → "kita")."""
    word = folded
    if len(word) >= 5 and word[-1] == "s" and word[-2] in "aoy":
        word = word[:-1]
    with _LOCK:
        result: str = _STEMMER.stemWord(word)
    return result


@lru_cache(maxsize=200_000)
def _tokens_of(word: str) -> tuple[Token, ...]:
    return tuple(Token(folded, stem(folded)) for folded in tokens(word))


@lru_cache(maxsize=200_000)
def folded_of(word: str) -> tuple[str, ...]:
    """The folded tokens of one word as ``scan`` returns it (usually one; "x²" two)."""
    return tuple(tokens(word))


def word_tokens(value: str) -> tuple[Token, ...]:
    """The tokens of a typed word or phrase ("Grundsteuer-Erklärung" → two tokens)."""
    return tuple(t for word in _WORD.findall(value) for t in _tokens_of(word))


def stem_key(value: str) -> str:
    """What a word and its stem share at the start (umlauts as Snowball writes them), so a
    word need not be stemmed (50 µs) when no rule word's stem begins the same way."""
    return value.replace("ae", "a").replace("oe", "o").replace("ue", "u")[:3]


def is_street(folded: str, following: list[str]) -> bool:
    """Whether a word names a street (the next word given: a house number or none)."""
    if folded.endswith(_STREET_ENDS):
        return True
    return folded.endswith(_SQUARE_ENDS) and any(_HOUSE_NUMBER.fullmatch(w) for w in following)


def closing_start(text: str) -> int | None:
    """Where the letter's closing begins (None: it has none)."""
    lower = text.lower()
    hint = _CLOSING_HINT.search(lower)  # the first of any hint
    if hint is None and not lower.startswith(("lg", "vg")):
        return None
    first = hint.start() if hint else 0
    closing = _CLOSING.search(text, lower.rfind("\n", 0, first) + 1)
    return closing.start() if closing else None


def scan(subject: str, text: str) -> tuple[list[str], list[str]]:
    """The words of an inquiry's subject and of (the first ``MAX_TEXT`` characters of) its
    text, separately: a phrase never runs from the subject into the text. The text ends at the
    letter's closing ("Mit freundlichen Grüßen", "Viele Grüße", "MfG", "Hochachtungsvoll"):
    the name and signature below say nothing about its topic. Lines of a company's legal footer
    (register court, managing director, tax number) are left out."""
    text = text[:MAX_TEXT]
    end = closing_start(text)
    if end is not None:
        text = text[:end]
    if _FOOTER_HINT.search(text):
        lower = text.lower()  # "HRA"/"HRB" in any case, as ``_FOOTER`` takes it
        footer = _FOOTER if "hra" in lower or "hrb" in lower else _FOOTER_WITHOUT_NUMBER
        text = footer.sub("", text)
    return _WORD.findall(subject), words_of(text)


# the ASCII characters that are no part of a word (of ``_WORD``), as bytes: made spaces
_ASCII_NON_WORD = bytes(c for c in range(128) if not (chr(c).isalnum() or chr(c) == "_"))
_SPACED = bytes.maketrans(_ASCII_NON_WORD, b" " * len(_ASCII_NON_WORD))


def words_of(text: str) -> list[str]:
    """``_WORD.findall(text)`` (runs of letters, digits and "_"), in about half its time: the
    ASCII characters that are no part of a word become spaces (as bytes, one table lookup
    each) and the text is split at white space; when what is left is all letters and digits
    (no "_", no "„" or "–"), those are the words - otherwise the regular expression decides."""
    spaced = text.encode("utf-8", "surrogatepass").translate(_SPACED)
    words = spaced.decode("utf-8", "surrogatepass").split()
    if "".join(words).isalnum():  # a word character is a letter or digit (isalnum) or "_"
        return words
    return _WORD.findall(text)
