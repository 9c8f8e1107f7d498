"""The report's PDF renders: its text (read with Ghostscript's txtwrite; QtPdf is not part of
this PySide6 and poppler is not installed) shows the week, the dates, the departments, the page
numbers and nothing personal."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from buergeranfragen.ui.reports.pdf_export import write_pdf
from tests.report_sample_exports import sample_report
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


@pytest.mark.skipif(GS is None, reason="Ghostscript is needed to read the PDF's text")
def test_the_pdf_shows_the_week_charts_tables_and_page_numbers(tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    write_pdf(sample_report(), path)
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
    assert "BA-2026-00312" in everything and "89,9 %" in everything
    assert_nothing_personal(everything)
