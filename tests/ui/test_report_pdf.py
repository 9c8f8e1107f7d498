"""The report's PDF renders: its text (read with Ghostscript's txtwrite; QtPdf is not part of
this PySide6 and poppler is not installed) shows the week, the dates, the departments, the page
numbers and nothing personal."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from buergeranfragen.ui.reports.pdf_export import write_pdf
from tests.report_sample import realistic_sample_report
from tests.support import missing
from tests.unit.reports.export_checks import assert_nothing_personal

GS = shutil.which("gs")


def _text(path: Path) -> list[str]:
    """The text of each page, runs of white space made one space."""
    assert GS
    pages = []
    for page in range(1, 10):
        out = subprocess.run(
            [GS, "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=txtwrite", f"-dFirstPage={page}",
             f"-dLastPage={page}", "-sOutputFile=-", str(path)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        if "FirstPage is greater" in out.stdout or not out.stdout.strip():
            break
        pages.append(re.sub(r"\s+", " ", out.stdout))
    return pages


def need_ghostscript() -> None:
    """Ghostscript reads the PDF's text; ``make test`` installs it (a skip fails CI)."""
    if GS is None:
        missing("Ghostscript", "gs liest den Text der PDF-Datei (apt install ghostscript)")


def test_the_pdf_shows_the_week_charts_tables_and_page_numbers(tmp_path: Path) -> None:
    need_ghostscript()
    path = tmp_path / "r.pdf"
    write_pdf(realistic_sample_report(), path)
    assert path.read_bytes().startswith(b"%PDF")
    pages = _text(path)
    assert len(pages) == 3
    for number, page in enumerate(pages, start=1):
        assert "Wochenbericht KW 47/2026" in page
        assert "16.11." in page and "22.11.2026" in page
        assert f"Seite {number} von 3" in page
        assert "erstellt am 26.11.2026 14:05" in page
    everything = " ".join(pages)
    assert "Neue Anfragen je Tag nach Kanal" in everything and "Mo 16.11." in everything
    assert "Neue Anfragen je Abteilung" in everything and "II B" in everything
    assert "Entwicklung der letzten Wochen" in everything and "KW 35" in everything
    assert "Nicht zugeordnet" in everything
    # the topics in a table of their own after the charts, not on the first page
    assert "Neue Anfragen nach Thema" in everything and "Thema:" not in pages[0]
    assert "BA-2026-00312" in everything and "89,9 %" in everything
    assert_nothing_personal(everything)


def test_a_long_overdue_list_is_cut_on_paper_and_says_where_the_rest_is(tmp_path: Path) -> None:
    """A report of an office with tens of thousands overdue made a PDF of a thousand pages
    (and took seconds): the PDF lists the most overdue, the workbook all of them."""
    import dataclasses

    from buergeranfragen.reports.records import OverdueItem
    from buergeranfragen.ui.reports.pdf_export import OVERDUE_ON_PAPER

    need_ghostscript()
    many = [OverdueItem(f"BA-2026-{n:05d}", "MSB", 5000 - n) for n in range(1, 2001)]
    report = dataclasses.replace(realistic_sample_report(), overdue=many, overdue_at_end=len(many))
    path = tmp_path / "viele.pdf"
    write_pdf(report, path)
    everything = " ".join(_text(path))
    assert f"BA-2026-{OVERDUE_ON_PAPER:05d}" in everything
    assert f"BA-2026-{OVERDUE_ON_PAPER + 1:05d}" not in everything
    assert f"und {2000 - OVERDUE_ON_PAPER:,} weitere:".replace(",", ".") in everything
    assert "alle in der Excel-Datei" in everything
