"""The queue: which inquiries a filter selects, in which order, how many, as plain rows.

Statements only (run by ``repository``): filters on kind, channel, status, period, contact,
department, assignee, open and due (overdue / due today, measured against ``now``); words
through the full-text index, whose time-keyed rowid gives the usual order
(newest first) for free; counts of a search stop at a cap (the service's ``COUNT_LIMIT``).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select, true

from buergeranfragen.calendar import local, local_midnight
from buergeranfragen.contacts.records import ContactKind, contact_name
from buergeranfragen.db.models import Contact, Department, Inquiry, Person
from buergeranfragen.inquiries import search
from buergeranfragen.inquiries.records import (
    DueFilter,
    InquiryChannel,
    InquiryQuery,
    InquiryStatus,
    InquirySummary,
)
from buergeranfragen.stored_values import from_storage
from buergeranfragen.workflow.states import OPEN

OPEN_LIMIT = 5

SUMMARY_COLUMNS = (
    Inquiry.id,
    Inquiry.reference,
    Inquiry.received_at,
    Inquiry.channel,
    Inquiry.kind,
    Inquiry.subject,
    Inquiry.status,
    Inquiry.from_name,
    Inquiry.from_email,
    Contact.id.label("contact_id"),
    Contact.title,
    Contact.first_name,
    Contact.last_name,
    Contact.organisation,
    Contact.outlet,
    Inquiry.due_at,
    Inquiry.priority,
    Department.code.label("department_code"),
    Department.name.label("department_name"),
    Person.display_name.label("assignee_name"),
    Person.os_user.label("assignee_user"),
)
_OPEN_VALUES = tuple(sorted(s.value for s in OPEN))

SORTS = {
    "reference": (Inquiry.ref_year, Inquiry.ref_number),
    "received_at": (Inquiry.received_at, Inquiry.id),
    "channel": (Inquiry.channel, Inquiry.received_at),
    "kind": (Inquiry.kind, Inquiry.received_at),
    "subject": (Inquiry.subject, Inquiry.received_at),
    "status": (Inquiry.status, Inquiry.received_at),
    "contact": (Contact.sort_name, Inquiry.received_at),
    "department": (Department.code, Inquiry.received_at),
    "assignee": (Person.display_name, Person.os_user, Inquiry.received_at),
    "due_at": (Inquiry.due_at, Inquiry.received_at),
}
# sorts on the inquiry's own columns: the page's ids can be found without a join
_OWN_SORTS = frozenset(
    name for name, columns in SORTS.items() if all(c.table is Inquiry.__table__ for c in columns)
)


def open_for_contact(contact_id: int) -> InquiryQuery:
    """The query for a caller's open inquiries (shown in the call form)."""
    return InquiryQuery(contact_id=contact_id, status=InquiryStatus.NEW)


def end_of_day(now: datetime) -> datetime:
    """The next Berlin midnight after ``now``."""
    return local_midnight(local(now).date() + timedelta(days=1))


def filters(query: InquiryQuery, now: datetime) -> ColumnElement[bool]:
    parts: list[ColumnElement[bool]] = []
    if query.kind is not None:
        parts.append(Inquiry.kind == query.kind.value)
    if query.channel is not None:
        parts.append(Inquiry.channel == query.channel.value)
    if query.status is not None:
        parts.append(Inquiry.status == query.status.value)
    if query.received_from is not None:
        parts.append(Inquiry.received_at >= query.received_from)
    if query.received_until is not None:
        parts.append(Inquiry.received_at < query.received_until)
    if query.contact_id is not None:
        parts.append(Inquiry.contact_id == query.contact_id)
    if query.department_code is not None:
        parts.append(
            Inquiry.department_id.in_(
                select(Department.id).where(Department.code == query.department_code)
            )
        )
    if query.unassigned:
        parts.append(Inquiry.department_id.is_(None))
    if query.assignee is not None:
        parts.append(
            Inquiry.assignee_id.in_(select(Person.id).where(Person.os_user == query.assignee))
        )
    if query.open_only or query.due is not None:
        parts.append(Inquiry.status.in_(_OPEN_VALUES))
    if query.due == DueFilter.OVERDUE:
        parts.append(Inquiry.due_at < now)
    elif query.due == DueFilter.TODAY:
        parts.append(and_(Inquiry.due_at >= now, Inquiry.due_at < end_of_day(now)))
    return and_(true(), *parts)


def _index_matches(dialect: str, expression: str) -> Select[Any]:
    """Rowids of the index entries with every word, within the query's period."""
    return select(search.fts_table.c.rowid).where(search.match_clause(dialect, expression))


