"""The one text normaliser and the queue's periods in Berlin calendar days."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from buergeranfragen.calendar import BERLIN, Period, period_start
from buergeranfragen.text import fold_spaces, normalise, sort_key, tokens


@pytest.mark.parametrize(
    ("written", "same_as"),
    [
        ("Müller", "Mueller"),
        ("MÜLLER", "mueller"),
        ("Strauß", "STRAUSS"),
        ("Désirée", "desiree"),
        ("Hüsken", "Huesken"),
        ("ẞ", "ss"),
    ],
)
def test_every_spelling_of_a_name_is_one_word(written: str, same_as: str) -> None:
    assert normalise(written) == normalise(same_as)


@pytest.mark.parametrize(
    ("composed", "decomposed"),
    [
        ("Müller", "Mu\u0308ller"),
        ("ÄRGER", "A\u0308RGER"),
        ("Köln", "Ko\u0308ln"),
        ("Désirée", "De\u0301sire\u0301e"),
    ],
)
def test_decomposed_umlauts_are_the_same_word(composed: str, decomposed: str) -> None:
    """NFD text ("u" + combining diaeresis) is normalised as its composed form (NFC), in
    either direction: "ü" becomes "ue", not "u"."""
    assert composed != decomposed
    assert normalise(decomposed) == normalise(composed)
    assert tokens(decomposed) == tokens(composed)
    assert sort_key(decomposed) == sort_key(composed)


def test_decomposed_umlauts_are_written_out() -> None:
    assert normalise("Mu\u0308ller") == "mueller"
    assert normalise("Müller") == "mueller"
    assert fold_spaces(" A\u0308rger  in Ko\u0308ln ") == "aerger in koeln"
    assert normalise("Mu\u0308ller") != normalise("Muller")


def test_tokens_and_spacing() -> None:
    assert tokens("Kita-Platz für Köln, 2026!") == ["kita", "platz", "fuer", "koeln", "2026"]
    assert fold_spaces("  Dr.   Jürgen\tMüller ") == "dr. juergen mueller"
    # dictionary order: Ä sorts as A (as AE, "Ähre" would come before "Affe")
    assert sorted(["Zander", "Ähre", "Affe"], key=sort_key) == ["Affe", "Ähre", "Zander"]


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


def test_periods_start_at_midnight_in_berlin() -> None:
    now = datetime(2026, 11, 25, 23, 30, tzinfo=UTC)  # already 26 November in Berlin
    assert period_start(Period.TODAY, now) == berlin(2026, 11, 26)
    assert period_start(Period.WEEK, now) == berlin(2026, 11, 20)
    assert period_start(Period.MONTH, now) == berlin(2026, 10, 28)
    assert period_start(Period.YEAR, now) == berlin(2026, 1, 1)
    assert period_start(Period.ALL, now) is None


def test_a_clock_change_inside_the_period_does_not_shift_midnight() -> None:
    now = berlin(2026, 10, 27, 10)  # summer time ended on 25 October
    start = period_start(Period.WEEK, now)
    assert start == berlin(2026, 10, 21) and start is not None
    assert (start.hour, start.minute) == (0, 0)
    assert start.utcoffset() is not None and start.utcoffset().total_seconds() == 7200  # type: ignore[union-attr]
