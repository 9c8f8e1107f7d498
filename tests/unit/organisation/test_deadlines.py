"""The office's deadlines: the JSON format and its checks, stored for every desk, changed only
by the Administration, used for new inquiries and for due dates worked out again; the
`deadlines` command (both databases)."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import update

from buergeranfragen.calendar import BERLIN
from buergeranfragen.cli import main
from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactKind
from buergeranfragen.db.engine import transaction
from buergeranfragen.db.migrate import Database
from buergeranfragen.db.models import OfficeSetting
from buergeranfragen.errors import ValidationFailed
from buergeranfragen.inquiries.handling import HandlingService
from buergeranfragen.inquiries.records import CallDraft, InquiryChannel, InquiryStatus
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.organisation.deadlines import DeadlineService
from buergeranfragen.organisation.roles import NotPermitted
from buergeranfragen.organisation.service import PeopleService
from buergeranfragen.workflow.deadline_config import (
    settings_from_dict,
    settings_from_json,
    settings_to_json,
)
from buergeranfragen.workflow.deadlines import DEFAULT_SETTINGS, Term, TermOverride
from tests.support import act_as

OFFICE = {
    "end_of_day": "15:30",
    "callback_days": 2,
    "written_days": 5,
    "interim_after_days": None,
    "press_days": 1,
    "ifg_months": 1,
    "closed_days": ["24.12.", "31.12"],
    "overrides": [{"kind": "press", "channel": "email", "working_days": 3}],
}


def test_the_format_round_trips_and_every_problem_is_named_by_its_key() -> None:
    settings = settings_from_dict(OFFICE)
    assert settings.end_of_day == time(15, 30)
    assert (settings.callback.working_days, settings.written.working_days) == (2, 5)
    assert settings.written.interim_after_days is None
    assert settings.closed_days == frozenset({(12, 24), (12, 31)})
    assert settings.overrides == (
        TermOverride(Term(working_days=3), ContactKind.PRESS, InquiryChannel.EMAIL),
    )
    assert settings_from_json(settings_to_json(settings)) == settings
    assert settings_from_dict({}) == DEFAULT_SETTINGS
    assert settings_from_json(settings_to_json(DEFAULT_SETTINGS)) == DEFAULT_SETTINGS

    with pytest.raises(ValidationFailed) as wrong:
        settings_from_dict(
            {
                "writen_days": 3,
                "end_of_day": "25:00",
                "callback_days": -1,
                "press_days": True,
                "ifg_months": 0,
                "closed_days": ["30.02.", "Heiligabend"],
                "overrides": [{"kind": "presse", "working_days": 2}, {"working_days": 1}],
            }
        )
    fields = [error.field for error in wrong.value.errors]
    assert fields == [
        "writen_days",
        "end_of_day",
        "callback_days",
        "press_days",
        "ifg_months",
        "closed_days",
        "closed_days",
        "overrides",
        "overrides",
    ]
    assert "presse" in wrong.value.errors[7].message.render()
    for broken in ("[1, 2]", "{", '"text"'):
        with pytest.raises(ValidationFailed):
            settings_from_json(broken)


def test_only_the_administration_changes_them_for_every_desk(
    database: Database, clock: FixedClock
) -> None:
    PeopleService(database.session_factory, clock, "chefin").me()  # the Administration
    PeopleService(database.session_factory, clock, "anna").me()
    chefin = DeadlineService(database.session_factory, clock, "chefin")
    anna = DeadlineService(database.session_factory, clock, "anna")
    assert anna.current() == DEFAULT_SETTINGS
    with pytest.raises(NotPermitted, match="nur die Administration"):
        anna.save(settings_from_dict(OFFICE))
    assert anna.current() == DEFAULT_SETTINGS
    saved = chefin.save(settings_from_dict(OFFICE))
    assert anna.current() == saved == settings_from_dict(OFFICE)
    assert chefin.reset() == DEFAULT_SETTINGS == anna.current()
    # what a newer version added is left aside, the rest still counts
    newer = {**OFFICE, "sla_hours": 4}
    with transaction(database.session_factory) as session:
        session.execute(update(OfficeSetting).values(value=json.dumps(newer)))
    assert anna.current() == settings_from_dict(OFFICE)
    # a damaged value gives the defaults, it does not stop the intake
    for damaged in ('{"written_days": "zehn"}', "[1, 2", '{"a": {"b": '):
        with transaction(database.session_factory) as session:
            session.execute(update(OfficeSetting).values(value=damaged))
        assert anna.current() == DEFAULT_SETTINGS


def test_new_inquiries_and_due_dates_worked_out_again_follow_the_office_s_deadlines(
    database: Database, clock: FixedClock, inquiries: InquiryService
) -> None:
    """Wednesday 25 November 2026, 10:30 in Düsseldorf."""
    PeopleService(database.session_factory, clock, "chefin").me()
    before = inquiries.log_call(CallDraft(subject="Rückruf erbeten"))
    assert before.routing.due_at == datetime(2026, 11, 26, 16, tzinfo=BERLIN)
    DeadlineService(database.session_factory, clock, "chefin").save(settings_from_dict(OFFICE))
    inquiries.rules_changed()  # at this desk at once; at others within two seconds
    after = inquiries.log_call(CallDraft(subject="Rückruf erbeten"))
    assert after.routing.due_at == datetime(2026, 11, 27, 15, 30, tzinfo=BERLIN)
    assert inquiries.get(before.id).routing.due_at == before.routing.due_at  # set, it stays

    handling = HandlingService(database.session_factory, clock, "chefin")
    handling.change_status(before.id, InquiryStatus.WAITING)
    clock.now = datetime(2026, 11, 25, 14, tzinfo=UTC)
    again = handling.change_status(before.id, InquiryStatus.IN_PROGRESS)
    assert again.routing.due_at == datetime(2026, 11, 27, 15, 30, tzinfo=BERLIN)


def test_the_deadlines_command_shows_sets_and_refuses(
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    def run(*args: str) -> tuple[int, str]:
        out = io.StringIO()
        return main(["--database", db_url, "deadlines", *args], out=out), out.getvalue()

    act_as(monkeypatch, "chefin")
    code, shown = run("show")
    assert code == 0 and "Rückruf nach einem Anruf:         1 Arbeitstag" in shown
    assert "am selben Arbeitstag" in shown and "keine" in shown
    wanted = tmp_path / "fristen.json"
    wanted.write_text(json.dumps(OFFICE), encoding="utf-8")
    code, shown = run("set", str(wanted))
    assert code == 0 and "24.12., 31.12." in shown and "press / email: 3 Arbeitstage" in shown
    code, shown = run("show", "--json")
    assert code == 0 and settings_from_json(shown) == settings_from_dict(OFFICE)

    broken = tmp_path / "kaputt.json"
    broken.write_text('{"written_days": "zehn"}', encoding="utf-8")
    capsys.readouterr()
    assert run("set", str(broken))[0] == 1
    assert "„written_days“: eine ganze Zahl" in capsys.readouterr().err
    act_as(monkeypatch, "anna")
    assert run("reset")[0] == 1
    assert "nur die Administration" in capsys.readouterr().err
    assert settings_from_json(run("show", "--json")[1]) == settings_from_dict(OFFICE)


def test_settings_that_leave_no_working_day_or_end_it_before_it_begins_are_refused() -> None:
    every_day = [f"{d:02d}.{m:02d}." for m in range(1, 13) for d in range(1, 29)]
    for wrong, field in (
        ({"closed_days": every_day}, "closed_days"),
        ({"end_of_day": "00:00"}, "end_of_day"),
        ({"end_of_day": "05:59"}, "end_of_day"),
    ):
        with pytest.raises(ValidationFailed) as refused:
            settings_from_dict(wrong)
        assert [e.field for e in refused.value.errors] == [field]
    assert settings_from_dict({"end_of_day": "06:00", "closed_days": every_day[:31]})


def test_a_calendar_without_working_days_is_a_clear_error_not_an_endless_search() -> None:
    """Settings stored by hand (or by a newer version) that close every day."""
    from buergeranfragen.errors import KnownError
    from buergeranfragen.workflow.calendar_nrw import add_working_days, next_working_day

    every_day = frozenset((m, d) for m in range(1, 13) for d in range(1, 32))
    day = datetime(2026, 11, 25).date()
    for search in (
        lambda: next_working_day(day, every_day),
        lambda: add_working_days(day, 3, every_day),
    ):
        with pytest.raises(KnownError, match="keinen Arbeitstag"):
            search()
    assert add_working_days(day, 3) == datetime(2026, 11, 30).date()
