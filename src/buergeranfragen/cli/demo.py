"""`buergeranfragen demo`: fill the chosen database with the demo set."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from buergeranfragen.cli.output import EXIT_OK, print_json
from buergeranfragen.config import Settings, shown_database_url


def register(commands: Any) -> None:
    demo = commands.add_parser("demo", help="Demodaten in die gewählte Datenbank schreiben")
    demo.add_argument("--json", action="store_true", help="Ergebnis als JSON")


def run(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from buergeranfragen.context import build_context
    from buergeranfragen.demo import load_demo

    context = build_context(settings)
    try:
        result = load_demo(context.contacts, context.clock, context.inquiries, context.mail)
    finally:
        context.close()
    if args.json:
        print_json(result, out)
    else:
        out.write(
            f"Demodaten geschrieben: {result['imported']} Kontakte neu, "
            f"{result['merged']} ergänzt, {result['inquiries']} Anfragen "
            f"({shown_database_url(settings.database_url)}).\n"
        )
    return EXIT_OK
