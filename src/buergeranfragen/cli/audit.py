"""`buergeranfragen audit`: the audit (changes and openings of records), newest first, filtered
by person, record and date; for the Leitung and the Administration only. It lists - nothing on
the command line changes or deletes an entry."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any, TextIO

from buergeranfragen.calendar import format_local
from buergeranfragen.cli.output import EXIT_OK, print_json
from buergeranfragen.config import Settings
from buergeranfragen.contacts.queries import ENTITY as CONTACT
from buergeranfragen.inquiries.records import ENTITY as INQUIRY
from buergeranfragen.privacy import audit_names
from buergeranfragen.privacy.log_store import CHANGE, READ
from buergeranfragen.privacy.viewer import AuditLine, AuditQuery, day_span

KINDS = {"alle": "", "aenderungen": CHANGE, "oeffnungen": READ}


def register(commands: Any) -> None:
    audit = commands.add_parser(
        "audit", help="das Protokoll der Änderungen und Öffnungen (Leitung, Administration)"
    )
    audit.add_argument("--person", default="", metavar="BENUTZER", help="nur diese Person")
    record = audit.add_mutually_exclusive_group()
    record.add_argument("--inquiry", metavar="AKTENZEICHEN", help="nur diese Anfrage")
    record.add_argument("--contact", type=int, metavar="ID", help="nur dieser Kontakt")
    audit.add_argument("--from", dest="first", type=date.fromisoformat, metavar="JJJJ-MM-TT")
    audit.add_argument("--to", dest="last", type=date.fromisoformat, metavar="JJJJ-MM-TT")
    audit.add_argument("--kind", choices=sorted(KINDS), default="alle", help="Art der Einträge")
    audit.add_argument("--limit", type=int, default=200, metavar="N", help="höchstens N Einträge")
    audit.add_argument(
        "--offset", type=int, default=0, metavar="N", help="die ersten N überspringen"
    )
    audit.add_argument("--json", action="store_true", help="als JSON (ein Objekt)")


def run(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from buergeranfragen.context import build_context

    context = build_context(settings)
    try:
        entity, entity_id = "", None
        if args.inquiry:
            entity, entity_id = INQUIRY, context.handling.id_of(args.inquiry)
        elif args.contact is not None:
            entity, entity_id = CONTACT, args.contact
        since, until = day_span(args.first, args.last)
        query = AuditQuery(
            actor=args.person.strip(),
            entity=entity,
            entity_id=entity_id,
            since=since,
            until=until,
            kind=KINDS[args.kind],
        )
        total = context.audit.count(query)
        lines = context.audit.page(query, args.offset, max(0, args.limit))
    finally:
        context.close()
    if args.json:
        print_json({"total": total, "entries": [line_json(line) for line in lines]}, out)
        return EXIT_OK
    out.write("1 Eintrag\n" if total == 1 else f"{total} Einträge\n")
    for line in lines:
        out.write(line_text(line))
    return EXIT_OK


def line_json(line: AuditLine) -> dict[str, Any]:
    return {
        "kind": line.kind,
        "id": line.entry_id,
        "at": line.at.isoformat(),
        "actor": line.actor,
        "entity": line.entity,
        "entity_id": line.entity_id,
        "action": line.action,
        "changes": line.changes,
    }


def line_text(line: AuditLine) -> str:
    what = audit_names.action_name(line)
    text = f"{format_local(line.at)}  {line.actor}  {audit_names.record_name(line)}  {what}\n"
    if line.changes and line.changes != "{}":
        text += f"    {line.changes[:500]}\n"
    return text
