"""`buergeranfragen rules list|test` on SQLite and PostgreSQL: the JSON a script reads, the
sentence a person reads, and exit code 2 for a rule file that cannot be read."""

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


@pytest.fixture
def demo_url(db_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    act_as(monkeypatch, "chefin")
    assert _run(db_url, "demo")[0] == 0
    return db_url


def test_list_and_test_a_stored_rule(demo_url: str) -> None:
    code, text = _run(demo_url, "rules", "list", "--json")
    assert code == 0
    listed = [json.loads(line) for line in text.splitlines()]
    assert [r["number"] for r in listed] == list(range(1, len(listed) + 1))
    press = listed[0]
    assert press["name"] == "Presseanfragen an die Pressestelle"
    assert press["department_code"] == "PRESSE" and press["active"] is True
    assert press["conditions"]["kinds"] == ["press"] and press["routed"] >= 1
    assert set(press) == {
        "number", "id", "name", "active", "department_code", "department", "person",
        "priority", "routed", "conditions",
    }  # fmt: skip
    code, text = _run(demo_url, "rules", "list")
    assert code == 0 and "  1. Presseanfragen an die Pressestelle" in text

    code, text = _run(demo_url, "rules", "test", "1", "--weeks", "520", "--json")
    assert code == 0
    trial = json.loads(text)
    assert trial["rule"] == press["name"] and trial["count"] == press["routed"]
    assert trial["elsewhere_now"] == [] and trial["capped"] is False
    assert all(m["reference"].startswith("BA-") for m in trial["matches"])

    code, text = _run(demo_url, "rules", "test", "presseanfragen an die pressestelle")
    assert code == 0
    assert text.startswith("Regel „Presseanfragen an die Pressestelle“ hätte ")
    assert "Anfragen der letzten 4 Wochen an PRESSE (Pressestelle der Landesregierung)" in text


def test_a_rule_from_a_file(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rule = tmp_path / "kita.json"
    rule.write_text(
        json.dumps(
            {
                "version": 1,
                "rules": [
                    {
                        "name": "Kita",
                        "conditions": {"words": ["Kita"]},
                        "action": {"department": "MSB"},
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    code, text = _run(demo_url, "rules", "test", str(rule), "--weeks", "520")
    assert code == 0
    lines = text.splitlines()
    assert lines[0].startswith("Regel „Kita“ hätte 1 von ")
    assert lines[0].endswith("an MSB (Ministerium für Schule und Bildung) verteilt:")
    assert lines[1].endswith("Kita (Betreff); Kita (Text)")
    assert "Nach den jetzigen Regeln gehen 1 davon anderswohin:" in text and "→ MKJFGFI" in text

    broken = tmp_path / "kaputt.json"
    broken.write_text('{"name": "Kita", "conditions": {"words": ["Kita"]}', encoding="utf-8")
    capsys.readouterr()
    assert _run(demo_url, "rules", "test", str(broken))[0] == 2
    assert "kein gültiges JSON" in capsys.readouterr().err
    broken.write_text('{"name": "Kita", "action": {"department": 3}}', encoding="utf-8")
    assert _run(demo_url, "rules", "test", str(broken))[0] == 2
    assert "action.department" in capsys.readouterr().err
    assert _run(demo_url, "rules", "test", str(tmp_path / "fehlt.json"))[0] == 2
    assert "fehlt.json" in capsys.readouterr().err
    assert _run(demo_url, "rules", "test", "Gibt es nicht")[0] == 1
    assert "„Gibt es nicht“ gibt es nicht" in capsys.readouterr().err


def _rule_file(tmp_path: Path, rule: dict[str, object], name: str = "regel.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(rule), encoding="utf-8")
    return str(path)


_INVALID = [
    ({"name": "Alles", "action": {"department": "MSB"}}, "conditions: Bitte mindestens"),
    (
        {"name": "Fremd", "conditions": {"words": ["Kita"]}, "action": {"department": "XY"}},
        "action.department: Eine Abteilung mit dem Kürzel XY gibt es nicht.",
    ),
    (
        {
            "name": "x" * 500_000,
            "conditions": {"words": ["Kita"]},
            "action": {"department": "MSB"},
        },
        "name: Der Name ist länger als 200 Zeichen.",
    ),
    (
        {"name": "Leer", "conditions": {"words": ["!!", "–"]}, "action": {"department": "MSB"}},
        "words: „!!“ enthält keinen Buchstaben",
    ),
    (
        {
            "name": "Wer",
            "conditions": {"words": ["Kita"]},
            "action": {"department": "MSB", "person": "niemand"},
        },
        "action.person: Eine Person mit der Benutzerkennung niemand gibt es nicht.",
    ),
]


def test_a_rule_file_is_checked_as_saving_would_check_it(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for rule, words in _INVALID:
        path = _rule_file(tmp_path, rule)
        capsys.readouterr()
        assert _run(demo_url, "rules", "test", path) == (2, ""), words
        err = capsys.readouterr().err
        assert err.startswith(f"Fehler: {path}: ") and words in err and len(err.splitlines()) == 1


def test_byte_order_mark_doubled_keys_long_names_and_other_digits(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bom = tmp_path / "windows.json"
    rule = {"name": "Kita", "conditions": {"words": ["Kita"]}, "action": {"department": "MSB"}}
    bom.write_bytes(b"\xef\xbb\xbf" + json.dumps(rule).encode())
    code, text = _run(demo_url, "rules", "test", str(bom), "--json")
    assert code == 0 and json.loads(text)["rule"] == "Kita"
    doubled = tmp_path / "doppelt.json"
    doubled.write_text(
        '{"name": "Kita", "conditions": {"words": ["Kita"]}, "action": {"department": "MSB",'
        ' "department": "FM"}}',
        encoding="utf-8",
    )
    capsys.readouterr()
    assert _run(demo_url, "rules", "test", str(doubled)) == (2, "")
    assert "„department“ steht im selben JSON-Objekt zweimal" in capsys.readouterr().err

    # a name too long for a file name, digits of other scripts: names of rules
    capsys.readouterr()
    assert _run(demo_url, "rules", "test", "a" * 5000)[0] == 1  # not ENAMETOOLONG
    assert "gibt es nicht" in capsys.readouterr().err
    assert _run(demo_url, "rules", "test", "٣")[0] == 1  # Arabic-Indic three: not rule 3
    assert "„٣“ gibt es nicht" in capsys.readouterr().err
    code, text = _run(demo_url, "rules", "test", "3", "--json")
    assert code == 0 and json.loads(text)["rule"]


def test_weeks_are_bounded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'leer.sqlite'}"
    for weeks in ("0", "521", "200000", "-3"):
        capsys.readouterr()
        assert _run(url, "rules", "test", "1", "--weeks", weeks) == (2, "")
        assert "--weeks braucht eine Zahl von 1 bis 520" in capsys.readouterr().err
