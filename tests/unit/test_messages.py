"""Messages leave the core as template + values and become text only where they are shown."""

from __future__ import annotations

import pytest

from buergeranfragen.errors import FieldError, KnownError, ValidationFailed
from buergeranfragen.messages import join, msg, text

ENGLISH = {
    "Die Datei {name} ist zu groß ({size} MB).": "The file {name} is too large ({size} MB).",
    "gleiche Rufnummer {number}": "same phone number {number}",
    "Mit vorhandenem Kontakt zusammengeführt ({reasons}).": "Merged ({reasons}).",
    "Kaputt {name}": "Broken {nom}",  # a translation with a wrong field
}


def english(template: str) -> str:
    return ENGLISH.get(template, template)


def test_german_without_a_translator_and_english_with_one() -> None:
    message = msg("Die Datei {name} ist zu groß ({size} MB).", name="a.eml", size=151)
    assert str(message) == "Die Datei a.eml ist zu groß (151 MB)."
    assert message.render(english) == "The file a.eml is too large (151 MB)."
    assert message.param("size") == 151


def test_values_that_are_messages_are_rendered_in_the_same_language() -> None:
    reasons = (msg("gleiche Rufnummer {number}", number="0211 8371001"),)
    message = msg("Mit vorhandenem Kontakt zusammengeführt ({reasons}).", reasons=reasons)
    assert (
        str(message) == "Mit vorhandenem Kontakt zusammengeführt (gleiche Rufnummer 0211 8371001)."
    )
    assert message.render(english) == "Merged (same phone number 0211 8371001)."


def test_text_from_outside_is_never_read_as_a_template() -> None:
    outside = text("{name} and {0} stay as they are")
    assert outside.render(english) == "{name} and {0} stay as they are"
    wrapped = msg("Die Datei {name} ist zu groß ({size} MB).", name="{size}", size=1)
    assert str(wrapped) == "Die Datei {size} ist zu groß (1 MB)."


def test_a_broken_translation_falls_back_to_german() -> None:
    assert msg("Kaputt {name}", name="x").render(english) == "Kaputt x"


def test_errors_carry_messages_and_validation_joins_its_fields() -> None:
    error = KnownError(msg("Die Datei {name} ist zu groß ({size} MB).", name="b", size=2))
    assert error.message == str(error) == "Die Datei b ist zu groß (2 MB)."
    failed = ValidationFailed(
        [
            FieldError("phones.0", msg("gleiche Rufnummer {number}", number="1")),
            FieldError("emails.0", text("kaputt")),
        ]
    )
    assert failed.message == "gleiche Rufnummer 1; kaputt"
    assert failed.reason.render(english) == "same phone number 1; kaputt"
    assert str(join([text("a")])) == "a"
    with pytest.raises(TypeError):
        KnownError("Klartext")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        FieldError("x", "Klartext")  # type: ignore[arg-type]
