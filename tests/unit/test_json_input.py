"""The one strict reader of JSON the user hands over (`rules test FILE`, `deadlines set FILE`):
a German refusal instead of a traceback for deep nesting, huge integers, duplicate keys, NaN
and bytes that are not UTF-8; a byte order mark is read."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from buergeranfragen.cli import main
from buergeranfragen.errors import ValidationFailed
from buergeranfragen.json_input import JsonInputError, read_json
from buergeranfragen.workflow.deadline_config import settings_from_json

BAD = {
    "tief": ("[" * 30000, "zu tief verschachtelt"),
    "objekte": ('{"a":' * 5000, "zu tief verschachtelt"),
    "ziffern": ('{"working_days": ' + "9" * 4301 + "}", "Zahl mit zu vielen Ziffern"),
    "doppelt": ('{"name": "a", "name": "b"}', "„name“ steht im selben JSON-Objekt zweimal"),
    "innen": ('[{"a": {"x": 1, "x": 1}}]', "„x“ steht im selben JSON-Objekt zweimal"),
    "nan": ('{"a": NaN}', "NaN ist kein gültiger Wert"),
    "kaputt": ('{"a": 1', "kein gültiges JSON (Zeile 1, Spalte 8)"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_json_is_refused_in_german(name: str) -> None:
    content, words = BAD[name]
    for given in (content, content.encode()):
        with pytest.raises(JsonInputError) as refused:
            read_json(given)
        assert words in refused.value.message
        assert [e.field for e in refused.value.errors] == ["file"]
    with pytest.raises(ValidationFailed) as wrong:  # deadlines keep their error type
        settings_from_json(content)
    assert words in wrong.value.message


def test_byte_order_mark_and_utf8() -> None:
    assert read_json(b'\xef\xbb\xbf{"w": "Sch\xc3\xbcler"}') == {"w": "Schüler"}
    assert read_json('\ufeff{"w": 1}') == {"w": 1}
    with pytest.raises(JsonInputError) as refused:
        read_json(b'{"w": "Sch\xfcler"}')  # Latin-1
    assert "nicht in UTF-8" in refused.value.message and "Byte 11" in refused.value.message


@pytest.mark.parametrize("name", sorted(BAD))
def test_both_commands_refuse_without_a_traceback(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content, words = BAD[name]
    path = tmp_path / "eingabe.json"
    path.write_text(content, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    assert main(["--database", url, "rules", "test", str(path)], out=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"Fehler: {path}: ") and words in err and len(err.splitlines()) == 1
    assert main(["--database", url, "deadlines", "set", str(path)], out=io.StringIO()) == 1
    err = capsys.readouterr().err
    assert err.startswith("Fehler: ") and words in err and len(err.splitlines()) == 1
