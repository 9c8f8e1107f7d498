"""`buergeranfragen departments ...` on SQLite and PostgreSQL: the JSON a script reads, the
changes, and exit code 1 with a reason (nothing changed) for what is refused."""

from __future__ import annotations

import io
import json

import pytest

from buergeranfragen.cli import main
from tests.support import act_as


def _run(db_url: str, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--database", db_url, "departments", *args], out=out)
    return code, out.getvalue()


def _listed(db_url: str) -> dict[str, dict[str, object]]:
    code, text = _run(db_url, "list", "--json")
    assert code == 0
    return {entry["code"]: entry for entry in map(json.loads, text.splitlines())}


def test_list_add_edit_deactivate(
    db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    act_as(monkeypatch, "chefin")  # the first user of the new database: Administration
    listed = _listed(db_url)
    assert len(listed) == 15
    assert listed["NRWDIREKT"] == {
        "code": "NRWDIREKT",
        "name": "Nordrhein-Westfalen direkt",
        "email": "nrwdirekt@nrw.de",
        "phone": "0211 837-1001",
        "active": True,
        "signature": "",
        "sender_email": "",
    }
    assert _run(db_url, "add", "lzpb", "Landeszentrale", "--email", "info@lzpb.nrw.de")[0] == 0
    code, _ = _run(db_url, "edit", "LZPB", "--name", "Landeszentrale für politische Bildung")
    assert code == 0
    assert _run(db_url, "deactivate", "IM")[0] == 0
    listed = _listed(db_url)
    assert listed["LZPB"]["name"] == "Landeszentrale für politische Bildung"
    assert listed["LZPB"]["email"] == "info@lzpb.nrw.de"
    assert listed["IM"]["active"] is False
    assert _run(db_url, "activate", "IM")[0] == 0
    code, text = _run(db_url, "list")
    assert code == 0 and "Ministerium des Innern" in text and "deaktiviert" not in text
    capsys.readouterr()

    assert _run(db_url, "edit", "NIX", "--name", "x")[0] == 1
    assert "Kürzel NIX gibt es nicht" in capsys.readouterr().err
    assert _run(db_url, "add", "IM", "Doppelt")[0] == 1
    assert "schon vergeben" in capsys.readouterr().err

    act_as(monkeypatch, "kollege")  # a second user: Sachbearbeitung
    assert _run(db_url, "deactivate", "MSB")[0] == 1
    assert "nur die Administration" in capsys.readouterr().err
    assert _listed(db_url)["MSB"]["active"] is True  # nothing changed
    with pytest.raises(SystemExit) as exit_:
        _run(db_url, "edit")
    assert exit_.value.code == 2
