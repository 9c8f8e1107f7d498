"""`buergeranfragen privacy …`: data protection.

- ``privacy retention``: anonymise and delete what the retention rules say is due (German
  summary); ``--dry-run`` only says what would be done (``--json``: ids, reference numbers and
  dates, nothing personal);
- ``privacy retention rules``: the rules; ``privacy retention rules set FILE``: new rules from
  a JSON file (Administration only);
- ``privacy export`` / ``privacy erase``: Art. 15 export, Art. 17 erasure (``privacy_access``)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from buergeranfragen.calendar import format_local
from buergeranfragen.cli import privacy_access
from buergeranfragen.cli.output import EXIT_OK
from buergeranfragen.config import Settings
from buergeranfragen.input_files import read_input_file
from buergeranfragen.json_input import read_json
from buergeranfragen.privacy.retention import RetentionOutcome, RetentionPreview
from buergeranfragen.privacy.retention_rules import RetentionRules, rules_from_data

MAX_FILE = 64 * 1024


def register(commands: Any) -> None:
    privacy = commands.add_parser("privacy", help="Datenschutz: Fristen, Auskunft, Löschung")
    actions = privacy.add_subparsers(dest="action", metavar="AKTION", required=True)
    retention = actions.add_parser(
        "retention",
        help="anonymisieren und löschen, was nach den Aufbewahrungsfristen fällig ist",
    )
    retention.add_argument(
        "--dry-run", action="store_true", help="nur zeigen, was der nächste Lauf täte"
    )
    retention.add_argument("--json", action="store_true", help="als JSON")
    steps = retention.add_subparsers(dest="retention_action", metavar="REGELN")
    rules = steps.add_parser("rules", help="die Aufbewahrungsfristen zeigen und festlegen")
    rules.add_argument("--json", action="store_true", help="im Format für „rules set“")
    change = rules.add_subparsers(dest="rules_action", metavar="AKTION")
    new = change.add_parser("set", help="Fristen aus einer JSON-Datei (nur Administration)")
    new.add_argument("file", metavar="DATEI", help="JSON-Datei, - für die Standardeingabe")
    privacy_access.register_actions(actions)


def _read_rules(name: str) -> RetentionRules:
    if name == "-":
        data: bytes | str = sys.stdin.read(MAX_FILE + 1)[:MAX_FILE]
    else:
        data = read_input_file(Path(name), MAX_FILE)
    return rules_from_data(read_json(data))


def run(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from buergeranfragen.context import build_context

    if args.action in privacy_access.ACTIONS:
        return privacy_access.run_action(args, settings, out)

    wanted = None
    if args.retention_action == "rules" and args.rules_action == "set":
        wanted = _read_rules(args.file)  # checked before the database is opened
    context = build_context(settings)
    try:
        service = context.retention
        if args.retention_action == "rules":
            rules = service.rules() if wanted is None else service.save_rules(wanted)
            if wanted is not None:
                out.write("Die Aufbewahrungsfristen gelten ab dem nächsten Lauf:\n")
            if args.json:
                out.write(json.dumps(rules.to_json(), sort_keys=True) + "\n")
            else:
                out.write(describe_rules(rules))
        elif args.dry_run:
            preview = service.preview()
            if args.json:
                out.write(json.dumps(preview.to_json(), ensure_ascii=False, indent=2) + "\n")
            else:
                out.write(describe_preview(preview))
        else:
            outcome = service.apply()
            if args.json:
                out.write(json.dumps(outcome.to_json()) + "\n")
            else:
                out.write(describe_outcome(outcome))
    finally:
        context.close()
    return EXIT_OK


def _months(count: int) -> str:
    return "1 Monat" if count == 1 else f"{count} Monate"


def describe_rules(rules: RetentionRules) -> str:
    lines = [
        f"Abgeschlossene Bürgeranfrage: anonymisiert {_months(rules.citizen_months)} nach dem "
        "Abschluss (mit Mail-Originalen und Anhängen)",
        f"Abgeschlossene Presseanfrage: anonymisiert {_months(rules.press_months)} nach dem "
        "Abschluss (mit Mail-Originalen und Anhängen)",
        f"Kontakt ohne Anfragen:        gelöscht {_months(rules.contact_months)} nach der "
        "letzten Änderung oder Anfrage",
        f"Nicht übernommene Mails:      gelöscht {_months(rules.citizen_months)} nach dem Eingang",
    ]
    return "".join(f"  {line}\n" for line in lines)


def _counted(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def describe_preview(preview: RetentionPreview) -> str:
    lines = [
        f"Beim nächsten Lauf: {_counted(len(preview.inquiries), 'Anfrage', 'Anfragen')} "
        f"anonymisieren, {_counted(len(preview.contacts), 'Kontakt', 'Kontakte')} löschen, "
        f"{_counted(len(preview.rejected), 'nicht übernommene Mail', 'nicht übernommene Mails')}"
        " löschen."
    ]
    lines += [
        f"  {i.reference} (abgeschlossen {format_local(i.closed_at)})" for i in preview.inquiries
    ]
    lines += [f"  Kontakt Nr. {c.id}" for c in preview.contacts]
    return "".join(f"{line}\n" for line in lines)


def describe_outcome(outcome: RetentionOutcome) -> str:
    return (
        f"{_counted(outcome.inquiries, 'Anfrage', 'Anfragen')} anonymisiert, "
        f"{_counted(outcome.contacts, 'Kontakt', 'Kontakte')} gelöscht, "
        f"{_counted(outcome.rejected, 'nicht übernommene Mail', 'nicht übernommene Mails')} "
        "gelöscht.\n"
    )
