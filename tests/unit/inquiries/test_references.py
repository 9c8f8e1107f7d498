"""Reference numbers: counted per Berlin year, and a number a colleague took meanwhile means
the next one (both databases)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.orm import Session

from buergeranfragen.clock import FixedClock
from buergeranfragen.errors import KnownError
from buergeranfragen.inquiries import references, repository
from buergeranfragen.inquiries.records import CallDraft, InquiryQuery
from buergeranfragen.inquiries.references import format_reference
from buergeranfragen.inquiries.service import InquiryService


def test_the_format() -> None:
    assert format_reference(2026, 123) == "BA-2026-00123"


def test_references_restart_each_year(inquiries: InquiryService, clock: FixedClock) -> None:
    assert inquiries.log_call(CallDraft(subject="alt")).reference == "BA-2026-00001"
    clock.now = datetime(2027, 1, 1, 0, 30, tzinfo=UTC)  # 01:30 in Berlin: the new year
    assert inquiries.log_call(CallDraft(subject="neu")).reference == "BA-2027-00001"
    assert inquiries.log_call(CallDraft(subject="neu")).reference == "BA-2027-00002"
    clock.now = datetime(2027, 12, 31, 23, 30, tzinfo=UTC)  # already 2028 in Berlin
    assert inquiries.log_call(CallDraft(subject="spät")).reference == "BA-2028-00001"


def test_a_number_taken_meanwhile_means_the_next_one(
    inquiries: InquiryService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A colleague saved between our reading the last number and our insert - twice."""
    inquiries.log_call(CallDraft(subject="eins"))
    inquiries.log_call(CallDraft(subject="zwei"))
    real = repository.last_number
    stale = [0, 1]  # what we read before each of the colleague's saves became visible
    read: list[int | None] = []

    def last_number(session: Session, year: int) -> int | None:
        value = stale.pop(0) if stale else real(session, year)
        read.append(value)
        return value

    monkeypatch.setattr(repository, "last_number", last_number)
    record = inquiries.log_call(CallDraft(subject="drei"))
    assert record.reference == "BA-2026-00003"
    assert read == [0, 1, 2]  # two clashes, then the real last number
    assert [s.subject for s in inquiries.search(InquiryQuery())] == ["drei", "zwei", "eins"]


def test_when_every_number_is_taken_the_save_fails_cleanly(
    inquiries: InquiryService, monkeypatch: pytest.MonkeyPatch
) -> None:
    inquiries.log_call(CallDraft(subject="eins"))
    tries: list[int] = []

    def always_stale(session: Session, year: int) -> int:
        tries.append(year)
        return 0

    monkeypatch.setattr(repository, "last_number", always_stale)
    with pytest.raises(KnownError) as info:
        inquiries.log_call(CallDraft(subject="zwei"))
    assert "Vorgangsnummer" in info.value.message
    assert len(tries) == references.ATTEMPTS
    assert inquiries.count(InquiryQuery()) == 1
