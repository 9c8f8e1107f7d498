"""`buergeranfragen people list|role|department|name|activate|deactivate`: who works with the
program and in which role (only Administration changes anything; the first person of a
database is its Administration)."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from buergeranfragen.cli.output import EXIT_OK, EXIT_USAGE, ROLE_LABELS, print_json
from buergeranfragen.config import Settings
from buergeranfragen.organisation.records import PersonRecord, Role
from buergeranfragen.organisation.service import PeopleService
from buergeranfragen.text import name_keys


def register(commands: Any) -> None:
    people = commands.add_parser("people", help="Personen und ihre Rollen auflisten und ändern")
    actions = people.add_subparsers(dest="action", metavar="AKTION", required=True)
    listing = actions.add_parser("list", help="alle Personen mit Rolle und Abteilung")
    listing.add_argument("--json", action="store_true", help="ein JSON-Objekt je Person")
    role = actions.add_parser("role", help="die Rolle setzen (nur Administration)")
    role.add_argument("user", type=_user, metavar="BENUTZER", help="die Anmeldung am Rechner")
    role.add_argument(
        "role",
        type=role_of,
        metavar="ROLLE",
        help=f"{', '.join(r.value for r in Role)} oder der deutsche Name (Groß-/Kleinschreibung "
        "egal)",
    )
    department = actions.add_parser(
        "department", help="die Abteilung setzen, - für keine (nur Administration)"
    )
    department.add_argument("user", type=_user, metavar="BENUTZER")
    department.add_argument("code", metavar="KÜRZEL")
    name = actions.add_parser("name", help="den angezeigten Namen setzen (nur Administration)")
    name.add_argument("user", type=_user, metavar="BENUTZER")
    name.add_argument("name", metavar="NAME")
    for action, text in (("deactivate", "darf nichts mehr ändern"), ("activate", "wieder aktiv")):
        actions.add_parser(action, help=f"{text} (nur Administration)").add_argument(
            "user", type=_user, metavar="BENUTZER"
        )


def _user(value: str) -> str:
    """A user name as typed, without the spaces around it (user names keep their case)."""
    return value.strip()


def role_of(value: str) -> Role:
    """A role as its value ("lead") or German name ("Leitung"), case and umlauts aside."""
    wanted = name_keys(value)
    for role in Role:
        if wanted & (name_keys(role.value) | name_keys(ROLE_LABELS.get(role, role.value))):
            return role
    names = ", ".join(f"{r.value} ({ROLE_LABELS.get(r, r.value)})" for r in Role)
    raise argparse.ArgumentTypeError(
        f"Eine Rolle „{value.strip()}“ gibt es nicht. Möglich: {names}."
    )


def _line(person: PersonRecord) -> str:
    state = "" if person.active else "  (inaktiv)"
    department = person.department_code or "–"
    return (
        f"{person.os_user:<16} {person.display_name}  {ROLE_LABELS.get(person.role, person.role)}"
        f"  {department}{state}\n"
    )


def _json(person: PersonRecord) -> dict[str, Any]:
    return {
        "user": person.os_user,
        "name": person.display_name,
        "role": person.role.value,
        "department": person.department_code,
        "active": person.active,
    }


def run(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from buergeranfragen.context import build_context

    context = build_context(settings)
    try:
        return _run(context.people, args, out)
    finally:
        context.close()


def _run(service: PeopleService, args: argparse.Namespace, out: TextIO) -> int:
    if args.action == "list":
        for person in service.all():
            if args.json:
                print_json(_json(person), out)
            else:
                out.write(_line(person))
        return EXIT_OK
    if args.action == "role":
        changed = service.set_role(args.user, args.role)
    elif args.action == "department":
        changed = service.set_department(args.user, None if args.code == "-" else args.code)
    elif args.action == "name":
        changed = service.set_display_name(args.user, args.name)
    elif args.action in ("deactivate", "activate"):
        changed = service.set_active(args.user, args.action == "activate")
    else:
        return EXIT_USAGE
    out.write(f"Geändert: {_line(changed)}")
    return EXIT_OK
