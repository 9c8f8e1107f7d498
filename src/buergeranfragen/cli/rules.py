"""`buergeranfragen rules list|test`: the routing rules in their order, and what a rule (a
stored one, by number or name, or one in a JSON file) would have done with the inquiries of the
last weeks."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from buergeranfragen.cli.output import EXIT_OK, EXIT_USAGE, print_error, print_json
from buergeranfragen.config import Settings
from buergeranfragen.errors import KnownError, ValidationFailed
from buergeranfragen.input_files import read_input_file, shown_path
from buergeranfragen.inquiries.routing import reason_of
from buergeranfragen.json_input import read_json
from buergeranfragen.messages import msg
from buergeranfragen.organisation.records import RuleRecord, RuleTrial
from buergeranfragen.routing.records import Conditions, Rule, rules_from_data

MAX_RULE_FILE = 1024 * 1024
MAX_WEEKS = 520  # ten years: further back than any inquiry, short of a date out of range
_FILE_KEYS = {"department": "action.department", "person": "action.person"}
KIND_LABELS = {"citizen": "Bürger", "press": "Presse"}
CHANNEL_LABELS = {"phone": "Telefon", "email": "E-Mail", "letter": "Brief", "in_person": "vor Ort"}


def register(commands: Any) -> None:
    rules = commands.add_parser("rules", help="Verteilregeln auflisten und ausprobieren")
    actions = rules.add_subparsers(dest="action", metavar="AKTION", required=True)
    listing = actions.add_parser("list", help="alle Regeln in der Reihenfolge, in der sie gelten")
    listing.add_argument("--json", action="store_true", help="ein JSON-Objekt je Regel")
    test = actions.add_parser(
        "test",
        help="eine Regel an den Anfragen der letzten Wochen ausprobieren (ändert nichts)",
    )
    test.add_argument(
        "rule",
        metavar="REGEL-ODER-DATEI",
        help="Nummer oder Name einer gespeicherten Regel, oder eine JSON-Datei mit einer Regel "
        "im Format von routing_rules.json",
    )
    test.add_argument(
        "--weeks", type=int, default=4, metavar="N", help="Wochen, 1 bis 520 (Standard: 4)"
    )
    test.add_argument("--json", action="store_true", help="das Ergebnis als ein JSON-Objekt")


def run(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    candidate: Rule | None = None
    if args.action == "test" and not 1 <= args.weeks <= MAX_WEEKS:
        print_error(f"--weeks braucht eine Zahl von 1 bis {MAX_WEEKS} (zehn Jahre).")
        return EXIT_USAGE
    if args.action == "test" and _is_file(args.rule):
        try:
            candidate = read_rule_file(Path(args.rule))
        except KnownError as exc:
            return _refused_file(args.rule, exc.message)

    from buergeranfragen.context import build_context

    context = build_context(settings)
    try:
        service = context.rules
        if args.action == "list":
            return _list(service.all(), args.json, out)
        if candidate is None:
            rule = service.find(args.rule).rule()
        else:
            try:  # what saving the rule would refuse, refused before trying it
                rule = service.check(candidate)
            except ValidationFailed as exc:
                return _refused_file(args.rule, _field_errors(exc))
        return _test(service.trial(rule, args.weeks), args.json, out)
    finally:
        context.close()


def _refused_file(path: str, reason: str) -> int:
    print_error(f"{shown_path(path)}: {reason}")
    return EXIT_USAGE


def _field_errors(exc: ValidationFailed) -> str:
    """Each wrong field under its key in the rule file ("action.department: …")."""
    if not exc.errors:
        return exc.message
    return "; ".join(
        f"{_FILE_KEYS.get(error.field, error.field)}: {error.message.render()}"
        for error in exc.errors
    )


def _is_file(value: str) -> bool:
    """A file is meant: a name ending in .json, or an existing file (a name too long for the
    system, or any other error asking for it, is not a file but a rule's name)."""
    if value.lower().endswith(".json"):
        return True
    try:
        return Path(value).is_file()
    except (OSError, ValueError):
        return False


def read_rule_file(path: Path) -> Rule:
    """The one rule of a JSON file (a rule, or the shipped format with one rule in "rules")."""
    rules = rules_from_data(read_json(read_input_file(path, MAX_RULE_FILE)))
    if len(rules) != 1:
        raise KnownError(
            msg(
                "Die Datei {name} enthält {count} Regeln; zum Ausprobieren bitte genau eine.",
                name=shown_path(path),
                count=len(rules),
            )
        )
    return rules[0]


def conditions_text(conditions: Conditions) -> str:
    parts = []
    if conditions.kinds:
        parts.append("Art: " + ", ".join(KIND_LABELS.get(k, k) for k in conditions.kinds))
    if conditions.channels:
        parts.append("Kanal: " + ", ".join(CHANNEL_LABELS.get(c, c) for c in conditions.channels))
    if conditions.words:
        parts.append("Wörter: " + ", ".join(conditions.words))
    if conditions.except_words:
        parts.append("außer: " + ", ".join(conditions.except_words))
    if conditions.sender_domains:
        parts.append("Absender: " + ", ".join(conditions.sender_domains))
    if conditions.contact_tags:
        parts.append("Schlagwörter: " + ", ".join(conditions.contact_tags))
    return "; ".join(parts)


def _list(rules: list[RuleRecord], as_json: bool, out: TextIO) -> int:
    for rule in rules:
        if as_json:
            print_json(rule_json(rule), out)
            continue
        state = "" if rule.active else "  (deaktiviert)"
        person = f", {rule.person}" if rule.person else ""
        out.write(
            f"{rule.position:>3}. {rule.name}{state}\n"
            f"     → {rule.department_code} ({rule.department_name}){person}; "
            f"{rule.routed} Anfragen verteilt\n"
            f"     {conditions_text(rule.conditions)}\n"
        )
    return EXIT_OK


def rule_json(rule: RuleRecord) -> dict[str, Any]:
    return {
        "number": rule.position,
        "id": rule.id,
        "name": rule.name,
        "active": rule.active,
        "department_code": rule.department_code,
        "department": rule.department_name,
        "person": rule.person,
        "priority": rule.priority.value if rule.priority else None,
        "routed": rule.routed,
        "conditions": rule.conditions.to_dict(),
    }


def trial_json(trial: RuleTrial) -> dict[str, Any]:
    result = trial.result
    return {
        "rule": result.rule.name,
        "department_code": trial.department_code,
        "department": trial.department_name,
        "weeks": trial.weeks,
        "since": trial.since.isoformat(),
        "tried": result.tried,
        "count": result.count,
        "capped": trial.capped,
        "limit": trial.limit,
        "matches": [
            {
                "reference": m.key,
                "words": list(m.decision.words),
                "reason": reason_of(m.decision),
            }
            for m in result.matches
        ],
        "elsewhere_now": [
            {"reference": key, "department_code": code} for key, code in result.changed
        ],
    }


def _test(trial: RuleTrial, as_json: bool, out: TextIO) -> int:
    if as_json:
        print_json(trial_json(trial), out)
        return EXIT_OK
    result = trial.result
    target = trial.department_code
    if trial.department_name:
        target += f" ({trial.department_name})"
    out.write(
        f"Regel „{result.rule.name}“ hätte {result.count} von {result.tried} Anfragen der "
        f"letzten {trial.weeks} Wochen an {target} verteilt"
        f"{':' if result.matches else '.'}\n"
    )
    if trial.capped:
        out.write(f"(Nur die neuesten {trial.limit} Anfragen des Zeitraums geprüft.)\n")
    for match in result.matches:
        out.write(f"  {match.key}  {reason_of(match.decision) or '(Art, Kanal, Absender)'}\n")
    if result.changed:
        out.write(f"Nach den jetzigen Regeln gehen {len(result.changed)} davon anderswohin:\n")
        for key, code in result.changed:
            out.write(f"  {key}  → {code or 'Nicht zugeordnet'}\n")
    return EXIT_OK
