"""A text's tokens made word by word (the intake reads a mail's words once, for the search index
and for routing) are those of the text folded as a whole."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from buergeranfragen.inquiries.search import inquiry_text
from buergeranfragen.text import _NOT_WORD_BY_WORD, normalise, tokens, tokens_of_words, words_of

TOKEN = re.compile(r"[0-9a-z]")
# what German mail is written in, and what folds differently in a word and alone
CHARACTERS = st.sampled_from(
    list(" \n\t.,;:-_/'\"()!?@")
    + list("äöüßÄÖÜẞéèçñøÆ²½µªº¨´¸\xa0\xad–—„“”‚‘’…•‰‹›€")
    # folded with their neighbour or to letters of their own: kept to the whole text
    + list("\u0308\u0301™℃ⓐ㎏ﬁ\u200bǅΣ𝝖\udcff")
)
TEXTS = st.text(alphabet=st.one_of(CHARACTERS, st.characters(), st.sampled_from("aeKita")))


def _words_differ_from_whole(character: str) -> bool:
    """Whether a character folds differently alone than beside others: a combining mark, or a
    character no part of a word that folds to a letter or digit ("™" → "tm")."""
    if unicodedata.combining(character):
        return True
    in_word = character.isalnum() or character == "_"
    return not in_word and TOKEN.search(normalise(character)) is not None


def test_every_character_read_word_by_word_folds_alike_alone_and_in_a_word() -> None:
    allowed = [chr(c) for c in range(0x3000) if not _NOT_WORD_BY_WORD.match(chr(c))]
    assert len(allowed) > 256  # Latin-1 and the punctuation of German text
    assert [c for c in allowed if _words_differ_from_whole(c)] == []


@given(TEXTS)
@example("Mu\u0308ller und Müller")
@example("Preis™ 20℃ – „Kita-Platz“ …")
@example("snake_case x² ½ Søren")
def test_the_tokens_of_the_words_are_the_tokens_of_the_text(text: str) -> None:
    assert tokens_of_words(text, words_of(text)) == tokens(text)


PARTS = st.one_of(st.none(), st.just(""), TEXTS)


@given(PARTS, PARTS, PARTS, PARTS, PARTS, PARTS, TEXTS)
def test_the_index_entry_from_the_words_read_is_the_one_from_the_text(
    reference: str | None,
    subject: str | None,
    body: str | None,
    topic: str | None,
    from_email: str | None,
    from_name: str | None,
    contact: str,
) -> None:
    row = {
        "reference": reference,
        "subject": subject,
        "body": body,
        "topic": topic,
        "from_email": from_email,
        "from_name": from_name,
    }
    words = words_of(subject or ""), words_of(body or "")
    assert inquiry_text(row, contact, words) == inquiry_text(row, contact)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frage zum Kita-Platz – „dringend“", ["frage", "zum", "kita", "platz", "dringend"]),
        ("Herr Mu\u0308ller", ["herr", "mueller"]),  # decomposed: folded as a whole
        ("Marke™", ["marketm"]),  # "™" folds to letters: the text as a whole
    ],
)
def test_a_text_is_folded_word_by_word_or_whole(text: str, expected: list[str]) -> None:
    assert tokens_of_words(text, words_of(text)) == expected


def test_a_long_word_is_folded_but_not_remembered() -> None:
    """A mail can be one word of 200,000 characters: its tokens are made, not kept."""
    from buergeranfragen import text

    text.forget_words()
    long_word = "Kita" * 50_000
    body = f"Frage {long_word} Schule"
    assert tokens_of_words(body, words_of(body)) == tokens(body)
    assert text.folded_of(long_word) == (long_word.lower(),)
    assert text._remembered.cache_info().currsize <= 2  # "Frage", "Schule" at most
