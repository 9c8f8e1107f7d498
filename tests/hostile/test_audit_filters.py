"""The audit viewer with what a clerk may type: a record number beyond any integer the
database holds, a page far beyond the end, a superscript digit."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from buergeranfragen.cli import main
from buergeranfragen.clock import FixedClock
from buergeranfragen.contacts.records import ContactDraft
from buergeranfragen.contacts.service import ContactService
from buergeranfragen.db.migrate import Database
from buergeranfragen.organisation.service import PeopleService
from buergeranfragen.privacy.viewer import AuditQuery, AuditService
from tests.conftest import ACTOR
from tests.support import act_as
from tests.ui.conftest import settle

HUGE = 10**20  # more than any database integer


def test_a_record_number_or_page_beyond_any_integer_finds_nothing(
    database: Database, clock: FixedClock, contacts: ContactService
) -> None:
    PeopleService(database.session_factory, clock, ACTOR).me()  # the first: Administration
    contacts.create(ContactDraft(last_name="Da"))
    service = AuditService(database.session_factory, clock, ACTOR)
    for entity_id in (HUGE, -HUGE, 2**31, 2**63):
        query = AuditQuery(entity="contact", entity_id=entity_id)
        assert service.count(query) == 0, entity_id
        assert service.page(query, 0, 10) == [], entity_id
    assert service.page(AuditQuery(), HUGE, HUGE) == []
    assert len(service.page(AuditQuery(), 0, HUGE)) >= 1


def test_the_command_line_takes_a_huge_contact_number_and_offset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    act_as(monkeypatch, "chefin")
    db = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    for args in (["--contact", str(HUGE)], ["--offset", str(HUGE)], ["--limit", str(HUGE)]):
        out = io.StringIO()
        assert main(["--database", db, "audit", "--json", *args], out=out) == 0, args


def test_a_superscript_digit_is_refused_like_any_other_non_number(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from buergeranfragen.ui.audit.dialog import AuditDialog

    window.show_audit()
    settle(qtbot, window)
    dialog = window.findChildren(AuditDialog)[-1]
    dialog.record_kind.setCurrentIndex(dialog.record_kind.findData("contact"))
    dialog.record.setText("³")  # AltGr+3 on a German keyboard: str.isdigit() says yes
    dialog.apply()
    settle(qtbot, window)
    assert any("Ziffern" in text for _kind, _title, text in window.prompts.messages)
