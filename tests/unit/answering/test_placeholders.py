from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from buergeranfragen.answering.placeholders import (
    NAMES,
    fill,
    problems,
    sample_values,
    used,
    values_for,
)
from buergeranfragen.answering.records import LetterFacts


def test_fill_replaces_placeholders() -> None:
    text = fill(
        "{anrede},\nIhr Zeichen {aktenzeichen}.", {"anrede": "Guten Tag", "aktenzeichen": "X"}
    )
    assert text == "Guten Tag,\nIhr Zeichen X."


@pytest.mark.parametrize(
    "hostile",
    [
        "{aktenzeichen}",
        "{0.__class__}",
        "{anrede.__init__.__globals__}",
        "{{betreff}}",
        "%(name)s ${name} {",
        "}{",
    ],
)
def test_values_stay_literal(hostile: str) -> None:
    values = {**sample_values(), "betreff": hostile}
    assert fill("Betreff: {betreff} / {aktenzeichen}", values) == (
        f"Betreff: {hostile} / BA-2026-00123"
    )


@given(st.text(max_size=80))
def test_any_value_is_inserted_as_it_is(value: str) -> None:
    assert fill("<{betreff}>", {"betreff": value}) == f"<{value}>"


def test_escaped_braces() -> None:
    assert fill("{{anrede}} {anrede} }}", {"anrede": "Hallo"}) == "{anrede} Hallo }"
    assert problems("{{anrede}} }}", "body") == []


def test_unknown_placeholder_is_named() -> None:
    errors = problems("{anrede} {aktenzeichn} {0.__class__}", "body")
    texts = [str(e.message) for e in errors]
    assert len(errors) == 2
    assert "{aktenzeichn}" in texts[0] and "{0.__class__}" in texts[1]
    assert all(e.field == "body" for e in errors)


@pytest.mark.parametrize("template", ["{anrede", "Klammer } zu", "{ anrede }", "{Anrede}"])
def test_lone_braces_and_misspelt_are_refused(template: str) -> None:
    assert problems(template, "subject")


def test_known_placeholders_pass() -> None:
    template = " ".join("{" + name + "}" for name in sorted(NAMES))
    assert problems(template, "body") == []
    assert set(used(template)) == NAMES


def test_unknown_placeholder_stays_when_filling() -> None:
    assert fill("{unbekannt} {", {}) == "{unbekannt} {"


def test_values_for_a_letter() -> None:
    facts = LetterFacts(
        reference="BA-2026-00007",
        received_at=datetime(2026, 3, 2, 23, 30, tzinfo=UTC),  # 3 March in Berlin
        subject="Frage\nzum  Schulweg",
        today=datetime(2026, 3, 5, 9, tzinfo=UTC),
        salutation="Frau",
        title="Dr.",
        first_name="Miriam",
        last_name="Celik",
        department_name="Ministerium für Schule und Bildung",
        department_phone="0211 5867-40",
        clerk_name="Jana Schulz",
    )
    values = values_for(facts)
    assert values["anrede"] == "Sehr geehrte Frau Dr. Celik"
    assert values["eingangsdatum"] == "03.03.2026"
    assert values["datum"] == "05.03.2026"
    assert values["betreff"] == "Frage zum Schulweg"
    assert values["name"] == "Miriam Celik"
    assert values["bearbeiter_telefon"] == "0211 5867-40"
    assert set(values) == NAMES


def test_a_value_is_never_filled_in_again() -> None:
    values = {"anrede": "{betreff} {{x}}", "betreff": "{anrede}"}
    assert fill("{anrede} / {betreff}", values) == "{betreff} {{x}} / {anrede}"
