"""The PDF of a week built through the real services (both databases: ``cases.py``, a week with
Fronleichnam): its text (Ghostscript's txtwrite) shows the week, the figures and the overdue
references, and none of the names, addresses, numbers, subjects, bodies or free-text topics."""

from __future__ import annotations

from pathlib import Path

import pytest

from buergeranfragen.clock import FixedClock
from buergeranfragen.db.migrate import Database
from buergeranfragen.reports import periods
from buergeranfragen.reports.service import ReportService
from buergeranfragen.ui.reports.pdf_export import write_pdf
from tests.ui.test_report_pdf import GS, _text
from tests.unit.reports.cases import SECRET, Office, holiday_week
from tests.unit.reports.export_checks import assert_nothing_personal


@pytest.mark.skipif(GS is None, reason="Ghostscript is needed to read the PDF's text")
def test_the_pdf_of_a_built_week_shows_its_figures_and_nothing_personal(
    database: Database, clock: FixedClock, tmp_path: Path
) -> None:
    office = Office(database, clock)
    ids = holiday_week(office)
    report = ReportService(database.session_factory, clock).build(periods.week(2026, 23))
    path = tmp_path / "r.pdf"
    write_pdf(report, path)
    pages = _text(path)
    assert pages
    everything = " ".join(pages)
    assert "Wochenbericht KW 23/2026" in everything
    assert "01.06." in everything and "07.06.2026" in everything
    assert "RA" in everything and "RB" in everything and "Nicht zugeordnet" in everything
    assert "Do 04.06." in everything  # the day chart has the holiday, empty
    for key in ("A", "B", "C", "o1", "p1"):
        assert office.inquiries.get(ids[key]).reference in everything
    assert "40,0 %" in everything  # within the deadline: 2 of 5
    assert_nothing_personal(everything)
    for secret in SECRET:
        assert secret.casefold() not in everything.casefold(), secret
