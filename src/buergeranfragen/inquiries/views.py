"""The sidebar's views of the queue, as plain records: the built-in ones (mine, not routed,
due today, overdue, press today, one per active department) and those a user saved.

Pure: the records, the queries they stand for, the JSON a saved view's filter is stored as,
the name rules and the statements of the counts (run by ``view_store``). All open counts come
from one grouped statement over the index ``ix_inquiries_open_counts`` (0009): per department,
not routed, mine, overdue and due today in one pass, without visiting a row.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, and_, case, func, select

from buergeranfragen.calendar import local, local_midnight
from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.db.limits import column_limit
from buergeranfragen.db.models import Inquiry, Person, SavedView, table_of
from buergeranfragen.errors import FieldError, ValidationFailed
from buergeranfragen.inquiries import queue
from buergeranfragen.inquiries.records import (
    DueFilter,
    InquiryChannel,
    InquiryQuery,
    InquiryStatus,
)
from buergeranfragen.messages import Message, msg, text
from buergeranfragen.workflow.states import OPEN


class ViewKind(StrEnum):
    MINE = "mine"  # Meine offenen
    UNASSIGNED = "unassigned"  # Nicht zugeordnet
    DUE_TODAY = "due_today"  # Heute fällig
    OVERDUE = "overdue"  # Überfällig
    PRESS_TODAY = "press_today"  # Presse heute
    DEPARTMENT = "department"  # one per active department: its open inquiries
    SAVED = "saved"  # a user's own


@dataclass(frozen=True)
class QueueView:
    """One entry of the sidebar: a stable key ("overdue", "department:MSB", "saved:12"), its
    title (German; a department's or saved view's name as ``messages.text``) and the query."""

    key: str
    kind: ViewKind
    title: Message
    query: InquiryQuery
    saved_id: int | None = None  # a saved view's id (rename, delete)


@dataclass(frozen=True)
class SavedViewRecord:
    id: int
    name: str
    query: InquiryQuery
    position: int
    version: int


# the filter fields a saved view keeps (not the text's order, not the sort)
_SAVED_FIELDS = (
    "text",
    "kind",
    "channel",
    "status",
    "received_from",
    "received_until",
    "contact_id",
    "department_code",
    "unassigned",
    "assignee",
    "open_only",
    "due",
)
_ENUMS: dict[str, type[StrEnum]] = {
    "kind": ContactKind,
    "channel": InquiryChannel,
    "status": InquiryStatus,
    "due": DueFilter,
}
_TIMES = ("received_from", "received_until")
_DEFAULTS = InquiryQuery()
NAME_LENGTH = column_limit(table_of(SavedView), "name") or 100


def query_to_json(query: InquiryQuery) -> str:
    """The filter of a query as JSON: only what differs from "everything" is written."""
    data: dict[str, Any] = {}
    for name in _SAVED_FIELDS:
        value = getattr(query, name)
        if value == getattr(_DEFAULTS, name):
            continue
        data[name] = value.isoformat() if isinstance(value, datetime) else value
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def query_from_json(stored: str) -> InquiryQuery:
    """A saved filter read back; keys or values this version does not know are left out (a
    newer version may have added a filter: the view then shows a little more, never fails).
    Text that is no filter at all gives the query of everything (``saved_query``: None)."""
    query = saved_query(stored)
    return query if query is not None else InquiryQuery()


def saved_query(stored: str) -> InquiryQuery | None:
    """``query_from_json``, but None for a text that cannot be read as a filter at all (not
    JSON, nested too deep, not an object): such a saved view is left out. A value the queries
    cannot take (a contact number beyond the database's integers, a date out of range once in
    UTC) is left out like an unknown key."""
    try:
        data = json.loads(stored)
    except (ValueError, RecursionError):  # also: an integer of more than 4300 digits
        return None
    if not isinstance(data, dict):
        return None
    known = {f.name for f in fields(InquiryQuery)} & set(_SAVED_FIELDS)
    values: dict[str, Any] = {}
    for name, value in data.items():
        if name not in known or value is None:
            continue
        try:
            values[name] = _field_value(name, value)
        except (TypeError, ValueError, OverflowError):
            continue
    return InquiryQuery(**values)


_LARGEST_ID = 2**63 - 1  # SQLite's INTEGER, PostgreSQL's bigint
_YEARS = range(2, 9999)  # a day's margin from Python's datetime limits, in UTC


def _field_value(name: str, value: Any) -> Any:
    if name in _ENUMS:
        return _ENUMS[name](value)
    if name in _TIMES:
        if not isinstance(value, str):
            raise TypeError(name)
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            raise ValueError(name)
        if moment.astimezone(UTC).year not in _YEARS:  # OverflowError beyond year 1 or 9999
            raise ValueError(name)
        return moment
    if name == "contact_id" and (
        not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= _LARGEST_ID
    ):
        raise ValueError(name)
    expected = type(getattr(_DEFAULTS, name))
    if name in ("contact_id",):
        expected = int
    if name in ("department_code", "assignee"):
        expected = str
    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        raise TypeError(name)
    if isinstance(value, str) and "\x00" in value:  # PostgreSQL takes no NUL in a parameter
        raise ValueError(name)
    return value


def only_filter(query: InquiryQuery) -> InquiryQuery:
    """A query with its sort taken out (what a saved view stands for)."""
    return replace(query, sort=_DEFAULTS.sort, descending=_DEFAULTS.descending)


def checked_name(name: str) -> str:
    """A view's name, trimmed; raises ``ValidationFailed`` on the field ``name``."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationFailed(
            [FieldError("name", msg("Bitte einen Namen für die Ansicht angeben."))]
        )
    if len(cleaned) > NAME_LENGTH:
        raise ValidationFailed(
            [
                FieldError(
                    "name",
                    msg(
                        "Höchstens {limit} Zeichen (eingegeben: {length}).",
                        limit=NAME_LENGTH,
                        length=len(cleaned),
                    ),
                )
            ]
        )
    return cleaned


