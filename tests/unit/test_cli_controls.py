"""Text from outside never steers the terminal: ESC, BEL, NUL, C1 and direction controls in
subjects, contact, department, person, rule and view names, and in values typed on the command
line, are written out (``⟨U+001B⟩``) in every command's output and every error line (one line
each, even with a line break in the value); JSON keeps the values as they are."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from buergeranfragen.cli import main
from buergeranfragen.cli.output import ReadableOutput, for_people, one_line
from buergeranfragen.config import Settings
from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.context import build_context
from buergeranfragen.inquiries.records import InquiryQuery
from buergeranfragen.organisation.service import PeopleService
from buergeranfragen.text import visible_controls
from tests.support import act_as

BAD = "a\x1b[2Jb\x07c\u202ed\x00e\x9bf"  # ESC (clear screen), BEL, RLO, NUL, CSI (C1)
RAW = ("\x1b", "\x07", "\u202e", "\x00", "\x9b")


def _clean(output: str) -> None:
    assert not [c for c in RAW if c in output], output
    assert "⟨U+001B⟩" in output, output


def test_the_one_helper_writes_out_every_control_but_the_line_break() -> None:
    assert for_people(BAD + "\n") == ("a⟨U+001B⟩[2Jb⟨U+0007⟩c⟨U+202E⟩d⟨U+0000⟩e⟨U+009B⟩f\n")
    assert for_people("x\r\ty\u2028z") == "x⟨U+000D⟩⟨U+0009⟩y⟨U+2028⟩z"
    assert one_line("x\ny") == "x⟨U+000A⟩y"
    assert for_people("Müller – „Kita“ 🙂\u00a0") == "Müller – „Kita“ 🙂\u00a0"
    assert visible_controls("a\x1bb") == "a\x1bb"  # the window's own (plain text) form
    raw = io.StringIO()
    ReadableOutput(raw).write(BAD + "\n")
    _clean(raw.getvalue())


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The demo office with every name from outside damaged as a mail or a hand could."""
    act_as(monkeypatch, "chefin")
    url = f"sqlite:///{tmp_path / 'steuer.sqlite'}"
    assert main(["--database", url, "demo"], out=io.StringIO()) == 0
    assert main(["--database", url, "people", "list"], out=io.StringIO()) == 0
    context = build_context(Settings.from_environment(url))
    try:
        PeopleService(context.database.session_factory, context.clock, "fremd").me()
        context.views.save("Meine Sicht", InquiryQuery(kind=ContactKind.PRESS))
    finally:
        context.close()
    engine = create_engine(url)
    with engine.begin() as connection:
        for statement in (
            "UPDATE inquiries SET subject = :bad",
            "UPDATE contacts SET last_name = :bad",
            "UPDATE departments SET name = :bad WHERE code = 'PRESSE'",
            "UPDATE people SET display_name = :bad",
            "UPDATE people SET os_user = :bad WHERE os_user = 'fremd'",
            "UPDATE routing_rules SET name = :bad WHERE position = 1",
            "UPDATE saved_views SET name = :bad",
        ):
            connection.execute(text(statement), {"bad": BAD})
    engine.dispose()
    yield url


def _run(url: str, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--database", url, *args], out=out)
    return code, out.getvalue()


@pytest.mark.parametrize(
    "command",
    [
        ("inquiries", "list"),  # subject and contact name
        ("people", "list"),  # display and user name
        ("departments", "list"),
        ("rules", "list"),  # rule and department name
        ("rules", "test", "1", "--weeks", "520"),
    ],
)
def test_lists_write_out_what_came_from_outside(office: str, command: tuple[str, ...]) -> None:
    code, shown = _run(office, *command)
    assert code == 0
    _clean(shown)


def test_json_keeps_the_values(office: str) -> None:
    code, shown = _run(office, "inquiries", "list", "--json")
    assert code == 0 and json.loads(shown.splitlines()[0])["subject"] == BAD
    code, shown = _run(office, "people", "list", "--json")
    assert code == 0 and BAD in {json.loads(line)["user"] for line in shown.splitlines()}


@pytest.mark.parametrize(
    "command",
    [
        ("inquiries", "list", "--assignee", "x\n" + BAD),  # typed value and the users known
        ("inquiries", "list", "--view", "x\n" + BAD),  # typed value and the views known
        ("inquiries", "list", "--department", "x\n" + BAD),
        ("inquiries", "list", "--status", "x\n" + BAD),
        ("inquiries", "status", "BA-2026-00001", "x\n" + BAD),
        ("rules", "test", "x\n" + BAD),  # a rule that does not exist (exit 1)
        ("people", "role", "chefin", "x\n" + BAD),  # argparse's own message
        ("people", "name", "x\n" + BAD, "Neu"),
    ],
)
def test_error_lines_write_out_what_was_typed_on_one_line(
    office: str, command: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    with pytest.raises(SystemExit) if command[1] == "role" else _nothing():
        assert _run(office, *command)[0] in (1, 2)
    err = capsys.readouterr().err
    _clean(err)
    lines = err.splitlines()
    if command[1] == "role":  # argparse: its usage, then the error
        lines = lines[-1:]
        assert lines[0].startswith("buergeranfragen people role: error: ")
    assert len(lines) == 1 and err.endswith("\n") and "⟨U+001B⟩" in lines[0]
    if command[2:4] == ("--assignee", "x\n" + BAD):
        assert err.count("⟨U+001B⟩") == 2  # the known users list the damaged one too


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None
