"""The detail shows where an inquiry was routed, when it is due and why (issue 10); rows
without a value are hidden."""

from __future__ import annotations

from buergeranfragen.inquiries.records import CallDraft, InquiryStatus
from tests.ui.conftest import settle
from tests.ui.test_sections_detail import shown_rows


def test_the_detail_shows_department_due_date_and_reason(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    routed = window.context.inquiries.log_call(CallDraft(subject="Frage zur Grundsteuer"))
    settled = window.context.inquiries.log_call(
        CallDraft(subject="Nur ein Gruß", status=InquiryStatus.ANSWERED_ON_PHONE)
    )
    section = window.inquiries
    detail = section.detail

    section.show_inquiry(routed.id)
    settle(qtbot, window)
    assert {"department", "due", "reason"} <= shown_rows(detail)
    assert detail.fields["department"].text() == "Ministerium der Finanzen"
    assert detail.fields["due"].text() == "26.11.2026 16:00"  # call-back: next working day
    assert detail.fields["reason"].text() == "Finanzen und Steuern: Steuer, Grundsteuer (Betreff)"

    section.show_inquiry(settled.id)
    settle(qtbot, window)
    assert {"department", "due", "reason"}.isdisjoint(shown_rows(detail))
