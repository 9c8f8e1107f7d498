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
from collections.abc import Collection, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache

from buergeranfragen.text import LONGEST_REMEMBERED, tokens, words_of

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
# a word a footer's line (``_FOOTER``) begins with, in any case, or one with a register number:
# a text has a footer's line only where one of its words is one of these (looked for first, as
# ``_FOOTER`` is slow to run over a whole text)
_FOOTER_WORD = re.compile(
    r"registergericht|handelsregister|sitz$|gesch(?:ä|ae)ftsf(?:ü|ue)hr|ust$|umsatzsteuer"
    r"|steuer$|steuernr|steuernummer|hr[ab]",
    re.IGNORECASE,
)
# the closing of a letter: what follows (a name, a signature) says nothing about the topic
# ("Mit freundlichen Grüßen, Thomas Richter"); it starts a line (a quoted one too) or follows a
# sentence's end - "LG" and "VG" only start a line: after a sentence they are a court ("LG
# Düsseldorf hat entschieden", "VG Köln")
_GREETING = r"gr(?:ü|ue|u)(?:ß|ss)(?:e|en)?"
_CLOSING = re.compile(
    r"(?:^[>\s]*|(?<=[.!?])\s+)(?:"
    r"(?:mit\s+)?(?:(?:sehr\s+|ganz\s+)?(?:freundliche[mn]?|viele[mn]?|beste[mn]?|liebe[mn]?|"
    r"herzliche[mn]?|sch(?:ö|oe)ne[mn]?|sonnige[mn]?|kollegiale[mn]?|hochachtungsvolle[mn]?)"
    rf"\s+)?{_GREETING}\b"
    r"|(?:mfg|hochachtungsvoll)\b(?!-)"
    r"|(?:best|kind|warm)\s+regards\b"
    r")"
    r"|^[>\s]*(?:lg|vg)\b(?!-)",
    re.IGNORECASE | re.MULTILINE,
)
# the word every closing has (the greeting, "MfG", "LG", "Hochachtungsvoll", "regards"): the
# closing is looked for only from the line of the first such word on, as ``_CLOSING`` is slow
# to search a whole text
_CLOSING_WORD = re.compile(rf"{_GREETING}|mfg|lg|vg|hochachtungsvoll|regards", re.IGNORECASE)
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


def stem(folded: str) -> str:
    """The German stem of a folded word ("schulen" → "schul", "kitas" → "kita"); remembered
    unless the word is longer than a word (a mail's junk: ``text.LONGEST_REMEMBERED``)."""
    return _stem_remembered(folded) if len(folded) <= LONGEST_REMEMBERED else _stem_of(folded)


def forget_stems() -> None:
    """Forget the stems remembered (a benchmark measuring a first start)."""
    _stem_remembered.cache_clear()


def _stem_of(folded: str) -> str:
    word = folded
    if len(word) >= 5 and word[-1] == "s" and word[-2] in "aoy":
        word = word[:-1]
    with _LOCK:
        result: str = _STEMMER.stemWord(word)
    return result


_stem_remembered = lru_cache(maxsize=200_000)(_stem_of)


@lru_cache(maxsize=200_000)
def _tokens_of(word: str) -> tuple[Token, ...]:
    return tuple(Token(folded, stem(folded)) for folded in tokens(word))


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


def is_closing_word(word: str) -> bool:
    """Whether a word (of ``words_of``) may carry a letter's closing: every closing has one."""
    return _CLOSING_WORD.fullmatch(word) is not None


def is_footer_word(word: str) -> bool:
    """Whether a word may begin a line of a company's legal footer or give its register
    number."""
    return _FOOTER_WORD.match(word) is not None


def scan(subject: str, text: str) -> tuple[list[str], list[str]]:
    """The words of an inquiry's subject and of (the first ``MAX_TEXT`` characters of) its
    text, separately: a phrase never runs from the subject into the text. The text ends at the
    letter's closing ("Mit freundlichen Grüßen", "Viele Grüße", "MfG", "Hochachtungsvoll"):
    the name and signature below say nothing about its topic. Lines of a company's legal footer
    (register court, managing director, tax number) are left out.

    (``matching.Router`` reads the same words, knowing which words are closing and footer
    words from its cache.)"""
    text = text[:MAX_TEXT]
    words = words_of(text)
    closing = {w for w in words if is_closing_word(w)}
    footer = {w for w in words if is_footer_word(w)}
    return words_of(subject), read(text, words, closing, footer)


def read(
    text: str, words: list[str], closing: Collection[str], footer_words: AbstractSet[str]
) -> list[str]:
    """The words of ``text`` routing reads (``scan``): ``words`` are all its words,
    ``closing`` those that may carry a closing (``is_closing_word``), ``footer_words`` the
    words that may begin a footer's line (``is_footer_word``; words of other texts may be among
    them)."""
    if closing:
        end = closing_start(text, first_whole_word(text, closing))
        if end is not None:
            # the closing begins a line or follows a sentence's end: no word runs across it
            after = len(words_of(text[end:]))
            text, words = text[:end], words[: len(words) - after]
    if footer_words.isdisjoint(words):
        return words
    lower = text.lower()  # "HRA"/"HRB" in any case, as ``_FOOTER`` takes it
    footer = _FOOTER if "hra" in lower or "hrb" in lower else _FOOTER_WITHOUT_NUMBER
    return words_of(footer.sub("", text))


def first_whole_word(text: str, candidates: Iterable[str]) -> int:
    """Where the first of ``candidates`` (words of ``text``) stands in ``text`` as a word of its
    own, not as part of a longer one."""
    first = len(text)
    for word in candidates:
        at = text.find(word)
        while 0 <= at < first:
            end = at + len(word)
            if (at == 0 or not _is_word_character(text[at - 1])) and (
                end == len(text) or not _is_word_character(text[end])
            ):
                first = at
                break
            at = text.find(word, at + 1)
    return first


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"


def closing_start(text: str, first: int) -> int | None:
    """Where the letter's closing begins: the first closing from the line before the one where
    the first word that may carry one stands (at ``first``) on ("Mit freundlichen" may stand
    above "Grüßen"); None: there is none."""
    line = text.rfind("\n", 0, first)
    closing = _CLOSING.search(text, text.rfind("\n", 0, line) + 1 if line > 0 else 0)
    return closing.start() if closing else None
