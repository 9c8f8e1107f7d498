"""Migration 0004: contacts stored before it are found the new way ("Mueller" finds "Müller"),
on SQLite and PostgreSQL; the downgrade writes the old casefolded form back. The derivation it
writes is a frozen copy inside the revision: it agrees with today's, but later edits of the
live code cannot change it."""

import ast
import importlib.util
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, insert, select

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.derived import derive
from buergeranfragen.contacts.records import ContactDraft
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.engine import create_database_engine
from buergeranfragen.db.migrate import alembic_config, current_revision, open_database, upgrade
from buergeranfragen.db.models import Contact, ContactEmail, ContactPhone, table_of

OLD = datetime(2026, 1, 1, tzinfo=UTC)
MANY = 1100  # more than two batches of the migration
DECOMPOSED = MANY + 2  # a contact written with combining marks (NFD), as macOS writes them
REVISION_0004 = (
    Path(__file__).resolve().parents[3]
    / "src/buergeranfragen/db/migrations/versions/0004_contact_search_text.py"
)


def revision_0004() -> ModuleType:
    spec = importlib.util.spec_from_file_location("revision_0004", REVISION_0004)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def contact_row(contact_id: int, first: str, last: str, outlet: str) -> dict[str, object]:
    """A contacts row as revision 0003 wrote it: derived columns only casefolded."""
    name = f"{first} {last}".casefold()
    return {
        "id": contact_id,
        "kind": "press",
        "salutation": "",
        "title": "",
        "first_name": first,
        "last_name": last,
        "organisation": "",
        "function": "",
        "outlet": outlet,
        "desk": "",
        "street": "",
        "postal_code": "",
        "city": "",
        "country": "",
        "notes": "",
        "tags": "",
        "source": "import",
        "search_text": f"{name} {outlet.casefold()}",
        "sort_name": f"{last} {first}".casefold(),
        "name_key": f"{name}|{outlet.casefold()}",
        "version": 1,
        "created_at": OLD,
        "updated_at": OLD,
    }


def database_at_0003(db_url: str, clock: FixedClock) -> Engine:
    engine = create_database_engine(db_url)
    upgrade(engine, clock, revision="0003")
    rows = [contact_row(1, "Jürgen", "Müller", "WDR")]
    rows += [contact_row(n, "Anna", f"Größe {n}", "") for n in range(2, MANY + 2)]
    rows += [contact_row(DECOMPOSED, "Jo\u0308rg", "Ba\u0308cker", "Radio Ko\u0308ln")]
    with engine.begin() as connection:
        connection.execute(insert(table_of(Contact)), rows)
        connection.execute(
            insert(table_of(ContactPhone)),
            [
                {
                    "contact_id": 1,
                    "kind": "office",
                    "e164": "+492211234567",
                    "raw": "",
                    "position": 0,
                }
            ],
        )
        connection.execute(
            insert(table_of(ContactEmail)),
            [{"contact_id": 1, "kind": "work", "address": "j.mueller@wdr.example", "position": 0}],
        )
    assert current_revision(engine) == "0003"
    return engine


def test_contacts_stored_before_0004_are_found_by_any_spelling(
    db_url: str, clock: FixedClock
) -> None:
    database_at_0003(db_url, clock).dispose()
    db = open_database(db_url, clock)
    try:
        assert db.migration.from_revision == "0003"
        service = ContactService(db.session_factory, clock, "t")
        for typed in ("Mueller", "MÜLLER", "müller", "juergen mueller wdr", "0221 123"):
            assert [c.id for c in service.search(typed)] == [1], typed
        assert service.count("groesse") == MANY
        for typed in ("Jörg Bäcker", "joerg baecker", "Jo\u0308rg", "radio köln"):
            assert [c.id for c in service.search(typed)] == [DECOMPOSED], typed
        assert service.count("größe") == MANY
        hints = service.find_duplicates(
            ContactDraft(first_name="Juergen", last_name="MUELLER", outlet="wdr")
        )
        assert [h.contact.id for h in hints] == [1]
        assert [str(r) for r in hints[0].reasons] == ["gleicher Name bei derselben Organisation"]
        with db.engine.connect() as connection:
            search_text, name_key, sort_name, version = connection.execute(
                select(
                    Contact.search_text, Contact.name_key, Contact.sort_name, Contact.version
                ).where(Contact.id == 1)
            ).one()
        assert search_text == (
            "juergen mueller wdr j.mueller@wdr.example +492211234567 02211234567"
        )
        assert name_key == "juergen mueller|wdr"
        assert (sort_name, version) == ("müller jürgen", 1)  # untouched: no edit, no new version
    finally:
        db.close()


def test_the_downgrade_writes_the_casefolded_form_back(db_url: str, clock: FixedClock) -> None:
    engine = database_at_0003(db_url, clock)
    try:
        upgrade(engine, clock, revision="0007")  # SQLite cannot go below 0008 (see there)
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0003")
        assert current_revision(engine) == "0003"
        with engine.connect() as connection:
            search_text, name_key = connection.execute(
                select(Contact.search_text, Contact.name_key).where(Contact.id == 1)
            ).one()
        assert search_text == "jürgen müller wdr j.mueller@wdr.example +492211234567 02211234567"
        assert name_key == "jürgen müller|wdr"
    finally:
        engine.dispose()


def test_0004_imports_nothing_of_the_live_code() -> None:
    """A later change of buergeranfragen.text or contacts.derived must not change what a
    database upgraded through 0004 holds."""
    tree = ast.parse(REVISION_0004.read_text(encoding="utf-8"))
    imported = {
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
    }
    assert {m for m in imported if m and m.startswith("buergeranfragen")} == set()


CONTACTS = [
    ({"first_name": "Jürgen", "last_name": "Müller", "outlet": "WDR"}, ["+492211234567"], []),
    ({"first_name": "Mu\u0308ller", "organisation": "Stadt Ko\u0308ln"}, [], ["a@koeln.de"]),
    ({"title": "Dr.", "last_name": "Strauß", "tags": "Presse, Radio"}, ["+12025550143"], []),
    ({"first_name": "Désirée", "desk": "Politik", "city": "Düsseldorf"}, [], []),
    ({"last_name": "Größe", "organisation": "", "outlet": "ẞ-Verlag"}, ["+491721234567"], []),
]


@pytest.mark.parametrize(("fields", "numbers", "addresses"), CONTACTS)
def test_0004_writes_what_a_save_writes_today(
    fields: dict[str, str], numbers: Sequence[str], addresses: Sequence[str]
) -> None:
    row: Mapping[str, Any] = {
        name: fields.get(name, "")
        for name in (
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
    }
    live = derive(row, numbers, addresses)
    assert revision_0004()._derive_now(row, numbers, addresses) == (live.search_text, live.name_key)
