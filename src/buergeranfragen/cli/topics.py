"""`buergeranfragen topics list|set|add|remove|reset`: the office's topic list the reports
count new inquiries by (changes: Administration only)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from buergeranfragen.cli.output import EXIT_OK
from buergeranfragen.config import Settings
from buergeranfragen.input_files import read_input_file
from buergeranfragen.reports.topics import topics_from_json, topics_to_json

MAX_FILE = 64 * 1024


def register(commands: Any) -> None:
    topics = commands.add_parser("topics", help="die Themenliste der Berichte zeigen und ändern")
    actions = topics.add_subparsers(dest="action", metavar="AKTION", required=True)
    shown = actions.add_parser("list", help="die Themen")
    shown.add_argument("--json", action="store_true", help="als JSON-Liste (für „topics set“)")
    change = actions.add_parser("set", help="die Liste aus einer JSON-Datei (nur Administration)")
    change.add_argument("file", metavar="DATEI", help="JSON-Liste, - für die Standardeingabe")
    add = actions.add_parser("add", help="ein Thema anfügen (nur Administration)")
    add.add_argument("name", metavar="THEMA")
    remove = actions.add_parser("remove", help="ein Thema streichen (nur Administration)")
    remove.add_argument("name", metavar="THEMA")
    actions.add_parser("reset", help="zurück zur mitgelieferten Liste (nur Administration)")


def run(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from buergeranfragen.context import build_context

    if args.action == "set":
        if args.file == "-":
            text = sys.stdin.read(MAX_FILE + 1)[:MAX_FILE]
        else:
            text = read_input_file(Path(args.file), MAX_FILE).decode("utf-8", "replace")
        wanted = topics_from_json(text)
    context = build_context(settings)
    try:
        service = context.topics
        if args.action == "list":
            current = service.current()
        elif args.action == "set":
            current = service.save(wanted)
        elif args.action == "add":
            current = service.add(args.name)
        elif args.action == "remove":
            current = service.remove(args.name)
        else:
            current = service.reset()
    finally:
        context.close()
    if getattr(args, "json", False):
        out.write(topics_to_json(current.topics) + "\n")
    else:
        out.write("".join(f"  {topic}\n" for topic in current.topics))
    return EXIT_OK
