"""`buergeranfragen departments list|add|edit|deactivate|activate|delete`."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from buergeranfragen.cli.output import EXIT_OK, EXIT_USAGE, print_json
from buergeranfragen.cli.templates import read_text_file
from buergeranfragen.config import Settings
from buergeranfragen.organisation.records import (
    DepartmentChanges,
    DepartmentDraft,
    DepartmentRecord,
)
from buergeranfragen.organisation.service import DepartmentService


def register(commands: Any) -> None:
    departments = commands.add_parser(
        "departments", help="Abteilungen und Ministerien auflisten und pflegen"
    )
    actions = departments.add_subparsers(dest="action", metavar="AKTION", required=True)

    listing = actions.add_parser("list", help="alle Abteilungen (auch deaktivierte)")
    listing.add_argument("--json", action="store_true", help="ein JSON-Objekt je Abteilung")

    add = actions.add_parser("add", help="eine Abteilung anlegen (nur Administration)")
    add.add_argument("code", metavar="KÜRZEL")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--email", default="", help="Adresse für das Weiterleiten")
    add.add_argument("--phone", default="", help="Rufnummer")

    edit = actions.add_parser(
        "edit", help="umbenennen, E-Mail oder Rufnummer ändern (nur Administration)"
    )
    edit.add_argument("code", metavar="KÜRZEL")
    edit.add_argument("--name")
    edit.add_argument("--email")
    edit.add_argument("--phone")
    signature = edit.add_mutually_exclusive_group()
    signature.add_argument(
        "--signature",
        metavar="TEXT",
        help='Signatur unter ihren Schreiben ("" = die Standardsignatur)',
    )
    signature.add_argument(
        "--signature-file", metavar="DATEI", help="die Signatur aus einer UTF-8-Datei"
    )
    edit.add_argument(
        "--sender-email",
        metavar="ADRESSE",
        help='Absenderadresse ihrer Antworten ("" = die Absenderadresse des Büros)',
    )

    for action, text in (
        ("deactivate", "nicht mehr zur Verteilung anbieten; ihre Anfragen bleiben"),
        ("activate", "wieder zur Verteilung anbieten"),
        ("delete", "löschen, nur wenn keine Anfrage und keine Regel sie nennt"),
    ):
        actions.add_parser(action, help=f"{text} (nur Administration)").add_argument(
            "code", metavar="KÜRZEL"
        )


def _line(department: DepartmentRecord) -> str:
    state = "" if department.active else "  (deaktiviert)"
    contact = "  ".join(part for part in (department.email, department.phone) if part)
    return f"{department.code:<10} {department.name}{state}\n{'':<10} {contact}\n"


def _json(department: DepartmentRecord) -> dict[str, Any]:
    return {
        "code": department.code,
        "name": department.name,
        "email": department.email,
        "phone": department.phone,
        "active": department.active,
        "signature": department.signature,
        "sender_email": department.sender_email,
    }


def run(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from buergeranfragen.context import build_context

    if getattr(args, "signature_file", None):
        args.signature = read_text_file(args.signature_file)
    context = build_context(settings)
    try:
        return _run(context.departments, args, out)
    finally:
        context.close()


def _run(service: DepartmentService, args: argparse.Namespace, out: TextIO) -> int:
    if args.action == "list":
        for department in service.all():
            if args.json:
                print_json(_json(department), out)
            else:
                out.write(_line(department))
        return EXIT_OK
    if args.action == "add":
        added = service.add(DepartmentDraft(args.code, args.name, args.email, args.phone))
        out.write(f"Abteilung {added.code} angelegt: {added.name}\n")
        return EXIT_OK
    if args.action == "edit":
        changes = DepartmentChanges(
            name=args.name,
            email=args.email,
            phone=args.phone,
            signature=args.signature,
            sender_email=args.sender_email,
        )
        edited = service.edit(args.code, changes)
        out.write(f"Abteilung {edited.code} geändert.\n{_line(edited)}")
        return EXIT_OK
    if args.action in ("deactivate", "activate"):
        changed = service.set_active(args.code, args.action == "activate")
        word = "aktiviert" if changed.active else "deaktiviert"
        out.write(f"Abteilung {changed.code} {word}.\n")
        return EXIT_OK
    if args.action == "delete":
        service.delete(args.code)
        out.write(f"Abteilung {args.code.strip().upper()} gelöscht.\n")
        return EXIT_OK
    return EXIT_USAGE
