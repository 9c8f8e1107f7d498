"""The departments a new database starts with (``resources/departments.json``): the units of
the state chancellery and the ministries under their official names. Addresses and numbers
are suggestions to be checked; the list is loaded once and never over an existing one."""

from __future__ import annotations

import json
from importlib import resources

from buergeranfragen.organisation.records import DepartmentDraft


def default_departments() -> list[DepartmentDraft]:
    text = (
        resources.files("buergeranfragen.resources")
        .joinpath("departments.json")
        .read_text(encoding="utf-8")
    )
    return [
        DepartmentDraft(
            code=str(entry["code"]),
            name=str(entry["name"]),
            email=str(entry.get("email", "")),
            phone=str(entry.get("phone", "")),
        )
        for entry in json.loads(text)["departments"]
    ]
