"""Nothing of an erased person stays in the SQLite file: its bytes (and the WAL's) are read
after the erasure for the name, the address, the number and words of the mail, the call and
the note - in the tables, the full-text index and the file's free pages. The control shows
the check finds them when secure_delete, the index merge and the checkpoint are left out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db import engine
from buergeranfragen.db.migrate import open_database
from buergeranfragen.inquiries import search
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.mail.intake import MailIntake
from buergeranfragen.privacy import person_store
from buergeranfragen.privacy.person_data import PersonDataService
from tests.conftest import ACTOR
from tests.unit.privacy import cases

TRACES = (
    cases.NAME,
    cases.FIRST,
    cases.EMAIL,
    cases.PHONE,
    "8371001",
    cases.WORD,
    cases.CALL_WORD,
    cases.NOTE_WORD,
    "Hagebuttenmarmelade",  # her own attachment's bytes
    "Lindenallee",
)


def _found(folder: Path) -> set[str]:
    """The traces in the database file and its WAL (case folded, as the index stores them)."""
    content = b"".join(
        path.read_bytes().lower() for path in folder.iterdir() if path.name.startswith("db.sqlite")
    )
    return {t for t in TRACES if t.lower().encode() in content}


def _erase(tmp_path: Path, clock: FixedClock) -> set[str]:
    folder = tmp_path / "data"
    database = open_database(f"sqlite:///{folder / 'db.sqlite'}", clock)
    try:
        contacts = ContactService(database.session_factory, clock, ACTOR)
        intake = MailIntake(
            InquiryService(database.session_factory, clock, ACTOR, tmp_path / "offen"), clock
        )
        case = cases.build(database, clock, contacts, intake)
        assert _found(folder) == set(TRACES)  # everything is there before
        PersonDataService(database.session_factory, clock, ACTOR).erase(case.person)
        return _found(folder)  # while open: closing would checkpoint the WAL anyway
    finally:
        database.close()


def test_nothing_of_the_person_is_left_in_the_file(tmp_path: Path, clock: FixedClock) -> None:
    assert _erase(tmp_path, clock) == set()


@pytest.mark.parametrize("left_out", ["secure_delete", "index merge", "checkpoint"])
def test_without_each_clean_up_the_file_still_holds_the_person(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, left_out: str
) -> None:
    if left_out == "secure_delete":
        apply = engine._apply_pragmas

        def without_secure_delete(connection: Any, timeout: int) -> None:
            apply(connection, timeout)
            connection.execute("PRAGMA secure_delete = OFF")

        monkeypatch.setattr(engine, "_apply_pragmas", without_secure_delete)
    elif left_out == "index merge":
        monkeypatch.setattr(search, "compact", lambda _session: None)
    else:
        monkeypatch.setattr(person_store, "checkpoint", lambda _session: None)
    assert cases.WORD in _erase(tmp_path, clock)
