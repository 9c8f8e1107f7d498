"""The rule set shipped with the program (``resources/routing_rules.json``): one rule per
department, built from what each ministry is responsible for, press inquiries first. A new
database starts with these rules; the administration edits them."""

from __future__ import annotations

from importlib import resources

from buergeranfragen.routing.records import Rule, rules_from_json

RESOURCE = "routing_rules.json"


def default_rules_json() -> str:
    """The shipped rule file as text."""
    return (
        resources.files("buergeranfragen.resources").joinpath(RESOURCE).read_text(encoding="utf-8")
    )


def default_rules() -> tuple[Rule, ...]:
    """The shipped rules, in their order."""
    return rules_from_json(default_rules_json())
