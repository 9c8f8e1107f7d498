"""Hostile input against answering (issue 11), on screen: a further mail of any size and shape
reaches the detail's timeline quickly, as plain text."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.db.migrate import Database
from buergeranfragen.inquiries.service import InquiryService
from buergeranfragen.mail.intake import MailIntake, MailOutcome
from buergeranfragen.ui.inquiries.timeline import (
    MESSAGE_CHARS,
    MESSAGE_LINES,
    Timeline,
    history_text,
)
from tests.conftest import ACTOR
from tests.unit.conversation.test_threading import further
from tests.unit.mail.files import FROM_CITIZEN


@pytest.fixture
def sqlite_intake_and_inquiries(
    sqlite_database: Database, clock: FixedClock, tmp_path: Path
) -> tuple[MailIntake, InquiryService]:
    inquiries = InquiryService(sqlite_database.session_factory, clock, ACTOR, tmp_path / "offen")
    return MailIntake(inquiries, clock, ("nrw.de",)), inquiries


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode("utf-8")


def threaded(intake: MailIntake, body: str) -> int:
    first = intake.import_bytes(crlf(FROM_CITIZEN), "erste", "erste.eml")
    assert first.inquiry_id is not None
    report = intake.import_bytes(
        crlf(further("lang@x.org", in_reply_to="<m1@example.org>", body=body)), "lang", "l.eml"
    )
    assert report.status == MailOutcome.THREADED
    return first.inquiry_id


def test_a_further_mail_of_one_long_word_is_laid_out_quickly(  # type: ignore[no-untyped-def]
    qtbot, sqlite_intake_and_inquiries
) -> None:
    intake, inquiries = sqlite_intake_and_inquiries
    record = inquiries.get(threaded(intake, "x" * 1_000_000))
    timeline = Timeline()
    qtbot.addWidget(timeline)
    timeline.resize(600, 300)
    timeline.show()
    started = time.perf_counter()
    timeline.show_record(record)
    qtbot.wait(1)
    assert time.perf_counter() - started < 3
    assert "xxxxxxxx" in timeline.toPlainText()
    assert len(history_text(record)) < MESSAGE_CHARS + 1000  # of the text only its beginning


def test_a_further_mail_of_millions_of_lines_is_cut_quickly(  # type: ignore[no-untyped-def]
    sqlite_intake_and_inquiries,
) -> None:
    intake, inquiries = sqlite_intake_and_inquiries
    record = inquiries.get(threaded(intake, "a\n" * 3_000_000))
    started = time.perf_counter()
    text = history_text(record)
    assert time.perf_counter() - started < 0.5
    assert text.count("\n    a") == MESSAGE_LINES and "\n    …\n" in text
