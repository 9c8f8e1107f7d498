"""The salutation line of a letter from a contact's Anrede, title and names (pure):
"Sehr geehrte Frau Dr. Celik", "Sehr geehrter Herr Prof. Dr. Meier", "Guten Tag Alex Muster"
for a person without Anrede, "Sehr geehrte Damen und Herren" when no name is known.

The Anrede is stored as typed (the contact form offers "Frau" and "Herr", in the English
window "Ms" and "Mr"; vCard prefixes such as "Hr." arrive as they were written), so it is
recognised in its usual spellings; anything else (e.g. "Divers") gets the neutral form."""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

NO_NAME = "Sehr geehrte Damen und Herren"


class Form(Enum):
    FEMALE = "f"
    MALE = "m"
    NEUTRAL = "n"


_FEMALE = {"frau", "fr", "ms", "mrs", "miss", "madame", "mme"}
_MALE = {"herr", "herrn", "hr", "mr", "monsieur"}
# bare abbreviations that take a dot when typed without one
_DOTTED = {"dr": "Dr.", "prof": "Prof.", "dipl": "Dipl.", "med": "med.", "phil": "phil."}
_PUNCTUATION = re.compile(r"[.,;:]+$")


def _clean(value: str | None) -> str:
    """Whitespace (also non-breaking and control characters) collapsed to single spaces."""
    if not value:
        return ""
    kept = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in value)
    return " ".join(kept.split())


def form_of(anrede: str | None) -> Form:
    word = _PUNCTUATION.sub("", _clean(anrede).casefold())
    if word in _FEMALE:
        return Form.FEMALE
    if word in _MALE:
        return Form.MALE
    return Form.NEUTRAL


def normal_title(title: str | None) -> str:
    """The title as it goes into the line: spaces collapsed, "Dr" and "Prof" with their dot
    ("Prof Dr" → "Prof. Dr.", "Prof.Dr." → "Prof. Dr."), anything else as typed."""
    text = _clean(title)
    if not text:
        return ""
    text = re.sub(r"\.(?=\S)(?!-)", ". ", text)  # "Prof.Dr." → "Prof. Dr."; "Dr.-Ing." stays
    words = []
    for word in text.split():
        words.append(_DOTTED.get(word.casefold(), word))
    return " ".join(words)


def salutation(
    anrede: str | None,
    title: str | None = "",
    first_name: str | None = "",
    last_name: str | None = "",
) -> str:
    """The salutation line, without the comma that follows it."""
    form = form_of(anrede)
    title_text = normal_title(title)
    first = _clean(first_name)
    last = _clean(last_name)
    if form is not Form.NEUTRAL and last:
        opening = "Sehr geehrte Frau" if form is Form.FEMALE else "Sehr geehrter Herr"
        return " ".join(part for part in (opening, title_text, last) if part)
    if first or last:
        return " ".join(part for part in ("Guten Tag", title_text, first, last) if part)
    return NO_NAME
