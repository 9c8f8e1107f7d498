"""Exporting into a folder: file names, a refused folder, no overwrite without force."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from buergeranfragen.errors import KnownError
from buergeranfragen.reports.formats import export, parse_formats
from tests.report_sample import realistic_sample_report


def test_formats_are_parsed_in_order_and_unknown_ones_refused() -> None:
    assert parse_formats("xlsx, CSV,xlsx") == ["xlsx", "csv"]
    with pytest.raises(KnownError, match="docx"):
        parse_formats("docx")
    with pytest.raises(KnownError):
        parse_formats(" , ")


def test_files_are_named_by_the_week_and_kept_without_force(tmp_path: Path) -> None:
    report = realistic_sample_report()
    before = os.umask(0o022)  # a permissive umask: the report is owner-only all the same
    try:
        written = export(report, tmp_path, ["xlsx", "csv"])
    finally:
        os.umask(before)
    assert [p.name for p in written] == [
        "Wochenbericht-2026-W47.xlsx",
        "Wochenbericht-2026-W47.csv",
    ]
    # readable by its owner only (issue 13), whatever the umask
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in written)
    (tmp_path / "Wochenbericht-2026-W47.csv").write_text("meins", encoding="utf-8")
    with pytest.raises(KnownError, match="--force"):
        export(report, tmp_path, ["csv"])
    assert (tmp_path / "Wochenbericht-2026-W47.csv").read_text(encoding="utf-8") == "meins"
    export(report, tmp_path, ["csv"], force=True)
    assert (tmp_path / "Wochenbericht-2026-W47.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_missing_or_unwritable_folder_is_refused_before_writing(tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="gibt es nicht"):
        export(realistic_sample_report(), tmp_path / "fehlt", ["csv"])
    locked = tmp_path / "zu"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):  # root may write anywhere, but not into /proc
            locked = Path("/proc")
        with pytest.raises(KnownError, match="nicht schreiben"):
            export(realistic_sample_report(), locked, ["csv"])
        assert not list(locked.glob("Wochenbericht*"))
    finally:
        (tmp_path / "zu").chmod(0o700)
