"""Contacts are searched in the one normalised form (ä → ae, ß → ss, accents dropped):
recompute search_text and name_key of the stored contacts.

Until 0003 both columns were only casefolded, so "Mueller" did not find "Müller". The upgrade
derives them again, batch by batch, on SQLite and PostgreSQL alike; the downgrade writes the
casefolded form back.

Both derivations are frozen copies kept in this file (the normaliser of ``buergeranfragen.text``
and the number forms of ``contacts.phones`` as they were for 0004): a later change of the live
code must not change what this revision writes. A later change of the derivation needs a
revision of its own.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import phonenumbers
import sqlalchemy as sa
from alembic import op
from phonenumbers import NumberParseException, PhoneNumberFormat

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BATCH = 500

_contacts = sa.table(
    "contacts",
    sa.column("id", sa.Integer()),
    sa.column("title", sa.String()),
    sa.column("first_name", sa.String()),
    sa.column("last_name", sa.String()),
    sa.column("organisation", sa.String()),
    sa.column("outlet", sa.String()),
    sa.column("desk", sa.String()),
    sa.column("function", sa.String()),
    sa.column("postal_code", sa.String()),
    sa.column("city", sa.String()),
    sa.column("tags", sa.String()),
    sa.column("search_text", sa.Text()),
    sa.column("name_key", sa.String()),
)
_phones = sa.table(
    "contact_phones",
    sa.column("contact_id", sa.Integer()),
    sa.column("e164", sa.String()),
    sa.column("position", sa.Integer()),
)
_emails = sa.table(
    "contact_emails",
    sa.column("contact_id", sa.Integer()),
    sa.column("address", sa.String()),
    sa.column("position", sa.Integer()),
)
_SOURCE = [c for c in _contacts.c if c.name not in ("search_text", "name_key")]

# row, its numbers, its addresses -> (search_text, name_key)
Derive = Callable[[Mapping[str, Any], Sequence[str], Sequence[str]], tuple[str, str]]


def _batches(connection: sa.Connection) -> Iterator[list[Mapping[str, Any]]]:
    last_id = 0
    while True:
        rows = [
            row._mapping
            for row in connection.execute(
                sa.select(*_SOURCE)
                .where(_contacts.c.id > last_id)
                .order_by(_contacts.c.id)
                .limit(BATCH)
            )
        ]
        if not rows:
            return
        yield rows
        last_id = rows[-1]["id"]


def _values(
    connection: sa.Connection, table: sa.TableClause, column: str, ids: list[int]
) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {i: [] for i in ids}
    query = (
        sa.select(table.c.contact_id, table.c[column])
        .where(table.c.contact_id.in_(ids))
        .order_by(table.c.contact_id, table.c.position)
    )
    for contact_id, value in connection.execute(query):
        found[contact_id].append(value)
    return found


def _recompute(derive: Derive) -> None:
    connection = op.get_bind()
    statement = (
        sa.update(_contacts)
        .where(_contacts.c.id == sa.bindparam("contact_id"))
        .values(search_text=sa.bindparam("new_search_text"), name_key=sa.bindparam("new_name_key"))
    )
    for rows in _batches(connection):
        ids = [row["id"] for row in rows]
        phones = _values(connection, _phones, "e164", ids)
        emails = _values(connection, _emails, "address", ids)
        changes = []
        for row in rows:
            search_text, name_key = derive(row, phones[row["id"]], emails[row["id"]])
            changes.append(
                {"contact_id": row["id"], "new_search_text": search_text, "new_name_key": name_key}
            )
        connection.execute(statement, changes)


# -- the derivation of 0004, frozen --------------------------------------------------------

_GERMAN = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue", "ẞ": "ss"}
)
_SEARCHED = (
    "title",
    "first_name",
    "last_name",
    "organisation",
    "outlet",
    "desk",
    "function",
    "postal_code",
    "city",
    "tags",
)
_NAME_KEY_LENGTH = 800


def _normalise(value: str) -> str:
    """Composed, casefolded, umlauts written out, accents dropped."""
    composed = unicodedata.normalize("NFC", value)
    folded = composed.translate(_GERMAN).casefold().translate(_GERMAN)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _fold_spaces(value: str) -> str:
    return " ".join(_normalise(value).split())


def _search_forms(e164: str) -> list[str]:
    """E.164, the national digits and, for foreign numbers, 00 instead of +."""
    forms = [e164]
    try:
        number = phonenumbers.parse(e164, None)
        national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
        forms.append(re.sub(r"\D", "", national))
        if phonenumbers.region_code_for_number(number) != "DE":
            forms.append("00" + e164[1:])
    except NumberParseException:
        pass
    return forms


def _derive_now(
    row: Mapping[str, Any], e164s: Sequence[str], addresses: Sequence[str]
) -> tuple[str, str]:
    """search_text and name_key as revision 0004 defines them."""
    values = {name: row[name] or "" for name in _SEARCHED}
    numbers = [form for e164 in e164s for form in _search_forms(e164)]
    parts = [*(values[name] for name in _SEARCHED), *addresses, *numbers]
    search_text = _fold_spaces(" ".join(p for p in parts if p))
    name = _fold_spaces(f"{values['first_name']} {values['last_name']}")
    organisation = _fold_spaces(values["organisation"] or values["outlet"])
    name_key = f"{name}|{organisation}"[:_NAME_KEY_LENGTH] if name and organisation else ""
    return search_text, name_key


def _derive_casefolded(
    row: Mapping[str, Any], e164s: Sequence[str], addresses: Sequence[str]
) -> tuple[str, str]:
    """The derivation up to revision 0003, kept here as it was."""

    def fold(text: str) -> str:
        return " ".join(text.casefold().split())

    fields = ("title", "first_name", "last_name", "organisation", "outlet", "desk", "function")
    parts = [
        *(row[name] for name in (*fields, "postal_code", "city", "tags")),
        *addresses,
        *(form for e164 in e164s for form in _search_forms(e164)),
    ]
    name = fold(f"{row['first_name']} {row['last_name']}")
    organisation = fold(row["organisation"] or row["outlet"])
    name_key = f"{name}|{organisation}" if name and organisation else ""
    return fold(" ".join(p for p in parts if p)), name_key[:800]


def upgrade() -> None:
    _recompute(_derive_now)


def downgrade() -> None:
    _recompute(_derive_casefolded)
