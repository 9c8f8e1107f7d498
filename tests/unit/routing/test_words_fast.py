"""The faster ways routing reads an inquiry's words give what the plain ones give."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.inquiries.records import InquiryChannel
from buergeranfragen.routing import words
from buergeranfragen.routing.defaults import default_rules
from buergeranfragen.routing.matching import Router
from buergeranfragen.routing.records import RoutingFacts
from buergeranfragen.text import words_of

WORD = re.compile(r"\w+")
# the words a closing can rest on, as the closing's expression writes them
CLOSING_WORD = re.compile(
    r"gr(?:ü|ue|u)(?:ß|ss)(?:e|en)?|mfg|lg|vg|hochachtungsvoll|regards", re.IGNORECASE
)
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
    """Where ``words.scan`` ends a text, written plainly: the first closing from the line
    before that of the first word that may carry one (every closing has one) on."""
    first = next((w.start() for w in WORD.finditer(text) if CLOSING_WORD.fullmatch(w[0])), None)
    if first is None:
        return None
    lines = text[:first].split("\n")
    start = len("\n".join(lines[:-2])) + 1 if len(lines) > 2 else 0
    closing = words._CLOSING.search(text, start)
    return closing.start() if closing else None


def plain_scan(subject: str, text: str) -> tuple[list[str], list[str]]:
    """``words.scan`` written plainly: the text up to the closing, the footer's one expression
    run over it, the words by the regular expression."""
    text = text[: words.MAX_TEXT]
    end = plain_closing_start(text)
    if end is not None:
        text = text[:end]
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
        "STEUERNUMMER 12",
        "SteuerNr. 5",
        "Steuer Nr 7",
        "Ust-ID",
        "Führerschein",
        "Sitzung",
        "HRB12345",
    ]
)


@given(st.lists(st.one_of(FOOTER_PARTS, TEXTS), max_size=12).map("".join))
@example("Frage zur Grundsteuer\n\nHRB 139852 B Amtsgericht Berlin\nSchule")
@example("Frage zur Grundsteuer\nSteuernummer 133/456\nSchule")
@example("Kita?\n\nMit freundlichen Grüßen\nSchule")
@example("LG Schule")
def test_a_footer_and_the_closing_are_left_out_as_before(text: str) -> None:
    assert words.scan("Betreff", text) == plain_scan("Betreff", text)


ROUTER = Router(default_rules())  # its word cache grows over the examples, as in the intake


@given(st.lists(st.one_of(FOOTER_PARTS, TEXTS), max_size=12).map("".join), TEXTS)
@example("Frage zur Grundsteuer\n\nHRB 139852 B Amtsgericht Berlin\nSchule", "Kita")
@example("Bitte um Rückruf.\n\nMfG\nMfG", "MfG")
@example("Folgt. LG\nAnna", "")
@example("Kita?\nGrüße\nSchule", "Grüße")
@example("Zur Kita\nMit sehr freundlichen Grüßen\nSchulamt", "")
@example("Am Schulplatz\n3 Grüße", "")
@example("Gruss aus der Schule. Viele Grüße\nKita", "")
def test_the_router_reads_the_words_scan_gives(text: str, subject: str) -> None:
    """The router knows a text's closing and footer words from its word cache; what it reads
    is what ``scan`` reads, whatever it has seen before - and the same from the words the intake
    has read already (for the search index), with the same decision."""
    facts = RoutingFacts(ContactKind.CITIZEN, InquiryChannel.EMAIL, subject, text)
    given = dataclasses.replace(facts, subject_words=words_of(subject), text_words=words_of(text))
    assert ROUTER.words_read(facts) == words.scan(subject, text)
    assert ROUTER.words_read(given) == words.scan(subject, text)
    assert ROUTER.route(given) == ROUTER.route(facts)
    # a closing is cut off only where that changes what routing finds: the same decision
    assert ROUTER.route(facts) == ROUTER._route(facts, exact=True)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Danke für die Hilfe. MfG Anna Schulz", ["Danke", "für", "die", "Hilfe"]),
        # "LG" and "VG" end a text only at a line's start: after a sentence they are courts
        (
            "Widerspruch eingelegt. VG Köln hat entschieden",
            ["Widerspruch", "eingelegt", "VG", "Köln", "hat", "entschieden"],
        ),
        ("Zur Kita\nLG\nAnna", ["Zur", "Kita"]),
        ("Zur Kita\n> LG\n> Anna", ["Zur", "Kita"]),
        ("Zur Kita\nMit freundlichen Grüßen\nAnna", ["Zur", "Kita"]),
        ("Vielen Dank.\nMit freundlichen\nGrüßen, Anna", ["Vielen", "Dank"]),
        # a greeting inside a sentence, or a word that merely holds one, ends nothing
        (
            "Sie lässt Grüße ausrichten\nzur Kita",
            ["Sie", "lässt", "Grüße", "ausrichten", "zur", "Kita"],
        ),
        ("Folgt die Begrüßung?\nKita", ["Folgt", "die", "Begrüßung", "Kita"]),
    ],
)
def test_a_closing_after_a_sentence_or_a_quote_mark_ends_the_text(
    text: str, read: list[str]
) -> None:
    assert words.scan("", text) == ([], read)
    facts = RoutingFacts(ContactKind.CITIZEN, InquiryChannel.EMAIL, "", text)
    assert ROUTER.words_read(facts) == ([], read)