def _in_period(statement: Select[Any], query: InquiryQuery) -> Select[Any]:
    """The period on the index's time key: the index alone can narrow it."""
    rowid = search.fts_table.c.rowid
    if query.received_from is not None:
        statement = statement.where(rowid >= search.time_key(query.received_from))
    if query.received_until is not None:
        statement = statement.where(rowid < search.time_key(query.received_until))
    return statement


def _select(
    dialect: str, query: InquiryQuery, now: datetime, *columns: Any
) -> tuple[Select[Any], bool]:
    """The statement for a query; with words, it is driven by the full-text index."""
    expression = search.match_expression(dialect, query.text) if query.text.strip() else None
    statement = select(*columns)
    if expression is None:
        return statement.select_from(Inquiry).where(filters(query, now)), False
    fts = search.fts_table
    statement = statement.select_from(fts.join(Inquiry, Inquiry.id == fts.c.inquiry_id)).where(
        search.match_clause(dialect, expression), filters(query, now)
    )
    return _in_period(statement, query), True


def page_statement(
    dialect: str, query: InquiryQuery, now: datetime, offset: int, limit: int
) -> Select[Any]:
    """One page of queue rows (``SUMMARY_COLUMNS``) in the query's order."""
    columns = SORTS.get(query.sort, SORTS["received_at"])
    order = [(c.desc() if query.descending else c.asc()).nulls_last() for c in columns]
    if not query.text.strip() and query.sort in _OWN_SORTS:
        # the page's ids first, from the indexes alone (0009: a view's filter and sort key
        # are in one index), then only those rows with their joins: a view of 50,000 open
        # inquiries would otherwise visit and join every one of them before sorting
        ids = (
            select(Inquiry.id)
            .where(filters(query, now))
            .order_by(*order, Inquiry.id)
            .offset(offset)
            .limit(limit)
            .subquery()
        )
        shown: tuple[Any, ...] = SUMMARY_COLUMNS
        rows: Select[Any] = select(*shown).select_from(ids.join(Inquiry, Inquiry.id == ids.c.id))
        return _joined(rows).order_by(*order, Inquiry.id)
    statement, by_index = _select(dialect, query, now, *SUMMARY_COLUMNS)
    statement = _joined(statement)
    if by_index and query.sort == "received_at":
        key = search.fts_table.c.rowid
        order = [key.desc() if query.descending else key.asc()]
    return statement.order_by(*order).offset(offset).limit(limit)


def _joined(statement: Select[Any]) -> Select[Any]:
    return (
        statement.outerjoin(Contact, Inquiry.contact_id == Contact.id)
        .outerjoin(Department, Inquiry.department_id == Department.id)
        .outerjoin(Person, Inquiry.assignee_id == Person.id)
    )


def count_statement(dialect: str, query: InquiryQuery, now: datetime, cap: int) -> Select[Any]:
    """How many inquiries match; a search with words counts to ``cap`` + 1 at most (the queue
    then says "more than 10,000")."""
    only_words = not any(
        (
            query.kind,
            query.channel,
            query.status,
            query.contact_id is not None,
            query.department_code is not None,
            query.unassigned,
            query.assignee is not None,
            query.open_only,
            query.due,
        )
    )
    statement, by_index = _select(dialect, query, now, Inquiry.id)
    if by_index and only_words:  # the index alone knows: no need to visit the rows
        expression = search.match_expression(dialect, query.text) or ""
        inner = _in_period(_index_matches(dialect, expression), query)
        return select(func.count()).select_from(inner.limit(cap + 1).subquery())
    if by_index:
        return select(func.count()).select_from(statement.limit(cap + 1).subquery())
    return statement.with_only_columns(func.count(Inquiry.id))


def summary_from_row(row: Any) -> InquirySummary:
    """A queue row from plain columns (no ORM objects: the queue reads thousands of them)."""
    return InquirySummary(
        id=row.id,
        reference=row.reference,
        received_at=row.received_at,
        channel=from_storage(InquiryChannel, row.channel),
        kind=from_storage(ContactKind, row.kind),
        contact_name=contact_name(
            row if row.contact_id is not None else None, row.from_name or row.from_email
        ),
        subject=row.subject,
        status=from_storage(InquiryStatus, row.status),
        department_code=row.department_code or "",
        department_name=row.department_name or "",
        assignee=row.assignee_name or row.assignee_user or "",
        due_at=row.due_at,
        priority=row.priority or "",
    )
