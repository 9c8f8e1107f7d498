"""The faster ways routing reads an inquiry's words give what the plain ones give."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from buergeranfragen.routing import words
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


def plain_closing_start(text: str) -> int | None:
    """``words.closing_start`` as it was written first: each hint looked for on its own."""
    lower = text.lower()
    found = [at for at in (lower.find(hint) for hint in words._CLOSING_HINTS) if at >= 0]
    if not found and not lower.startswith(("lg", "vg")):
        return None
    closing = words._CLOSING.search(text, lower.rfind("\n", 0, min(found, default=0)) + 1)
    return closing.start() if closing else None


def plain_scan(subject: str, text: str) -> tuple[list[str], list[str]]:
    """``words.scan`` as it was written first: the closing's and the footer's hints one by one,
    then the footer's one expression, the words by the regular expression."""
    text = text[: words.MAX_TEXT]
    end = plain_closing_start(text)
    if end is not None:
        text = text[:end]
    if any(hint in text for hint in words._FOOTER_HINTS):
        text = words._FOOTER.sub("", text)
    return WORD.findall(subject), WORD.findall(text)


FOOTER_PARTS = st.sampled_from(
    [
        "HRB 139852 B",
        "hra 12",
        "Amtsgericht Berlin",
        "Registergericht: Köln",
        "Geschäftsführer: Max Muster",
        "Geschaeftsfuehrung",
        "USt-IdNr. DE123",
        "Umsatzsteuer",
        "Steuer-Nr. 133/456",
        "Steuernummer",
        "Grundsteuer",
        "Fahrbahn",
        "Jahrbuch",
        "Sitz der Gesellschaft: Essen",
        "Kita",
        "> ",
        "\n",
        "\n\n",
        " ",
        "Mit freundlichen Grüßen",
        "Viele Grüße",
        "MfG",
        "mfg",
        "Hochachtungsvoll",
        "Best regards",
        "\nLG",
        "lg ",
        "Gruss",
        ".  ",
        "Grundsteuer",
    ]
)


@given(st.lists(st.one_of(FOOTER_PARTS, TEXTS), max_size=12).map("".join))
@example("Frage zur Grundsteuer\n\nHRB 139852 B Amtsgericht Berlin\nSchule")
@example("Frage zur Grundsteuer\nSteuernummer 133/456\nSchule")
@example("Kita?\n\nMit freundlichen Grüßen\nSchule")
@example("LG Schule")
def test_a_footer_and_the_closing_are_left_out_as_before(text: str) -> None:
    assert words.scan("Betreff", text) == plain_scan("Betreff", text)
