"""`buergeranfragen deadlines show|set|reset`: the office's deadlines per kind and channel."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from buergeranfragen.cli.output import EXIT_OK
from buergeranfragen.config import Settings
from buergeranfragen.input_files import read_input_file
from buergeranfragen.organisation.deadlines import DeadlineService
from buergeranfragen.workflow.deadline_config import settings_from_json, settings_to_json
from buergeranfragen.workflow.deadlines import DeadlineSettings

MAX_FILE = 64 * 1024


def register(commands: Any) -> None:
    deadlines = commands.add_parser(
        "deadlines", help="die Fristen des Büros je Art und Kanal zeigen und festlegen"
    )
    actions = deadlines.add_subparsers(dest="action", metavar="AKTION", required=True)
    show = actions.add_parser("show", help="die geltenden Fristen")
    show.add_argument("--json", action="store_true", help="im Format für „deadlines set“")
    change = actions.add_parser(
        "set", help="Fristen aus einer JSON-Datei festlegen (nur Administration)"
    )
    change.add_argument("file", metavar="DATEI", help="JSON-Datei, - für die Standardeingabe")
    actions.add_parser("reset", help="zurück zu den mitgelieferten Fristen (nur Administration)")


def run(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from buergeranfragen.context import build_context

    if args.action == "set":  # read (and check) the file before the database is opened
        if args.file == "-":
            text = sys.stdin.read(MAX_FILE + 1)[:MAX_FILE]
        else:
            text = read_input_file(Path(args.file), MAX_FILE).decode("utf-8", "replace")
        wanted = settings_from_json(text)
    context = build_context(settings)
    try:
        service = DeadlineService(context.database.session_factory, context.clock, settings.actor)
        if args.action == "show":
            current = service.current()
        elif args.action == "set":
            current = service.save(wanted)
            out.write("Die Fristen gelten ab jetzt für neue Anfragen:\n")
        else:
            current = service.reset()
            out.write("Die mitgelieferten Fristen gelten wieder:\n")
    finally:
        context.close()
    if getattr(args, "json", False):
        out.write(settings_to_json(current) + "\n")
    else:
        out.write(describe(current))
    return EXIT_OK


def _days(count: int) -> str:
    return "1 Arbeitstag" if count == 1 else f"{count} Arbeitstage"


def describe(settings: DeadlineSettings) -> str:
    written = settings.written
    interim = (
        f", Zwischennachricht nach {written.interim_after_days} Tagen"
        if written.interim_after_days is not None
        else ", keine Zwischennachricht"
    )
    press = settings.press.working_days
    lines = [
        f"Ende des Arbeitstags (fällig um): {settings.end_of_day.strftime('%H:%M')}",
        f"Rückruf nach einem Anruf:         {_days(settings.callback.working_days)}",
        f"Schriftliche Bürgeranfrage:       {_days(written.working_days)}{interim}",
        "Presse ohne Redaktionsschluss:    "
        + ("am selben Arbeitstag" if press == 0 else _days(press)),
        f"Antrag nach dem IFG NRW:          {settings.ifg.months} Monat(e)",
        "Weitere dienstfreie Tage:         "
        + (
            ", ".join(f"{day:02d}.{month:02d}." for month, day in sorted(settings.closed_days))
            or "keine"
        ),
    ]
    for override in settings.overrides:
        who = " / ".join(v for v in (override.kind or "", override.channel or "") if v)
        lines.append(f"Ausnahme {who}: {_days(override.term.working_days)}")
    return "".join(f"  {line}\n" for line in lines)
