"""`report settings show|set`: shown, changed by the Administration, refused for others."""

from __future__ import annotations

import io
import json

import pytest

from buergeranfragen.cli import main
from tests.support import act_as


def _run(url: str, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--database", url, "report", "settings", *args], out=out)
    return code, out.getvalue()


def test_show_set_and_refused_for_others(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    act_as(monkeypatch, "chefin")  # the first person: the Administration
    code, text = _run(sqlite_url, "show")
    assert code == 0 and "Automatisch:  nein" in text
    code, text = _run(
        sqlite_url, "set", "--on", "--folder", "/srv/berichte", "--formats", "pdf,xlsx",
        "--recipients", "leitung@nrw.de; Referat@nrw.de",
    )  # fmt: skip
    assert code == 0 and "Gespeichert." in text
    code, text = _run(sqlite_url, "show", "--json")
    assert json.loads(text) == {
        "enabled": True,
        "folder": "/srv/berichte",
        "formats": ["xlsx", "pdf"],
        "recipients": ["leitung@nrw.de", "referat@nrw.de"],
    }
    act_as(monkeypatch, "anna")
    code, _text = _run(sqlite_url, "set", "--off")
    assert code != 0
    assert "nur die Administration" in capsys.readouterr().err
    assert json.loads(_run(sqlite_url, "show", "--json")[1])["enabled"] is True
