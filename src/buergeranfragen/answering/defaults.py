"""The Textbausteine a database starts with (``resources/templates.json``): a standard
answer, an Eingangsbestätigung, a Zwischennachricht, a cover note for a forward to a department
and a Rückfrage. Loaded into a database that has no template yet, never over existing ones."""

from __future__ import annotations

import json
from importlib import resources

from buergeranfragen.answering.records import TemplateDraft, TemplatePurpose


def default_templates() -> list[TemplateDraft]:
    text = (
        resources.files("buergeranfragen.resources")
        .joinpath("templates.json")
        .read_text(encoding="utf-8")
    )
    return [
        TemplateDraft(
            name=str(entry["name"]),
            purpose=TemplatePurpose(entry["purpose"]),
            subject=str(entry.get("subject", "")),
            body=str(entry["body"]),
        )
        for entry in json.loads(text)["templates"]
    ]
