"""Row spans and long words: HTML whose cells span 1,000 rows each (110 KB) took the window
29 s to lay out, a word of 1 MB without a space 42 s in the formatted and 43 s in the plain
view (200 KB: 1.8 s). The formatted view refuses both; the plain view breaks long words for
the screen only and shows at most the start of a very long text."""

from __future__ import annotations

import time

from buergeranfragen.mail.html_view import MAX_RUN, MAX_SOURCE_CHARS, formatted_view

SLOW = 3.0  # seconds, for a loaded machine: the old code took 29 to 43 s, the new well under 1


def test_cells_spanning_many_rows_are_refused() -> None:
    rows = "<table>" + ("<tr>" + "<td rowspan=1000>a</td>" * 40 + "</tr>") * 120 + "</table>"
    view = formatted_view(rows)
    assert view.refused is not None
    assert "Tabellen" in view.refused.template
    assert formatted_view("<table><tr><td rowspan=3>a</td></tr></table>").refused is None


def test_a_word_longer_than_the_limit_is_refused_even_split_by_inline_tags() -> None:
    for html in (
        "<p>" + "x" * 990_000 + "</p>",
        "<p>" + ("x" * 100 + "<b>y</b>") * 9_000 + "</p>",
        "<p>" + "x\u00a0" * 1_000 + "</p>",  # a no-break space is no place to break
        "<p>" + "x" * (MAX_RUN + 1) + "</p>",
        "x" * (MAX_RUN + 1),
    ):
        view = formatted_view(html)
        assert view.refused is not None, html[:40]
        assert "zu lange Wörter" in view.refused.template
    fine = (
        "<p>" + "x" * MAX_RUN + "</p><p>" + "y" * MAX_RUN + "</p>",
        "<table><tr><td>" + "x" * MAX_RUN + "</td><td>" + "y" * MAX_RUN + "</td></tr></table>",
        "<p>" + ("x" * MAX_RUN + " ") * 50 + "</p>",
        "<p>" + ("x" * MAX_RUN + "\u200b") * 50 + "</p>",
    )
    for html in fine:
        assert formatted_view(html).refused is None, html[:40]


def test_the_check_of_long_words_is_quick() -> None:
    words = ("x" * MAX_RUN + " ") * (MAX_SOURCE_CHARS // (MAX_RUN + 1))
    started = time.perf_counter()
    assert formatted_view(words).refused is None
    assert time.perf_counter() - started < SLOW
