"""`inquiries list`: filters, views, JSON, and unknown values refused with exit 2."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from buergeranfragen.cli import main
from buergeranfragen.clock import FixedClock
from buergeranfragen.config import Settings
from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.context import build_context
from buergeranfragen.inquiries.handling import HandlingService
from buergeranfragen.inquiries.records import CallDraft, InquiryQuery, InquiryStatus
from buergeranfragen.organisation.service import PeopleService
from tests.support import act_as


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'liste.sqlite'}"
    now = datetime.now(UTC)
    settings = Settings(database_url=url, data_dir=tmp_path, log_dir=tmp_path / "logs", actor="cli")
    context = build_context(settings, FixedClock(now - timedelta(days=20)))
    try:
        service = context.inquiries
        service.log_call(CallDraft(subject="Kitaplatz alt"))  # due long ago: overdue
        service.log_call(
            CallDraft(
                subject="Haushalt", kind=ContactKind.PRESS, received_at=now - timedelta(days=19)
            )
        )
        service.log_call(
            CallDraft(
                subject="Öffnungszeiten",
                status=InquiryStatus.ANSWERED_ON_PHONE,
                received_at=now - timedelta(days=18),
            )
        )
        context.views.save("Presse", InquiryQuery(kind=ContactKind.PRESS))
    finally:
        context.close()
    return url


def run(*args: str) -> tuple[int, list[dict[str, object]]]:
    out = io.StringIO()
    code = main(list(args), out=out)
    return code, [json.loads(line) for line in out.getvalue().splitlines()]


def test_list_filters_and_json(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    act_as(monkeypatch, "cli")
    code, rows = run("--database", db, "inquiries", "list", "--json")
    assert code == 0
    assert [r["subject"] for r in rows] == ["Öffnungszeiten", "Haushalt", "Kitaplatz alt"]
    kita = rows[2]
    assert set(kita) == {
        "reference",
        "status",
        "kind",
        "channel",
        "received_at",
        "department",
        "department_code",
        "assignee",
        "due_at",
        "subject",
    }
    assert (kita["status"], kita["kind"], kita["channel"]) == ("new", "citizen", "phone")
    assert kita["department_code"] == "MKJFGFI"
    assert str(kita["department"]).startswith("Ministerium für Kinder")
    assert datetime.fromisoformat(str(kita["due_at"])) < datetime.now(UTC)

    def subjects(*args: str) -> list[object]:
        code, found = run("--database", db, "inquiries", "list", "--json", *args)
        assert code == 0
        return [r["subject"] for r in found]

    assert subjects("--department", "mkjfgfi") == ["Kitaplatz alt"]
    assert subjects("--status", "Neu", "--kind", "presse") == ["Haushalt"]
    assert subjects("--open") == ["Haushalt", "Kitaplatz alt"]
    assert subjects("--overdue") == ["Haushalt", "Kitaplatz alt"]
    assert subjects("--due-today") == []
    assert subjects("--view", "Überfällig", "--kind", "citizen") == ["Kitaplatz alt"]
    assert subjects("--view", "Presse") == ["Haushalt"]  # the saved view, before the code PRESSE
    assert subjects("--limit", "1") == ["Öffnungszeiten"]
    out = io.StringIO()
    assert main(["--database", db, "inquiries", "list"], out=out) == 0
    assert "Kitaplatz alt" in out.getvalue() and "am Telefon erledigt" in out.getvalue()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--status", "verschollen"), "Einen Status „verschollen“ gibt es nicht"),
        (("--department", "XYZ"), "Eine Abteilung „XYZ“ gibt es nicht"),
        (("--kind", "brief"), "Eine Art „brief“ gibt es nicht"),
        (("--assignee", "niemand"), "Eine Person „niemand“ gibt es nicht"),
        (("--view", "Irgendwas"), "Eine Ansicht „Irgendwas“ gibt es nicht"),
        (("--overdue", "--due-today"), "schließen sich aus"),
        (("--limit", "-5"), "--limit braucht eine Zahl ab 0"),
        (("--view", ""), "--view braucht den Namen einer Ansicht"),
        (("--view", "  "), "--view braucht den Namen einer Ansicht"),
    ],
)
def test_unknown_values_are_usage_errors(
    db: str, args: tuple[str, ...], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", db, "inquiries", "list", *args], out=io.StringIO()) == 2
    assert words in capsys.readouterr().err


@pytest.mark.parametrize("name", ["uberfallig", "ueberfaellig", "ÜBERFÄLLIG", " überfällig "])
def test_view_names_fold_umlauts_as_state_names_do(db: str, name: str) -> None:
    code, rows = run("--database", db, "inquiries", "list", "--json", "--view", name)
    assert code == 0 and [r["subject"] for r in rows] == ["Haushalt", "Kitaplatz alt"]
    code, rows = run("--database", db, "inquiries", "list", "--json", "--status", "ruckfrage")
    assert code == 0 and rows == []


def test_user_names_are_matched_exactly_first(
    db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "Anna" and "anna" are two people: each finds her own; "ANNA" is neither (refused,
    naming both); "BEN" finds the one "ben"."""
    context = build_context(Settings.from_environment(db))
    try:
        factory, clock = context.database.session_factory, context.clock
        for user in ("Anna", "anna", "ben"):
            PeopleService(factory, clock, user).me()
        handling = HandlingService(factory, clock, "cli")
        for subject in ("Kitaplatz alt", "Haushalt", "Öffnungszeiten"):
            (found,) = context.inquiries.search(InquiryQuery(text=subject), 0, 1)
            user = {"Kitaplatz alt": "Anna", "Haushalt": "anna"}.get(subject, "ben")
            handling.assign(handling.id_of(found.reference), user)
    finally:
        context.close()

    def subjects(user: str) -> list[object]:
        code, found = run("--database", db, "inquiries", "list", "--json", "--assignee", user)
        assert code == 0
        return [r["subject"] for r in found]

    assert subjects("Anna") == ["Kitaplatz alt"]
    assert subjects("anna") == ["Haushalt"]
    assert subjects(" anna ") == ["Haushalt"]
    assert subjects("BEN") == ["Öffnungszeiten"]
    capsys.readouterr()
    assert (
        main(["--database", db, "inquiries", "list", "--assignee", "ANNA"], out=io.StringIO()) == 2
    )
    err = capsys.readouterr().err
    assert "Eine Person „ANNA“ gibt es nicht" in err and "Anna, anna, ben" in err


