"""`people`: the Administration hands its role over, sets roles and departments; nobody else
changes anything, and the last Administration cannot go (both databases)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from buergeranfragen.cli import main
from tests.support import act_as


def _run(db_url: str, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--database", db_url, "people", *args], out=out)
    return code, out.getvalue()


def _people(db_url: str) -> dict[str, dict[str, object]]:
    code, text = _run(db_url, "list", "--json")
    assert code == 0
    return {entry["user"]: entry for entry in map(json.loads, text.splitlines())}


def test_the_administration_hands_over_and_nobody_else_changes_anything(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    act_as(monkeypatch, "itbetrieb")  # whoever starts first (a migration, a cron job) …
    assert _people(db_url)["itbetrieb"]["role"] == "administration"
    act_as(monkeypatch, "chefin")
    assert _people(db_url)["chefin"]["role"] == "sachbearbeitung"
    assert _run(db_url, "role", "chefin", "administration")[0] == 1  # not hers to give
    assert "nur die Administration" in capsys.readouterr().err

    act_as(monkeypatch, "itbetrieb")  # … hands the role over
    assert _run(db_url, "role", "chefin", "administration")[0] == 0
    assert _run(db_url, "department", "chefin", "NRWDIREKT")[0] == 0
    assert _run(db_url, "name", "chefin", "Dr. Anna Berg")[0] == 0
    act_as(monkeypatch, "chefin")
    assert _run(db_url, "role", "itbetrieb", "sachbearbeitung")[0] == 0
    people = _people(db_url)
    assert people["chefin"] == {
        "user": "chefin",
        "name": "Dr. Anna Berg",
        "role": "administration",
        "department": "NRWDIREKT",
        "active": True,
    }
    assert people["itbetrieb"]["role"] == "sachbearbeitung"
    capsys.readouterr()
    assert _run(db_url, "role", "chefin", "leitung")[0] == 1  # the last Administration stays
    assert "letzte aktive Administration" in capsys.readouterr().err
    assert _run(db_url, "department", "chefin", "NIX")[0] == 1
    with pytest.raises(SystemExit) as usage:
        _run(db_url, "role", "chefin", "kaiserin")
    assert usage.value.code == 2


def test_six_first_starts_at_once_make_one_administration(db_url: str, clock: object) -> None:
    """The first person of a database is its Administration exactly once, however many desks
    start at the same moment (``lock_people``); without the lock two to six became it."""
    import threading

    from sqlalchemy import text

    from buergeranfragen.db.migrate import open_database
    from buergeranfragen.organisation.service import PeopleService

    databases = [open_database(db_url, clock) for _ in range(6)]  # type: ignore[arg-type]
    try:
        start = threading.Barrier(len(databases))
        failures: list[BaseException] = []

        def first_start(number: int) -> None:
            start.wait()
            try:
                PeopleService(databases[number].session_factory, clock, f"desk{number}").me()  # type: ignore[arg-type]
            except BaseException as exc:  # noqa: BLE001 - reported below
                failures.append(exc)

        threads = [threading.Thread(target=first_start, args=(n,)) for n in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert failures == []
        with databases[0].engine.connect() as connection:
            roles = connection.execute(text("SELECT role FROM people")).scalars().all()
        assert sorted(roles).count("administration") == 1 and len(roles) == 6
    finally:
        for database in databases:
            database.close()


def test_a_person_marked_inactive_reads_but_adds_nothing_not_even_mail_or_contacts(
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    act_as(monkeypatch, "chefin")
    assert _run(db_url, "list")[0] == 0  # the Administration
    act_as(monkeypatch, "anna")
    assert _run(db_url, "list")[0] == 0
    act_as(monkeypatch, "chefin")
    assert _run(db_url, "deactivate", "anna")[0] == 0
    letter = tmp_path / "frage.eml"
    letter.write_text(
        "From: Erika <erika@example.org>\nTo: nrwdirekt@nrw.de\nSubject: Kitaplatz\n"
        "Message-ID: <inaktiv@example.org>\n\nGibt es einen Kitaplatz?\n",
        encoding="utf-8",
    )
    card = tmp_path / "k.vcf"
    card.write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Erika Muster\nEND:VCARD\n", encoding="utf-8")
    act_as(monkeypatch, "anna")
    capsys.readouterr()
    for command in (["mail", "import", str(letter)], ["contacts", "import", str(card)]):
        report = io.StringIO()
        main(["--database", db_url, *command], out=report)  # each entry reported with why
        said = report.getvalue() + capsys.readouterr().err
        assert "anna ist als inaktiv eingetragen und darf nichts ändern" in said
    out = io.StringIO()
    assert main(["--database", db_url, "inquiries", "list", "--json"], out=out) == 0
    assert out.getvalue() == ""  # nothing was added, and reading works
    out = io.StringIO()
    assert main(["--database", db_url, "contacts", "find", "Erika", "--json"], out=out) == 0
    assert out.getvalue() == ""


def test_a_login_name_that_cannot_be_stored_as_it_is_is_refused_at_start(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for user, says in (("x" * 201, "länger als 200 Zeichen"), ("ev\x1b[31mil", "Steuerzeichen")):
        act_as(monkeypatch, user)
        assert _run(db_url, "list")[0] == 1
        assert says in capsys.readouterr().err
    act_as(monkeypatch, "x" * 200)
    assert _run(db_url, "list")[0] == 0


def test_role_names_in_any_case_and_user_names_without_spaces(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    act_as(monkeypatch, "chefin")
    _people(sqlite_url)
    act_as(monkeypatch, "anna")
    _people(sqlite_url)
    act_as(monkeypatch, "chefin")
    assert _run(sqlite_url, "role", "anna", "Leitung")[0] == 0
    assert _people(sqlite_url)["anna"]["role"] == "leitung"
    assert _run(sqlite_url, "role", " anna ", "BÜRGERSERVICE")[0] == 0
    assert _people(sqlite_url)["anna"]["role"] == "buergerservice"
    assert _run(sqlite_url, "name", "anna\t", "Anna Beispiel")[0] == 0
    assert _people(sqlite_url)["anna"]["name"] == "Anna Beispiel"
    capsys.readouterr()
    with pytest.raises(SystemExit) as usage:
        _run(sqlite_url, "role", "anna", "Chef")
    assert usage.value.code == 2
    assert "Eine Rolle „Chef“ gibt es nicht" in capsys.readouterr().err
