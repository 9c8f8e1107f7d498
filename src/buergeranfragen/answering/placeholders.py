"""The placeholders of a Textbaustein and how a template is filled in (pure).

A placeholder is a German name in braces, ``{anrede}``; ``{{`` and ``}}`` stand for a literal
brace. Filling in is one pass over the *template*: each placeholder is replaced by its value
as it is, and a value is never looked at again. So a subject from a mail that reads
``{aktenzeichen}`` or ``{0.__class__}`` stays exactly that text (no ``str.format`` on
anything, no expansion of values). A template with an unknown placeholder or a lone brace is
refused when it is saved (``problems``); filling in leaves such text as it is."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime

from buergeranfragen.answering.records import LetterFacts
from buergeranfragen.answering.salutation import salutation
from buergeranfragen.calendar import local
from buergeranfragen.errors import FieldError
from buergeranfragen.messages import Message, msg


@dataclass(frozen=True)
class Placeholder:
    name: str
    description: Message
    example: str


PLACEHOLDERS: tuple[Placeholder, ...] = (
    Placeholder(
        "anrede",
        msg("Anredezeile aus Anrede, Titel und Namen des Kontakts"),
        "Sehr geehrte Frau Dr. Celik",
    ),
    Placeholder("titel", msg("Titel des Kontakts"), "Dr."),
    Placeholder("vorname", msg("Vorname des Kontakts"), "Miriam"),
    Placeholder("nachname", msg("Nachname des Kontakts"), "Celik"),
    Placeholder("name", msg("Vor- und Nachname des Kontakts"), "Miriam Celik"),
    Placeholder("organisation", msg("Organisation oder Redaktion des Kontakts"), "WDR"),
    Placeholder("aktenzeichen", msg("Aktenzeichen der Anfrage"), "BA-2026-00123"),
    Placeholder("eingangsdatum", msg("Eingangsdatum der Anfrage"), "03.03.2026"),
    Placeholder("betreff", msg("Betreff der Anfrage"), "Frage zum Schulweg"),
    Placeholder("datum", msg("heutiges Datum"), "05.03.2026"),
    Placeholder("abteilung", msg("Name der zuständigen Abteilung"), "Staatskanzlei"),
    Placeholder("abteilung_telefon", msg("Rufnummer der Abteilung"), "0211 837-01"),
    Placeholder("abteilung_email", msg("E-Mail-Adresse der Abteilung"), "poststelle@nrw.de"),
    Placeholder("bearbeiter", msg("Name der bearbeitenden Person"), "Jana Schulz"),
    Placeholder(
        "bearbeiter_telefon",
        msg("Rufnummer der bearbeitenden Person (die der Abteilung)"),
        "0211 837-01",
    ),
)
NAMES = frozenset(p.name for p in PLACEHOLDERS)

# {{ and }} first, then a placeholder, then a lone brace
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}\n]{0,60})\}|[{}]")


def _tokens(template: str) -> Iterator[tuple[int, str, str | None]]:
    """(position, matched text, placeholder name or None) for every brace construct."""
    for match in _TOKEN.finditer(template):
        yield match.start(), match.group(0), match.group(1)


def used(template: str) -> list[str]:
    """The placeholders a template names, in order, each once."""
    seen: list[str] = []
    for _, _, name in _tokens(template):
        if name is not None and name not in seen:
            seen.append(name)
    return seen


def problems(template: str, field: str) -> list[FieldError]:
    """What makes a template unusable: unknown placeholders (each named) and lone braces."""
    errors = []
    unknown = [name for name in used(template) if name not in NAMES]
    for name in unknown:
        errors.append(
            FieldError(
                field,
                msg(
                    "Den Platzhalter {placeholder} gibt es nicht. Bekannt sind: {known}.",
                    placeholder="{" + name + "}",
                    known=", ".join("{" + p.name + "}" for p in PLACEHOLDERS),
                ),
            )
        )
    if any(name is None and token in "{}" for _, token, name in _tokens(template)):
        errors.append(
            FieldError(
                field,
                msg(
                    "Eine einzelne geschweifte Klammer ist kein Platzhalter; für eine Klammer "
                    "im Text bitte {{ oder }} schreiben."
                ),
            )
        )
    return errors


def fill(template: str, values: Mapping[str, str]) -> str:
    """The template with its placeholders replaced by ``values`` (inserted as they are, never
    expanded again); ``{{``/``}}`` become single braces; anything else stays as written."""
    parts: list[str] = []
    last = 0
    for start, token, name in _tokens(template):
        parts.append(template[last:start])
        if token == "{{":
            parts.append("{")
        elif token == "}}":
            parts.append("}")
        elif name is not None and name in values:
            parts.append(values[name])
        else:
            parts.append(token)
        last = start + len(token)
    parts.append(template[last:])
    return "".join(parts)


def one_line(text: str) -> str:
    """A subject: line breaks and other whitespace runs become one space."""
    return " ".join(text.split())


def german_date(moment: datetime | None) -> str:
    """03.03.2026 (the Berlin calendar day)."""
    return local(moment).strftime("%d.%m.%Y") if moment is not None else ""


def values_for(facts: LetterFacts) -> dict[str, str]:
    """The value of every placeholder for one letter."""
    name = " ".join(part for part in (facts.first_name, facts.last_name) if part.strip())
    return {
        "anrede": salutation(facts.salutation, facts.title, facts.first_name, facts.last_name),
        "titel": facts.title.strip(),
        "vorname": facts.first_name.strip(),
        "nachname": facts.last_name.strip(),
        "name": " ".join(name.split()),
        "organisation": facts.organisation.strip(),
        "aktenzeichen": facts.reference,
        "eingangsdatum": german_date(facts.received_at),
        "betreff": one_line(facts.subject),
        "datum": german_date(facts.today),
        "abteilung": facts.department_name,
        "abteilung_telefon": facts.department_phone,
        "abteilung_email": facts.department_email,
        "bearbeiter": facts.clerk_name,
        "bearbeiter_telefon": facts.department_phone,
    }


def sample_values() -> dict[str, str]:
    """The examples, for a preview without an inquiry."""
    return {p.name: p.example for p in PLACEHOLDERS}
