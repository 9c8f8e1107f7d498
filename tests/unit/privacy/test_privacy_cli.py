"""`privacy export` and `privacy erase` on both databases: the person named by a number in
another writing, the files, the confirmation on a terminal, the refusal without one."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import text

from buergeranfragen.cli import main
from buergeranfragen.db.engine import reading
from buergeranfragen.db.migrate import Database
from tests.conftest import ACTOR
from tests.support import act_as
from tests.unit.privacy import cases


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _contacts(database: Database, contact_id: int) -> int:
    with reading(database.session_factory) as session:
        return int(
            session.scalar(text(f"SELECT count(*) FROM contacts WHERE id = {contact_id}")) or 0
        )


def test_export_by_phone_number_writes_both_files(
    database: Database,
    case: cases.Case,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    act_as(monkeypatch, ACTOR)
    out = io.StringIO()
    args = ["--database", database.url, "privacy", "export", "0211-8371001", "--output"]
    assert main([*args, str(tmp_path)], out=out) == 0
    written = sorted(tmp_path.glob("Auskunft-*"))
    assert [p.suffix for p in written] == [".json", ".pdf"]
    assert all(str(p) in out.getvalue() for p in written)
    data = json.loads(written[0].read_text(encoding="utf-8"))
    assert data["contact"]["last_name"] == cases.NAME
    assert main([*args, str(tmp_path)], out=io.StringIO()) == 1  # no overwriting
    assert main([*args, str(tmp_path), "--force"], out=io.StringIO()) == 0


def test_a_shared_address_is_refused_with_the_candidates(
    database: Database,
    case: cases.Case,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    act_as(monkeypatch, ACTOR)
    with database.session_factory() as session, session.begin():  # Berta shares the address
        session.execute(
            text("UPDATE contact_emails SET address = :a WHERE contact_id = :c"),
            {"a": cases.EMAIL, "c": case.other},
        )
    code = main(
        ["--database", database.url, "privacy", "export", cases.EMAIL, "--output", str(tmp_path)],
        out=io.StringIO(),
    )
    assert code == 1
    error = capsys.readouterr().err
    assert f"{case.person}: {cases.FIRST} {cases.NAME}" in error
    assert f"{case.other}: Berta Andere" in error
    assert list(tmp_path.glob("Auskunft-*")) == []


def test_erase_asks_on_a_terminal_and_refuses_without_one(
    database: Database,
    case: cases.Case,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    act_as(monkeypatch, ACTOR)
    command = ["--database", database.url, "privacy", "erase", cases.EMAIL.upper()]
    monkeypatch.setattr("sys.stdin", io.StringIO("ja\n"))  # piped: no terminal
    assert main(command, out=io.StringIO()) == 1
    assert "--yes" in capsys.readouterr().err
    assert _contacts(database, case.person) == 1

    monkeypatch.setattr("sys.stdin", _Terminal("nein\n"))
    out = io.StringIO()
    assert main(command, out=out) == 1
    assert "(Anfragen: 2, Nachrichten: 1, Anhänge: 2," in out.getvalue()
    assert "Nicht gelöscht" in out.getvalue()
    assert _contacts(database, case.person) == 1

    monkeypatch.setattr("sys.stdin", _Terminal("ja\n"))
    out = io.StringIO()
    assert main(command, out=out) == 0
    assert "Gelöscht:" in out.getvalue()
    assert _contacts(database, case.person) == 0
    assert main([*command, "--yes"], out=io.StringIO()) == 1  # gone: not found


def test_erase_with_yes_needs_no_terminal(
    database: Database, case: cases.Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    act_as(monkeypatch, ACTOR)
    command = ["--database", database.url, "privacy", "erase", str(case.person), "--yes"]
    assert main(command, out=io.StringIO()) == 0
    assert _contacts(database, case.person) == 0
    assert _contacts(database, case.other) == 1
