"""`buergeranfragen report settings show|set`: the automatic weekly report's settings (on or
off, folder, formats, recipients); changing them is for the Administration."""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from buergeranfragen.cli.output import EXIT_OK
from buergeranfragen.config import Settings
from buergeranfragen.reports.settings import ReportSettings, ReportSettingsService, parse_list


def add_settings(actions: Any) -> None:
    """``settings show|set`` under the ``report`` command's sub-commands ``actions``."""
    settings = actions.add_parser(
        "settings", help="den automatischen Wochenbericht zeigen und einstellen"
    )
    steps = settings.add_subparsers(dest="settings_action", metavar="AKTION", required=True)
    show = steps.add_parser("show", help="die geltenden Einstellungen")
    show.add_argument("--json", action="store_true", help="als JSON")
    change = steps.add_parser("set", help="Einstellungen ändern (nur Administration)")
    switch = change.add_mutually_exclusive_group()
    switch.add_argument("--on", action="store_true", help="beim ersten Start der Woche erstellen")
    switch.add_argument("--off", action="store_true", help="nicht mehr automatisch erstellen")
    change.add_argument("--folder", metavar="ORDNER", help="wohin die Dateien kommen")
    change.add_argument("--formats", metavar="LISTE", help="z. B. xlsx,pdf,csv")
    change.add_argument(
        "--recipients", metavar="LISTE", help="Mailadressen mit Komma; leer: nicht mailen"
    )


def run(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from buergeranfragen.context import build_context

    context = build_context(settings)
    try:
        service = ReportSettingsService(
            context.database.session_factory, context.clock, settings.actor
        )
        current = service.current()
        if args.settings_action == "set":
            current = service.save(
                ReportSettings(
                    enabled=(current.enabled or args.on) and not args.off,
                    folder=current.folder if args.folder is None else args.folder,
                    formats=current.formats if args.formats is None else parse_list(args.formats),
                    recipients=(
                        current.recipients
                        if args.recipients is None
                        else parse_list(args.recipients)
                    ),
                )
            )
            out.write("Gespeichert.\n")
    finally:
        context.close()
    if getattr(args, "json", False):
        out.write(json.dumps(current.to_json(), ensure_ascii=False) + "\n")
    else:
        out.write(describe(current))
    return EXIT_OK


def describe(current: ReportSettings) -> str:
    lines = [
        "Automatisch:  "
        + ("ja, beim ersten Start einer neuen Woche" if current.enabled else "nein"),
        "Ordner:       " + (current.folder or "(keiner)"),
        "Formate:      " + ", ".join(current.formats),
        "Mailen an:    " + (", ".join(current.recipients) or "(niemanden)"),
    ]
    return "".join(f"  {line}\n" for line in lines)
