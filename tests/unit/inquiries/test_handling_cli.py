"""`buergeranfragen inquiries show|route|assign|status|note`: the JSON a script reads (history
included), German state names, every refusal exit 2 with a German reason and the database
unchanged, and outside text written out for people but kept as it is in JSON."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from buergeranfragen.cli import main
from buergeranfragen.cli.refusals import parse_state
from buergeranfragen.config import Settings
from buergeranfragen.context import build_context
from buergeranfragen.inquiries.records import CallDraft, InquiryStatus
from buergeranfragen.organisation.service import PeopleService
from tests.support import act_as


def _run(db_url: str, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--database", db_url, "inquiries", *args], out=out)
    return code, out.getvalue()


def _show(db_url: str, reference: str) -> dict[str, Any]:
    code, shown = _run(db_url, "show", reference, "--json")
    assert code == 0
    result: dict[str, Any] = json.loads(shown)
    return result


@pytest.fixture
def office(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """chefin (the first person: Administration), anna and ben (deactivated) work here."""
    act_as(monkeypatch, "chefin")
    yield


def _prepare(db_url: str, *subjects: str) -> list[str]:
    """The database with the shipped departments, anna and ben (inactive), and a call per
    subject; their references."""
    context = build_context(Settings.from_environment(db_url))
    try:
        factory, clock = context.database.session_factory, context.clock
        for user in ("anna", "ben"):
            PeopleService(factory, clock, user).me()
        context.people.set_active("ben", False)
        return [context.inquiries.log_call(CallDraft(subject=s)).reference for s in subjects]
    finally:
        context.close()


def _snapshot(db_url: str) -> list[list[tuple[Any, ...]]]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as connection:
            return [
                [
                    tuple(row)
                    for row in connection.execute(text(f"SELECT * FROM {table} ORDER BY id"))
                ]
                for table in ("inquiries", "inquiry_steps", "audit_log", "people")
            ]
    finally:
        engine.dispose()


def test_route_assign_status_note_and_the_history_in_json(
    db_url: str, office: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    (reference,) = _prepare(db_url, "Eine Frage")
    first = _show(db_url, reference.lower())  # any case
    assert first["reference"] == reference
    assert (first["status"], first["kind"], first["channel"]) == ("new", "citizen", "phone")
    assert first["department"] is None and first["department_code"] is None
    assert first["assignee"] is None and first["routing_rule"] is None
    assert first["subject"] == "Eine Frage" and first["contact"] is None
    assert first["received_at"].endswith("+00:00")
    assert [s["kind"] for s in first["history"]] == ["received"]

    act_as(monkeypatch, "anna")
    code, line = _run(db_url, "route", reference, "--department", "msb", "--assignee", "anna")
    assert code == 0
    assert line == f"{reference} ist jetzt an MSB verteilt und anna zugewiesen.\n"
    assert _run(db_url, "status", reference, "in bearbeitung") == (
        0,
        f"{reference} ist jetzt „In Bearbeitung“.\n",
    )
    code, raw = _run(
        db_url, "status", reference, "Rückfrage", "--comment", "Unterlagen fehlen", "--json"
    )
    assert code == 0
    waiting = json.loads(raw)  # --json: the inquiry as `show --json` has it, nothing else
    assert waiting["status"] == "waiting" and waiting["due_at"] is None  # the clock stops
    assert _run(db_url, "status", reference, "IN_PROGRESS")[0] == 0
    code, _ = _run(db_url, "status", reference, "abgegeben", "--to", "Bezirksregierung Köln")
    assert code == 0
    assert _run(db_url, "note", reference, "Rückruf vereinbart") == (
        0,
        f"Notiz zu {reference} gespeichert.\n",
    )
    assert _run(db_url, "assign", reference, "--nobody", "--reason", "Urlaub") == (
        0,
        f"{reference} ist jetzt niemandem zugewiesen.\n",
    )

    shown = _show(db_url, reference)
    assert shown["status"] == "handed_over"
    assert shown["due_at"].endswith("+00:00")  # worked out again after the Rückfrage
    assert shown["department_code"] == "MSB"
    assert shown["department"] == "Ministerium für Schule und Bildung"
    assert shown["assignee"] is None and shown["next_states"] == ["in_progress", "closed"]
    history = [{k: v for k, v in step.items() if k != "at"} for step in shown["history"][1:]]
    assert history == [
        _step("routed", "", "MSB", department="Ministerium für Schule und Bildung"),
        _step("assigned", "", "anna"),
        _step("status", "new", "assigned"),
        _step("status", "assigned", "in_progress"),
        _step("status", "in_progress", "waiting", comment="Unterlagen fehlen"),
        _step("status", "waiting", "in_progress"),
        _step("status", "in_progress", "handed_over", handed_to="Bezirksregierung Köln"),
        _step("note", "", "", comment="Rückruf vereinbart"),
        _step("assigned", "anna", "", comment="Urlaub"),
    ]
    assert all(step["at"].endswith("+00:00") for step in shown["history"])

    code, human = _run(db_url, "show", reference)
    assert code == 0
    assert human.startswith(f"{reference}  abgegeben\n")
    assert "Abteilung:   MSB – Ministerium für Schule und Bildung" in human
    assert "Status: In Bearbeitung → abgegeben, an Bezirksregierung Köln" in human
    assert "Status: In Bearbeitung → Rückfrage\n        Unterlagen fehlen\n" in human


def _step(kind: str, before: str, after: str, **extra: str) -> dict[str, str]:
    return {
        "actor": "anna",
        "kind": kind,
        "from": before,
        "to": after,
        "department": extra.get("department", ""),
        "comment": extra.get("comment", ""),
        "handed_to": extra.get("handed_to", ""),
    }


def test_every_refusal_exits_2_with_a_reason_and_changes_nothing(
    sqlite_url: str, office: None, capsys: pytest.CaptureFixture[str]
) -> None:
    new, routed = _prepare(sqlite_url, "Eine Frage", "Noch eine Frage")
    assert _run(sqlite_url, "route", routed, "--department", "MSB")[0] == 0
    assert _run(sqlite_url, "status", routed, "in_progress")[0] == 0
    capsys.readouterr()
    before = _snapshot(sqlite_url)
    cases = [
        (("status", new, "neu"), "schon „Neu“"),
        (("status", routed, "zugewiesen"), "„Zugewiesen“ folgt nur auf „Neu“"),
        (("status", new, "erledigt"), "Einen Status „erledigt“ gibt es nicht"),
        (("status", new, "abgegeben"), "an welche Stelle"),
        (("status", new, "closed"), "ohne Antwort abgeschlossen"),
        (("status", new, "waiting", "--to", "Stadt Köln"), "gehört nur zum Status"),
        (("status", "BA-1999-00001", "in_progress"), "Aktenzeichen BA-1999-00001 gibt es nicht"),
        (("show", "BA-1999-00001"), "Aktenzeichen BA-1999-00001 gibt es nicht"),
        (("route", new, "--department", "XYZ"), "Kürzel XYZ gibt es nicht"),
        (("route", routed, "--department", "IM"), "warum die Anfrage an eine andere Abteilung"),
        (("route", routed, "--department", "MSB"), "schon an MSB verteilt"),
        (("route", new, "--department", "MSB", "--assignee", "niemand"), "niemand gibt es nicht"),
        (("assign", new, "ben"), "ben ist als inaktiv eingetragen"),
        (("assign", new, "--nobody"), "niemandem zugewiesen"),
        (("assign", new), "entweder BENUTZER oder --nobody"),
        (("assign", new, "anna", "--nobody"), "entweder BENUTZER oder --nobody"),
        (("note", new, "   "), "Die Notiz ist leer"),
        (("note", new, "x" * 10_001), "Höchstens 10000 Zeichen"),
    ]
    for args, reason in cases:
        code, out = _run(sqlite_url, *args, "--json")
        err = capsys.readouterr().err
        assert (code, out) == (2, ""), args
        assert err.startswith("Fehler: ") and reason in err, (args, err)
        assert err.count("\n") == 1, err
    assert _snapshot(sqlite_url) == before
    assert _run(sqlite_url, "note", new, "ok")[0] == 0
    assert _snapshot(sqlite_url) != before  # the comparison sees a change


def test_a_refusal_on_postgresql_too(
    db_url: str, office: None, capsys: pytest.CaptureFixture[str]
) -> None:
    (reference,) = _prepare(db_url, "Eine Frage")
    before = _snapshot(db_url)
    assert _run(db_url, "status", reference, "Abgeschlossen")[0] == 2
    assert "ohne Antwort" in capsys.readouterr().err
    assert _snapshot(db_url) == before


@pytest.mark.parametrize(
    ("typed", "status"),
    [
        ("Rückfrage", InquiryStatus.WAITING),
        ("rueckfrage", InquiryStatus.WAITING),
        ("RÜCKFRAGE", InquiryStatus.WAITING),
        ("waiting", InquiryStatus.WAITING),
        ("in bearbeitung", InquiryStatus.IN_PROGRESS),
        ("  In   Bearbeitung ", InquiryStatus.IN_PROGRESS),
        ("in_progress", InquiryStatus.IN_PROGRESS),
        ("in-progress", InquiryStatus.IN_PROGRESS),
        ("abgegeben", InquiryStatus.HANDED_OVER),
        ("am Telefon erledigt", InquiryStatus.ANSWERED_ON_PHONE),
        ("answered_on_phone", InquiryStatus.ANSWERED_ON_PHONE),
        ("Abgeschlossen", InquiryStatus.CLOSED),
        ("neu", InquiryStatus.NEW),
    ],
)
def test_states_by_stored_value_or_german_name(typed: str, status: InquiryStatus) -> None:
    assert parse_state(typed) == status


def test_the_help_lists_every_state(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["inquiries", "status", "--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    for value, name in (("waiting", "Rückfrage"), ("handed_over", "abgegeben"), ("new", "Neu")):
        assert f"{value}" in shown and name in shown


HOSTILE = "<b>fett</b> rechnung\u202efdp.exe \x1b[31mrot\x00 ende\r\nzweite Zeile"


def test_outside_text_is_written_out_for_people_and_raw_in_json(
    sqlite_url: str, office: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    (reference,) = _prepare(sqlite_url, "Betreff \u202egnp.exe")
    assert _run(sqlite_url, "note", reference, HOSTILE)[0] == 0
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"aus der Pipe \xff\n")))
    assert _run(sqlite_url, "note", reference, "-")[0] == 0

    code, human = _run(sqlite_url, "show", reference)
    assert code == 0
    assert "<b>fett</b> rechnung⟨U+202E⟩fdp.exe ⟨U+001B⟩[31mrot ende⟨U+000D⟩\n" in human
    assert "        zweite Zeile\n" in human  # a line break stays one, indented
    assert "Betreff:     Betreff ⟨U+202E⟩gnp.exe" in human
    assert not any(c in human for c in "\u202e\x1b\x00\r")
    assert "aus der Pipe \ufffd" in human

    shown = _show(sqlite_url, reference)
    notes = [s["comment"] for s in shown["history"] if s["kind"] == "note"]
    assert notes == [HOSTILE.replace("\x00", ""), "aus der Pipe \ufffd"]  # NUL is never stored
    assert shown["subject"] == "Betreff \u202egnp.exe"


def test_a_note_from_standard_input_longer_than_allowed_is_refused(
    sqlite_url: str,
    office: None,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (reference,) = _prepare(sqlite_url, "Eine Frage")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"x" * 50_000)))
    assert _run(sqlite_url, "note", reference, "-")[0] == 2
    assert "höchstens 10000 Zeichen" in capsys.readouterr().err
    assert [s["kind"] for s in _show(sqlite_url, reference)["history"]] == ["received"]


def test_expect_version_refuses_a_change_made_meanwhile(
    db_url: str, office: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (reference,) = _prepare(db_url, "Zwei zugleich")
    seen = _show(db_url, reference)["version"]  # the state the clerk looked at
    assert isinstance(seen, int)
    act_as(monkeypatch, "anna")  # a colleague changes it meanwhile
    assert _run(db_url, "assign", reference, "anna")[0] == 0
    act_as(monkeypatch, "chefin")
    before = _snapshot(db_url)
    capsys.readouterr()
    for command in (
        ("route", reference, "--department", "MSB", "--reason", "Schule"),
        ("assign", reference, "chefin"),
        ("status", reference, "in_progress"),
    ):
        assert _run(db_url, *command, "--expect-version", str(seen)) == (2, "")
        err = capsys.readouterr().err
        assert err.startswith("Fehler: ") and "anna" in err and len(err.splitlines()) == 1
    assert _snapshot(db_url) == before
    now = _show(db_url, reference)["version"]
    assert now > seen
    code, raw = _run(db_url, "status", reference, "in_progress", "--expect-version", str(now))
    assert code == 0 and raw.endswith("„In Bearbeitung“.\n")
    assert _show(db_url, reference)["version"] > now