def name_taken(name: str) -> ValidationFailed:
    return ValidationFailed(
        [FieldError("name", msg("Eine Ansicht „{name}“ haben Sie schon.", name=name))]
    )


# -- the built-in views ----------------------------------------------------------------------


def start_of_day(now: datetime) -> datetime:
    """The Berlin midnight that began the day of ``now``."""
    return local_midnight(local(now).date())


def built_in(actor: str, now: datetime) -> list[QueueView]:
    """The fixed views, in the sidebar's order ("Presse heute" from today's Berlin midnight)."""
    return [
        QueueView(
            ViewKind.MINE.value,
            ViewKind.MINE,
            msg("Meine offenen"),
            InquiryQuery(assignee=actor, open_only=True),
        ),
        QueueView(
            ViewKind.UNASSIGNED.value,
            ViewKind.UNASSIGNED,
            msg("Nicht zugeordnet"),
            InquiryQuery(unassigned=True, open_only=True),
        ),
        QueueView(
            ViewKind.DUE_TODAY.value,
            ViewKind.DUE_TODAY,
            msg("Heute fällig"),
            InquiryQuery(due=DueFilter.TODAY),
        ),
        QueueView(
            ViewKind.OVERDUE.value,
            ViewKind.OVERDUE,
            msg("Überfällig"),
            InquiryQuery(due=DueFilter.OVERDUE),
        ),
        QueueView(
            ViewKind.PRESS_TODAY.value,
            ViewKind.PRESS_TODAY,
            msg("Presse heute"),
            InquiryQuery(kind=ContactKind.PRESS, received_from=start_of_day(now)),
        ),
    ]


def department_view(code: str, name: str) -> QueueView:
    return QueueView(
        department_key(code),
        ViewKind.DEPARTMENT,
        text(name),
        InquiryQuery(department_code=code, open_only=True),
    )


def department_key(code: str) -> str:
    return f"{ViewKind.DEPARTMENT.value}:{code}"


def saved_key(view_id: int) -> str:
    return f"{ViewKind.SAVED.value}:{view_id}"


def saved_view(record: SavedViewRecord) -> QueueView:
    return QueueView(
        saved_key(record.id), ViewKind.SAVED, text(record.name), record.query, record.id
    )


# -- counting --------------------------------------------------------------------------------

_OPEN_VALUES = tuple(sorted(s.value for s in OPEN))


def open_counts_statement(actor: str, now: datetime) -> Select[Any]:
    """Per department (NULL: not routed) the open inquiries, and among them the actor's, the
    overdue and those due later today: one pass over ``ix_inquiries_open_counts``."""
    me = select(Person.id).where(Person.os_user == actor).scalar_subquery()
    end = queue.end_of_day(now)

    def counted(condition: Any) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    return (
        select(
            Inquiry.department_id,
            func.count(),
            counted(Inquiry.assignee_id == me),
            counted(Inquiry.due_at < now),
            counted(and_(Inquiry.due_at >= now, Inquiry.due_at < end)),
        )
        .where(Inquiry.status.in_(_OPEN_VALUES))
        .group_by(Inquiry.department_id)
    )


@dataclass(frozen=True)
class OpenCounts:
    """What ``open_counts_statement`` found, summed up."""

    by_department: dict[int | None, int]
    mine: int = 0
    overdue: int = 0
    due_today: int = 0

    @classmethod
    def of_rows(cls, rows: list[tuple[int | None, int, int, int, int]]) -> OpenCounts:
        return cls(
            {row[0]: int(row[1]) for row in rows},
            sum(int(row[2]) for row in rows),
            sum(int(row[3]) for row in rows),
            sum(int(row[4]) for row in rows),
        )
