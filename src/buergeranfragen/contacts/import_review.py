"""Reviewing what imports merged: before the "same person" rule (``identity``) an import
completed a contact that merely shared a number or an address with the entry, so another
person's numbers and addresses may sit on it. The audit trail keeps every import merge as the
change of the completed contact; this module reads what each one added."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from buergeranfragen.contacts.records import ImportMerge


def _values(stored: object) -> list[str]:
    """The values of a snapshot's list of "kind:value" entries (the audit's form)."""
    if not isinstance(stored, list):
        return []
    return [str(item).partition(":")[2] or str(item) for item in stored]


def added_values(changes: Mapping[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The numbers (E.164) and addresses an import merge added, from its audit change
    (``{"phones": [before, after], "emails": [before, after], …}``)."""
    added: list[tuple[str, ...]] = []
    for name in ("phones", "emails"):
        change = changes.get(name)
        if not isinstance(change, list) or len(change) != 2:
            added.append(())
            continue
        before = set(_values(change[0]))
        added.append(tuple(v for v in dict.fromkeys(_values(change[1])) if v not in before))
    return added[0], added[1]


def named(merge: ImportMerge, name: str) -> ImportMerge:
    return replace(merge, name=name)


def filled_fields(changes: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """The fields an import merge filled or completed (organisation, street, notes, …), with
    the value they got; numbers and addresses are ``added_values``."""
    filled = []
    for name, change in changes.items():
        if name in ("phones", "emails") or not isinstance(change, list) or len(change) != 2:
            continue
        if change[1] not in (None, "") and change[1] != change[0]:
            filled.append((str(name), str(change[1])))
    return tuple(filled)
