"""`buergeranfragen templates list|show|add|edit|deactivate|activate`: the Textbausteine."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TextIO

from buergeranfragen.answering.records import (
    TemplateChanges,
    TemplateDraft,
    TemplatePurpose,
    TemplateRecord,
)
from buergeranfragen.answering.templates import TemplateService
from buergeranfragen.answering.validation import BODY_MAX
from buergeranfragen.cli.output import EXIT_OK, EXIT_USAGE, print_json
from buergeranfragen.config import Settings
from buergeranfragen.input_files import read_input_file

PURPOSES = [p.value for p in TemplatePurpose]
PURPOSE_LABELS = {
    TemplatePurpose.REPLY: "Antwort",
    TemplatePurpose.INTERIM: "Zwischennachricht",
    TemplatePurpose.FORWARD: "Weiterleitung",
}
MAX_FILE = BODY_MAX * 4 + 4  # UTF-8: at most four bytes a character, and a BOM


def read_text_file(path: str) -> str:
    """A body or signature file: UTF-8 (a BOM dropped), read through ``read_input_file``."""
    return read_input_file(Path(path), MAX_FILE).decode("utf-8-sig", "replace")


def register(commands: Any) -> None:
    templates = commands.add_parser("templates", help="Textbausteine auflisten und pflegen")
    actions = templates.add_subparsers(dest="action", metavar="AKTION", required=True)

    listing = actions.add_parser("list", help="die aktiven Textbausteine")
    listing.add_argument("--purpose", choices=PURPOSES, help="nur dieser Zweck")
    listing.add_argument("--all", action="store_true", help="auch deaktivierte")
    listing.add_argument("--json", action="store_true", help="ein JSON-Objekt je Textbaustein")

    show = actions.add_parser("show", help="einen Textbaustein ganz zeigen")
    show.add_argument("name", metavar="NAME")
    show.add_argument("--json", action="store_true", help="als JSON-Objekt")

    add = actions.add_parser(
        "add", help="einen Textbaustein anlegen (Pressestelle, Leitung, Administration)"
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument("--purpose", choices=PURPOSES, required=True, help="Zweck")
    add.add_argument("--subject", default="", help="Betreff (mit Platzhaltern)")
    body = add.add_mutually_exclusive_group(required=True)
    body.add_argument("--body-file", metavar="DATEI", help="der Text aus einer UTF-8-Datei")
    body.add_argument("--body", metavar="TEXT", help="der Text")

    edit = actions.add_parser(
        "edit", help="einen Textbaustein ändern (Pressestelle, Leitung, Administration)"
    )
    edit.add_argument("name", metavar="NAME")
    edit.add_argument("--name", dest="new_name", metavar="NEUER_NAME", help="umbenennen")
    edit.add_argument("--purpose", choices=PURPOSES)
    edit.add_argument("--subject")
    text = edit.add_mutually_exclusive_group()
    text.add_argument("--body-file", metavar="DATEI")
    text.add_argument("--body", metavar="TEXT")
    edit.add_argument(
        "--expect-version",
        type=int,
        metavar="N",
        help="nur ändern, wenn der Textbaustein noch diese Version hat",
    )

    for action, help_text in (
        ("deactivate", "nicht mehr anbieten"),
        ("activate", "wieder anbieten"),
    ):
        actions.add_parser(
            action, help=f"{help_text} (Pressestelle, Leitung, Administration)"
        ).add_argument("name", metavar="NAME")


def template_json(template: TemplateRecord) -> dict[str, Any]:
    return {
        "name": template.name,
        "purpose": template.purpose.value,
        "subject": template.subject,
        "body": template.body,
        "active": template.active,
        "version": template.version,
        "updated_at": template.updated_at.isoformat(),
        "updated_by": template.updated_by,
    }


def _label(template: TemplateRecord) -> str:
    return PURPOSE_LABELS.get(template.purpose, template.purpose.value)


def _line(template: TemplateRecord) -> str:
    state = "" if template.active else "  (deaktiviert)"
    return f"{_label(template):<18} {template.name}{state}\n{'':<18} {template.subject}\n"


def _full(template: TemplateRecord) -> str:
    state = "aktiv" if template.active else "deaktiviert"
    return (
        f"Name:    {template.name}\nZweck:   {_label(template)}\nStand:   {state}, "
        f"Version {template.version}\nBetreff: {template.subject}\n\n{template.body}\n"
    )


def run(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from buergeranfragen.context import build_context

    body = read_text_file(args.body_file) if getattr(args, "body_file", None) else None
    context = build_context(settings)
    try:
        return _run(context.templates, args, out, body)
    finally:
        context.close()


def _run(
    service: TemplateService, args: argparse.Namespace, out: TextIO, body_from_file: str | None
) -> int:
    if args.action == "list":
        purpose = TemplatePurpose(args.purpose) if args.purpose else None
        for template in service.list(purpose, include_inactive=args.all):
            if args.json:
                print_json(template_json(template), out)
            else:
                out.write(_line(template))
        return EXIT_OK
    if args.action == "show":
        template = service.get(args.name)
        if args.json:
            print_json(template_json(template), out)
        else:
            out.write(_full(template))
        return EXIT_OK
    body = body_from_file if body_from_file is not None else getattr(args, "body", None)
    if args.action == "add":
        draft = TemplateDraft(args.name, TemplatePurpose(args.purpose), args.subject, body or "")
        added = service.add(draft)
        out.write(f"Textbaustein {added.name} angelegt.\n")
        return EXIT_OK
    if args.action == "edit":
        changes = TemplateChanges(
            name=args.new_name,
            purpose=TemplatePurpose(args.purpose) if args.purpose else None,
            subject=args.subject,
            body=body,
        )
        edited = service.edit(args.name, changes, args.expect_version)
        out.write(f"Textbaustein {edited.name} geändert (Version {edited.version}).\n")
        return EXIT_OK
    if args.action in ("deactivate", "activate"):
        changed = service.set_active(args.name, args.action == "activate")
        word = "aktiviert" if changed.active else "deaktiviert"
        out.write(f"Textbaustein {changed.name} {word}.\n")
        return EXIT_OK
    return EXIT_USAGE
