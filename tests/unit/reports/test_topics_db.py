"""The topic list kept in the app: shipped default, changed by the Administration only, with
its version and the audit trail; the `topics` and `report` commands (both databases)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from buergeranfragen.cli.main import main
from buergeranfragen.clock import FixedClock
from buergeranfragen.db.migrate import Database
from buergeranfragen.errors import StaleRecord
from buergeranfragen.organisation.roles import NotPermitted
from buergeranfragen.organisation.service import PeopleService
from buergeranfragen.reports.topics import DEFAULT_TOPICS, TopicService
from tests.support import act_as


def test_only_the_administration_changes_the_list(database: Database, clock: FixedClock) -> None:
    PeopleService(database.session_factory, clock, "chefin").me()
    PeopleService(database.session_factory, clock, "anna").me()
    chefin = TopicService(database.session_factory, clock, "chefin")
    anna = TopicService(database.session_factory, clock, "anna")
    assert anna.current().topics == DEFAULT_TOPICS and anna.current().version == 0
    with pytest.raises(NotPermitted):
        anna.add("Kita")
    saved = chefin.save(["Kita", "Schule"], version=0)
    assert anna.current() == saved and saved.topics == ("Kita", "Schule")
    with pytest.raises(StaleRecord):
        chefin.save(["Kita"], version=0)
    assert chefin.add("Wohnen").topics == ("Kita", "Schule", "Wohnen")
    assert chefin.remove("schule").topics == ("Kita", "Wohnen")
    assert chefin.reset().topics == DEFAULT_TOPICS


def test_the_commands(sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    act_as(monkeypatch, "chefin")
    wanted = tmp_path / "themen.json"
    wanted.write_text(json.dumps(["Kita", "Straßenbau"]), encoding="utf-8")
    out = io.StringIO()
    assert main(["--database", sqlite_url, "topics", "set", str(wanted)], out) == 0
    out = io.StringIO()
    assert main(["--database", sqlite_url, "topics", "list", "--json"], out) == 0
    assert json.loads(out.getvalue()) == ["Kita", "Straßenbau"]
    out = io.StringIO()
    assert main(["--database", sqlite_url, "report", "--week", "2026-W53", "--json"], out) == 0
    report = json.loads(out.getvalue())
    assert report["period"] == {
        "kind": "week",
        "key": "2026-W53",
        "label": "KW 53/2026",
        "first": "2026-12-28",
        "last": "2027-01-03",
    }
    assert report["new_by_topic"] == {"Kita": 0, "Straßenbau": 0, "Sonstiges": 0}
    assert len(report["trend"]) == 12 and len(report["new_by_day"]) == 7
    out = io.StringIO()
    assert main(["--database", sqlite_url, "report", "--period", "2026-Q4"], out) == 0
    assert "Bericht Q4 2026" in out.getvalue()
    assert (
        main(
            ["--database", sqlite_url, "report", "--from", "2026-11-01", "--to", "2026-11-15"],
            io.StringIO(),
        )
        == 0
    )
