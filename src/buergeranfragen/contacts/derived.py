"""Columns derived from a contact's own fields and stored with it, so that the list filter, the
list order and the duplicate hint are each one indexed query:

- ``search_text``: names, organisation, outlet, desk, function, place, tags and addresses in
  the one normalised form of ``buergeranfragen.text`` ("Müller", "MUELLER" and "müller" are
  the same word), plus every number in the writings ``phones.search_forms`` gives;
- ``sort_name``: DIN 5007-1 dictionary order (Ä sorts as A);
- ``name_key``: "first last|organisation-or-outlet", normalised, for the same-name hint.

Plain functions of plain values: the repository derives them on every write, and migration
0004 recomputes them for databases written before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from buergeranfragen.contacts.phones import search_forms
from buergeranfragen.text import fold_spaces, sort_key

SORT_NAME_LENGTH = 400
NAME_KEY_LENGTH = 800

# The contact fields the list filter looks at (besides numbers and addresses); the order and
# the duplicate hint read a few of them too.
SEARCHED_FIELDS = (
    "title",
    "first_name",
    "last_name",
    "organisation",
    "outlet",
    "desk",
    "function",
    "postal_code",
    "city",
    "tags",
)


@dataclass(frozen=True)
class Derived:
    search_text: str
    sort_name: str
    name_key: str


def derive(fields: Mapping[str, str], e164s: Iterable[str], addresses: Iterable[str]) -> Derived:
    """The derived columns of a contact with these ``fields`` (at least ``SEARCHED_FIELDS``,
    the tags as stored: comma separated), numbers (E.164) and normalised addresses."""
    values = {name: fields[name] or "" for name in SEARCHED_FIELDS}
    return Derived(
        search_text=search_text(values, e164s, addresses),
        sort_name=sort_name(
            values["first_name"], values["last_name"], values["organisation"], values["outlet"]
        ),
        name_key=name_key(
            values["first_name"], values["last_name"], values["organisation"], values["outlet"]
        ),
    )


def search_text(fields: Mapping[str, str], e164s: Iterable[str], addresses: Iterable[str]) -> str:
    numbers = [form for e164 in e164s for form in search_forms(e164)]
    parts = [*(fields[name] for name in SEARCHED_FIELDS), *addresses, *numbers]
    return fold_spaces(" ".join(p for p in parts if p))


def search_words(typed: str) -> list[str]:
    """The words of a typed filter, each to be found in ``search_text``."""
    return fold_spaces(typed).split()


def sort_name(first_name: str, last_name: str, organisation: str, outlet: str) -> str:
    """Last name, first name, organisation (or the outlet alone), in dictionary order."""
    name = " ".join(p for p in (last_name, first_name, organisation) if p)
    return sort_key(name or outlet)[:SORT_NAME_LENGTH]


def name_key(first_name: str, last_name: str, organisation: str, outlet: str) -> str:
    """Same person at the same organisation (or outlet); "" unless both are known."""
    name = fold_spaces(f"{first_name} {last_name}")
    organisation = fold_spaces(organisation or outlet)
    return f"{name}|{organisation}"[:NAME_KEY_LENGTH] if name and organisation else ""


# -- tags ------------------------------------------------------------------------------------


def normalise_tags(tags: Iterable[str]) -> list[str]:
    """Tags split at commas, spaces tidied, each once (regardless of case), in given order."""
    seen: dict[str, str] = {}
    for tag in tags:
        for part in tag.split(","):
            clean = " ".join(part.split())
            if clean and clean.casefold() not in seen:
                seen[clean.casefold()] = clean
    return list(seen.values())


def split_tags(stored: str) -> list[str]:
    """The tags of the stored, comma separated column."""
    return normalise_tags([stored]) if stored else []


def join_tags(tags: Iterable[str]) -> str:
    """The stored form: normalised tags, comma separated."""
    return ", ".join(normalise_tags(tags))
