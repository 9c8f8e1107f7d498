"""Two processes import the same contact file at the same time (two clerks, or a double
click): the result is that of one import after the other, without a duplicate - on SQLite and
on PostgreSQL. The "same person" decision and the insert are one unit of work behind
``contacts.repository.lock_identities``."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.migrate import Database
from tests.conftest import ACTOR

NEWSROOMS = 6
PEOPLE = 120  # each twice in the file: 240 entries, and one nameless entry per newsroom twice


def _card(lines: list[str]) -> str:
    return "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *lines, "END:VCARD"]) + "\r\n"


def _newsroom_file(path: Path) -> None:
    """People of six newsrooms sharing their switchboard and newsdesk address; each person is
    written twice (the second time with a title, the address in capitals and a direct line);
    each newsroom's office without a name twice."""
    cards = []
    for written in (1, 2):
        for person in range(PEOPLE):
            room = person % NEWSROOMS
            name = [
                f"N:Person{person:03d};Vorname{person:03d};;Dr.;"
                if written == 2
                else f"N:Person{person:03d};Vorname{person:03d};;;"
            ]
            address = f"person{person:03d}@redaktion{room}.example"
            cards.append(
                _card(
                    [
                        *name,
                        f"ORG:Redaktion {room}",
                        f"TEL;TYPE=WORK:0221 40{room}-0",
                        f"TEL;TYPE=CELL:0171 5{person:06d}"
                        if written == 1
                        else f"TEL;TYPE=WORK:0221 40{room}-{person + 100}",
                        f"EMAIL:{address if written == 1 else address.upper()}",
                        f"EMAIL:newsdesk@redaktion{room}.example",
                    ]
                )
            )
        for room in range(NEWSROOMS):
            cards.append(
                _card(
                    [
                        "FN:",
                        f"TEL;TYPE=WORK:0221 40{room}-0",
                        f"EMAIL:sekretariat@redaktion{room}.example",
                    ]
                )
            )
    path.write_text("".join(cards), encoding="utf-8")


def _start_import(url: str, path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "buergeranfragen", "--database", url]
        + ["contacts", "import", str(path), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_imports_of_one_file_at_once_make_no_duplicate(
    database: Database, clock: FixedClock, tmp_path: Path
) -> None:
    path = tmp_path / "redaktionen.vcf"
    _newsroom_file(path)
    first, second = _start_import(database.url, path), _start_import(database.url, path)
    reports = []
    for process in (first, second):
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert "Traceback" not in err
        reports.append([json.loads(line) for line in out.splitlines()])
    a, b = reports
    entries = 2 * (PEOPLE + NEWSROOMS)
    assert len(a) == len(b) == entries
    # each entry landed at the same contact in both processes
    assert [e["contact_id"] for e in a] == [e["contact_id"] for e in b]
    statuses = Counter(e["status"] for e in a + b)
    assert statuses == {"imported": PEOPLE + NEWSROOMS, "merged": 2 * entries - PEOPLE - NEWSROOMS}

    contacts = ContactService(database.session_factory, clock, ACTOR)
    stored = list(contacts.iter_records())
    assert len(stored) == PEOPLE + NEWSROOMS
    identities = Counter((r.first_name, r.last_name, r.emails[-1].address) for r in stored)
    assert max(identities.values()) == 1
    people = [r for r in stored if r.last_name]
    assert len(people) == PEOPLE
    assert all(len(r.phones) == 3 and len(r.emails) == 2 for r in people)
    assert all(r.title == "Dr." for r in people)
    switchboard = contacts.lookup_caller("0221 400-0", limit=100)
    assert len(switchboard) == PEOPLE // NEWSROOMS + 1  # the newsroom's people and its office
