"""The faster ways routing reads an inquiry's words give what the plain ones give."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from buergeranfragen.routing.words import words_of

WORD = re.compile(r"\w+")
# the characters that decide: ASCII punctuation, "_", umlauts, typographic quotes and dashes,
# digits of other scripts, combining marks, unusual spaces, lone surrogates
TRICKY = st.sampled_from(
    list(" \t\r\n\x0b\x0c\x1c\x85\xa0\u2003\u3000.,;:-_/'\"()[]<>@#%&*+=!?")
    + list("äöüßÄÖÜẞé²½٣ǅ\u0308\u200b„“”–—…€§ﬁ\udcff")
)
TEXTS = st.text(alphabet=st.one_of(TRICKY, st.characters()), max_size=80)


@given(TEXTS)
@example("Sehr geehrte Damen und Herren, wie steht es um meinen Kita-Platz?")
@example("Grüße aus der Universitätsstraße 3 – „Kitaplätze“ fehlen…")
@example("snake_case und x² und Mu\u0308ller")
@example("")
def test_the_words_of_a_text_are_those_of_the_regular_expression(text: str) -> None:
    assert words_of(text) == WORD.findall(text)
