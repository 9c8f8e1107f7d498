"""Schema safety: a database of a newer version is refused before anything is written; two
first starts on one new database both work (the migration lock); values a newer version may
store (a status, a kind, a channel) are shown as unknown, never a crash."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from buergeranfragen.cli import main
from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.io.transfer import export_contacts
from buergeranfragen.contacts.records import ContactDraft, EmailInput, PhoneInput
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.engine import create_database_engine
from buergeranfragen.db.migrate import Database, NewerDatabase, open_database
from buergeranfragen.inquiries.records import CallDraft, InquiryQuery
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.stored_values import is_known

SRC = Path(__file__).resolve().parents[2] / "src"


def test_a_newer_database_is_refused_before_anything_is_written(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "neuer.sqlite"
    open_database(f"sqlite:///{path}", clock).close()
    engine = create_database_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    engine.dispose()
    before = path.read_bytes()
    with pytest.raises(NewerDatabase) as caught:
        open_database(f"sqlite:///{path}", clock)
    assert "neueren Version" in caught.value.message and "0099_future" in caught.value.message
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if "backup" in p.name) == []
    # the command line says so in one line, exit code 1
    code = main(["--database", f"sqlite:///{path}", "contacts", "find", "x"], out=io.StringIO())
    assert code == 1


@pytest.mark.postgres
def test_a_newer_postgres_database_is_refused(
    postgres_server: object, clock: FixedClock, request: pytest.FixtureRequest
) -> None:
    url = request.getfixturevalue("postgres_server").new_database()  # not the shared one
    open_database(url, clock).close()
    engine = create_database_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    engine.dispose()
    with pytest.raises(NewerDatabase):
        open_database(url, clock)


_START = """
import sys
from buergeranfragen.clock import system_clock
from buergeranfragen.db.migrate import open_database
sys.stdin.readline()  # both processes wait for the go
db = open_database(sys.argv[1], system_clock)
print(db.migration.to_revision)
db.close()
"""


def test_two_first_starts_on_one_new_database_both_work(db_url: str, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    starts = [
        subprocess.Popen(
            [sys.executable, "-c", _START, db_url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(2)
    ]
    for start in starts:  # imports done meanwhile; now both at once
        assert start.stdin is not None
        start.stdin.write("los\n")
        start.stdin.flush()
    results = [start.communicate(timeout=60) for start in starts]
    assert [start.returncode for start in starts] == [0, 0], [err for _, err in results]
    assert all("already exists" not in err for _, err in results)
    assert [p.name for p in tmp_path.iterdir() if "backup" in p.name] == []


def _store_values_of_a_newer_version(database: Database, clock: FixedClock, tmp: Path) -> int:
    contacts = ContactService(database.session_factory, clock, "t")
    contact = contacts.create(
        ContactDraft(
            last_name="Zukunft",
            phones=(PhoneInput("0211 837 1001"),),
            emails=(EmailInput("z@example.org"),),
        )
    )
    inquiries = InquiryService(database.session_factory, clock, "t", tmp)
    inquiry = inquiries.log_call(CallDraft(contact_id=contact.id, subject="Frage"))
    with database.engine.begin() as connection:
        connection.execute(
            text("UPDATE inquiries SET status = 'escalated', channel = 'fax', kind = 'agency'")
        )
        connection.execute(text("UPDATE contacts SET kind = 'agency', source = 'crm'"))
        connection.execute(text("UPDATE contact_phones SET kind = 'pager'"))
        connection.execute(text("UPDATE contact_emails SET kind = 'team'"))
    return inquiry.id


def test_values_of_a_newer_version_are_unknown_not_a_crash(
    database: Database, clock: FixedClock, tmp_path: Path
) -> None:
    inquiry_id = _store_values_of_a_newer_version(database, clock, tmp_path)
    inquiries = InquiryService(database.session_factory, clock, "t", tmp_path)
    contacts = ContactService(database.session_factory, clock, "t")
    [row] = inquiries.search(InquiryQuery())
    assert (row.status.value, row.channel.value, row.kind.value) == ("escalated", "fax", "agency")
    assert not is_known(row.status) and not is_known(row.channel)
    record = inquiries.get(inquiry_id)
    assert record.status == "escalated"
    [found] = contacts.search("Zukunft")
    assert found.kind == "agency"
    stored = contacts.get(found.id)
    assert (stored.phones[0].kind, stored.emails[0].kind) == ("pager", "team")
    # the export keeps the number (in the office column) and the kind as stored
    target = tmp_path / "alle.csv"
    export_contacts(contacts, "csv", target)
    exported = target.read_text(encoding="utf-8-sig")
    assert "\nagency;" in exported and ";0211 8371001;" in exported
    export_contacts(contacts, "vcf", tmp_path / "alle.vcf")
    # queries that filter on a known status still work
    assert inquiries.count(InquiryQuery(text="Frage")) == 1


def test_the_command_line_shows_values_of_a_newer_version(
    database: Database, clock: FixedClock, tmp_path: Path
) -> None:
    _store_values_of_a_newer_version(database, clock, tmp_path)
    out = io.StringIO()
    assert main(["--database", database.url, "contacts", "find", "Zukunft", "--json"], out=out) == 0
    assert json.loads(out.getvalue())["kind"] == "agency"
