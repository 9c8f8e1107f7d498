"""`buergeranfragen templates ...` and `departments edit --signature …`: the JSON a script
reads, changes, and exit code 1 with a reason for what is refused."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from buergeranfragen.cli import main
from tests.support import act_as


def _run(db_url: str, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--database", db_url, *args], out=out)
    return code, out.getvalue()


def _listed(db_url: str, *extra: str) -> dict[str, dict[str, object]]:
    code, text = _run(db_url, "templates", "list", "--json", *extra)
    assert code == 0
    return {entry["name"]: entry for entry in map(json.loads, text.splitlines())}


def test_list_show_add_edit_deactivate(
    sqlite_url: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    act_as(monkeypatch, "chefin")  # the first user: Administration
    listed = _listed(sqlite_url)
    assert set(listed) >= {"Antwort", "Zwischennachricht", "Weiterleitung an die Abteilung"}
    assert set(listed["Antwort"]) == {
        "name", "purpose", "subject", "body", "active", "version", "updated_at", "updated_by",
    }  # fmt: skip
    assert set(_listed(sqlite_url, "--purpose", "forward")) == {"Weiterleitung an die Abteilung"}

    body = tmp_path / "text.txt"
    body.write_text("\ufeff{anrede},\r\n\r\nDanke für {{Ihre}} Geduld.\r\n", encoding="utf-8")
    code, _ = _run(
        sqlite_url, "templates", "add", "Dank", "--purpose", "interim", "--body-file", str(body)
    )
    assert code == 0
    code, text = _run(sqlite_url, "templates", "show", "Dank", "--json")
    shown = json.loads(text)
    assert shown["body"] == "{anrede},\n\nDanke für {{Ihre}} Geduld." and shown["version"] == 1

    code, _ = _run(
        sqlite_url, "templates", "edit", "Dank", "--subject", "Danke", "--expect-version", "1"
    )
    assert code == 0
    code, _ = _run(
        sqlite_url, "templates", "edit", "Dank", "--subject", "Alt", "--expect-version", "1"
    )
    assert code == 1
    assert "inzwischen von chefin geändert" in capsys.readouterr().err
    code, _ = _run(sqlite_url, "templates", "add", "X", "--purpose", "reply", "--body", "{foo}")
    assert code == 1 and "{foo}" in capsys.readouterr().err
    assert _run(sqlite_url, "templates", "deactivate", "Dank")[0] == 0
    assert "Dank" not in _listed(sqlite_url)
    assert _listed(sqlite_url, "--all")["Dank"]["active"] is False
    code, text = _run(sqlite_url, "templates", "show", "Dank")
    assert code == 0 and "deaktiviert" in text and "Danke für {{Ihre}} Geduld." in text

    act_as(monkeypatch, "kai")  # Sachbearbeitung: reads, changes nothing
    assert _run(sqlite_url, "templates", "activate", "Dank")[0] == 1
    assert "Textbausteine dürfen nur" in capsys.readouterr().err


def test_department_signature_and_sender(
    sqlite_url: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    act_as(monkeypatch, "chefin")
    signature = tmp_path / "sig.txt"
    signature.write_text("Referat 12\nJägerhofstraße 6\n", encoding="utf-8")
    code, _ = _run(
        sqlite_url, "departments", "edit", "IM", "--signature-file", str(signature),
        "--sender-email", "antwort@im.nrw.de",
    )  # fmt: skip
    assert code == 0
    code, text = _run(sqlite_url, "departments", "list", "--json")
    im = next(d for d in map(json.loads, text.splitlines()) if d["code"] == "IM")
    assert im["signature"] == "Referat 12\nJägerhofstraße 6"
    assert im["sender_email"] == "antwort@im.nrw.de"
    code, _ = _run(sqlite_url, "departments", "edit", "IM", "--sender-email", "kein")
    assert code == 1 and "kein" in capsys.readouterr().err