def test_a_damaged_saved_view_breaks_neither_the_others_nor_the_counts(
    db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Saved views written by hand into the database: nested too deep, a contact number
    beyond any integer, dates out of range, a number of 5000 digits."""
    act_as(monkeypatch, "cli")
    damaged = {
        "Tief": "[" * 30000,
        "Riesig": '{"contact_id": 100000000000000000000000000000, "kind": "press"}',
        "Uralt": '{"received_from": "0001-01-01T00:30+01:00", "kind": "press"}',
        "Zukunft": '{"received_until": "9999-12-31T23:00-05:00", "kind": "press"}',
        "Ziffern": '{"contact_id": ' + "1" * 5000 + "}",
        "NUL": '{"text": "a\\u0000b", "kind": "press"}',
    }
    context = build_context(Settings.from_environment(db))
    try:
        for name in damaged:
            context.views.save(name, InquiryQuery(kind=ContactKind.PRESS))
    finally:
        context.close()
    engine = create_engine(db)
    with engine.begin() as connection:
        for name, query in damaged.items():
            connection.execute(
                text("UPDATE saved_views SET query = :query WHERE name = :name"),
                {"query": query, "name": name},
            )
    engine.dispose()
    context = build_context(Settings.from_environment(db))
    try:
        counts = context.views.view_counts()
        titles = {v.key: v.title.render() for v in context.views.views()}
    finally:
        context.close()
    saved = {titles[key]: count for key, count in counts.items() if key.startswith("saved:")}
    # the unreadable ones left out, a bad value dropped like an unknown key
    assert saved == {"Presse": 1, "Riesig": 1, "Uralt": 1, "Zukunft": 1, "NUL": 1}
    for name in ("Presse", "Riesig", "Uralt", "Zukunft", "NUL"):
        code, rows = run("--database", db, "inquiries", "list", "--json", "--view", name)
        assert code == 0 and [r["subject"] for r in rows] == ["Haushalt"], name
    capsys.readouterr()
    assert main(["--database", db, "inquiries", "list", "--view", "Tief"], out=io.StringIO()) == 2
    assert "Eine Ansicht „Tief“ gibt es nicht" in capsys.readouterr().err
