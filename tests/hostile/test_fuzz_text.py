"""Search text that the normaliser handled unstably, found while fuzzing it (tests/fuzz/)."""

from __future__ import annotations

from buergeranfragen.text import sort_key


def test_a_spacing_accent_leaves_no_stray_space_in_the_sort_key() -> None:
    # was: "´" (U+00B4) sorted as " ", and "a ´b" as "a  b" with two spaces
    assert sort_key("´") == ""
    assert sort_key("Müller ´Anna") == "muller anna"
    assert sort_key(sort_key("a ¸ b")) == sort_key("a ¸ b")
