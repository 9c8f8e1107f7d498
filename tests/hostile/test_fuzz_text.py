"""Search text that the normaliser handled unstably, found while fuzzing it (tests/fuzz/)."""

from __future__ import annotations

from buergeranfragen.text import normalise, sort_key, tokens


def test_a_spacing_accent_leaves_no_stray_space_in_the_sort_key() -> None:
    # was: "´" (U+00B4) sorted as " ", and "a ´b" as "a  b" with two spaces
    assert sort_key("´") == ""
    assert sort_key("Müller ´Anna") == "muller anna"
    assert sort_key(sort_key("a ¸ b")) == sort_key("a ¸ b")


def test_normalising_twice_changes_nothing_for_mathematical_letters() -> None:
    # was: "𝝖" normalised to "Α" (capital), and that once more to "α"
    assert normalise("𝝖") == normalise(normalise("𝝖")) == "α"
    assert tokens("𝐌𝐮̈𝐥𝐥𝐞𝐫") == ["muller"]


def test_the_sort_key_of_mathematical_letters_is_case_folded() -> None:
    assert sort_key("𝝖") == sort_key(sort_key("𝝖")) == "α"
