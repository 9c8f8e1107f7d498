"""The audit on the command line: `inquiries show` records the opening (written when the
command ends), `audit` lists changes and openings with the viewer's filters for the Leitung
and the Administration, and refuses everyone else."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from buergeranfragen.cli import main
from tests.support import act_as
from tests.unit.mail.files import FROM_CITIZEN, mail_file


def run(db: str, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--database", db, *args], out=out)
    return code, out.getvalue()


def test_show_is_recorded_and_the_audit_lists_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'db.sqlite'}"
    act_as(monkeypatch, "chefin")  # the first person: Administration
    code, out = run(db, "mail", "import", "--json", str(mail_file(tmp_path, "a.eml", FROM_CITIZEN)))
    reference = json.loads(out)["reference"]
    act_as(monkeypatch, "kollege")
    assert run(db, "inquiries", "show", reference)[0] == 0
    assert run(db, "inquiries", "show", reference)[0] == 0  # a second process: counted again

    code, out = run(db, "audit", "--kind", "oeffnungen", "--json")  # refused: Sachbearbeitung
    assert code == 1 and "Leitung" in capsys.readouterr().err

    act_as(monkeypatch, "chefin")
    code, out = run(db, "audit", "--inquiry", reference, "--person", "kollege", "--json")
    listed = json.loads(out)
    assert code == 0 and listed["total"] == 2
    assert {(e["kind"], e["entity"], e["actor"]) for e in listed["entries"]} == {
        ("read", "inquiry", "kollege")
    }
    code, out = run(db, "audit", "--inquiry", reference, "--kind", "aenderungen", "--json")
    assert [e["action"] for e in json.loads(out)["entries"]] == ["create"]
    code, out = run(db, "audit", "--from", "2000-01-01", "--to", "2000-01-02", "--json")
    assert json.loads(out)["total"] == 0
    code, out = run(db, "audit", "--limit", "1")  # for people: the count, then one entry
    lines = out.splitlines()
    assert code == 0 and lines[0].endswith("Einträge") and "kollege" in lines[1]
    # named for people: the inquiry by its Aktenzeichen, the action in German
    assert f"Anfrage {reference}  geöffnet" in lines[1]
    code, out = run(db, "audit", "--kind", "aenderungen", "--inquiry", reference)
    assert f"Anfrage {reference}  angelegt" in out and out.startswith("1 Eintrag\n")
