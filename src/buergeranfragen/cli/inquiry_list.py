"""`buergeranfragen inquiries list [--status S] [--department CODE] [--assignee USER]
[--overdue] [--due-today] [--kind K] [--open] [--view NAME] [--limit N] [--json]`.

Filters are checked before anything is read: an unknown state, kind, department or person is
a usage error (exit 2) with the values that exist."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any, TextIO

from buergeranfragen.calendar import format_local
from buergeranfragen.cli.output import (
    EXIT_OK,
    EXIT_USAGE,
    INQUIRY_KIND_LABELS,
    print_error,
    print_json,
)
from buergeranfragen.cli.refusals import Refused, parse_state
from buergeranfragen.config import Settings
from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.inquiries.records import (
    DueFilter,
    InquiryQuery,
    InquiryStatus,
    InquirySummary,
)
from buergeranfragen.text import normalise
from buergeranfragen.workflow.states import state_name

PAGE = 1000
_KIND_WORDS = {"buerger": ContactKind.CITIZEN, "presse": ContactKind.PRESS}


def register_list(actions: Any) -> None:
    listing = actions.add_parser(
        "list", help="Anfragen der Warteschlange, neueste zuerst (Filter kombinierbar)"
    )
    states = ", ".join(f"{s.value} ({state_name(s).render()})" for s in InquiryStatus)
    listing.add_argument("--status", metavar="STATUS", help=f"nur dieser Status: {states}")
    listing.add_argument("--department", metavar="KÜRZEL", help="nur diese Abteilung (Kürzel)")
    listing.add_argument("--assignee", metavar="BENUTZER", help="nur von dieser Person bearbeitet")
    listing.add_argument("--overdue", action="store_true", help="nur überfällige (offene)")
    listing.add_argument("--due-today", action="store_true", help="nur heute noch fällige")
    listing.add_argument("--kind", metavar="ART", help="citizen (Bürger) oder press (Presse)")
    listing.add_argument("--open", action="store_true", help="nur offene (noch zu bearbeiten)")
    listing.add_argument(
        "--view",
        metavar="NAME",
        help="eine Ansicht der Seitenleiste (z. B. „Überfällig“, ein Abteilungskürzel oder "
        "eine gespeicherte Ansicht); weitere Filter grenzen sie ein",
    )
    listing.add_argument(
        "--limit",
        type=int,
        default=PAGE,
        metavar="N",
        help=f"höchstens N (Standard {PAGE}, 0: alle)",
    )
    listing.add_argument("--json", action="store_true", help="ein JSON-Objekt je Anfrage")


def kind_of(value: str) -> ContactKind:
    wanted = normalise(value)
    for kind, label in INQUIRY_KIND_LABELS.items():
        if wanted in (normalise(kind.value), normalise(label)):
            return kind
    if wanted in _KIND_WORDS:
        return _KIND_WORDS[wanted]
    raise Refused(
        f"Eine Art „{value}“ gibt es nicht. Möglich: citizen (Bürgeranfrage), "
        "press (Presseanfrage)."
    )


def summary_json(row: InquirySummary) -> dict[str, Any]:
    return {
        "reference": row.reference,
        "status": row.status.value,
        "kind": row.kind.value,
        "channel": row.channel.value,
        "received_at": row.received_at.isoformat(),
        "department": row.department_name or None,
        "department_code": row.department_code or None,
        "assignee": row.assignee or None,
        "due_at": row.due_at.isoformat() if row.due_at else None,
        "subject": row.subject,
    }


def _line(row: InquirySummary) -> str:
    status = state_name(row.status).render()
    due = f"fällig {format_local(row.due_at)}" if row.due_at else ""
    parts = [
        row.reference,
        format_local(row.received_at),
        f"{status:<19}",
        f"{row.department_code or '–':<10}",
        row.subject,
    ]
    extra = "  ".join(p for p in (row.assignee, due, row.contact_name) if p)
    return "  ".join(parts) + (f"\n{'':<15}{extra}" if extra else "") + "\n"


def run_list(args: argparse.Namespace, settings: Settings, out: TextIO) -> int:
    from buergeranfragen.context import build_context

    try:
        status = parse_state(args.status) if args.status else None
        kind = kind_of(args.kind) if args.kind else None
        if args.overdue and args.due_today:
            raise Refused("--overdue und --due-today schließen sich aus.")
        if args.limit < 0:
            raise Refused("--limit braucht eine Zahl ab 0 (0: alle).")
        if args.view is not None and not args.view.strip():
            raise Refused("--view braucht den Namen einer Ansicht.")
    except Refused as problem:
        print_error(str(problem))
        return EXIT_USAGE
    context = build_context(settings)
    try:
        query = _query(context, args, status, kind)
    except Refused as problem:
        context.close()
        print_error(str(problem))
        return EXIT_USAGE
    try:
        return _list(context.inquiries, query, args, out)
    finally:
        context.close()


def _query(
    context: Any, args: argparse.Namespace, status: InquiryStatus | None, kind: ContactKind | None
) -> InquiryQuery:
    from buergeranfragen.errors import KnownError

    query = InquiryQuery()
    if args.view:
        try:
            query = context.views.find(args.view).query
        except KnownError as exc:
            raise Refused(exc.message) from exc
    department = None
    if args.department:
        codes = {d.code.casefold(): d.code for d in context.departments.all()}
        department = codes.get(args.department.strip().casefold())
        if department is None:
            known = ", ".join(sorted(codes.values()))
            raise Refused(f"Eine Abteilung „{args.department}“ gibt es nicht. Kürzel: {known}.")
    assignee = _user(context, args.assignee) if args.assignee else None
    due = DueFilter.OVERDUE if args.overdue else DueFilter.TODAY if args.due_today else None
    changes: dict[str, Any] = {
        "status": status,
        "kind": kind,
        "department_code": department,
        "assignee": assignee,
        "due": due,
        "open_only": True if args.open else None,
    }
    return replace(query, **{k: v for k, v in changes.items() if v is not None})


def _user(context: Any, typed: str) -> str:
    """A user name as typed; user names are case-sensitive ("Anna" and "anna" may both work
    here): the exact name first, otherwise the one name that differs only in case."""
    users: list[str] = sorted(p.os_user for p in context.people.all())
    wanted = typed.strip()
    if wanted in users:
        return wanted
    similar = [u for u in users if u.casefold() == wanted.casefold()]
    if len(similar) == 1:
        return similar[0]
    known = ", ".join(users)
    raise Refused(f"Eine Person „{wanted}“ gibt es nicht. Benutzer: {known}.")


def _list(service: Any, query: InquiryQuery, args: argparse.Namespace, out: TextIO) -> int:
    limit = args.limit if args.limit > 0 else None
    offset = 0
    while limit is None or offset < limit:
        size = PAGE if limit is None else min(PAGE, limit - offset)
        rows = service.search(query, offset, size)
        for row in rows:
            if args.json:
                print_json(summary_json(row), out)
            else:
                out.write(_line(row))
        offset += len(rows)
        if len(rows) < size:
            break
    return EXIT_OK
